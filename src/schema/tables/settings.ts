/**
 * 設定: key–value settings the admin may change (company name, close rules, rate overrides). The
 * sheet shows each key as its Japanese label (項目), and a value with fixed choices as a label too
 * (値, a dropdown per row); a sheet holding the keys and codes themselves still reads.
 */
import { object, optional } from 'zod/mini';
import { col, defineTable } from '../table';
import { requiredText, text } from '../fields';
import { labelOf, type Choices } from '../labels';

/** English: the key or code itself (the English catalog names settings by key; keeps Code.js small). */
const c = (code: string, ja: string) => ({ code, ja, en: code });

/** The label of every setting key (src/addon/settings.ts SETTING_DEFAULTS has each key's default and note). */
export const SETTING_LABELS: Choices = [
  c('companyName', '会社名'),
  c('agreement36.startMonth', '36協定の起算月'),
  c('agreement36.specialClause', '36協定の特別条項'),
  c('agreement36.variableYear', '1年単位の変形労働時間制'),
  c('language', '表示言語'),
  c('payroll.payDay', '給与支給日'),
  c('payroll.payMonthOffset', '支給月 (勤怠月の何か月後)'),
  c('payroll.proration', '入退社月の日割'),
  c('payroll.absenceRule', '欠勤控除の日額'),
  c('payroll.paidLeavePay', '有給休暇の賃金'),
  c('payroll.workersCompensation', '労災保険率'),
  c('yearEnd.leaverCases', '年末調整をする中途退職者'),
  c('yearEnd.designatedNumbers', '給与支払報告書: 市区町村の指定番号'),
  c('payroll.withholdingPaymentSpecial', '源泉所得税の納期の特例'),
  c('assets.fiscalYearStartMonth', '事業年度の開始月 (減価償却)'),
  c('assets.smeEligible', '中小企業者等の少額減価償却資産の特例'),
  c('assets.shortFiscalYears', '1年未満の事業年度 (少額減価償却資産の上限)'),
  c('assets.reminderDays', '備品の返却お知らせ (何日前から)'),
  c('contracts.reminderDays', '契約の期限のお知らせ (何日前から)'),
  c('payroll.withholdingMethod', '源泉所得税の計算方法'),
  c('payroll.differenceThreshold', '前月差額の強調額 (円)'),
  c('payroll.rateOverrides', '法定料率・税額表の上書き'),
  c('payroll.bonusRateTableConfirmed', '賞与の算出率の表の照合記録'),
  c('payroll.healthInsurer', '健康保険組合'),
  c('payroll.minimumWageReasons', '最低賃金を下回る人の確定理由'),
  c('journal.netPay', '仕訳: 差引支給額の貸方'),
  c('bank.consignorCode', '全銀: 委託者コード'),
  c('bank.consignorNameKana', '全銀: 委託者名 (半角カナ)'),
  c('bank.bankCode', '全銀: 仕向銀行番号'),
  c('bank.bankNameKana', '全銀: 仕向銀行名 (半角カナ)'),
  c('bank.branchCode', '全銀: 仕向支店番号'),
  c('bank.branchNameKana', '全銀: 仕向支店名 (半角カナ)'),
  c('bank.accountType', '全銀: 依頼人の預金種目'),
  c('bank.accountNumber', '全銀: 依頼人の口座番号'),
  c('input.daysBehind', '勤怠入力を受け付ける過去の日数'),
  c('input.daysAhead', '有給申請を受け付ける先の日数'),
  c('link.expiryDays', '従業員用リンクの有効日数'),
];

const YES_NO: Choices = [c('TRUE', 'はい'), c('FALSE', 'いいえ')];
const range = (from: number, to: number): Choices => Array.from({ length: to - from + 1 }, (_, i) => c(String(from + i), String(from + i)));

/** The allowed values of a setting with fixed choices: each value's label is what the 値 dropdown offers. */
export const SETTING_VALUE_CHOICES: Readonly<Record<string, Choices>> = {
  'agreement36.startMonth': range(1, 12),
  'agreement36.specialClause': YES_NO,
  'agreement36.variableYear': YES_NO,
  language: [c('ja', '日本語'), c('en', 'English')],
  'payroll.payDay': range(1, 31),
  'payroll.payMonthOffset': range(0, 2),
  'payroll.proration': [c('calendarDays', '暦日'), c('scheduledDays', '所定労働日')],
  'payroll.absenceRule': [c('averageScheduledDays', '年間所定日数÷12'), c('monthlyScheduledDays', '当月の所定日数')],
  'payroll.paidLeavePay': [c('ordinaryWage', '通常の賃金'), c('standardDailyRemuneration', '標準報酬日額 (労使協定)')],
  'payroll.withholdingMethod': [c('table', '月額表'), c('computer', '電算機計算の特例')],
  'journal.netPay': [c('bankDeposit', '普通預金 (支給日の仕訳)'), c('accruedPayable', '未払金')],
  'bank.accountType': [c('1', '普通'), c('2', '当座')],
  'assets.fiscalYearStartMonth': range(1, 12),
  'assets.smeEligible': YES_NO,
  'payroll.withholdingPaymentSpecial': YES_NO,
};

export const settingsTable = defineTable({
  sheet: '設定', sheetEn: 'Settings',
  columns: [col('key', '項目', 'Key', 'code', { choices: SETTING_LABELS, width: 260 }), col('value', '値', 'Value', 'text', { width: 360 }), col('note', '備考', 'Note', 'text', { width: 560 })],
  schema: object({ key: requiredText(100), value: optional(text()), note: optional(text()) }),
  key: ['key'],
});

/** The value as the 設定 sheet shows it: the label of a value with fixed choices (TRUE → はい), other values as they are. */
export function settingValueLabel(key: string, value: string): string {
  const choices = SETTING_VALUE_CHOICES[key];
  return choices ? labelOf(choices, value) : value;
}
