/**
 * Every write Kanri makes goes through a Transaction, under the lock: rows are validated before
 * they are written, each table is written with one call, and every change is recorded in the audit
 * log (監査ログ) in the same execution, with one append.
 */
import { safeParse } from 'zod/mini';
import type { TableDef } from '../schema/table';
import { auditKey, auditRow, auditValue } from '../schema/auditText';
import { numberFormatOf, writeCell, type CellValue } from '../schema/cells';
import { describeProblem } from '../schema/problems';
import { auditLogTable } from '../schema/tables/auditLog';
import { closuresTable } from '../schema/tables/closures';
import { sealClosure } from './closures';
import type { LocalDateTime } from '../core/calendar';
import { KanriError } from '../core/errors';
import { forgetRead, getSheet, knownHeader, type TableRead } from './tables';
import { validateRows } from './sheetLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type AnyRow = Record<string, unknown>;

export interface WriteContext {
  readonly ss: Spreadsheet;
  /** Who makes the change (the caller's e-mail, or the trigger's owner). */
  readonly user: string;
  readonly now: LocalDateTime;
  /** Why, where the action asks for a reason (reopen, correction). */
  readonly reason?: string;
}

interface PendingUpdate {
  read: TableRead<any>;
  rows: Map<number, AnyRow>;
}

export class Transaction {
  private readonly appends = new Map<TableDef<any>, AnyRow[]>();
  private readonly updates = new Map<TableDef<any>, PendingUpdate>();
  private readonly headers = new Map<TableDef<any>, string[]>();
  private readonly auditRows: AnyRow[] = [];

  constructor(readonly context: WriteContext) {}

  /** Validates and queues new rows; they are written by `commit`, in one call per table. */
  append<Row extends AnyRow>(def: TableDef<Row>, rows: readonly Row[], known?: TableRead<Row>): void {
    if (known) this.headers.set(def, known.header);
    const queue = this.appends.get(def) ?? [];
    for (const row of rows) {
      const valid = (def as TableDef<any>) === closuresTable ? sealClosure(validate(def, row)) : validate(def, row);
      queue.push(valid);
      this.audit(def, 'append', auditKey(def, valid), '', '', auditRow(def, valid));
    }
    this.appends.set(def, queue);
  }

  /** Replaces the row at `rowNumber` of a table read in this execution; each changed column is audited. */
  update<Row extends AnyRow>(read: TableRead<Row>, rowNumber: number, value: Row): void {
    const def = read.def as TableDef<Row>;
    const before = read.rows.find((r) => r.rowNumber === rowNumber);
    if (!before) throw new Error(`${def.sheetEn}: row ${rowNumber} is not a valid row of this read`);
    const valid = validate(def, value);
    const pending = this.updates.get(def) ?? { read, rows: new Map() };
    pending.rows.set(rowNumber, valid);
    this.updates.set(def, pending);
    for (const c of def.columns) {
      const a = before.value[c.key];
      const b = valid[c.key];
      if (JSON.stringify(a ?? '') !== JSON.stringify(b ?? '')) {
        this.audit(def, 'update', auditKey(def, valid), c.header, auditValue(c, a), auditValue(c, b));
      }
    }
  }

  /** Records an action that changes no row itself (a reopen, a mail sent) in the audit log. */
  note(table: string, action: string, key: string, after = '', column = '', before = ''): void {
    this.auditRows.push({ at: this.context.now, user: this.context.user, table, rowKey: key, column, before, after, reason: this.context.reason, action });
  }

  private audit(def: TableDef<any>, action: string, key: string, column: string, before: string, after: string): void {
    if (def === auditLogTable) return;
    this.auditRows.push({ at: this.context.now, user: this.context.user, table: def.sheet, rowKey: key, column, before, after, reason: this.context.reason, action });
  }

  get auditCount(): number {
    return this.auditRows.length;
  }

  /**
   * Writes every queued change with its audit rows, whole or not at all (issue 12 items 2 and 3).
   *
   * 1. Plan: every row and every audit row is validated, every cell built and its size checked
   *    (50,000 characters a cell) before anything is written: a bad audit row used to be found
   *    after the updates had landed.
   * 2. Write, the audit rows FIRST, then the updates and the appends, one setValues per table (per
   *    run of changed rows for updates, see updateWrites).
   * 3. Apps Script has no rollback: when a write fails, the writes already made are undone in
   *    reverse order (each range gets back the cells it held), the audit rows last. If the undo
   *    itself fails, what stays is covered by the audit rows written first: the log may then name
   *    a change that did not land, never a change that landed unaudited.
   * The write cache may also surface an error only at the flush (end of the lock); nothing can be
   * undone then, and again the audit rows went in first.
   */
  commit(): void {
    const ss = this.context.ss;
    const audit = [...(this.appends.get(auditLogTable) ?? []), ...this.auditRows.splice(0)];
    this.appends.delete(auditLogTable);
    const writes: PlannedWrite[] = [];
    if (audit.length) {
      // One id per commit, and the row's place in it: unique without reading the log.
      const id = Utilities.getUuid();
      const rows = audit.map((row, i) => validate(auditLogTable as TableDef<any>, { ...row, id: (row.id as string | undefined) ?? `${id}-${i + 1}` }));
      writes.push(appendWrite(ss, auditLogTable, rows, this.headers.get(auditLogTable)));
    }
    for (const [def, pending] of this.updates) writes.push(...updateWrites(ss, def, pending));
    for (const [def, rows] of this.appends) {
      if (rows.length) writes.push(appendWrite(ss, def, rows, this.headers.get(def)));
    }
    for (const w of writes) checkCellSizes(w);
    this.appends.clear();
    this.updates.clear();
    const done: PlannedWrite[] = [];
    try {
      for (const w of writes) {
        w.write();
        done.push(w);
      }
    } catch (e) {
      try {
        for (const w of done.reverse()) w.undo();
      } catch {
        // the audit rows (written first) stay: no change is left unaudited
      }
      throw e;
    }
  }
}

/** One write of a commit: its cells are final, what it overwrites is known, so it can be undone. */
interface PlannedWrite {
  readonly def: TableDef<any>;
  readonly header: string[];
  /** The cells written (for a scattered update, the changed rows until the block is read at write time). */
  readonly cells: CellValue[][];
  write(): void;
  undo(): void;
}

/** Refuses a cell Sheets would refuse: 50,000 characters at most (APPS-SCRIPT-NOTES, Spreadsheets). */
function checkCellSizes(w: PlannedWrite): void {
  for (const row of w.cells) {
    row.forEach((cell, i) => {
      if (typeof cell !== 'string' || cell.length <= MAX_CELL_CHARS) return;
      const column = w.def.columns.find((c) => c.header === w.header[i]);
      throw new KanriError('field.invalid', { field: `${w.def.sheet} › ${w.header[i] ?? ''}`, problem: `${MAX_CELL_CHARS.toLocaleString('en-US')}文字を超えています` },
        [`${w.def.sheetEn} › ${column?.headerEn ?? w.header[i] ?? ''}: longer than ${MAX_CELL_CHARS.toLocaleString('en-US')} characters`]);
    });
  }
}

const MAX_CELL_CHARS = 50_000;

function validate<Row extends AnyRow>(def: TableDef<Row>, row: Row): Row {
  const parsed = safeParse(def.schema, row);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const column = def.columns.find((c) => c.key === issue.path[0]);
  throw new KanriError('field.invalid', { field: `${def.sheet} › ${column?.header ?? String(issue.path[0] ?? '')}`, problem: describeProblem(issue, 'ja') },
    [`${def.sheetEn} › ${column?.headerEn ?? ''}: ${describeProblem(issue, 'en')}`]);
}

function cellsOf(def: TableDef<any>, header: string[], row: AnyRow, base?: CellValue[]): CellValue[] {
  const cells: CellValue[] = header.map((_, i) => base?.[i] ?? '');
  for (const c of def.columns) {
    const at = header.indexOf(c.header);
    if (at >= 0) cells[at] = writeCell(c, row[c.key]);
  }
  return cells;
}

/**
 * New rows after the last row, in one setValues. A range past the grid is an error in Apps Script:
 * the sheet grows first (only when needed), and the new rows get the table's number formats, so
 * a text such as 「2026-10」 stays text (an unformatted cell would take it for a date; the audit
 * rows written past the formatted rows failed Kanri's own check, issue 12 item 17).
 */
function appendWrite(ss: Spreadsheet, def: TableDef<any>, rows: AnyRow[], headerGiven?: string[]): PlannedWrite {
  const sheet = getSheet(ss, def);
  const known = headerGiven?.length ? headerGiven : knownHeader(ss, def);
  forgetRead(ss, def);
  const header = known?.length ? known : (sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0] ?? []).map((h) => String(h).trim());
  const cells = rows.map((r) => cellsOf(def, header, r));
  const first = sheet.getLastRow() + 1;
  return {
    def, header, cells,
    write() {
      const maxRows = sheet.getMaxRows();
      const needed = first + cells.length - 1 - maxRows;
      if (needed > 0) {
        sheet.insertRowsAfter(maxRows, needed);
        // New rows get the columns' formats, as 初期設定 gave the rows it saw: a text column must be plain
        // text ('@') before its values are written (toCell writes them without an apostrophe).
        const formats = header.map((h) => { const c = def.columns.find((col) => col.header === h); return c ? numberFormatOf(c.kind) : 'General'; });
        sheet.getRange(maxRows + 1, 1, needed, header.length).setNumberFormats(Array.from({ length: needed }, () => formats));
        // and the dropdowns of the columns of codes (one call; none for a table without them).
        validateRows(sheet, def, header, maxRows + 1, needed);
      }
      sheet.getRange(first, 1, cells.length, header.length).setValues(cells);
    },
    undo() {
      sheet.getRange(first, 1, cells.length, header.length).setValues(cells.map((r) => r.map(() => '')));
    },
  };
}

/** Runs of consecutive changed rows written one setValues each, up to this many; beyond, one block. */
const MAX_RUNS = 4;

/**
 * The changed rows of one table (issue 12 item 3). Writing one block from the first to the last
 * changed row put back the rows in between as they were read, reverting a cell a person typed
 * there while the execution ran. So:
 * - a few runs of consecutive changed rows (MAX_RUNS): one setValues per run, nothing else touched;
 * - more (scattered rows): one block, but the rows in between are read again just before the write
 *   (one getValues, under the lock) and written back as they are now, not as first read.
 * A RangeList cannot help: it has setValue (one value for every range), no setValues
 * (developers.google.com/apps-script/reference/spreadsheet/range-list). A few calls more for a few
 * runs is the price; per-row calls for scattered rows would be the bug the one-call rule forbids.
 */
function updateWrites(ss: Spreadsheet, def: TableDef<any>, pending: PendingUpdate): PlannedWrite[] {
  if (!pending.rows.size) return [];
  forgetRead(ss, def);
  const sheet = getSheet(ss, def);
  const header = pending.read.header;
  const width = header.length;
  const fit = (raw: CellValue[] | undefined) => {
    const r = (raw ?? []).slice(0, width);
    return r.concat(Array(Math.max(0, width - r.length)).fill(''));
  };
  const numbers = [...pending.rows.keys()].sort((x, y) => x - y);
  const runs: number[][] = [];
  for (const n of numbers) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === n - 1) last.push(n);
    else runs.push([n]);
  }
  const block = (from: number, before: CellValue[][]): PlannedWrite => {
    const cells = before.map((raw, i) => {
      const row = pending.rows.get(from + i);
      return row ? cellsOf(def, header, row, raw) : raw;
    });
    const range = () => sheet.getRange(from, 1, cells.length, width);
    return { def, header, cells, write: () => void range().setValues(cells), undo: () => void range().setValues(before) };
  };
  if (runs.length <= MAX_RUNS) {
    return runs.map((run) => block(run[0]!, run.map((n) => fit(pending.read.raw[n - 2]))));
  }
  // Read again at the moment of the write (not when planned): the window for a lost edit is one call.
  const from = numbers[0]!;
  const range = () => sheet.getRange(from, 1, numbers[numbers.length - 1]! - from + 1, width);
  let before: CellValue[][] = [];
  const w: PlannedWrite = {
    def, header, cells: [...pending.rows.values()].map((row) => cellsOf(def, header, row)),
    write() {
      before = (range().getValues() as CellValue[][]).map(fit);
      (w as { cells: CellValue[][] }).cells = before.map((raw, i) => {
        const row = pending.rows.get(from + i);
        return row ? cellsOf(def, header, row, raw) : raw;
      });
      range().setValues(w.cells);
    },
    undo: () => void range().setValues(before),
  };
  return [w];
}
