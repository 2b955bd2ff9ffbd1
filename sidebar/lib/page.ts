/** What every page shares: the chosen language and Tokyo's clock (pages may run in any zone). */
import type { PageLang } from '../messages';

const LANG_KEY = 'kanri.lang';

/**
 * The page's language: an admin page's `<body data-lang>` (the 設定 language the server put there, so a
 * sidebar speaks the menu's language), else the web app's own switch (localStorage), else Japanese.
 */
export function savedLang(): PageLang {
  const fromServer = document.body?.dataset.lang;
  if (fromServer === 'ja' || fromServer === 'en') return fromServer;
  return (localStorage.getItem(LANG_KEY) as PageLang) || 'ja';
}

export function saveLang(lang: PageLang): void {
  localStorage.setItem(LANG_KEY, lang);
}

/** Tokyo wall-clock time now, 'YYYY-MM-DDTHH:mm' (UTC+9, no daylight saving). */
export function tokyoNow(): string {
  return new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 16);
}

/** The month before this month in Tokyo: the month usually being closed or paid. */
export function previousTokyoMonth(): string {
  const [y, m] = tokyoNow().slice(0, 7).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
