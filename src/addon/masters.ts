/**
 * Admin maintenance of the master tables (従業員, 勤務区分, 権限, 設定, 会社休日, 給与設定, 導入前の週の労働時間, 導入前の給与,
 * 扶養控除等申告書, 保険料控除申告書): rows are upserted by
 * their key in one transaction (validated, audited), and punches can be imported in bulk. Admin only.
 */
import type { HandBack } from './assets/leavers';
import { lazyModule } from './lazy';
import { object, array, enum as oneOf, record, string, unknown, check, maxLength } from 'zod/mini';
import { rpc, type RpcEntry } from './entrypoints';
import type { TableDef } from '../schema/table';
import { rowKey } from '../schema/table';
import { employeesTable } from '../schema/tables/employees';
import { workRulesTable } from '../schema/tables/workRules';
import { rolesTable } from '../schema/tables/roles';
import { settingsTable, settingValueLabel } from '../schema/tables/settings';
import { companyHolidaysTable } from '../schema/tables/companyHolidays';
import { goLiveWeekTable } from '../schema/tables/goLiveWeek';
import { punchesTable } from '../schema/tables/punches';
import { readValidTable, readTable } from './tables';
import { Transaction } from './transaction';
import { withLock } from './lock';
import { nowTokyo } from './clock';
import { KanriError } from '../core/errors';
import { closedPeriods } from '../core/closures';
import { readClosures } from './closures';
import { clashesOf, emailClashes } from './emails';
import { assertInputDate, inputWindow, knownEmployee } from './attendance/inputWindow';
import { isLocalDateTime } from '../core/calendar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const mastersModule = () => lazyModule<typeof import('./mastersModule')>('masters');

/** Each master table by the name saveMasterRows takes; the payroll and year-end ones come from the lazy module. */
export const masterTables = {
  employees: () => employeesTable,
  workRules: () => workRulesTable,
  roles: () => rolesTable,
  settings: () => settingsTable,
  companyHolidays: () => companyHolidaysTable,
  paySettings: () => mastersModule().paySettingsTable,
  goLiveWeek: () => goLiveWeekTable,
  payBeforeGoLive: () => mastersModule().payBeforeGoLiveTable,
  dependantDeclarations: () => mastersModule().dependantDeclarationsTable,
  insuranceDeclarations: () => mastersModule().insuranceDeclarationsTable,
} as const satisfies Record<string, () => TableDef<any>>;

export interface UpsertReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Employees saved with a leave date who still hold equipment: what they must hand back (a warning). */
  handBack?: HandBack[];
}

/** Upserts rows by key: one read and at most one write per table, plus one audit append. */
export function upsertRows(ss: Spreadsheet, def: TableDef<any>, given: readonly Record<string, unknown>[], user: string): UpsertReport {
  // 設定 shows a value with fixed choices as its label (TRUE → はい); readSettings reads both.
  const rows = def === settingsTable
    ? given.map((r) => (typeof r.key === 'string' && typeof r.value === 'string' ? { ...r, value: settingValueLabel(r.key, r.value) } : r))
    : given;
  return withLock(() => {
    const read = readValidTable(ss, def);
    const tx = new Transaction({ ss, user, now: nowTokyo() });
    const byKey = new Map(read.rows.map((r) => [rowKey(def, r.value), r]));
    const report: UpsertReport = { added: 0, updated: 0, unchanged: 0 };
    const added: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      const key = rowKey(def, row);
      // Two rows with one key would make the table invalid for every later read: refused before any write.
      if (seen.has(key)) throw new KanriError('table.duplicateInput', { sheet: def.sheet, key });
      seen.add(key);
      const existing = byKey.get(key);
      if (!existing) added.push(row);
      else if (JSON.stringify(existing.value) === JSON.stringify({ ...existing.value, ...row })) report.unchanged++;
      else {
        tx.update(read, existing.rowNumber, { ...existing.value, ...row });
        report.updated++;
      }
    }
    if (def === employeesTable || def === rolesTable) refuseEmailClashes(def, read.rows, added, byKey, rows);
    tx.append(def, added, read);
    report.added = added.length;
    tx.commit();
    // only a saved leave date needs the assets tables (a lazy module)
    if (def === employeesTable && rows.some((r) => typeof r.leaveDate === 'string' && r.leaveDate)) {
      const handBack = mastersModule().handBackOnLeave(ss, rows.map((r) => ({ ...byKey.get(rowKey(def, r))?.value, ...r })));
      if (handBack.length) report.handBack = handBack;
    }
    return report;
  });
}

/** The table as it would be after the save: any two rows with one e-mail refuse the whole save, naming both. */
function refuseEmailClashes(def: TableDef<any>, existing: readonly { rowNumber: number; value: Record<string, unknown> }[], added: readonly Record<string, unknown>[],
  byKey: Map<string, { rowNumber: number }>, input: readonly Record<string, unknown>[]): void {
  const updated = new Map(input.map((r) => [byKey.get(rowKey(def, r))?.rowNumber, r]));
  const last = existing.reduce((m, r) => Math.max(m, r.rowNumber), 1);
  const rows = [
    ...existing.map((r) => ({ rowNumber: r.rowNumber, email: String({ ...r.value, ...(updated.get(r.rowNumber) ?? {}) }.email ?? '') })),
    ...added.map((r, i) => ({ rowNumber: last + 1 + i, email: String(r.email ?? '') })),
  ];
  const clashes = emailClashes(def, rows);
  if (clashes.length) throw new KanriError('table.emailClash', { ...clashesOf(def, rows)[0]! }, clashes.slice(1).map((c) => c.en));
}

/** Imports punches (from a time clock or the demo): every punch validated, none into a closed month. */
export function importPunches(ss: Spreadsheet, punches: readonly Record<string, unknown>[], user: string): { imported: number } {
  return withLock(() => {
    // every punch names a known employee and a time within their employment, the window and not after now
    const w = inputWindow(ss, nowTokyo());
    punches.forEach((p, i) => {
      const employee = knownEmployee(w, `input.punches[${i}].employeeCode`, p.employeeCode);
      if (typeof p.at === 'string' && isLocalDateTime(p.at)) assertInputDate(w, `input.punches[${i}].at`, employee, p.at);
    });
    const closed = closedPeriods(readClosures(ss), 'attendance');
    for (const p of punches) {
      const month = String(p.at ?? '').slice(0, 7);
      if (closed.has(month)) throw new KanriError('attendance.monthClosed', { month });
    }
    // An id already in 打刻 (or twice in the import) would make the table invalid for every later read.
    const ids = new Set(readTable(ss, punchesTable).rows.map((r) => r.value.id));
    for (const p of punches) {
      const id = String(p.id ?? '');
      if (ids.has(id)) throw new KanriError('table.duplicateInput', { sheet: punchesTable.sheet, key: id });
      ids.add(id);
    }
    const tx = new Transaction({ ss, user, now: nowTokyo() });
    // Who recorded the punch and how is Kanri's to say, never the file's: set after the imported fields.
    tx.append(punchesTable, punches.map((p) => ({ ...p, source: 'import', recordedAt: nowTokyo(), recordedBy: user })) as never[]);
    tx.commit();
    return { imported: punches.length };
  });
}

const MAX_ROWS = 5000;

export const masterRpcs = [
  rpc({
    name: 'saveMasterRows', roles: ['admin'], summary: 'Adds or updates rows of a master table (employees, work rules, roles, settings, company holidays, pay settings) by key',
    input: object({
      table: oneOf(['employees', 'workRules', 'roles', 'settings', 'companyHolidays', 'paySettings', 'goLiveWeek', 'payBeforeGoLive', 'dependantDeclarations', 'insuranceDeclarations']),
      rows: array(record(string(), unknown())).check(maxLength(MAX_ROWS)),
    }),
    handler: (input, context) => upsertRows(context.ss, masterTables[input.table as keyof typeof masterTables](), input.rows, context.caller.email),
  }),
  rpc({
    name: 'importPunches', roles: ['admin'], summary: 'Imports punches in bulk (time clock export); refused for closed months',
    input: object({ punches: array(record(string(), unknown())).check(maxLength(50_000)) }),
    handler: (input, context) => importPunches(context.ss, input.punches, context.caller.email),
  }),
] satisfies readonly RpcEntry<any>[];
