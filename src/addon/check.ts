/** 表のチェック: validates every table and lists each error with its sheet, row and column. */
import { allTables } from '../schema/tables';
import { readTable, type RowError } from './tables';

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
  }
  return report;
}
