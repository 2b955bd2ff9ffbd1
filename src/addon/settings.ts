/** 設定 (Settings sheet) values with their defaults: the admin changes behaviour without code. */
import { SETTING_VALUE_CHOICES, settingsTable } from '../schema/tables/settings';
import { codeOfLabel } from '../schema/labels';
import { readTable } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every setting Kanri reads, its default and what it means (written to the sheet at set-up). */
export const SETTING_DEFAULTS = {
  companyName: { value: '', note: '会社名 (給与明細・振込ファイル)' },
  'agreement36.startMonth': { value: '4', note: '36協定の起算月 (1–12)' },
  'agreement36.specialClause': { value: 'TRUE', note: '特別条項の有無 (はい/いいえ)' },
  'agreement36.variableYear': { value: 'FALSE', note: '1年単位の変形労働時間制 (はい なら 42h/320h)' },
  language: { value: 'ja', note: 'メニュー・ダイアログの言語 (日本語/English)' },
  'payroll.payDay': { value: '25', note: '給与支給日 (日)。休日なら前営業日' },
  'payroll.payMonthOffset': { value: '1', note: '支給月: 勤怠月の何か月後か (末締め翌月払い = 1)' },
  'payroll.proration': { value: 'calendarDays', note: '入退社月の日割: 暦日 / 所定労働日' },
  'payroll.absenceRule': { value: 'averageScheduledDays', note: '欠勤控除の日額: 年間所定日数÷12 / 当月の所定日数' },
  'payroll.paidLeavePay': { value: 'ordinaryWage', note: '有給休暇の賃金 (時給・日給の人): 通常の賃金 (その日の所定労働時間 × 時給) / 標準報酬日額 (労使協定が必要)。就業規則の定めに合わせる (労基法39条9項)' },
  'payroll.workersCompensation': { value: '', note: '労災保険率 (会社負担の見込み): 1行に1件「2024-04-01から：94 その他の各種事業 1000分の3（出典：厚生労働省「労災保険率表」）」(終わりがあれば「2024-04-01から2027-03-31まで：…」)。事業の種類の率を労災保険率表 (徴収則 別表第1) から出典とともに記入' },
  'payroll.withholdingMethod': { value: 'table', note: '源泉所得税: 月額表 / 電算機計算の特例' },
  'payroll.differenceThreshold': { value: '10000', note: '前月差額の確認を強調する金額 (円)' },
  'payroll.rateOverrides': { value: '', note: '法定料率・税額表の上書き: 1行に1件、出典を必ず記入。「協会けんぽ健康保険料率 東京都 2027-03から：9.91%（出典：…）」「介護保険料率 / 子ども・子育て支援金率 / 厚生年金保険料率 / 子ども・子育て拠出金率 2027-04から：…%（出典：…）」「雇用保険料率 2027-04-01から2028-03-31まで：一般の事業 労働者1000分の5.5・事業主1000分の9／農林水産・清酒製造の事業 …／建設の事業 …（出典：…）」「源泉徴収税額表：(税額表のデータ)」' },
  'payroll.bonusRateTableConfirmed': { value: '', note: '賞与の算出率の表（令和9年分は1つの転記のみ）を国税庁のPDFと照合した記録:「2027-01-01 確認者 確認日」。未記録の間は賞与計算を確定できません' },
  'payroll.healthInsurer': { value: '', note: '健保組合に加入の場合、1行目「健康保険組合：〇〇健康保険組合」、続けて1行に1件「健康保険料率 2026-04から：9.0%（本人負担 4.2%）（出典：…）」(介護保険料率・子ども・子育て支援金率も同じ形。本人負担は折半でないときだけ)。空欄は協会けんぽ' },
  'yearEnd.leaverCases': { value: '', note: '年の中途で退職し年末調整をする人: 1行に1人「2026年 E041：死亡退職」(死亡退職・心身の障害・パートタイマー等)。12月の給与を受けた後の退職は記録不要' },
  'payroll.minimumWageReasons': { value: '', note: '最低賃金を下回る人を確定する理由: 1行に1人「2026-06 0012：理由」(給与計算の対象月、社員番号); 記録がなければ確定できません' },
  'yearEnd.designatedNumbers': { value: '', note: '給与支払報告書 総括表の指定番号 (JSON: {"131032":"00012345"} 市区町村コード → 番号)。ない市区町村は空欄' },
  'payroll.withholdingPaymentSpecial': { value: 'FALSE', note: '源泉所得税の納期の特例 (所得税法216条) の承認あり: 納付は7月10日と1月20日' },
  'journal.netPay': { value: 'bankDeposit', note: '仕訳: 差引支給額の貸方 普通預金 (支給日の仕訳) / 未払金' },
  'bank.consignorCode': { value: '', note: '全銀: 委託者コード (10桁, 銀行との契約)' },
  'bank.consignorNameKana': { value: '', note: '全銀: 委託者名 (半角カナ)' },
  'bank.bankCode': { value: '', note: '全銀: 仕向銀行番号 (4桁)' },
  'bank.bankNameKana': { value: '', note: '全銀: 仕向銀行名 (半角カナ)' },
  'bank.branchCode': { value: '', note: '全銀: 仕向支店番号 (3桁)' },
  'bank.branchNameKana': { value: '', note: '全銀: 仕向支店名 (半角カナ)' },
  'bank.accountType': { value: '1', note: '全銀: 依頼人の預金種目 (普通 / 当座)' },
  'bank.accountNumber': { value: '', note: '全銀: 依頼人の口座番号 (7桁)' },
  'input.daysBehind': { value: '400', note: '勤怠の入力 (打刻取込・打刻修正・有給) で受け付ける過去の日数 (今日から)' },
  'input.daysAhead': { value: '366', note: '有給の申請・登録で受け付ける先の日数 (今日から)。打刻は未来不可' },
  'assets.fiscalYearStartMonth': { value: '4', note: '事業年度の開始月 (1–12): 減価償却の年度と月割' },
  'assets.smeEligible': { value: 'TRUE', note: '中小企業者等の少額減価償却資産の特例を使える会社か (はい/いいえ; 青色申告・資本金1億円以下等)' },
  'assets.shortFiscalYears': { value: '', note: '1年未満の事業年度 (設立初年度・決算期変更; JSON: {"2026": 6} = 2026年に始まる事業年度は6か月)。中小企業者等の少額減価償却資産の特例の年300万円の上限を 300万円×月数/12 にします (租税特別措置法67条の5第1項)' },
  'assets.reminderDays': { value: '3', note: '備品の返却予定日の何日前から返却のお知らせを送るか (0 = 当日)' },
  'contracts.reminderDays': { value: '30', note: '契約の通知期限 (更新しない旨の通知・解約予告) と有期雇用契約の満了・雇止めの予告の何日前からお知らせを送るか (契約ごとの お知らせ（何日前） が優先)' },
  'link.expiryDays': { value: '90', note: '従業員用リンクの有効日数 (発行日から; 1–366)' },
} as const;
export type SettingKey = keyof typeof SETTING_DEFAULTS;

export type Settings = Record<SettingKey, string> & Record<string, string | undefined>;

/** The 設定 row each value was read from, for an error naming sheet, row and column (settingPlace). */
const ROWS = new WeakMap<object, Map<string, number>>();

export function readSettings(ss: Spreadsheet): Settings {
  const out: Record<string, string> = {};
  const rows = new Map<string, number>();
  for (const [k, v] of Object.entries(SETTING_DEFAULTS)) out[k] = v.value;
  // A value with fixed choices is shown as its label (はい, 暦日); the code (TRUE, calendarDays) reads too.
  for (const { value, rowNumber } of readTable(ss, settingsTable).rows) {
    rows.set(value.key, rowNumber);
    if (value.value === undefined) continue;
    const choices = SETTING_VALUE_CHOICES[value.key];
    out[value.key] = choices ? codeOfLabel(choices, value.value) : value.value;
  }
  ROWS.set(out, rows);
  return out as Settings;
}

/** The row of 設定 that holds `key` (undefined: not in the sheet, the default applies). */
export function settingRow(settings: Settings, key: string): number | undefined {
  return ROWS.get(settings)?.get(key);
}

export function settingBoolean(settings: Settings, key: SettingKey): boolean {
  return /^(true|1|yes|はい)$/i.test(String(settings[key]).trim());
}
