/**
 * Every write Kanri makes goes through a Transaction, under the lock: rows are validated before
 * they are written, each table is written with one call, and every change is recorded in the audit
 * log (監査ログ) in the same execution, with one append.
 */
import { safeParse } from 'zod/mini';
import type { TableDef } from '../schema/table';
import { rowKey } from '../schema/table';
import { toCell, type CellValue } from '../schema/cells';
import { describeProblem } from '../schema/problems';
import { auditLogTable } from '../schema/tables/auditLog';
import type { LocalDateTime } from '../core/calendar';
import { KanriError } from '../core/errors';
import { forgetRead, getSheet, knownHeader, type TableRead } from './tables';

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
      const valid = validate(def, row);
      queue.push(valid);
      this.audit(def, 'append', rowKey(def, valid), '', '', JSON.stringify(valid));
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
        this.audit(def, 'update', rowKey(def, valid), c.header, display(a), display(b));
      }
    }
  }

  /** Records an action that changes no row itself (a reopen, a mail sent) in the audit log. */
  note(table: string, action: string, key: string, after = ''): void {
    this.auditRows.push({ at: this.context.now, user: this.context.user, table, rowKey: key, column: '', before: '', after, reason: this.context.reason, action });
  }

  private audit(def: TableDef<any>, action: string, key: string, column: string, before: string, after: string): void {
    if (def === auditLogTable) return;
    this.auditRows.push({ at: this.context.now, user: this.context.user, table: def.sheet, rowKey: key, column, before, after, reason: this.context.reason, action });
  }

  get auditCount(): number {
    return this.auditRows.length;
  }

  /** Writes every queued change: one setValues per table touched, then one append to the audit log. */
  commit(): void {
    for (const [def, pending] of this.updates) writeUpdates(this.context.ss, def, pending);
    if (this.auditRows.length) this.append(auditLogTable, this.auditRows.splice(0) as never[]);
    for (const [def, rows] of this.appends) {
      if (rows.length) appendRows(this.context.ss, def, rows, this.headers.get(def));
    }
    this.appends.clear();
    this.updates.clear();
  }
}

function display(value: unknown): string {
  return value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}

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
    if (at >= 0) cells[at] = toCell(c.kind, row[c.key]);
  }
  return cells;
}

function appendRows(ss: Spreadsheet, def: TableDef<any>, rows: AnyRow[], headerGiven?: string[]): void {
  const sheet = getSheet(ss, def);
  const known = headerGiven?.length ? headerGiven : knownHeader(ss, def);
  forgetRead(ss, def);
  const header = known?.length ? known : (sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0] ?? []).map((h) => String(h).trim());
  const cells = rows.map((r) => cellsOf(def, header, r));
  const first = sheet.getLastRow() + 1;
  // A range past the grid is an error in Apps Script: grow the sheet first (one call, only when needed).
  const maxRows = sheet.getMaxRows();
  const needed = first + cells.length - 1 - maxRows;
  if (needed > 0) sheet.insertRowsAfter(maxRows, needed);
  sheet.getRange(first, 1, cells.length, header.length).setValues(cells);
}

function writeUpdates(ss: Spreadsheet, def: TableDef<any>, pending: PendingUpdate): void {
  if (!pending.rows.size) return;
  forgetRead(ss, def);
  const sheet = getSheet(ss, def);
  const numbers = [...pending.rows.keys()];
  const from = Math.min(...numbers);
  const to = Math.max(...numbers);
  const header = pending.read.header;
  // One block from the first to the last changed row; rows in between are written back exactly as read.
  const block: CellValue[][] = [];
  for (let n = from; n <= to; n++) {
    const raw = pending.read.raw[n - 2] ?? header.map(() => '');
    const row = pending.rows.get(n);
    block.push(row ? cellsOf(def, header, row, raw) : raw.slice(0, header.length).concat(Array(Math.max(0, header.length - raw.length)).fill('')));
  }
  sheet.getRange(from, 1, block.length, header.length).setValues(block);
}
