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
  payDay: { value: '25', note: '給与の支給日 (日、31 なら月末。休日なら前の営業日): 日次ダイジェストの期限一覧に使う' },
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
