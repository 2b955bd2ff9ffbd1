/**
 * What 初期設定 lays out (set-up lazy module): column widths, the 設定 values' dropdowns row by
 * row, and the 「はじめに」 sheet, the first sheet of the workbook.
 */
import type { Column, TableDef } from '../schema/table';
import { guardedRows } from '../schema/cells';
import { SETTING_VALUE_CHOICES } from '../schema/tables/settings';
import { labelRule, validateRows } from './sheetLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** Pixels: wide enough for the header and a typical value (Sheets' default is 100 px). */
export function widthOf(c: Column): number {
  if (c.width) return c.width;
  const header = [...c.header].length * 14 + 28;
  const byKind: Record<string, number> = {
    text: 160, code: 110, integer: 100, count: 70, decimal: 100, number: 90, boolean: 80, date: 110, datetime: 140, month: 90, json: 240, allowances: 320, deductions: 240, earnings: 300, lines: 360, weekdays: 130,
  };
  return Math.min(360, Math.max(header, c.choices ? 150 : byKind[c.kind] ?? 120));
}

/** Widths (one call per run of equal widths) and the dropdowns of every data row (one call). */
export function layOutTable(sheet: Sheet, def: TableDef<any>, header: readonly string[]): void {
  const widths = header.map((h) => {
    const c = def.columns.find((x) => x.header === h);
    return c ? widthOf(c) : 120;
  });
  for (let start = 0; start < widths.length;) {
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
    sheet.setColumnWidths(start + 1, end - start + 1, widths[start]!);
    start = end + 1;
  }
  validateRows(sheet, def, header, 2, Math.max(1, sheet.getMaxRows() - 1));
}

/** 設定's 値: each row's dropdown from its key's choices (none for free values), one call. */
export function validateSettingValues(sheet: Sheet, header: readonly string[], keysByRow: readonly (string | undefined)[]): void {
  const at = header.indexOf('値');
  if (at < 0 || !keysByRow.length) return;
  const rules = new Map<string, Rule>();
  const grid = keysByRow.map((key) => {
    const choices = key ? SETTING_VALUE_CHOICES[key] : undefined;
    if (!key || !choices) return [null];
    let r = rules.get(key);
    if (!r) rules.set(key, (r = labelRule(choices)));
    return [r];
  });
  sheet.getRange(2, at + 1, grid.length, 1).setDataValidations(grid);
}

export const WELCOME_SHEET = 'はじめに';

/** What the 「はじめに」 sheet says: each sheet, and what to do first. */
export const WELCOME_ROWS: readonly (readonly [string, string])[] = [
  ['Kanri へようこそ', 'このブックは管理部の台帳です。勤怠・給与・権限はメニュー「Kanri」から操作します。'],
  ['', ''],
  ['最初にすること', ''],
  ['1. 設定', '会社名・給与支給日・36協定の起算月などを「値」の欄で選ぶか入力します。'],
  ['2. 勤務区分', '始業・終業・休憩・所定労働日・法定休日を登録します。'],
  ['3. 従業員', '社員番号・氏名・部署・雇用形態 (一覧から選択)・入社日・勤務区分を登録します。'],
  ['4. 給与設定', '給与形態・基本給・手当 (1行に1つ「役職手当：30,000円（課税・割増基礎）」)・税額表の区分などを登録します。'],
  ['5. 権限', '管理者・所属長・従業員のメールアドレスを登録します (メニュー「Kanri」から)。'],
  ['', ''],
  ['シート', '内容'],
  ['従業員', '従業員の台帳 (勤怠側)。雇用形態は一覧から選びます。'],
  ['勤務区分', '所定労働時間・休憩・週の起算日・法定休日・丸め。'],
  ['打刻', '出勤・退勤・休憩の記録。Kanri が追記します (直接の編集は監査ログに残ります)。'],
  ['打刻修正', '打刻漏れの申請。状態: 申請中・承認済み・却下・取消。'],
  ['有給付与', '年次有給休暇の付与と時効日。'],
  ['休暇申請', '有給の申請と取得。状態: 申請中・承認済み・却下・取消。'],
  ['会社休日', '会社独自の休日。'],
  ['導入前の週の労働時間', '導入前の週の労働時間 (週40時間の計算に使います)。'],
  ['月次勤怠', '締めた月の勤怠集計。Kanri が書きます。'],
  ['給与設定', '給与の条件 (適用開始月ごとに1行、履歴を残します)。'],
  ['給与計算', '確定した給与計算。Kanri が書きます (保護されています)。'],
  ['賃金台帳', '確定した給与の明細。Kanri が書きます (保護されています)。'],
  ['締め状態', '勤怠・給与の締めと再開の記録 (保護されています)。'],
  ['権限', '誰が何をできるか (保護されています)。'],
  ['設定', '会社の設定。項目ごとに説明と選択肢があります。'],
  ['監査ログ', 'Kanri を通したすべての変更の記録 (保護されています)。'],
];

/**
 * The first sheet: 「はじめに」, written afresh at every set-up (Kanri's own text; one setValues),
 * and the empty sheet a new spreadsheet starts with removed.
 */
export function setUpWelcome(ss: Spreadsheet): void {
  let sheet = ss.getSheetByName(WELCOME_SHEET);
  if (!sheet) sheet = ss.insertSheet(WELCOME_SHEET, 0);
  sheet.getRange(1, 1, WELCOME_ROWS.length, 2).setValues(guardedRows(WELCOME_ROWS.map((r) => [...r])));
  sheet.setColumnWidths(1, 1, 200);
  sheet.setColumnWidths(2, 1, 720);
  for (const name of ['Sheet1', 'シート1']) {
    const empty = ss.getSheetByName(name);
    if (empty && empty.getLastRow() === 0 && ss.getSheets().length > 1) ss.deleteSheet(empty);
  }
}
