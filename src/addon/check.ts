/** 表のチェック: validates every table and lists each error with its sheet, row and column. */
import { allTables } from '../schema/tables';
import { readTable, type RowError } from './tables';
import { tamperedClosures } from './closures';
import { message } from '../core/i18n';
import { closuresTable } from '../schema/tables/closures';
import { employeesTable } from '../schema/tables/employees';
import { rolesTable } from '../schema/tables/roles';
import { emailClashes } from './emails';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CheckReport {
  tables: number;
  rows: number;
  errors: RowError[];
}

export function checkWorkbook(ss: Spreadsheet): CheckReport {
  const report: CheckReport = { tables: 0, rows: 0, errors: [] };
  for (const def of allTables) {
    const read = readTable(ss, def);
    report.tables++;
    report.rows += read.rows.length;
    report.errors.push(...read.errors);
    if (def === employeesTable || def === rolesTable) report.errors.push(...emailClashes(def, read.rows.map((r) => ({ rowNumber: r.rowNumber, email: (r.value as { email?: string }).email }))));
  }
  // A 締め状態 row altered outside Kanri (issue 12 item 4): the close rules refuse it, check names it.
  for (const t of tamperedClosures(ss)) {
    report.errors.push({ sheet: closuresTable.sheet, row: t.row, column: '状態', ja: message('ja', 'closures.tampered', t), get en() { return message('en', 'closures.tampered', t); } });
  }
  return report;
}
