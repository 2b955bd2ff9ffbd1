/**
 * The admin view's cells as JSON: the stored workbook read (once per saved version) and shown as
 * Sheets shows it (display values), a page of rows at a time so a 30,000-row sheet never travels whole.
 */
import { CompanyFolder, type WorkbookStore } from '../store/store';
import { cellKey, type SheetData, type WorkbookData } from '../store/workbook';
import { displayValue } from '../emulator/values';

export interface SheetInfo {
  name: string;
  /** Rows and columns holding data (Sheet.getLastRow / getLastColumn). */
  rows: number;
  columns: number;
  frozenRows: number;
  maxRows: number;
  maxColumns: number;
  /** Column widths in pixels, from column 1 (Sheets' default 100 px where none was set). */
  widths: number[];
  /** Dropdowns (data validation lists, 1-based rows and column): where the grid shows ▾. */
  dropdowns: { column: number; row: number; numRows: number; values: string[] }[];
}

export interface RowsPage {
  sheet: string;
  from: number;
  /** Display values, one array per row from `from`. */
  rows: string[][];
}

/** At most this many rows per request. */
export const MAX_PAGE_ROWS = 500;

export class SheetReader {
  private readonly store: WorkbookStore;
  private cached: { version: string; data: WorkbookData } | null = null;

  constructor(dir: string) {
    this.store = new CompanyFolder(dir).admin();
  }

  /** The workbook as last saved; reloaded only when the file changed. */
  workbook(): WorkbookData | null {
    const version = this.store.version();
    if (version === null) return null;
    if (!this.cached || this.cached.version !== version) this.cached = { version, data: this.store.load() };
    return this.cached.data;
  }

  sheets(): { name: string; sheets: SheetInfo[] } {
    const wb = this.workbook();
    if (!wb) return { name: '', sheets: [] };
    return { name: wb.name, sheets: wb.sheets.filter((s) => !s.hidden).map(info) };
  }

  rows(sheetName: string, from: number, count: number): RowsPage | null {
    const wb = this.workbook();
    const sheet = wb?.sheets.find((s) => s.name === sheetName);
    if (!wb || !sheet) return null;
    const first = Math.max(1, Math.floor(from));
    const n = Math.max(0, Math.min(MAX_PAGE_ROWS, Math.floor(count), lastRow(sheet) - first + 1));
    const columns = lastColumn(sheet);
    const rows: string[][] = [];
    for (let r = first - 1; r < first - 1 + n; r++) {
      const row = sheet.rows[r] ?? [];
      const out: string[] = [];
      for (let c = 0; c < columns; c++) out.push(displayValue(row[c] ?? '', sheet.formats.get(cellKey(r, c)), wb.timeZone));
      rows.push(out);
    }
    return { sheet: sheet.name, from: first, rows };
  }

  /** The e-mail column (and another column) of a table's rows, read by its Japanese header. */
  column(sheetName: string, headers: string[]): string[][] {
    const sheet = this.workbook()?.sheets.find((s) => s.name === sheetName);
    if (!sheet) return [];
    const header = (sheet.rows[0] ?? []).map((h) => String(h).trim());
    const index = headers.map((h) => header.indexOf(h));
    return sheet.rows.slice(1).map((row) => index.map((i) => (i < 0 ? '' : String(row[i] ?? '').trim())));
  }
}

function lastRow(s: SheetData): number {
  for (let r = s.rows.length - 1; r >= 0; r--) if ((s.rows[r] ?? []).some((v) => v !== '')) return r + 1;
  return 0;
}

function lastColumn(s: SheetData): number {
  let n = 0;
  for (const row of s.rows) for (let c = row.length - 1; c >= n; c--) if (row[c] !== '' && row[c] !== undefined) { n = c + 1; break; }
  return n;
}

function info(s: SheetData): SheetInfo {
  const columns = lastColumn(s);
  const widths = Array.from({ length: columns + 1 }, (_, c) => s.columnWidths?.[c] ?? 100);
  const dropdowns = (s.validations ?? []).filter((v) => v.rule?.showDropdown).map((v) => ({ column: v.column + 1, row: v.row + 1, numRows: v.numRows, values: v.rule!.values }));
  return { name: s.name, rows: lastRow(s), columns, frozenRows: s.frozenRows, maxRows: s.maxRows, maxColumns: s.maxColumns, widths, dropdowns };
}
