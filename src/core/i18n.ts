/**
 * Message catalogs: every user-facing string, Japanese (default) and English. A key missing from
 * a catalog is a type error; `{name}` placeholders are filled from `params`.
 */
import { ja } from './messages/ja';
import { en } from './messages/en';

export type Lang = 'ja' | 'en';
export type MessageKey = keyof typeof ja;
export const catalogs: Record<Lang, Record<MessageKey, string>> = { ja, en };

export function message(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogs[lang][key] ?? catalogs.ja[key];
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

export function isLang(value: unknown): value is Lang {
  return value === 'ja' || value === 'en';
}
