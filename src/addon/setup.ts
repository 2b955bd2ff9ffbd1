/**
 * 初期設定: creates every Kanri sheet with its header row, frozen header, column formats and
 * protections. Idempotent: an existing sheet keeps its data; a missing column is added at the end.
 */
import { allTables } from '../schema/tables';
import { guardedRows, numberFormatOf, writeCell } from '../schema/cells';
import type { CellKind, TableDef } from '../schema/table';
import { settingLines } from '../schema/settingLines';
import { withLock } from './lock';
import { rememberWorkbook } from './workbook';
import { readTable } from './tables';
import { Transaction } from './transaction';
import { nowTokyo } from './clock';
import { rolesTable } from '../schema/tables/roles';
import { settingsTable } from '../schema/tables/settings';
import { SETTING_DEFAULTS } from './settings';
import { SETTING_NOTES } from './settingNotes';
import { EDIT_TRIGGER_HANDLER } from './directEdits';
import { protectForKanri } from './protection';
import { layOutTable, setUpWelcome, validateSettingValues } from './setupLayout';
import { settingValueLabel } from '../schema/tables/settings';
import { forgetRead } from './tables';

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
    relabelOldCells(ss);
    setUpWelcome(ss);
    forgetRead(ss, settingsTable);
    const settings = readTable(ss, settingsTable);
    const keys: (string | undefined)[] = settings.raw.map(() => undefined);
    for (const r of settings.rows) keys[r.rowNumber - 2] = r.value.key;
    validateSettingValues(ss.getSheetByName(settingsTable.sheet)!, settings.header, keys);
    installEditTrigger(ss);
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
  // A value with fixed choices is written as the label its dropdown offers (はい, 暦日).
  const missing = Object.entries(SETTING_DEFAULTS).filter(([key]) => !have.has(key)).map(([key, d]) => ({ key, value: d.value ? settingValueLabel(key, d.value) : undefined, note: SETTING_NOTES[key as keyof typeof SETTING_NOTES] }));
  tx.append(settingsTable, missing, settings);
  tx.commit();
}

/**
 * A sheet written before labels holds codes (`regular`, `pending`, `monday,tuesday`) and JSON (手当,
 * 支給内訳, 計算の説明, the structured 設定 values): each such row is written again from its values, which
 * writes labels and readable lines (the values, hence the payroll, do not change; one note per table in
 * the audit log). Invalid rows are left as they are.
 */
const READABLE_KINDS: readonly CellKind[] = ['allowances', 'deductions', 'earnings', 'lines', 'weekdays'];

function relabelOldCells(ss: Spreadsheet): void {
  const tx = new Transaction({ ss, user: Session.getEffectiveUser().getEmail(), now: nowTokyo(), reason: '初期設定: コードを表示名に / set-up: codes shown as labels' });
  for (const def of allTables) {
    const columns = def.columns.filter((c) => c.choices || READABLE_KINDS.includes(c.kind) || (def === settingsTable && c.key === 'value'));
    if (!columns.length) continue;
    const read = readTable(ss, def);
    let count = 0;
    for (const r of read.rows) {
      const raw = read.raw[r.rowNumber - 2] ?? [];
      // 設定's 値: a JSON value of a structured setting becomes its lines (when they read back the same).
      const value = def === settingsTable && typeof r.value.value === 'string' ? { ...r.value, value: settingLines(String(r.value.key), r.value.value) } : r.value;
      const stale = columns.some((c) => {
        const at = read.header.indexOf(c.header);
        return at >= 0 && raw[at] !== '' && String(raw[at]) !== String(writeCell(c, value[c.key]));
      });
      if (!stale) continue;
      tx.update(read, r.rowNumber, value);
      count++;
    }
    if (count) tx.note(def.sheet, 'relabel', def.sheet, String(count));
  }
  tx.commit();
}

/**
 * A sheet imported or pasted with Kanri's headers lacks Kanri's column formats: text columns must be
 * plain text ('@') before Kanri writes into them without an apostrophe (schema/cells.ts). Row 2 is
 * read (one call); each column whose format differs is set on every data row (rare: after an import).
 */
function plainTextWhereMissing(sheet: GoogleAppsScript.Spreadsheet.Sheet, def: TableDef<any>, header: string[]): void {
  const rows = Math.max(1, sheet.getMaxRows() - 1);
  const formats = sheet.getRange(2, 1, 1, header.length).getNumberFormats()[0] ?? [];
  for (const c of def.columns) {
    const at = header.indexOf(c.header);
    const want = numberFormatOf(c.kind);
    if (at >= 0 && want === '@' && formats[at] !== '@') sheet.getRange(2, at + 1, rows, 1).setNumberFormat('@');
  }
}

function setUpSheet(ss: Spreadsheet, def: TableDef<any>, report: SetUpReport): void {
  let sheet = ss.getSheetByName(def.sheet);
  const created = !sheet;
  if (!sheet) sheet = ss.insertSheet(def.sheet);
  if (def.protectedSheet) protectForKanri(sheet, def.sheetEn);
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0]!.map((h) => String(h).trim()) : [];
  const missing = def.columns.filter((c) => !header.includes(c.header));
  if (!missing.length) {
    plainTextWhereMissing(sheet, def, header);
    layOutTable(sheet, def, header);
    return;
  }
  const start = header.length + 1;
  // A range past the grid is an error in Apps Script: a wide table (賃金台帳) first grows the sheet.
  const maxColumns = sheet.getMaxColumns();
  const needed = start + missing.length - 1 - maxColumns;
  if (needed > 0) sheet.insertColumnsAfter(maxColumns, needed);
  sheet.getRange(1, start, 1, missing.length).setValues(guardedRows([missing.map((c) => c.header)]));
  // A format set on a range applies to its rows: every row of the grid below the header.
  const rows = Math.max(1, sheet.getMaxRows() - 1);
  sheet.getRange(2, start, rows, missing.length).setNumberFormats(Array.from({ length: rows }, () => missing.map((c) => numberFormatOf(c.kind))));
  layOutTable(sheet, def, [...header, ...missing.map((c) => c.header)]);
  if (created) {
    sheet.setFrozenRows(1);
    report.created.push(def.sheet);
  } else {
    report.extended.push(def.sheet);
  }
}

/**
 * The installable edit trigger that records edits typed into the sheets (directEdits.ts), once per
 * account: "ScriptApp.newTrigger(name).forSpreadsheet(ss).onEdit().create()"
 * (developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder).
 */
function installEditTrigger(ss: Spreadsheet): void {
  const have = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === EDIT_TRIGGER_HANDLER && t.getEventType() === ScriptApp.EventType.ON_EDIT);
  if (!have) ScriptApp.newTrigger(EDIT_TRIGGER_HANDLER).forSpreadsheet(ss).onEdit().create();
}
