/** A report sheet Kanri writes (賃金台帳, 減価償却明細): replaced whole in one write, protected. */
import { guardedRows } from '../../schema/cells';
import { protectForKanri } from '../protection';
import type { SheetCell } from '../../core/ledgers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Replaces the sheet's content with the rows in one write; text as plain text ('@'), numbers as #,##0; protected. */
export function writeSheet(ss: Spreadsheet, name: string, rows: SheetCell[][], frozenRows = 1): void {
  const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
  sheet.clear();
  const width = rows[0]!.length;
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  const formats = rows.map((r) => r.map((c) => (typeof c === 'string' ? '@' : '#,##0')));
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setNumberFormats(formats);
  range.setValues(guardedRows(rows)); // names and labels are text, never a formula (cells.ts)
  sheet.setFrozenRows(frozenRows);
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
    protectForKanri(sheet, name);
  }
}
