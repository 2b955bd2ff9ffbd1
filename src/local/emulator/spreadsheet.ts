/**
 * An in-memory `SpreadsheetApp`, faithful to Google's reference (developers.google.com/apps-script/
 * reference/spreadsheet) for what Kanri uses. Every call is counted in CallStats as
 * 'SpreadsheetApp.<Class>.<method>' and costed by the write cache model of documents.ts.
 *
 * Choices (see also values.ts):
 * - Formulas are stored, never evaluated: a formula cell reads as its cached value from the .xlsx
 *   (what the last spreadsheet program computed) or '' when written here. getFormulas shows them.
 * - Handles (Sheet, Range, Protection) find their data by id on every call, so a reload of the
 *   workbook mid-execution (LockService) keeps them valid, as Google's do.
 */
import { columnName } from '../store/xlsx';
import { dateToSerial, serialToDate } from '../store/serial';
import { cellKey, KEY_STRIDE, newSheet, validationAt, type CellValue, type ProtectionData, type SheetData, type ValidationRule, type ValidationRun, type WorkbookData } from '../store/workbook';
import { parseA1, splitSheetName, toA1, type GridBox } from './a1';
import type { OpenDocument, SheetsHost } from './documents';
import { isDate } from './realm';
import { EmuUi } from './ui';
import { displayValue, interpretWritten, typedValue, type Written } from './values';

/** Google Sheets: at most 10 million cells in a spreadsheet (support.google.com/drive/answer/37603). */
export const MAX_CELLS = 10_000_000;

export const ERR = {
  rows: (data: number, range: number) => `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columns: (data: number, range: number) => `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  outside: 'The coordinates of the range are outside the dimensions of the sheet.',
  rowTooSmall: 'The starting row of the range is too small.',
  columnTooSmall: 'The starting column of the range is too small.',
  numRows: 'The number of rows in the range must be at least 1.',
  numColumns: 'The number of columns in the range must be at least 1.',
  rangeNotFound: 'Range not found',
  duplicateSheet: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  cells: `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
  protectedCell: 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  lastSheet: "You can't remove all the sheets in a document.",
  hideAll: "You can't hide all the sheets in a document.",
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  noAccess: 'You do not have permission to access the requested document.',
  openById: 'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
  uiContext: 'Cannot call SpreadsheetApp.getUi() from this context.',
  sheetGone: 'The sheet has been deleted.',
  signature: (args: unknown[], method: string) => `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`,
} as const;

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `${v.length && Array.isArray(v[0]) ? 'Object[][]' : 'Object[]'}`;
  if (isDate(v)) return 'Date';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return 'number';
  return typeof v === 'object' ? 'Object' : String(typeof v);
}

function totalCells(w: WorkbookData): number {
  let n = 0;
  for (const s of w.sheets) n += s.maxRows * s.maxColumns;
  return n;
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function lastRowOf(s: SheetData): number {
  let formulaRow = 0;
  for (const k of s.formulas.keys()) formulaRow = Math.max(formulaRow, Math.floor(k / KEY_STRIDE) + 1);
  for (let r = s.rows.length - 1; r >= 0; r--) {
    if (r + 1 <= formulaRow) return formulaRow;
    const row = s.rows[r];
    if (row && row.some((v) => v !== '')) return r + 1;
  }
  return formulaRow;
}

function lastColumnOf(s: SheetData): number {
  let last = 0;
  for (const row of s.rows) {
    for (let c = row.length - 1; c >= last; c--) {
      if (row[c] !== '') {
        last = c + 1;
        break;
      }
    }
  }
  for (const k of s.formulas.keys()) last = Math.max(last, (k % KEY_STRIDE) + 1);
  return last;
}

function putCell(s: SheetData, r: number, c: number, w: Written): void {
  let row = s.rows[r];
  if (!row) {
    for (let i = s.rows.length; i < r; i++) s.rows[i] ??= [];
    row = s.rows[r] = [];
  }
  for (let i = row.length; i < c; i++) row[i] = '';
  row[c] = w.value;
  const key = cellKey(r, c);
  if (w.formula !== undefined) s.formulas.set(key, w.formula);
  else if (s.formulas.size) s.formulas.delete(key);
  if (w.format !== undefined) s.formats.set(key, w.format);
}

/** Moves formulas and formats of rows ≥ from by delta rows (deleting those that fall in a deleted block). */
function shiftRows(map: Map<number, string>, from: number, delta: number, deletedUntil = -1): void {
  const moved: [number, string][] = [];
  for (const [k, v] of map) {
    const r = Math.floor(k / KEY_STRIDE);
    if (r < from) continue;
    map.delete(k);
    if (r < deletedUntil) continue;
    moved.push([k + delta * KEY_STRIDE, v]);
  }
  for (const [k, v] of moved) map.set(k, v);
}

export class EmuUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

function emailOf(host: SheetsHost, v: unknown, method: string): string {
  if (typeof v === 'string') return v;
  if (v && typeof (v as EmuUser).getEmail === 'function') return (v as EmuUser).getEmail();
  throw host.realm.error(ERR.signature([v], method));
}

// ---------------------------------------------------------------- SpreadsheetApp

export class EmuSpreadsheetApp {
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
  constructor(private readonly host: SheetsHost) {}

  /** null outside a document (a web app, a standalone run), as Apps Script returns. */
  getActiveSpreadsheet(): EmuSpreadsheet | null {
    this.host.read('SpreadsheetApp.getActiveSpreadsheet');
    if (!this.host.execution.documentBound) return null;
    return new EmuSpreadsheet(this.host, this.host.admin());
  }

  getActive(): EmuSpreadsheet | null {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet(): EmuSheet | null {
    const ss = this.getActiveSpreadsheet();
    return ss ? ss.getActiveSheet() : null;
  }

  openById(id: string): EmuSpreadsheet {
    this.host.read('SpreadsheetApp.openById');
    if (typeof id !== 'string') throw this.host.realm.error(ERR.signature([id], 'SpreadsheetApp.openById'));
    const doc = this.host.open(id);
    if (!doc) throw this.host.realm.error(ERR.openById);
    const user = this.host.execution.effectiveUser;
    const d = doc.data;
    if (d.owner && user && user !== d.owner && !d.editors.includes(user) && !d.viewers.includes(user)) throw this.host.realm.error(ERR.noAccess);
    return new EmuSpreadsheet(this.host, doc);
  }

  openByUrl(url: string): EmuSpreadsheet {
    const m = /\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!m) throw this.host.realm.error('Invalid argument: url');
    return this.openById(m[1] as string);
  }

  create(name: string, rows?: number, columns?: number): EmuSpreadsheet {
    this.host.sync('SpreadsheetApp.create');
    if (typeof name !== 'string') throw this.host.realm.error(ERR.signature([name], 'SpreadsheetApp.create'));
    const r = rows ?? 1000;
    const c = columns ?? 26;
    if (r * c > MAX_CELLS) throw this.host.realm.error(ERR.cells);
    return new EmuSpreadsheet(this.host, this.host.create(name, r, c));
  }

  /** Commits the write cache: its cost is counted under COMMIT_KEY, and only when writes are pending. */
  /** reference/spreadsheet/spreadsheet-app#newDataValidation(): a builder for a data validation rule. */
  newDataValidation(): EmuDataValidationBuilder {
    this.host.local('SpreadsheetApp.newDataValidation');
    return new EmuDataValidationBuilder(this.host, { criteria: 'VALUE_IN_LIST', values: [], showDropdown: true, allowInvalid: true, helpText: null });
  }

  flush(): void {
    this.host.commitWriteCache();
    this.host.local('SpreadsheetApp.flush');
  }

  getUi(): EmuUi {
    this.host.local('SpreadsheetApp.getUi');
    const kind = this.host.execution.kind;
    if (kind === 'trigger' || kind === 'web' || kind === 'rpc' && !this.host.execution.documentBound) throw this.host.realm.error(ERR.uiContext);
    return new EmuUi(this.host);
  }
}

// ---------------------------------------------------------------- Spreadsheet

export class EmuSpreadsheet {
  constructor(
    private readonly host: SheetsHost,
    private readonly doc: OpenDocument,
  ) {}

  private key(m: string): string {
    return `SpreadsheetApp.Spreadsheet.${m}`;
  }

  getId(): string {
    this.host.local(this.key('getId'));
    return this.doc.id;
  }

  getName(): string {
    this.host.read(this.key('getName'));
    return this.doc.data.name;
  }

  rename(newName: string): void {
    this.host.write(this.key('rename'));
    const name = String(newName);
    this.doc.apply((d) => {
      d.name = name;
    });
  }

  getUrl(): string {
    this.host.local(this.key('getUrl'));
    return `https://docs.google.com/spreadsheets/d/${this.doc.id}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    this.host.read(this.key('getSpreadsheetTimeZone'));
    return this.doc.data.timeZone;
  }

  /** Date cells keep their wall-clock reading, as a serial does when Sheets changes the zone. */
  setSpreadsheetTimeZone(timezone: string): void {
    this.host.write(this.key('setSpreadsheetTimeZone'));
    const tz = String(timezone);
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
    } catch {
      throw this.host.realm.error(`Invalid argument: timezone`);
    }
    this.doc.apply((d) => {
      const old = d.timeZone;
      if (old === tz) return;
      for (const s of d.sheets) for (const row of s.rows) for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v instanceof Date) row[c] = serialToDate(dateToSerial(v, old), tz);
      }
      d.timeZone = tz;
    });
  }

  getSheets(): EmuSheet[] {
    this.host.read(this.key('getSheets'));
    return this.doc.data.sheets.map((s) => new EmuSheet(this.host, this.doc, s.sheetId));
  }

  getNumSheets(): number {
    this.host.read(this.key('getNumSheets'));
    return this.doc.data.sheets.length;
  }

  getSheetByName(name: string): EmuSheet | null {
    this.host.read(this.key('getSheetByName'));
    const s = this.doc.data.sheets.find((x) => x.name === name);
    return s ? new EmuSheet(this.host, this.doc, s.sheetId) : null;
  }

  getSheetById(id: number): EmuSheet | null {
    this.host.read(this.key('getSheetById'));
    const s = this.doc.sheet(id);
    return s ? new EmuSheet(this.host, this.doc, s.sheetId) : null;
  }

  getActiveSheet(): EmuSheet {
    this.host.read(this.key('getActiveSheet'));
    return new EmuSheet(this.host, this.doc, this.host.activeSheetId(this.doc));
  }

  setActiveSheet(sheet: EmuSheet): EmuSheet {
    this.host.write(this.key('setActiveSheet'));
    this.host.setActiveSheet(this.doc, sheet.getSheetId());
    return sheet;
  }

  /** insertSheet() | insertSheet(name) | insertSheet(name, index) | insertSheet(index). The new sheet becomes active. */
  insertSheet(a?: string | number, b?: number): EmuSheet {
    this.host.sync(this.key('insertSheet'));
    const d = this.doc.data;
    let name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : d.sheets.length;
    if (name !== undefined && d.sheets.some((s) => s.name === name)) throw this.host.realm.error(ERR.duplicateSheet(name));
    if (name === undefined) {
      const base = (d.sheets[0]?.name ?? 'Sheet1').replace(/\d+$/, '') || 'Sheet';
      let n = d.sheets.length + 1;
      while (d.sheets.some((s) => s.name === `${base}${n}`)) n++;
      name = `${base}${n}`;
    }
    if (totalCells(d) + 1000 * 26 > MAX_CELLS) throw this.host.realm.error(ERR.cells);
    const sheetId = Math.max(0, ...d.sheets.map((s) => s.sheetId)) + 1 + Math.floor(Math.random() * 1e9);
    const finalName = name;
    this.doc.apply((w) => {
      const at = Math.max(0, Math.min(index, w.sheets.length));
      w.sheets.splice(at, 0, newSheet(sheetId, finalName));
    });
    this.host.setActiveSheet(this.doc, sheetId);
    return new EmuSheet(this.host, this.doc, sheetId);
  }

  deleteSheet(sheet: EmuSheet): void {
    this.host.sync(this.key('deleteSheet'));
    const id = sheet.getSheetId();
    if (this.doc.data.sheets.length <= 1) throw this.host.realm.error(ERR.lastSheet);
    this.doc.apply((w) => {
      w.sheets = w.sheets.filter((s) => s.sheetId !== id);
    });
  }

  getRange(a1Notation: string): EmuRange {
    this.host.local(this.key('getRange'));
    const { sheet, range } = splitSheetName(String(a1Notation));
    const target = sheet === null ? this.doc.data.sheets.find((s) => s.sheetId === this.host.activeSheetId(this.doc)) : this.doc.data.sheets.find((s) => s.name === sheet);
    if (!target) throw this.host.realm.error(ERR.rangeNotFound);
    return new EmuSheet(this.host, this.doc, target.sheetId).rangeFromA1(range);
  }

  getOwner(): EmuUser | null {
    this.host.read(this.key('getOwner'));
    return this.doc.data.owner ? new EmuUser(this.doc.data.owner) : null;
  }

  /** The owner and every editor, as Apps Script lists them. */
  getEditors(): EmuUser[] {
    this.host.read(this.key('getEditors'));
    const d = this.doc.data;
    return [...new Set([d.owner, ...d.editors].filter(Boolean))].map((e) => new EmuUser(e));
  }

  getViewers(): EmuUser[] {
    this.host.read(this.key('getViewers'));
    return this.doc.data.viewers.map((e) => new EmuUser(e));
  }

  addEditor(emailAddress: string | EmuUser): EmuSpreadsheet {
    return this.addEditors([emailOf(this.host, emailAddress, 'SpreadsheetApp.Spreadsheet.addEditor')], 'addEditor');
  }

  addEditors(emailAddresses: string[], method = 'addEditors'): EmuSpreadsheet {
    this.host.sync(this.key(method));
    const emails = emailAddresses.map((e) => String(e));
    this.doc.apply((d) => {
      for (const e of emails) {
        if (e === d.owner || d.editors.includes(e)) continue;
        d.viewers = d.viewers.filter((v) => v !== e);
        d.editors.push(e);
      }
    });
    return this;
  }

  removeEditor(emailAddress: string | EmuUser): EmuSpreadsheet {
    this.host.sync(this.key('removeEditor'));
    const e = emailOf(this.host, emailAddress, 'SpreadsheetApp.Spreadsheet.removeEditor');
    this.doc.apply((d) => {
      d.editors = d.editors.filter((x) => x !== e);
    });
    return this;
  }

  addViewer(emailAddress: string | EmuUser): EmuSpreadsheet {
    return this.addViewers([emailOf(this.host, emailAddress, 'SpreadsheetApp.Spreadsheet.addViewer')], 'addViewer');
  }

  /** A user who already edits keeps editing (Drive never lowers access by adding a viewer). */
  addViewers(emailAddresses: string[], method = 'addViewers'): EmuSpreadsheet {
    this.host.sync(this.key(method));
    const emails = emailAddresses.map((e) => String(e));
    this.doc.apply((d) => {
      for (const e of emails) if (e !== d.owner && !d.editors.includes(e) && !d.viewers.includes(e)) d.viewers.push(e);
    });
    return this;
  }

  removeViewer(emailAddress: string | EmuUser): EmuSpreadsheet {
    this.host.sync(this.key('removeViewer'));
    const e = emailOf(this.host, emailAddress, 'SpreadsheetApp.Spreadsheet.removeViewer');
    this.doc.apply((d) => {
      d.viewers = d.viewers.filter((x) => x !== e);
    });
    return this;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.host.read(this.key('toast'));
    this.host.ui.push({ type: 'toast', spreadsheetId: this.doc.id, message: String(msg), title: title === undefined ? '' : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }
}

// ---------------------------------------------------------------- Sheet

export class EmuSheet {
  constructor(
    private readonly host: SheetsHost,
    private readonly doc: OpenDocument,
    private readonly id: number,
  ) {}

  private key(m: string): string {
    return `SpreadsheetApp.Sheet.${m}`;
  }

  private get data(): SheetData {
    const s = this.doc.sheet(this.id);
    if (!s) throw this.host.realm.error(ERR.sheetGone);
    return s;
  }

  /** Throws unless the script's user may edit this sheet (reference/spreadsheet/protection). */
  assertEditable(): void {
    const s = this.data;
    const user = this.host.execution.effectiveUser;
    const owner = this.doc.data.owner;
    for (const p of s.protections) {
      if (p.warningOnly) continue;
      if (!owner || user === owner || p.editors.includes(user)) continue;
      throw this.host.realm.error(ERR.protectedCell);
    }
  }

  private growTo(rows: number, columns: number): void {
    const s = this.data;
    const extra = Math.max(0, rows - s.maxRows) * Math.max(columns, s.maxColumns) + Math.max(0, columns - s.maxColumns) * s.maxRows;
    if (extra && totalCells(this.doc.data) + extra > MAX_CELLS) throw this.host.realm.error(ERR.cells);
  }

  getSheetId(): number {
    this.host.local(this.key('getSheetId'));
    return this.id;
  }

  getName(): string {
    this.host.read(this.key('getName'));
    return this.data.name;
  }

  setName(name: string): EmuSheet {
    this.host.write(this.key('setName'));
    const n = String(name);
    if (this.doc.data.sheets.some((s) => s.name === n && s.sheetId !== this.id)) throw this.host.realm.error(ERR.duplicateSheet(n));
    const id = this.id;
    this.doc.apply((d) => {
      const s = d.sheets.find((x) => x.sheetId === id);
      if (s) s.name = n;
    });
    return this;
  }

  getIndex(): number {
    this.host.read(this.key('getIndex'));
    return this.doc.data.sheets.findIndex((s) => s.sheetId === this.id) + 1;
  }

  getParent(): EmuSpreadsheet {
    this.host.local(this.key('getParent'));
    return new EmuSpreadsheet(this.host, this.doc);
  }

  activate(): EmuSheet {
    this.host.write(this.key('activate'));
    this.host.setActiveSheet(this.doc, this.id);
    return this;
  }

  /** @internal A1 inside this sheet (used by Spreadsheet.getRange too). */
  rangeFromA1(a1: string): EmuRange {
    const s = this.data;
    const box = parseA1(splitSheetName(a1).range, s.maxRows, s.maxColumns);
    if (!box) throw this.host.realm.error(ERR.rangeNotFound);
    if (box.row + box.numRows - 1 > s.maxRows || box.column + box.numColumns - 1 > s.maxColumns) throw this.host.realm.error(ERR.outside);
    return new EmuRange(this.host, this.doc, this.id, box);
  }

  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): EmuRange {
    this.host.local(this.key('getRange'));
    const args = [a, column, numRows, numColumns].filter((x) => x !== undefined);
    if (typeof a === 'string' && args.length === 1) return this.rangeFromA1(a);
    if (!args.every(isInt) || args.length < 2) throw this.host.realm.error(ERR.signature(args, 'SpreadsheetApp.Sheet.getRange'));
    const box: GridBox = { row: Math.floor(a as number), column: Math.floor(column as number), numRows: Math.floor(numRows ?? 1), numColumns: Math.floor(numColumns ?? 1) };
    if (box.row < 1) throw this.host.realm.error(ERR.rowTooSmall);
    if (box.column < 1) throw this.host.realm.error(ERR.columnTooSmall);
    if (box.numRows < 1) throw this.host.realm.error(ERR.numRows);
    if (box.numColumns < 1) throw this.host.realm.error(ERR.numColumns);
    const s = this.data;
    if (box.row + box.numRows - 1 > s.maxRows || box.column + box.numColumns - 1 > s.maxColumns) throw this.host.realm.error(ERR.outside);
    return new EmuRange(this.host, this.doc, this.id, box);
  }

  /** From A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): EmuRange {
    this.host.read(this.key('getDataRange'));
    const s = this.data;
    return new EmuRange(this.host, this.doc, this.id, { row: 1, column: 1, numRows: Math.max(1, lastRowOf(s)), numColumns: Math.max(1, lastColumnOf(s)) });
  }

  getLastRow(): number {
    this.host.read(this.key('getLastRow'));
    return lastRowOf(this.data);
  }

  getLastColumn(): number {
    this.host.read(this.key('getLastColumn'));
    return lastColumnOf(this.data);
  }

  getMaxRows(): number {
    this.host.read(this.key('getMaxRows'));
    return this.data.maxRows;
  }

  getMaxColumns(): number {
    this.host.read(this.key('getMaxColumns'));
    return this.data.maxColumns;
  }

  /**
   * Writes after the last row with content, adding a row to the grid when it is full
   * (reference: "Appends a row to the bottom of the current data region").
   */
  appendRow(rowContents: unknown[]): EmuSheet {
    if (!Array.isArray(rowContents)) throw this.host.realm.error(ERR.signature([rowContents], 'SpreadsheetApp.Sheet.appendRow'));
    this.host.write(this.key('appendRow'), rowContents.length);
    this.assertEditable();
    const s = this.data;
    const tz = this.doc.data.timeZone;
    const r0 = lastRowOf(s);
    const written = rowContents.map((v, c) => this.interpret(v, s.formats.get(cellKey(r0, c)), tz));
    this.growTo(r0 + 1, rowContents.length);
    const id = this.id;
    this.doc.apply((d) => {
      const sh = d.sheets.find((x) => x.sheetId === id);
      if (!sh) throw new Error(ERR.sheetGone);
      const r = lastRowOf(sh);
      sh.maxRows = Math.max(sh.maxRows, r + 1);
      sh.maxColumns = Math.max(sh.maxColumns, written.length);
      written.forEach((w, c) => putCell(sh, r, c, w));
    });
    return this;
  }

  /** @internal */
  interpret(v: unknown, format: string | undefined, tz: string): Written {
    try {
      return interpretWritten(v, format, tz);
    } catch (e) {
      throw this.host.realm.error((e as Error).message);
    }
  }

  /** Clears contents and formats. */
  clear(): EmuSheet {
    this.host.write(this.key('clear'));
    this.assertEditable();
    this.mutate((s) => {
      s.rows = [];
      s.formulas.clear();
      s.formats.clear();
    });
    return this;
  }

  /** Clears contents (values and formulas), keeps formats. */
  clearContents(): EmuSheet {
    this.host.write(this.key('clearContents'));
    this.assertEditable();
    this.mutate((s) => {
      s.rows = [];
      s.formulas.clear();
    });
    return this;
  }

  clearFormats(): EmuSheet {
    this.host.write(this.key('clearFormats'));
    this.mutate((s) => s.formats.clear());
    return this;
  }

  private mutate(f: (s: SheetData) => void): void {
    const id = this.id;
    this.doc.apply((d) => {
      const s = d.sheets.find((x) => x.sheetId === id);
      if (!s) throw new Error(ERR.sheetGone);
      f(s);
    });
  }

  /** reference/spreadsheet/sheet#setColumnWidths(Integer,Integer,Integer): width in pixels. */
  setColumnWidths(startColumn: number, numColumns: number, width: number): EmuSheet {
    if (![startColumn, numColumns, width].every(isInt)) throw this.host.realm.error(ERR.signature([startColumn, numColumns, width], 'SpreadsheetApp.Sheet.setColumnWidths'));
    this.host.write(this.key('setColumnWidths'));
    if (startColumn < 1 || numColumns < 1 || startColumn + numColumns - 1 > this.data.maxColumns) throw this.host.realm.error(ERR.outside);
    const id = this.id;
    this.doc.apply((d) => {
      const sh = d.sheets.find((x) => x.sheetId === id);
      if (!sh) throw new Error(ERR.sheetGone);
      const widths = { ...(sh.columnWidths ?? {}) };
      for (let c = startColumn - 1; c < startColumn - 1 + numColumns; c++) widths[c] = Math.max(0, Math.floor(width));
      sh.columnWidths = widths;
    });
    return this;
  }

  setColumnWidth(columnPosition: number, width: number): EmuSheet {
    if (![columnPosition, width].every(isInt)) throw this.host.realm.error(ERR.signature([columnPosition, width], 'SpreadsheetApp.Sheet.setColumnWidth'));
    this.host.write(this.key('setColumnWidth'));
    if (columnPosition < 1 || columnPosition > this.data.maxColumns) throw this.host.realm.error(ERR.outside);
    const id = this.id;
    this.doc.apply((d) => {
      const sh = d.sheets.find((x) => x.sheetId === id);
      if (!sh) throw new Error(ERR.sheetGone);
      sh.columnWidths = { ...(sh.columnWidths ?? {}), [columnPosition - 1]: Math.max(0, Math.floor(width)) };
    });
    return this;
  }

  /** Pixels; Sheets' default column is 100 px wide. */
  getColumnWidth(columnPosition: number): number {
    this.host.read(this.key('getColumnWidth'));
    return this.data.columnWidths?.[columnPosition - 1] ?? 100;
  }

  setFrozenRows(rows: number): void {
    this.host.write(this.key('setFrozenRows'));
    if (!isInt(rows) || rows < 0) throw this.host.realm.error(ERR.signature([rows], 'SpreadsheetApp.Sheet.setFrozenRows'));
    if (rows >= this.data.maxRows) throw this.host.realm.error("You can't freeze all visible rows on the sheet.");
    this.mutate((s) => {
      s.frozenRows = rows;
    });
  }

  getFrozenRows(): number {
    this.host.read(this.key('getFrozenRows'));
    return this.data.frozenRows;
  }

  hideSheet(): EmuSheet {
    this.host.write(this.key('hideSheet'));
    const visible = this.doc.data.sheets.filter((s) => !s.hidden && s.sheetId !== this.id);
    if (!visible.length) throw this.host.realm.error(ERR.hideAll);
    this.mutate((s) => {
      s.hidden = true;
    });
    return this;
  }

  showSheet(): EmuSheet {
    this.host.write(this.key('showSheet'));
    this.mutate((s) => {
      s.hidden = false;
    });
    return this;
  }

  isSheetHidden(): boolean {
    this.host.read(this.key('isSheetHidden'));
    return this.data.hidden;
  }

  /** Protects the whole sheet; editors: the owner and the user running the script, plus the spreadsheet's editors. */
  protect(): EmuProtection {
    this.host.sync(this.key('protect'));
    const d = this.doc.data;
    const editors = [...new Set([d.owner, this.host.execution.effectiveUser, ...d.editors].filter(Boolean))];
    const existing = this.data.protections;
    const pid = existing.reduce((m, p) => Math.max(m, p.id), 0) + 1;
    this.mutate((s) => {
      s.protections.push({ id: pid, description: '', warningOnly: false, editors: [...editors] });
    });
    return new EmuProtection(this.host, this.doc, this.id, pid);
  }

  getProtections(type: string): EmuProtection[] {
    this.host.read(this.key('getProtections'));
    if (type !== 'SHEET') return [];
    return this.data.protections.map((p) => new EmuProtection(this.host, this.doc, this.id, p.id));
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.host.write(this.key('deleteRows'));
    this.assertEditable();
    const s = this.data;
    if (!isInt(rowPosition) || !isInt(howMany) || rowPosition < 1 || howMany < 1) throw this.host.realm.error(ERR.signature([rowPosition, howMany], 'SpreadsheetApp.Sheet.deleteRows'));
    if (rowPosition + howMany - 1 > s.maxRows) throw this.host.realm.error('Those rows are out of bounds.');
    if (s.maxRows - howMany <= s.frozenRows) throw this.host.realm.error(ERR.deleteAllRows);
    const from = rowPosition - 1;
    this.mutate((sh) => {
      sh.rows.splice(from, howMany);
      shiftRows(sh.formulas, from, -howMany, from + howMany);
      shiftRows(sh.formats, from, -howMany, from + howMany);
      sh.maxRows -= howMany;
    });
  }

  deleteRow(rowPosition: number): EmuSheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): EmuSheet {
    this.insertRows(afterPosition, howMany, 'insertRowsAfter');
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): EmuSheet {
    this.insertRows(beforePosition - 1, howMany, 'insertRowsBefore');
    return this;
  }

  private insertRows(after: number, howMany: number, method: string): void {
    this.host.write(this.key(method));
    this.assertEditable();
    const s = this.data;
    if (!isInt(after) || !isInt(howMany) || after < 0 || howMany < 1) throw this.host.realm.error(ERR.signature([after, howMany], `SpreadsheetApp.Sheet.${method}`));
    if (after > s.maxRows) throw this.host.realm.error('Those rows are out of bounds.');
    this.growTo(s.maxRows + howMany, s.maxColumns);
    this.mutate((sh) => {
      if (after < sh.rows.length) sh.rows.splice(after, 0, ...Array.from({ length: howMany }, () => [] as CellValue[]));
      shiftRows(sh.formulas, after, howMany);
      shiftRows(sh.formats, after, howMany);
      sh.maxRows += howMany;
    });
  }

  insertColumnsAfter(afterPosition: number, howMany: number): EmuSheet {
    this.host.write(this.key('insertColumnsAfter'));
    const s = this.data;
    if (!isInt(afterPosition) || !isInt(howMany) || howMany < 1 || afterPosition < 0) throw this.host.realm.error(ERR.signature([afterPosition, howMany], 'SpreadsheetApp.Sheet.insertColumnsAfter'));
    this.growTo(s.maxRows, s.maxColumns + howMany);
    // Only appending columns at the right edge is emulated; inserting in the middle would move cells.
    if (afterPosition < lastColumnOf(s)) throw this.host.realm.error('insertColumnsAfter inside the data is not emulated');
    this.mutate((sh) => {
      sh.maxColumns += howMany;
    });
    return this;
  }
}

// ---------------------------------------------------------------- Protection

export class EmuProtection {
  constructor(
    private readonly host: SheetsHost,
    private readonly doc: OpenDocument,
    private readonly sheetId: number,
    private readonly id: number,
  ) {}

  private key(m: string): string {
    return `SpreadsheetApp.Protection.${m}`;
  }

  private get data(): ProtectionData {
    const p = this.doc.sheet(this.sheetId)?.protections.find((x) => x.id === this.id);
    if (!p) throw this.host.realm.error('The protection has been removed.');
    return p;
  }

  private mutate(f: (p: ProtectionData, s: SheetData) => void): void {
    const { sheetId, id } = this;
    this.data; // fail now when gone
    this.doc.apply((d) => {
      const s = d.sheets.find((x) => x.sheetId === sheetId);
      const p = s?.protections.find((x) => x.id === id);
      if (s && p) f(p, s);
    });
  }

  getProtectionType(): string {
    this.host.local(this.key('getProtectionType'));
    return 'SHEET';
  }

  getDescription(): string {
    this.host.read(this.key('getDescription'));
    return this.data.description;
  }

  setDescription(description: string): EmuProtection {
    this.host.write(this.key('setDescription'));
    const text = String(description);
    this.mutate((p) => {
      p.description = text;
    });
    return this;
  }

  isWarningOnly(): boolean {
    this.host.read(this.key('isWarningOnly'));
    return this.data.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): EmuProtection {
    this.host.write(this.key('setWarningOnly'));
    const w = Boolean(warningOnly);
    this.mutate((p) => {
      p.warningOnly = w;
    });
    return this;
  }

  getEditors(): EmuUser[] {
    this.host.read(this.key('getEditors'));
    return this.data.editors.map((e) => new EmuUser(e));
  }

  addEditor(emailAddress: string | EmuUser): EmuProtection {
    return this.addEditors([emailOf(this.host, emailAddress, 'SpreadsheetApp.Protection.addEditor')], 'addEditor');
  }

  addEditors(emailAddresses: string[], method = 'addEditors'): EmuProtection {
    this.host.write(this.key(method));
    const emails = emailAddresses.map(String);
    this.mutate((p) => {
      for (const e of emails) if (!p.editors.includes(e)) p.editors.push(e);
    });
    return this;
  }

  removeEditor(emailAddress: string | EmuUser): EmuProtection {
    return this.removeEditors([emailOf(this.host, emailAddress, 'SpreadsheetApp.Protection.removeEditor')], 'removeEditor');
  }

  /** The owner and the user running the script stay: Apps Script never removes them. */
  removeEditors(emailAddresses: (string | EmuUser)[], method = 'removeEditors'): EmuProtection {
    this.host.write(this.key(method));
    const keep = new Set([this.doc.data.owner, this.host.execution.effectiveUser]);
    const drop = new Set(emailAddresses.map((e) => emailOf(this.host, e, `SpreadsheetApp.Protection.${method}`)).filter((e) => !keep.has(e)));
    this.mutate((p) => {
      p.editors = p.editors.filter((e) => !drop.has(e));
    });
    return this;
  }

  canEdit(): boolean {
    this.host.read(this.key('canEdit'));
    const user = this.host.execution.effectiveUser;
    return user === this.doc.data.owner || this.data.editors.includes(user);
  }

  canDomainEdit(): boolean {
    this.host.read(this.key('canDomainEdit'));
    return false;
  }

  remove(): void {
    this.host.write(this.key('remove'));
    const id = this.id;
    this.mutate((_p, s) => {
      s.protections = s.protections.filter((x) => x.id !== id);
    });
  }
}

// ---------------------------------------------------------------- Range

export class EmuRange {
  constructor(
    private readonly host: SheetsHost,
    private readonly doc: OpenDocument,
    private readonly sheetId: number,
    private readonly box: GridBox,
  ) {}

  private key(m: string): string {
    return `SpreadsheetApp.Range.${m}`;
  }

  private get sheet(): SheetData {
    const s = this.doc.sheet(this.sheetId);
    if (!s) throw this.host.realm.error(ERR.sheetGone);
    return s;
  }

  private get cells(): number {
    return this.box.numRows * this.box.numColumns;
  }

  private handle(): EmuSheet {
    return new EmuSheet(this.host, this.doc, this.sheetId);
  }

  getSheet(): EmuSheet {
    this.host.local(this.key('getSheet'));
    return this.handle();
  }

  getRow(): number {
    this.host.local(this.key('getRow'));
    return this.box.row;
  }

  getColumn(): number {
    this.host.local(this.key('getColumn'));
    return this.box.column;
  }

  getNumRows(): number {
    this.host.local(this.key('getNumRows'));
    return this.box.numRows;
  }

  getNumColumns(): number {
    this.host.local(this.key('getNumColumns'));
    return this.box.numColumns;
  }

  getLastRow(): number {
    this.host.local(this.key('getLastRow'));
    return this.box.row + this.box.numRows - 1;
  }

  getLastColumn(): number {
    this.host.local(this.key('getLastColumn'));
    return this.box.column + this.box.numColumns - 1;
  }

  getA1Notation(): string {
    this.host.local(this.key('getA1Notation'));
    return toA1(this.box);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): EmuRange {
    this.host.local(this.key('offset'));
    return this.handle().getRange(this.box.row + rowOffset, this.box.column + columnOffset, numRows ?? this.box.numRows, numColumns ?? this.box.numColumns);
  }

  private grid<T>(f: (v: CellValue, format: string | undefined, r: number, c: number) => T): T[][] {
    const s = this.sheet;
    const A = this.host.realm.Array;
    const out = new A(this.box.numRows) as T[][];
    const r0 = this.box.row - 1;
    const c0 = this.box.column - 1;
    const noFormats = s.formats.size === 0;
    for (let i = 0; i < this.box.numRows; i++) {
      const row = s.rows[r0 + i];
      const line = new A(this.box.numColumns) as T[];
      for (let j = 0; j < this.box.numColumns; j++) {
        const v = row?.[c0 + j] ?? '';
        line[j] = f(v, noFormats ? undefined : s.formats.get(cellKey(r0 + i, c0 + j)), r0 + i, c0 + j);
      }
      out[i] = line;
    }
    return out;
  }

  getValues(): (string | number | boolean | Date)[][] {
    this.host.read(this.key('getValues'), this.cells);
    const tz = this.doc.data.timeZone;
    const D = this.host.realm.Date;
    return this.grid((v, f) => (typeof v === 'object' || f !== undefined ? typedValue(v, f, tz, D) : v));
  }

  getValue(): string | number | boolean | Date {
    this.host.read(this.key('getValue'), 1);
    const s = this.sheet;
    const r = this.box.row - 1;
    const c = this.box.column - 1;
    return typedValue(s.rows[r]?.[c] ?? '', s.formats.get(cellKey(r, c)), this.doc.data.timeZone, this.host.realm.Date);
  }

  getDisplayValues(): string[][] {
    this.host.read(this.key('getDisplayValues'), this.cells);
    const tz = this.doc.data.timeZone;
    return this.grid((v, f) => displayValue(v, f, tz));
  }

  getDisplayValue(): string {
    this.host.read(this.key('getDisplayValue'), 1);
    const s = this.sheet;
    const r = this.box.row - 1;
    const c = this.box.column - 1;
    return displayValue(s.rows[r]?.[c] ?? '', s.formats.get(cellKey(r, c)), this.doc.data.timeZone);
  }

  getFormulas(): string[][] {
    this.host.read(this.key('getFormulas'), this.cells);
    const s = this.sheet;
    return this.grid((_v, _f, r, c) => s.formulas.get(cellKey(r, c)) ?? '');
  }

  getFormula(): string {
    this.host.read(this.key('getFormula'), 1);
    return this.sheet.formulas.get(cellKey(this.box.row - 1, this.box.column - 1)) ?? '';
  }

  getNumberFormat(): string {
    this.host.read(this.key('getNumberFormat'), 1);
    return this.sheet.formats.get(cellKey(this.box.row - 1, this.box.column - 1)) ?? 'General';
  }

  getNumberFormats(): string[][] {
    this.host.read(this.key('getNumberFormats'), this.cells);
    return this.grid((_v, f) => f ?? 'General');
  }

  /** Writes a grid; Apps Script's own errors when its shape differs from the range's. */
  setValues(values: unknown[][]): EmuRange {
    const method = 'setValues';
    if (!Array.isArray(values)) throw this.host.realm.error(ERR.signature([values], 'SpreadsheetApp.Range.setValues'));
    this.host.write(this.key(method), this.cells);
    if (values.length !== this.box.numRows) throw this.host.realm.error(ERR.rows(values.length, this.box.numRows));
    for (const row of values) {
      if (!Array.isArray(row)) throw this.host.realm.error(ERR.signature([values], 'SpreadsheetApp.Range.setValues'));
      if (row.length !== this.box.numColumns) throw this.host.realm.error(ERR.columns(row.length, this.box.numColumns));
    }
    this.writeGrid((i, j) => values[i]?.[j]);
    return this;
  }

  /** Sets every cell of the range to the value. */
  setValue(value: unknown): EmuRange {
    this.host.write(this.key('setValue'), this.cells);
    this.writeGrid(() => value);
    return this;
  }

  setFormula(formula: string): EmuRange {
    this.host.write(this.key('setFormula'), this.cells);
    const f = String(formula);
    this.writeGrid(() => (f.startsWith('=') ? f : `=${f}`));
    return this;
  }

  private writeGrid(at: (i: number, j: number) => unknown): void {
    const sheet = this.handle();
    sheet.assertEditable();
    const s = this.sheet;
    const tz = this.doc.data.timeZone;
    const { row, column, numRows, numColumns } = this.box;
    const written: Written[][] = [];
    const noFormats = s.formats.size === 0;
    for (let i = 0; i < numRows; i++) {
      const line: Written[] = [];
      for (let j = 0; j < numColumns; j++) {
        line.push(sheet.interpret(at(i, j), noFormats ? undefined : s.formats.get(cellKey(row - 1 + i, column - 1 + j)), tz));
      }
      written.push(line);
    }
    const id = this.sheetId;
    this.doc.apply((d) => {
      const sh = d.sheets.find((x) => x.sheetId === id);
      if (!sh) throw new Error(ERR.sheetGone);
      for (let i = 0; i < numRows; i++) for (let j = 0; j < numColumns; j++) putCell(sh, row - 1 + i, column - 1 + j, (written[i] as Written[])[j] as Written);
    });
  }

  setNumberFormat(numberFormat: string): EmuRange {
    this.host.write(this.key('setNumberFormat'), this.cells);
    const f = String(numberFormat);
    this.setFormats(() => f);
    return this;
  }

  setNumberFormats(numberFormats: string[][]): EmuRange {
    this.host.write(this.key('setNumberFormats'), this.cells);
    if (!Array.isArray(numberFormats) || numberFormats.length !== this.box.numRows) throw this.host.realm.error(ERR.rows(Array.isArray(numberFormats) ? numberFormats.length : 0, this.box.numRows));
    for (const r of numberFormats) if (!Array.isArray(r) || r.length !== this.box.numColumns) throw this.host.realm.error(ERR.columns(Array.isArray(r) ? r.length : 0, this.box.numColumns));
    this.setFormats((i, j) => String(numberFormats[i]?.[j] ?? ''));
    return this;
  }

  private setFormats(at: (i: number, j: number) => string): void {
    const { row, column, numRows, numColumns } = this.box;
    const formats = Array.from({ length: numRows }, (_x, i) => Array.from({ length: numColumns }, (_y, j) => at(i, j)));
    const id = this.sheetId;
    this.doc.apply((d) => {
      const sh = d.sheets.find((x) => x.sheetId === id);
      if (!sh) throw new Error(ERR.sheetGone);
      for (let i = 0; i < numRows; i++) {
        for (let j = 0; j < numColumns; j++) {
          const f = formats[i]?.[j] ?? '';
          const k = cellKey(row - 1 + i, column - 1 + j);
          if (f === '' || f === 'General') sh.formats.delete(k);
          else sh.formats.set(k, f);
        }
      }
    });
  }

  /**
   * One rule per cell, in one call (reference/spreadsheet/range#setDataValidations(DataValidation)):
   * the grid must have the range's shape; null clears a cell's rule. Values already in the cells
   * are not checked (nor are later setValues: a rule binds what a person types, see bridge.ts).
   */
  setDataValidations(rules: unknown[][]): EmuRange {
    if (!Array.isArray(rules)) throw this.host.realm.error(ERR.signature([rules], 'SpreadsheetApp.Range.setDataValidations'));
    this.host.write(this.key('setDataValidations'), this.cells);
    if (rules.length !== this.box.numRows) throw this.host.realm.error(ERR.rows(rules.length, this.box.numRows));
    for (const r of rules) if (!Array.isArray(r) || r.length !== this.box.numColumns) throw this.host.realm.error(ERR.columns(Array.isArray(r) ? r.length : 0, this.box.numColumns));
    const ruleOf = (v: unknown): ValidationRule | null => {
      if (v === null || v === undefined) return null;
      const data = validationData(v);
      if (!data) throw this.host.realm.error(ERR.signature([rules], 'SpreadsheetApp.Range.setDataValidations'));
      return data;
    };
    const grid = rules.map((r) => r.map(ruleOf));
    this.putValidations((i, j) => grid[i]![j]!);
    return this;
  }

  setDataValidation(rule: unknown): EmuRange {
    this.host.write(this.key('setDataValidation'), this.cells);
    const data = rule === null || rule === undefined ? null : validationData(rule) ?? null;
    if (rule !== null && rule !== undefined && !data) throw this.host.realm.error(ERR.signature([rule], 'SpreadsheetApp.Range.setDataValidation'));
    this.putValidations(() => data);
    return this;
  }

  getDataValidation(): EmuDataValidation | null {
    this.host.read(this.key('getDataValidation'), 1);
    const rule = validationAt(this.sheet, this.box.row - 1, this.box.column - 1);
    return rule ? new EmuDataValidation(this.host, rule) : null;
  }

  getDataValidations(): (EmuDataValidation | null)[][] {
    this.host.read(this.key('getDataValidations'), this.cells);
    const s = this.sheet;
    return this.grid((_v, _f, r, c) => {
      const rule = validationAt(s, r, c);
      return rule ? new EmuDataValidation(this.host, rule) : null;
    });
  }

  /** Stores the rules as runs of equal rules down each column; runs the new ones cover are dropped. */
  private putValidations(at: (i: number, j: number) => ValidationRule | null): void {
    const { row, column, numRows, numColumns } = this.box;
    const runs: ValidationRun[] = [];
    for (let j = 0; j < numColumns; j++) {
      let start = 0;
      for (let i = 1; i <= numRows; i++) {
        if (i < numRows && JSON.stringify(at(i, j)) === JSON.stringify(at(start, j))) continue;
        runs.push({ column: column - 1 + j, row: row - 1 + start, numRows: i - start, rule: at(start, j) });
        start = i;
      }
    }
    const id = this.sheetId;
    this.doc.apply((d) => {
      const sh = d.sheets.find((x) => x.sheetId === id);
      if (!sh) throw new Error(ERR.sheetGone);
      const kept = (sh.validations ?? []).filter((v) => !(v.column >= column - 1 && v.column < column - 1 + numColumns && v.row >= row - 1 && v.row + v.numRows <= row - 1 + numRows));
      sh.validations = [...kept, ...runs.filter((r) => r.rule !== null || kept.length > 0)];
    });
  }

  clearContent(): EmuRange {
    this.host.write(this.key('clearContent'), this.cells);
    this.clearCells(false);
    return this;
  }

  clear(): EmuRange {
    this.host.write(this.key('clear'), this.cells);
    this.clearCells(true);
    return this;
  }

  private clearCells(formatsToo: boolean): void {
    this.handle().assertEditable();
    const { row, column, numRows, numColumns } = this.box;
    const id = this.sheetId;
    this.doc.apply((d) => {
      const sh = d.sheets.find((x) => x.sheetId === id);
      if (!sh) throw new Error(ERR.sheetGone);
      for (let i = row - 1; i < Math.min(row - 1 + numRows, sh.rows.length); i++) {
        const line = sh.rows[i];
        if (!line) continue;
        for (let j = column - 1; j < Math.min(column - 1 + numColumns, line.length); j++) line[j] = '';
      }
      for (const map of formatsToo ? [sh.formulas, sh.formats] : [sh.formulas]) {
        for (const k of [...map.keys()]) {
          const r = Math.floor(k / KEY_STRIDE);
          const c = k % KEY_STRIDE;
          if (r >= row - 1 && r < row - 1 + numRows && c >= column - 1 && c < column - 1 + numColumns) map.delete(k);
        }
      }
    });
  }
}

// ---------------------------------------------------------------- DataValidation

/** Where a DataValidation handle keeps its rule: a symbol, so it reads through the authorization proxy and is no API name. */
const RULE = Symbol('kanri.validationRule');
/** The rule behind a DataValidation handle of this emulator (undefined for anything else). */
function validationData(v: unknown): ValidationRule | undefined {
  return typeof v === 'object' && v !== null ? ((v as Record<symbol, ValidationRule | undefined>)[RULE]) : undefined;
}

/** reference/spreadsheet/data-validation-builder: only the list criterion Kanri uses. */
export class EmuDataValidationBuilder {
  constructor(private readonly host: SheetsHost, private rule: ValidationRule) {}

  private key(m: string): string {
    return `SpreadsheetApp.DataValidationBuilder.${m}`;
  }

  /** "requireValueInList(values, showDropdown)": the input must equal one of the values; showDropdown defaults to true. */
  requireValueInList(values: string[], showDropdown?: boolean): EmuDataValidationBuilder {
    this.host.local(this.key('requireValueInList'));
    if (!Array.isArray(values)) throw this.host.realm.error(ERR.signature([values], 'SpreadsheetApp.DataValidationBuilder.requireValueInList'));
    this.rule = { ...this.rule, criteria: 'VALUE_IN_LIST', values: values.map(String), showDropdown: showDropdown === undefined ? true : Boolean(showDropdown) };
    return this;
  }

  /** true: a warning only; false: the input is rejected. A new rule allows invalid data (getAllowInvalid: "The default for new data validation rules is true"). */
  setAllowInvalid(allowInvalidData: boolean): EmuDataValidationBuilder {
    this.host.local(this.key('setAllowInvalid'));
    this.rule = { ...this.rule, allowInvalid: Boolean(allowInvalidData) };
    return this;
  }

  setHelpText(helpText: string): EmuDataValidationBuilder {
    this.host.local(this.key('setHelpText'));
    this.rule = { ...this.rule, helpText: String(helpText) };
    return this;
  }

  getAllowInvalid(): boolean {
    this.host.local(this.key('getAllowInvalid'));
    return this.rule.allowInvalid;
  }

  getCriteriaValues(): unknown[] {
    this.host.local(this.key('getCriteriaValues'));
    return [[...this.rule.values], this.rule.showDropdown];
  }

  getHelpText(): string | null {
    this.host.local(this.key('getHelpText'));
    return this.rule.helpText;
  }

  build(): EmuDataValidation {
    this.host.local(this.key('build'));
    if (!this.rule.values.length) throw this.host.realm.error('You must specify criteria for the data validation rule.');
    return new EmuDataValidation(this.host, this.rule);
  }
}

export class EmuDataValidation {
  constructor(private readonly host: SheetsHost, rule: ValidationRule) {
    (this as unknown as Record<symbol, ValidationRule>)[RULE] = { ...rule, values: [...rule.values] };
  }

  private get rule(): ValidationRule {
    return validationData(this)!;
  }

  copy(): EmuDataValidationBuilder {
    this.host.local('SpreadsheetApp.DataValidation.copy');
    return new EmuDataValidationBuilder(this.host, { ...this.rule, values: [...this.rule.values] });
  }

  getAllowInvalid(): boolean {
    this.host.local('SpreadsheetApp.DataValidation.getAllowInvalid');
    return this.rule.allowInvalid;
  }

  /** The DataValidationCriteria name (the enum's value is its name). */
  getCriteriaType(): string {
    this.host.local('SpreadsheetApp.DataValidation.getCriteriaType');
    return this.rule.criteria;
  }

  /** For VALUE_IN_LIST: [values, showDropdown], as Google answers for requireValueInList. */
  getCriteriaValues(): unknown[] {
    this.host.local('SpreadsheetApp.DataValidation.getCriteriaValues');
    const A = this.host.realm.Array;
    const values = new A() as string[];
    for (const v of this.rule.values) values.push(v);
    const out = new A() as unknown[];
    out.push(values, this.rule.showDropdown);
    return out;
  }

  getHelpText(): string | null {
    this.host.local('SpreadsheetApp.DataValidation.getHelpText');
    return this.rule.helpText;
  }
}

// Every public method above exists in Google's API (@types/google-apps-script): no invented names.
type Invented<T, G> = Exclude<keyof T, keyof G>;
type MustBeNever<T extends never> = T;
export type _Checks = [
  MustBeNever<Invented<EmuSpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp>>,
  MustBeNever<Invented<EmuSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>>,
  MustBeNever<Exclude<Invented<EmuSheet, GoogleAppsScript.Spreadsheet.Sheet>, 'rangeFromA1' | 'interpret' | 'assertEditable'>>,
  MustBeNever<Invented<EmuRange, GoogleAppsScript.Spreadsheet.Range>>,
  MustBeNever<Invented<EmuProtection, GoogleAppsScript.Spreadsheet.Protection>>,
  MustBeNever<Invented<EmuDataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>>,
  MustBeNever<Invented<EmuDataValidation, GoogleAppsScript.Spreadsheet.DataValidation>>,
  MustBeNever<Exclude<Invented<EmuUser, GoogleAppsScript.Base.User>, 'toString'>>,
];

/** The Apps Script global, typed as Google's (cast at the boundary: the emulator covers what Kanri uses). */
export function createSpreadsheetApp(host: SheetsHost): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return new EmuSpreadsheetApp(host) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

export { columnName };
