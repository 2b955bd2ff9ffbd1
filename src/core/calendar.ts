/**
 * Calendar dates, year-months and minutes, independent of the host's time zone.
 *
 * Kanri's clock is Japan's: Asia/Tokyo is UTC+9 all year (no daylight saving since 1951), so an
 * instant converts to a Tokyo wall-clock time by a fixed offset. Every other function here works on
 * plain calendar values ('YYYY-MM-DD', 'YYYY-MM', minutes), never on a `Date` in the host's zone.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;
/** A calendar month, 'YYYY-MM'. */
export type YearMonth = string;
/** A Tokyo wall-clock date and time, 'YYYY-MM-DDTHH:mm'. */
export type LocalDateTime = string;

export const MINUTES_PER_DAY = 24 * 60;
/** Japan Standard Time, UTC+9, in minutes. */
export const TOKYO_OFFSET_MINUTES = 9 * 60;
const MS_PER_DAY = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** True when `text` is a real calendar date (rejects 2026-02-30). */
export function isLocalDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function isYearMonth(text: string): boolean {
  const m = MONTH_RE.exec(text);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function isLocalDateTime(text: string): boolean {
  const m = DATE_TIME_RE.exec(text);
  return !!m && isLocalDate(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

function parts(date: LocalDate): [number, number, number] {
  const m = DATE_RE.exec(date);
  if (!m || !isLocalDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Days since 1970-01-01 (the proleptic Gregorian day number); arithmetic on dates goes through it. */
export function dayNumber(date: LocalDate): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(day: number): LocalDate {
  const t = new Date(day * MS_PER_DAY);
  return `${pad4(t.getUTCFullYear())}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];
export function weekdayIndex(name: WeekdayName): number {
  return WEEKDAY_NAMES.indexOf(name);
}

/**
 * The same day `months` months later; when that month is shorter, the last day of that month
 * (2024-01-31 + 1 month = 2024-02-29), as 民法143条 counts a period by months.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${pad4(year)}-${pad2(month)}-${pad2(Math.min(d, daysInMonth(year, month)))}`;
}

export function yearMonthOf(date: LocalDate): YearMonth {
  return date.slice(0, 7);
}

export function parseYearMonth(month: YearMonth): { year: number; month: number } {
  const m = MONTH_RE.exec(month);
  if (!m || !isYearMonth(month)) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function addYearMonths(month: YearMonth, months: number): YearMonth {
  const { year, month: mo } = parseYearMonth(month);
  const index = year * 12 + (mo - 1) + months;
  const y = Math.floor(index / 12);
  return `${pad4(y)}-${pad2(index - y * 12 + 1)}`;
}

/** Months from `from` to `to` (2026-04 → 2026-06 is 2). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  const a = parseYearMonth(from);
  const b = parseYearMonth(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

export function firstDayOfMonth(month: YearMonth): LocalDate {
  return `${month}-01`;
}

export function lastDayOfMonth(month: YearMonth): LocalDate {
  const { year, month: mo } = parseYearMonth(month);
  return `${month}-${pad2(daysInMonth(year, mo))}`;
}

/** Every date from `from` to `to`, both included. */
export function datesFrom(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = dayNumber(from), end = dayNumber(to); d <= end; d++) out.push(fromDayNumber(d));
  return out;
}

/**
 * Minutes since 1970-01-01T00:00 on the local (Tokyo) wall clock: a single number to subtract and
 * compare times across midnight. 'YYYY-MM-DDTHH:mm' (seconds, if given, are dropped).
 */
export function localMinutes(dateTime: LocalDateTime): number {
  const m = DATE_TIME_RE.exec(dateTime);
  if (!m || !isLocalDateTime(dateTime)) throw new RangeError(`Not a local date-time (YYYY-MM-DDTHH:mm): ${dateTime}`);
  return dayNumber(m[1]!) * MINUTES_PER_DAY + Number(m[2]) * 60 + Number(m[3]);
}

export function fromLocalMinutes(minutes: number): LocalDateTime {
  const day = Math.floor(minutes / MINUTES_PER_DAY);
  const rest = minutes - day * MINUTES_PER_DAY;
  return `${fromDayNumber(day)}T${pad2(Math.floor(rest / 60))}:${pad2(rest % 60)}`;
}

/** The Tokyo calendar date and wall-clock time of an instant (a `Date` from a sheet or `new Date()`). */
export function tokyoDateTimeOf(instant: Date): LocalDateTime {
  return fromLocalMinutes(Math.floor(instant.getTime() / 60_000) + TOKYO_OFFSET_MINUTES);
}

export function tokyoDateOf(instant: Date): LocalDate {
  return tokyoDateTimeOf(instant).slice(0, 10);
}

/** The instant at which Tokyo's wall clock shows `dateTime`. */
export function instantOfTokyo(dateTime: LocalDateTime): Date {
  return new Date((localMinutes(dateTime) - TOKYO_OFFSET_MINUTES) * 60_000);
}

/**
 * Age in whole years on `date`. Under 年齢計算ニ関スル法律 a person reaches an age at the end of the
 * day before the birthday, so on the day before the birthday they already have it (e.g. 介護保険
 * begins in the month that contains the day before the 40th birthday).
 */
export function ageOn(birthDate: LocalDate, date: LocalDate): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(addDays(date, 1)); // the legal age on `date` is the calendar age on the next day
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The day before the birthday on which `age` is reached (see `ageOn`; a 29 February birthday falls on 1 March in other years). */
export function dateAgeReached(birthDate: LocalDate, age: number): LocalDate {
  const [by, bm, bd] = parts(birthDate);
  const year = by + age;
  const birthday = bm === 2 && bd === 29 && !isLeapYear(year) ? `${pad4(year)}-03-01` : `${pad4(year)}-${pad2(bm)}-${pad2(bd)}`;
  return addDays(birthday, -1);
}
