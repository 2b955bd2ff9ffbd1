/**
 * Admin maintenance of the master tables (従業員, 勤務区分, 権限, 設定, 会社休日): rows are upserted by
 * their key in one transaction (validated, audited), and punches can be imported in bulk. Admin only.
 */
import { object, array, enum as oneOf, record, string, unknown, check, maxLength } from 'zod/mini';
import { rpc, type RpcEntry } from './entrypoints';
import type { TableDef } from '../schema/table';
import { rowKey } from '../schema/table';
import { employeesTable } from '../schema/tables/employees';
import { workRulesTable } from '../schema/tables/workRules';
import { rolesTable } from '../schema/tables/roles';
import { settingsTable } from '../schema/tables/settings';
import { companyHolidaysTable } from '../schema/tables/companyHolidays';
import { paySettingsTable } from '../schema/tables/payroll';
import { punchesTable } from '../schema/tables/punches';
import { readValidTable, readTable } from './tables';
import { Transaction } from './transaction';
import { withLock } from './lock';
import { nowTokyo } from './clock';
import { KanriError } from '../core/errors';
import { closedPeriods } from '../core/closures';
import { readClosures } from './closures';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const masterTables = {
  employees: employeesTable,
  workRules: workRulesTable,
  roles: rolesTable,
  settings: settingsTable,
  companyHolidays: companyHolidaysTable,
  paySettings: paySettingsTable,
} as const satisfies Record<string, TableDef<any>>;

export interface UpsertReport {
  added: number;
  updated: number;
  unchanged: number;
}

/** Upserts rows by key: one read and at most one write per table, plus one audit append. */
export function upsertRows(ss: Spreadsheet, def: TableDef<any>, rows: readonly Record<string, unknown>[], user: string): UpsertReport {
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
    tx.append(def, added, read);
    report.added = added.length;
    tx.commit();
    return report;
  });
}

/** Imports punches (from a time clock or the demo): every punch validated, none into a closed month. */
export function importPunches(ss: Spreadsheet, punches: readonly Record<string, unknown>[], user: string): { imported: number } {
  return withLock(() => {
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

export const masterRpcs: RpcEntry<any>[] = [
  rpc({
    name: 'saveMasterRows', roles: ['admin'], summary: 'Adds or updates rows of a master table (employees, work rules, roles, settings, company holidays, pay settings) by key',
    input: object({
      table: oneOf(['employees', 'workRules', 'roles', 'settings', 'companyHolidays', 'paySettings']),
      rows: array(record(string(), unknown())).check(maxLength(MAX_ROWS)),
    }),
    handler: (input, context) => upsertRows(context.ss, masterTables[input.table as keyof typeof masterTables], input.rows, context.caller.email),
  }),
  rpc({
    name: 'importPunches', roles: ['admin'], summary: 'Imports punches in bulk (time clock export); refused for closed months',
    input: object({ punches: array(record(string(), unknown())).check(maxLength(50_000)) }),
    handler: (input, context) => importPunches(context.ss, input.punches, context.caller.email),
  }),
];
