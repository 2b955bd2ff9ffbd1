/** 設定 (Settings sheet) values with their defaults: the admin changes behaviour without code. */
import { settingsTable } from '../schema/tables/settings';
import { readTable } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every setting Kanri reads, its default and what it means (written to the sheet at set-up). */
export const SETTING_DEFAULTS = {
  companyName: { value: '', note: '会社名 (給与明細・振込ファイル)' },
  'agreement36.startMonth': { value: '4', note: '36協定の起算月 (1–12)' },
  'agreement36.specialClause': { value: 'TRUE', note: '特別条項の有無 (TRUE/FALSE)' },
  'agreement36.variableYear': { value: 'FALSE', note: '1年単位の変形労働時間制 (TRUE なら 42h/320h)' },
  language: { value: 'ja', note: 'メニュー・ダイアログの言語 (ja/en)' },
  'payroll.payDay': { value: '25', note: '給与支給日 (日)。休日なら前営業日' },
  'payroll.payMonthOffset': { value: '1', note: '支給月: 勤怠月の何か月後か (末締め翌月払い = 1)' },
  'payroll.proration': { value: 'calendarDays', note: '入退社月の日割: calendarDays (暦日) / scheduledDays (所定労働日)' },
  'payroll.absenceRule': { value: 'averageScheduledDays', note: '欠勤控除の日額: averageScheduledDays (年間所定日数÷12) / monthlyScheduledDays (当月所定日数)' },
  'payroll.withholdingMethod': { value: 'table', note: '源泉所得税: table (月額表) / computer (電算機計算の特例)' },
  'payroll.differenceThreshold': { value: '10000', note: '前月差額の確認を強調する金額 (円)' },
  'payroll.rateOverrides': { value: '', note: '法定料率・税額表の上書き (JSON: kyokaiHealthRates, careRates, employmentInsuranceRates, withholdingEditions …; 出典 source を必ず記入)' },
  'payroll.healthInsurer': { value: '', note: '健保組合に加入の場合 (JSON: {"kind":"union","name":…,"healthRates":[{"from":"2026-04","ratePercent":"9.0","employeeRatePercent":"4.2","source":…}]}); 空欄は協会けんぽ' },
  'payroll.minimumWageReasons': { value: '', note: '最低賃金を下回る人を確定する理由 (JSON: {"2026-06":{"0012":"理由"}}); 空欄なら確定できません' },
  'journal.netPay': { value: 'bankDeposit', note: '仕訳: 差引支給額の貸方 bankDeposit (普通預金, 支給日の仕訳) / accruedPayable (未払金)' },
  'bank.consignorCode': { value: '', note: '全銀: 委託者コード (10桁, 銀行との契約)' },
  'bank.consignorNameKana': { value: '', note: '全銀: 委託者名 (半角カナ)' },
  'bank.bankCode': { value: '', note: '全銀: 仕向銀行番号 (4桁)' },
  'bank.bankNameKana': { value: '', note: '全銀: 仕向銀行名 (半角カナ)' },
  'bank.branchCode': { value: '', note: '全銀: 仕向支店番号 (3桁)' },
  'bank.branchNameKana': { value: '', note: '全銀: 仕向支店名 (半角カナ)' },
  'bank.accountType': { value: '1', note: '全銀: 依頼人の預金種目 (1 普通 / 2 当座)' },
  'bank.accountNumber': { value: '', note: '全銀: 依頼人の口座番号 (7桁)' },
} as const;
export type SettingKey = keyof typeof SETTING_DEFAULTS;

export type Settings = Record<SettingKey, string> & Record<string, string | undefined>;

export function readSettings(ss: Spreadsheet): Settings {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(SETTING_DEFAULTS)) out[k] = v.value;
  for (const { value } of readTable(ss, settingsTable).rows) if (value.value !== undefined) out[value.key] = value.value;
  return out as Settings;
}

export function settingBoolean(settings: Settings, key: SettingKey): boolean {
  return /^(true|1|yes|はい)$/i.test(String(settings[key]).trim());
}
