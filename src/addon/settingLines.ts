/**
 * A structured 設定 value read from its lines (schema/settingLines.ts), with the error a person can act on:
 * 「シート「設定」12行目「値」（労災保険率）: セル内2行目を読めません…」 in Japanese and English.
 */
import type { LinesRead, LineSettingKey } from '../schema/settingLines';
import { SETTING_LABELS } from '../schema/tables/settings';
import { labelOf } from '../schema/labels';
import { message } from '../core/i18n';
import { settingRow, type Settings } from './settings';

export function readLineSetting<T>(settings: Settings, key: LineSettingKey, read: (text: string) => LinesRead<T>): { value?: T; error?: string } {
  const text = (settings[key] ?? '').trim();
  if (!text) return {};
  const r = read(text);
  if (r.ok) return { value: r.value };
  const params = { row: settingRow(settings, key) ?? '?', label: labelOf(SETTING_LABELS, key), key, line: r.line, example: r.example };
  return { error: `${message('ja', 'settings.lineError', params)} / ${message('en', 'settings.lineError', params)}` };
}
