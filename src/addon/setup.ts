/**
 * 初期設定: creates every Kanri sheet with its header row, frozen header, column formats and
 * protections. Idempotent: an existing sheet keeps its data; a missing column is added at the end.
 */
import { allTables } from '../schema/tables';
import { numberFormatOf } from '../schema/cells';
import type { TableDef } from '../schema/table';
import { withLock } from './lock';
import { rememberWorkbook } from './workbook';
import { readTable } from './tables';
import { Transaction } from './transaction';
import { nowTokyo } from './clock';
import { rolesTable } from '../schema/tables/roles';
import { settingsTable } from '../schema/tables/settings';
import { SETTING_DEFAULTS } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;


export interface SetUpReport {
  created: string[];
  extended: string[];
}

export function setUpWorkbook(ss: Spreadsheet): SetUpReport {
  return withLock(() => {
    const report: SetUpReport = { created: [], extended: [] };
    if (ss.getSpreadsheetTimeZone() !== 'Asia/Tokyo') ss.setSpreadsheetTimeZone('Asia/Tokyo');
    for (const def of allTables) setUpSheet(ss, def, report);
    seedRows(ss);
    rememberWorkbook(ss);
    return report;
  });
}

/**
 * The person setting Kanri up becomes its first admin when 権限 has none (otherwise nobody could
 * open the admin functions), and every setting gets a row with its default and meaning.
 */
function seedRows(ss: Spreadsheet): void {
  const user = Session.getEffectiveUser().getEmail();
  const tx = new Transaction({ ss, user, now: nowTokyo(), reason: '初期設定 / set-up' });
  const roles = readTable(ss, rolesTable);
  if (user && !roles.rows.some((r) => r.value.role === 'admin')) {
    tx.append(rolesTable, [{ email: user.toLowerCase(), role: 'admin', note: '初期設定を実行した管理者' }], roles);
  }
  const settings = readTable(ss, settingsTable);
  const have = new Set(settings.rows.map((r) => r.value.key));
  const missing = Object.entries(SETTING_DEFAULTS).filter(([key]) => !have.has(key)).map(([key, d]) => ({ key, value: d.value || undefined, note: d.note }));
  tx.append(settingsTable, missing, settings);
  tx.commit();
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
  // A range past the grid is an error in Apps Script: a wide table (賃金台帳) first grows the sheet.
  const maxColumns = sheet.getMaxColumns();
  const needed = start + missing.length - 1 - maxColumns;
  if (needed > 0) sheet.insertColumnsAfter(maxColumns, needed);
  sheet.getRange(1, start, 1, missing.length).setValues([missing.map((c) => c.header)]);
  // A format set on a range applies to its rows: every row of the grid below the header.
  const rows = Math.max(1, sheet.getMaxRows() - 1);
  sheet.getRange(2, start, rows, missing.length).setNumberFormats(Array.from({ length: rows }, () => missing.map((c) => numberFormatOf(c.kind))));
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
