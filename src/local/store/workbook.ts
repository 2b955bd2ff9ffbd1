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

/** A data validation rule (reference/spreadsheet/data-validation); only the criteria Kanri uses. */
export interface ValidationRule {
  criteria: 'VALUE_IN_LIST';
  values: string[];
  showDropdown: boolean;
  /** true: a warning only (Google's default for a new rule); false: typed input outside the rule is rejected. */
  allowInvalid: boolean;
  helpText: string | null;
}

/** A rule on rows row..row+numRows-1 of one column (0-based); a later run overrides an earlier one. */
export interface ValidationRun {
  column: number;
  row: number;
  numRows: number;
  rule: ValidationRule | null;
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
  /** Column widths in pixels by 0-based column (absent: Sheets' default, 100 px). */
  columnWidths?: Record<number, number>;
  /** Data validation rules set with Range.setDataValidations, in the order set. */
  validations?: ValidationRun[];
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
      ...(s.columnWidths ? { columnWidths: { ...s.columnWidths } } : {}),
      ...(s.validations ? { validations: s.validations.map((v) => ({ ...v, rule: v.rule ? { ...v.rule, values: [...v.rule.values] } : null })) } : {}),
    })),
  };
}

/** Number formats that make a cell a date/time: any y, d, h or s outside quotes and brackets (m alone is ambiguous). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (/^(general|@|)$/i.test(bare.trim())) return false;
  return /[ydhs]/i.test(bare) && !/^[#0.,%E+\-\s]*$/.test(bare);
}

/** The rule of one cell (0-based), or null. */
export function validationAt(s: SheetData, r: number, c: number): ValidationRule | null {
  const runs = s.validations ?? [];
  for (let i = runs.length - 1; i >= 0; i--) {
    const v = runs[i]!;
    if (v.column === c && r >= v.row && r < v.row + v.numRows) return v.rule;
  }
  return null;
}

