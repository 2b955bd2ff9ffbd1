/**
 * Message catalogs: every user-facing string, Japanese (default) and English. A key missing from
 * a catalog is a type error; `{name}` placeholders are filled from `params`.
 *
 * Every execution loads the whole of build/Code.js, so the Apps Script build leaves the English
 * catalog out of it (scripts/build.mjs) and ships it as a file read only when English is asked
 * for: the add-on registers that reader with `setCatalogLoader`. Node (CLI, tests) has both inline.
 */
import { ja } from './messages/ja';
import { en } from './messages/en';

export type Lang = 'ja' | 'en';
export type MessageKey = keyof typeof ja;
export const catalogs: Record<Lang, Record<MessageKey, string>> = { ja, en };

let loadEnglish: (() => Record<string, string>) | null = null;
let loadJapaneseRest: (() => Record<string, string>) | null = null;

/**
 * Registers how to read what is not inline in the Apps Script bundle: the English catalog, and the
 * Japanese messages of the areas only lazy modules use (payroll, payslips, ledgers, bank, journal).
 */
export function setCatalogLoader(english: () => Record<string, string>, japaneseRest?: () => Record<string, string>): void {
  loadEnglish = english;
  loadJapaneseRest = japaneseRest ?? null;
}

function lookup(lang: Lang, key: MessageKey): string {
  if (lang === 'en' && !(key in catalogs.en) && loadEnglish) {
    Object.assign(catalogs.en, loadEnglish());
    loadEnglish = null;
  }
  if (!(key in catalogs.ja) && loadJapaneseRest) {
    Object.assign(catalogs.ja, loadJapaneseRest());
    loadJapaneseRest = null;
  }
  return catalogs[lang][key] ?? catalogs.ja[key];
}

export function message(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return lookup(lang, key).replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

export function isLang(value: unknown): value is Lang {
  return value === 'ja' || value === 'en';
}
