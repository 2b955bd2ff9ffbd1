/**
 * The state of one spreadsheet, independent of how it is stored (store.ts) and of the Apps Script
 * surface over it (../emulator/spreadsheet.ts).
 */

/** A cell value as Apps Script returns it: '' for an empty cell. */
export type CellValue = string | number | boolean | Date;

/** A protection made with `Sheet.protect()`. */
export interface ProtectionData {
  /** Unique within its sheet; Protection handles find their data by it. */
  id: number;
  description: string;
  warningOnly: boolean;
  /** E-mails allowed to edit; the owner always can. */
  editors: string[];
}

export interface SheetData {
  /** Stable id (`Sheet.getSheetId()`); handles refer to sheets by it, so a reload keeps them valid. */
  sheetId: number;
  name: string;
  hidden: boolean;
  frozenRows: number;
  /** The grid size (`getMaxRows`/`getMaxColumns`): cells exist up to it even when empty. */
  maxRows: number;
  maxColumns: number;
  /** rows[r][c] for row r+1, column c+1; rows may be shorter than the grid ('' beyond). */
  rows: CellValue[][];
  /** Formulas by cellKey(r, c), text with its leading '='; rows[r][c] holds the cached result or ''. */
  formulas: Map<number, string>;
  /** Number formats by cellKey(r, c) ('yyyy-mm-dd', '0.00', '@', …); absent = automatic. */
  formats: Map<number, string>;
  protections: ProtectionData[];
}

export interface WorkbookData {
  /** `Spreadsheet.getId()`. */
  id: string;
  name: string;
  /** `getSpreadsheetTimeZone()`: the zone date cells are wall-clock times in. */
  timeZone: string;
  owner: string;
  editors: string[];
  viewers: string[];
  sheets: SheetData[];
}

/** Sheets allows at most 18,278 columns (ZZZ), so r * 20000 + c is unique. */
export const KEY_STRIDE = 20000;
export function cellKey(r: number, c: number): number {
  return r * KEY_STRIDE + c;
}

/** A new sheet as Google Sheets makes it: 1000 rows × 26 columns. */
export function newSheet(sheetId: number, name: string, maxRows = 1000, maxColumns = 26): SheetData {
  return { sheetId, name, hidden: false, frozenRows: 0, maxRows, maxColumns, rows: [], formulas: new Map(), formats: new Map(), protections: [] };
}

export function newWorkbook(id: string, name: string, owner: string, timeZone = 'Asia/Tokyo', firstSheetName = 'Sheet1'): WorkbookData {
  return { id, name, timeZone, owner, editors: [], viewers: [], sheets: [newSheet(0, firstSheetName)] };
}

/** Deep copy (Dates and Maps included): a store never shares state with an execution. */
export function cloneWorkbook(w: WorkbookData): WorkbookData {
  return {
    ...w,
    editors: [...w.editors],
    viewers: [...w.viewers],
    sheets: w.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((row) => row.map((v) => (v instanceof Date ? new Date(v.getTime()) : v))),
      formulas: new Map(s.formulas),
      formats: new Map(s.formats),
      protections: s.protections.map((p) => ({ ...p, editors: [...p.editors] })),
    })),
  };
}

/** Number formats that make a cell a date/time: any y, d, h or s outside quotes and brackets (m alone is ambiguous). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (/^(general|@|)$/i.test(bare.trim())) return false;
  return /[ydhs]/i.test(bare) && !/^[#0.,%E+\-\s]*$/.test(bare);
}
