/**
 * Figures as people read them on a payslip or a ledger: yen with thousands separators, minutes as h:mm,
 * dates and months in the reader's language. Formats come from the catalog (messages/payslip.ts, output.*).
 * No Intl / toLocaleString: the result must not depend on the host (Apps Script or Node).
 */
import { parseYearMonth, isLocalDate, type LocalDate, type YearMonth } from '../calendar';
import { message, type Lang } from '../i18n';
import { KanriError } from '../errors';

/** A label kept in Japanese (the master's name) with an optional English name. */
export interface LocalizedLabel {
  ja: string;
  en?: string;
}

export function localize(label: LocalizedLabel, lang: Lang): string {
  return lang === 'en' && label.en ? label.en : label.ja;
}

/** Money is integer yen; a fraction here is an upstream bug, never rounded away silently. */
export function assertYen(amount: number, what: string): void {
  if (!Number.isSafeInteger(amount)) throw new KanriError('output.error.notYen', { item: what, value: String(amount) });
}

/** 1234567 → "1,234,567"; -1234 → "-1,234". Integers only. */
export function groupThousands(value: number): string {
  assertYen(value, 'value');
  const digits = String(Math.abs(value));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 ? `-${grouped}` : grouped;
}

/** 237400 → "237,400円" (ja) / "¥237,400" (en); the sign stays in front. */
export function formatYen(amount: number, lang: Lang): string {
  const text = message(lang, 'output.yen', { amount: groupThousands(Math.abs(amount)) });
  return amount < 0 ? `-${text}` : text;
}

/** Minutes as h:mm: 125 → "2:05", 0 → "0:00", 10230 → "170:30". Whole minutes only. */
export function formatMinutes(minutes: number): string {
  if (!Number.isSafeInteger(minutes)) throw new KanriError('output.error.notMinutes', { value: String(minutes) });
  const abs = Math.abs(minutes);
  const text = `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
  return minutes < 0 ? `-${text}` : text;
}

/** Days, halves allowed (paid leave 0.5 日): 1.5 → "1.5". */
export function formatDays(days: number): string {
  if (!Number.isFinite(days) || !Number.isInteger(days * 2)) throw new KanriError('output.error.notDays', { value: String(days) });
  return String(days);
}

/** 2026-04-24 → "2026年4月24日" (ja) / "2026-04-24" (en). */
export function formatDate(date: LocalDate, lang: Lang): string {
  if (!isLocalDate(date)) throw new KanriError('output.error.notDate', { value: String(date) });
  const [year, mm, dd] = date.split('-') as [string, string, string];
  return message(lang, 'output.date', { year, mm, dd, month: Number(mm), day: Number(dd) });
}

/** 2026-04 → "2026年4月" (ja) / "2026-04" (en). */
export function formatYearMonth(month: YearMonth, lang: Lang): string {
  const { year, month: m } = parseYearMonth(month);
  return message(lang, 'output.yearMonth', { year, mm: String(m).padStart(2, '0'), month: m });
}

/** A period "2026年4月1日〜2026年4月30日". */
export function formatPeriod(period: { from: LocalDate; to: LocalDate }, lang: Lang): string {
  return message(lang, 'output.period', { from: formatDate(period.from, lang), to: formatDate(period.to, lang) });
}
