/**
 * 初期設定: creates every Kanri sheet with its header row, frozen header, column formats and
 * protections. Idempotent: an existing sheet keeps its data; a missing column is added at the end.
 */
import { allTables } from '../schema/tables';
import { numberFormatOf } from '../schema/cells';
import type { TableDef } from '../schema/table';
import { withLock } from './lock';
import { rememberWorkbook } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Rows formatted ahead when a sheet is created (a format set on a range applies to those rows). */
const FORMATTED_ROWS = 1000;

export interface SetUpReport {
  created: string[];
  extended: string[];
}

export function setUpWorkbook(ss: Spreadsheet): SetUpReport {
  return withLock(() => {
    const report: SetUpReport = { created: [], extended: [] };
    if (ss.getSpreadsheetTimeZone() !== 'Asia/Tokyo') ss.setSpreadsheetTimeZone('Asia/Tokyo');
    for (const def of allTables) setUpSheet(ss, def, report);
    rememberWorkbook(ss);
    return report;
  });
}

function setUpSheet(ss: Spreadsheet, def: TableDef<any>, report: SetUpReport): void {
  let sheet = ss.getSheetByName(def.sheet);
  const created = !sheet;
  if (!sheet) sheet = ss.insertSheet(def.sheet);
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0]!.map((h) => String(h).trim()) : [];
  const missing = def.columns.filter((c) => !header.includes(c.header));
  if (!missing.length) return;
  const start = header.length + 1;
  sheet.getRange(1, start, 1, missing.length).setValues([missing.map((c) => c.header)]);
  sheet.getRange(2, start, FORMATTED_ROWS, missing.length).setNumberFormats(
    Array.from({ length: FORMATTED_ROWS }, () => missing.map((c) => numberFormatOf(c.kind))),
  );
  if (created) {
    sheet.setFrozenRows(1);
    if (def.protectedSheet) {
      const protection = sheet.protect().setDescription(`Kanri: ${def.sheetEn} (written by Kanri only)`);
      protection.setWarningOnly(true);
    }
    report.created.push(def.sheet);
  } else {
    report.extended.push(def.sheet);
  }
}
