/** 設定 (Settings sheet) values with their defaults: the admin changes behaviour without code. */
import { SETTING_VALUE_CHOICES, settingsTable } from '../schema/tables/settings';
import { codeOfLabel } from '../schema/labels';
import { readTable } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every setting Kanri reads and its default (what each means: settingNotes.ts, written to the sheet at set-up). */
export const SETTING_DEFAULTS = {
  companyName: { value: '' },
  'agreement36.startMonth': { value: '4' },
  'agreement36.specialClause': { value: 'TRUE' },
  'agreement36.variableYear': { value: 'FALSE' },
  language: { value: 'ja' },
  'payroll.payDay': { value: '25' },
  'payroll.payMonthOffset': { value: '1' },
  'payroll.proration': { value: 'calendarDays' },
  'payroll.absenceRule': { value: 'averageScheduledDays' },
  'payroll.paidLeavePay': { value: 'ordinaryWage' },
  'payroll.workersCompensation': { value: '' },
  'payroll.withholdingMethod': { value: 'table' },
  'payroll.differenceThreshold': { value: '10000' },
  'payroll.rateOverrides': { value: '' },
  'payroll.bonusRateTableConfirmed': { value: '' },
  'payroll.healthInsurer': { value: '' },
  'yearEnd.leaverCases': { value: '' },
  'payroll.minimumWageReasons': { value: '' },
  'yearEnd.designatedNumbers': { value: '' },
  'payroll.withholdingPaymentSpecial': { value: 'FALSE' },
  'journal.netPay': { value: 'bankDeposit' },
  'bank.consignorCode': { value: '' },
  'bank.consignorNameKana': { value: '' },
  'bank.bankCode': { value: '' },
  'bank.bankNameKana': { value: '' },
  'bank.branchCode': { value: '' },
  'bank.branchNameKana': { value: '' },
  'bank.accountType': { value: '1' },
  'bank.accountNumber': { value: '' },
  'input.daysBehind': { value: '400' },
  'input.daysAhead': { value: '366' },
  'assets.fiscalYearStartMonth': { value: '4' },
  'assets.smeEligible': { value: 'TRUE' },
  'assets.shortFiscalYears': { value: '' },
  'assets.reminderDays': { value: '3' },
  'contracts.reminderDays': { value: '30' },
  'link.expiryDays': { value: '90' },
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
