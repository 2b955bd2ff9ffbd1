/**
 * Tables over SpreadsheetApp: reading a table is one `getValues`, writing is one `setValues` per
 * table, whatever the number of rows. Every row read is validated; an invalid row is reported with
 * its sheet, row number (as the user sees it) and column, and is never dropped or overwritten.
 */
import { safeParse } from 'zod/mini';
import type { TableDef } from '../schema/table';
import { readCell, type CellValue } from '../schema/cells';
import { ALLOWANCE_EXAMPLE, DEDUCTION_EXAMPLE, EARNING_EXAMPLE } from '../schema/payItems';
import { describeProblem } from '../schema/problems';
import { message, type Lang } from '../core/i18n';
import { KanriError } from '../core/errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RowError {
  readonly sheet: string;
  /** Row number as the user sees it (the header is row 1). */
  readonly row: number;
  readonly column: string;
  readonly ja: string;
  readonly en: string;
}

export interface TableRow<Row> {
  readonly rowNumber: number;
  readonly value: Row;
}

export interface TableRead<Row> {
  readonly def: TableDef<any>;
  readonly rows: TableRow<Row>[];
  readonly errors: RowError[];
  /** The header as found in the sheet (column order may differ from the definition). */
  readonly header: string[];
  /** Every row's cells as read, valid or not: what a later write must keep. */
  readonly raw: CellValue[][];
}

export function rowErrorText(e: RowError, lang: Lang): string {
  return lang === 'ja' ? e.ja : e.en;
}

function sheetError(def: TableDef<any>, key: 'table.missingSheet' | 'table.missingHeader', column = ''): RowError {
  return {
    sheet: def.sheet, row: 1, column,
    ja: message('ja', key, { sheet: def.sheet, column }),
    // English only when read: the English catalog is loaded on demand (core/i18n.ts)
    get en() { return message('en', key, { sheet: def.sheetEn, column }); },
  };
}

export function getSheet(ss: Spreadsheet, def: TableDef<any>): Sheet {
  const sheet = ss.getSheetByName(def.sheet);
  if (!sheet) throw new KanriError('table.missingSheet', { sheet: def.sheet });
  return sheet;
}

/** Converts and validates the rows of an already-read grid (the first row is the header). */
export function parseTable<Row extends Record<string, unknown>>(def: TableDef<Row>, grid: CellValue[][]): TableRead<Row> {
  const header = (grid[0] ?? []).map((h) => String(h).trim());
  const errors: RowError[] = [];
  const positions = def.columns.map((c) => header.indexOf(c.header));
  def.columns.forEach((c, i) => {
    if (positions[i] === -1) errors.push(sheetError(def, 'table.missingHeader', c.header));
  });
  const rows: TableRow<Row>[] = [];
  const raw = grid.slice(1);
  if (errors.length) return { def, rows, errors, header, raw };
  const seenKeys = new Map<string, number>();
  raw.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((c) => c === '' || c === null)) return;
    const object: Record<string, unknown> = {};
    let bad = false;
    def.columns.forEach((c, i) => {
      const converted = readCell(c, cells[positions[i]!]);
      if (converted.ok) {
        if (converted.value !== undefined) object[c.key] = converted.value;
      } else if (converted.problem === 'items') {
        bad = true;
        const params = { line: converted.line, example: c.kind === 'allowances' ? ALLOWANCE_EXAMPLE : c.kind === 'earnings' ? EARNING_EXAMPLE : DEDUCTION_EXAMPLE };
        errors.push(rowError(def, rowNumber, c.key, message('ja', 'table.problem.items', params), () => message('en', 'table.problem.items', params)));
      } else {
        bad = true;
        errors.push(rowError(def, rowNumber, c.key, message('ja', 'table.problem.type'), () => message('en', 'table.problem.type')));
      }
    });
    if (bad) return;
    const parsed = safeParse(def.schema, object);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        const choices = def.columns.find((c) => c.key === key)?.choices;
        if (choices && issue.code === 'invalid_value') {
          // The labels the dropdown offers, not the codes behind them.
          const list = (lang: Lang) => message(lang, 'table.problem.oneOf', { values: choices.map((x) => x[lang]).join(lang === 'ja' ? '、' : ', ') });
          errors.push(rowError(def, rowNumber, key, list('ja'), () => list('en')));
        } else {
          errors.push(rowError(def, rowNumber, key, describeProblem(issue, 'ja'), () => describeProblem(issue, 'en')));
        }
      }
      return;
    }
    const key = def.key.map((k) => String(object[k] ?? '')).join('/');
    const first = seenKeys.get(key);
    if (first !== undefined) {
      const params = { sheet: def.sheet, row: rowNumber, key, first };
      errors.push({ sheet: def.sheet, row: rowNumber, column: def.columns.find((c) => c.key === def.key[0])!.header,
        ja: message('ja', 'table.duplicateKey', params), get en() { return message('en', 'table.duplicateKey', { ...params, sheet: def.sheetEn }); } });
      return;
    }
    seenKeys.set(key, rowNumber);
    rows.push({ rowNumber, value: parsed.data });
  });
  return { def, rows, errors, header, raw };
}

function rowError(def: TableDef<any>, row: number, key: string, problemJa: string, problemEn: () => string): RowError {
  const column = def.columns.find((c) => c.key === key);
  const header = column?.header ?? key;
  return {
    sheet: def.sheet, row, column: header,
    ja: message('ja', 'table.rowError', { sheet: def.sheet, row, column: header, problem: problemJa }),
    get en() { return message('en', 'table.rowError', { sheet: def.sheetEn, row, column: column?.headerEn ?? key, problem: problemEn() }); },
  };
}

/**
 * Tables read in this execution (Apps Script loads the script afresh for every execution, so this
 * lives exactly one execution): a table is read once however many functions need it, and a write
 * through a Transaction forgets it (`forgetRead`).
 */
const readsThisExecution = new Map<string, { ss: Spreadsheet; read: TableRead<any> }>();

/** Forgets every read: when the lock is taken, what others wrote before must be read afresh. */
export function forgetAllReads(): void {
  readsThisExecution.clear();
}

export function forgetRead(ss: Spreadsheet, def: TableDef<any>): void {
  const cached = readsThisExecution.get(def.sheet);
  if (cached && cached.ss === ss) readsThisExecution.delete(def.sheet);
}

/** The header of a table read in this execution, if any (an append then needs no extra read). */
export function knownHeader(ss: Spreadsheet, def: TableDef<any>): string[] | undefined {
  const cached = readsThisExecution.get(def.sheet);
  return cached && cached.ss === ss && cached.read.header.length ? cached.read.header : undefined;
}

/** Reads a whole table with one `getValues`. A missing sheet is an error result, not an exception. */
export function readTable<Row extends Record<string, unknown>>(ss: Spreadsheet, def: TableDef<Row>): TableRead<Row> {
  const cached = readsThisExecution.get(def.sheet);
  if (cached && cached.ss === ss && cached.read.def === def) return cached.read as TableRead<Row>;
  const sheet = ss.getSheetByName(def.sheet);
  if (!sheet) return { def, rows: [], errors: [sheetError(def, 'table.missingSheet')], header: [], raw: [] };
  const read = parseTable(def, sheet.getDataRange().getValues() as CellValue[][]);
  readsThisExecution.set(def.sheet, { ss, read });
  return read;
}

/** Reads a table and throws when any row is invalid: for code that must not act on partial data. */
export function readValidTable<Row extends Record<string, unknown>>(ss: Spreadsheet, def: TableDef<Row>): TableRead<Row> {
  const read = readTable(ss, def);
  if (read.errors.length) throw new KanriError('check.errors', { count: read.errors.length }, read.errors.slice(0, 20).map((e) => e.ja));
  return read;
}

/**
 * The last rows of an append-only table, read from the bottom in blocks of `blockRows` (each block one
 * getValues), doubling the block each time, until a block holds a row `older` says is before what is
 * wanted (or the top is reached). For tables that grow for ever (打刻, 月次勤怠): a call reads the tail
 * it needs, not the whole history. Returns the rows read (with their row numbers) and the cells read.
 */
export function readTableTail<Row extends Record<string, unknown>>(ss: Spreadsheet, def: TableDef<Row>, blockRows: number, older: (row: Row) => boolean): { read: TableRead<Row>; cellsRead: number } {
  const sheet = ss.getSheetByName(def.sheet);
  if (!sheet) return { read: { def, rows: [], errors: [sheetError(def, 'table.missingSheet')], header: [], raw: [] }, cellsRead: 0 };
  const last = sheet.getLastRow();
  const width = sheet.getLastColumn();
  if (last < 1 || width < 1) return { read: { def, rows: [], errors: [], header: [], raw: [] }, cellsRead: 0 };
  const header = (sheet.getRange(1, 1, 1, width).getValues() as CellValue[][])[0]!;
  let cellsRead = width;
  let body: CellValue[][] = [];
  let top = last + 1;
  let size = Math.max(1, blockRows);
  while (top > 2) {
    const start = Math.max(2, top - size);
    const block = sheet.getRange(start, 1, top - start, width).getValues() as CellValue[][];
    cellsRead += block.length * width;
    body = [...block, ...body];
    top = start;
    if (parseTable(def, [header, ...block]).rows.some((r) => older(r.value))) break;
    size *= 2; // rows out of order (a re-closed month, a late correction): widen until the window is covered
  }
  // the rows above the tail stand in as empty (skipped), so row numbers and messages name the sheet's own rows
  const above: CellValue[][] = new Array<CellValue[]>(top - 2).fill([]);
  return { read: parseTable(def, [header, ...above, ...body]), cellsRead };
}
