/**
 * The Japanese label a person sees (and picks from a dropdown) for each code Kanri keeps in a
 * table. The sheet stores the label; the schema reads the label back as the code, and still reads
 * the bare code (sheets written before labels: `regular` and 正社員 both read as `regular`).
 * Code in src/ only ever sees the code.
 */
export interface Choice {
  readonly code: string;
  readonly ja: string;
  readonly en: string;
}
export type Choices = readonly Choice[];

const c = (code: string, ja: string, en: string): Choice => ({ code, ja, en });

export const EMPLOYMENT_TYPE_LABELS: Choices = [c('regular', '正社員', 'Regular'), c('fixedTerm', '契約社員(有期)', 'Fixed-term'), c('partTime', 'パート・アルバイト', 'Part-time')];
export const PAY_TYPE_LABELS: Choices = [c('monthly', '月給', 'Monthly'), c('daily', '日給', 'Daily'), c('hourly', '時給', 'Hourly')];
export const TAX_COLUMN_LABELS: Choices = [c('kou', '甲', 'Kou (primary)'), c('otsu', '乙', 'Otsu (secondary)')];
export const EMPLOYMENT_INSURANCE_TYPE_LABELS: Choices = [
  c('general', '一般の事業', 'General'), c('agriculture', '農林水産・清酒製造の事業', 'Agriculture, forestry, fisheries, sake'), c('construction', '建設の事業', 'Construction'),
];
/** 預金種目 (全銀協の規定: 1 普通, 2 当座, 4 貯蓄, 9 その他). */
export const ACCOUNT_TYPE_LABELS: Choices = [c('1', '普通', 'Ordinary'), c('2', '当座', 'Checking'), c('4', '貯蓄', 'Savings'), c('9', 'その他', 'Other')];
export const REQUEST_STATUS_LABELS: Choices = [c('pending', '申請中', 'Pending'), c('approved', '承認済み', 'Approved'), c('rejected', '却下', 'Rejected'), c('cancelled', '取消', 'Cancelled')];
export const PUNCH_KIND_LABELS: Choices = [c('clockIn', '出勤', 'Clock in'), c('clockOut', '退勤', 'Clock out'), c('breakStart', '休憩開始', 'Break start'), c('breakEnd', '休憩終了', 'Break end')];
export const PUNCH_SOURCE_LABELS: Choices = [c('web', 'Web打刻', 'Web'), c('admin', '管理者入力', 'Admin'), c('import', '取込', 'Import'), c('correction', '打刻修正', 'Correction')];
export const LEAVE_BASIS_LABELS: Choices = [c('statutory', '法定付与', 'Statutory'), c('proportional', '比例付与', 'Proportional'), c('manual', '手動付与', 'Manual')];
export const ROLE_LABELS: Choices = [c('admin', '管理者', 'Admin'), c('manager', '所属長', 'Manager'), c('employee', '従業員', 'Employee')];
export const WEEKDAY_LABELS: Choices = [
  c('sunday', '日曜日', 'Sunday'), c('monday', '月曜日', 'Monday'), c('tuesday', '火曜日', 'Tuesday'), c('wednesday', '水曜日', 'Wednesday'),
  c('thursday', '木曜日', 'Thursday'), c('friday', '金曜日', 'Friday'), c('saturday', '土曜日', 'Saturday'),
];
export const ROUNDING_LABELS: Choices = [c('none', '丸めなし', 'None'), c('floor15', '15分未満切り捨て', 'Down to 15 min'), c('floor30', '30分未満切り捨て', 'Down to 30 min')];
export const PAYROLL_KIND_LABELS: Choices = [c('salary', '給与', 'Salary'), c('bonus', '賞与', 'Bonus')];
export const WITHHOLDING_METHOD_LABELS: Choices = [c('table', '月額表', 'Monthly table'), c('computer', '電算機計算の特例', 'Computer method')];
export const CLOSURE_AREA_LABELS: Choices = [c('attendance', '勤怠', 'Attendance'), c('payroll', '給与', 'Payroll')];
export const CLOSURE_STATUS_LABELS: Choices = [c('closed', '締め済み', 'Closed'), c('reopened', '再開', 'Reopened')];
/** The manager view's words for a 36協定 status and the five-day obligation's status. */
export const AGREEMENT_STATUS_LABELS: Choices = [c('ok', '問題なし', 'OK'), c('warning', '注意', 'Warning'), c('violation', '違反', 'Violation')];
export const FIVE_DAY_STATUS_LABELS: Choices = [
  c('notObliged', '対象外', 'Not obliged'), c('fulfilled', '取得済み', 'Fulfilled'), c('missed', '未達(期限切れ)', 'Missed'),
  c('impossible', '期限までに取得不可', 'Impossible'), c('alert', '要注意', 'Alert'), c('onTrack', '順調', 'On track'),
];

/** A yes/no column (祝日休み, 同居, 役員): the sheet shows はい/いいえ, never TRUE/FALSE; a TRUE/FALSE cell of an older sheet still reads. */
export const YES_NO_LABELS: Choices = [c('TRUE', 'はい', 'Yes'), c('FALSE', 'いいえ', 'No')];

/** 監査ログ 操作: what was done (unknown codes are shown as they are). */
export const AUDIT_ACTION_LABELS: Choices = [
  c('append', '追加', 'Added'), c('update', '変更', 'Changed'), c('reopen', '締めの解除', 'Reopened'), c('relabel', '表示名に書き換え', 'Relabelled'),
  c('directEdit', 'シートで直接編集', 'Edited in the sheet'), c('mail', 'メール送信', 'Mailed'), c('resend', '再送信', 'Resent'), c('export', '出力', 'Exported'),
  c('bankFile', '振込ファイル作成', 'Bank file'), c('journal', '仕訳の出力', 'Journal'), c('installTriggers', '定期処理の設定', 'Triggers installed'),
  c('createView', '閲覧用シートの作成', 'View created'), c('mailView', '閲覧用シートの案内', 'View mailed'), c('removeEditor', '編集者の削除', 'Editor removed'),
  c('removeViewer', '閲覧者の削除', 'Viewer removed'), c('addViewer', '閲覧者の追加', 'Viewer added'), c('issueLink', 'リンクの発行', 'Link issued'),
  c('revokeLink', 'リンクの無効化', 'Link revoked'), c('rotateLinkSecret', 'リンクの鍵の更新', 'Link secret rotated'),
];

/** The code a cell names: a label or the code itself; anything else is returned as it is (the schema refuses it). */
export function codeOfLabel(choices: Choices, cell: string): string {
  const t = cell.trim();
  return choices.find((x) => x.ja === t || x.code === t)?.code ?? t;
}

/** The label of a code; an unknown code is shown as it is (so nothing is lost). */
export function labelOf(choices: Choices, code: string, lang: 'ja' | 'en' = 'ja'): string {
  return choices.find((x) => x.code === code)?.[lang] ?? code;
}
