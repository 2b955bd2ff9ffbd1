/**
 * Terms counted in months and days, by 民法140条ただし書・143条2項: a term starting at 0:00 counts its
 * first day, and a term of R months from day S ends on the day before the day corresponding to S
 * R months later, or, when that month has no corresponding day, on that month's last day.
 */
import { addDays, addMonths, daysBetween, daysInMonth, lastDayOfMonth, type LocalDate } from '../calendar';

function split(date: LocalDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** The last day of a term of `months` months starting on `start` (民法143条2項). */
export function termEnd(start: LocalDate, months: number): LocalDate {
  const [y, m, d] = split(start);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const target = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  if (d > daysInMonth(year, month)) return lastDayOfMonth(target); // no corresponding day
  return addDays(`${target}-${String(d).padStart(2, '0')}`, -1);
}

const isMonthEnd = (date: LocalDate): boolean => date === lastDayOfMonth(date.slice(0, 7));

/**
 * The day `months` months before `date`: the same day of month, the target month's last day when it
 * lacks that day, and a month's last day maps to the target month's last day (3月31日の3か月前は12月31日,
 * 2月28日の3か月前は11月30日).
 */
export function monthsBefore(date: LocalDate, months: number): LocalDate {
  const back = addMonths(date, -months);
  return isMonthEnd(date) ? lastDayOfMonth(back.slice(0, 7)) : back;
}

/** A length in whole months and the days left over, as the calendar counts it. */
export interface Length {
  readonly months: number;
  readonly days: number;
}

/** The length of the term from `start` to `end`, both days included: whole months by 143条2項, then days. */
export function termLength(start: LocalDate, end: LocalDate): Length {
  if (end < start) return { months: 0, days: 0 };
  // first guess from the calendar months, then step to the largest m with termEnd(start, m) <= end
  let months = Math.max(0, (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(start.slice(5, 7)) - 1);
  while (termEnd(start, months) > end) months--;
  while (termEnd(start, months + 1) <= end) months++;
  return { months, days: daysBetween(termEnd(start, months), end) };
}

/** Adds lengths; every `daysPerMonth` left-over days make one month (the 省令148号 rule for 通算契約期間). */
export function addLengths(lengths: readonly Length[], daysPerMonth: number): Length {
  const months = lengths.reduce((s, l) => s + l.months, 0);
  const days = lengths.reduce((s, l) => s + l.days, 0);
  return { months: months + Math.floor(days / daysPerMonth), days: days % daysPerMonth };
}

/** a > b, comparing months then days. */
export function longerThan(a: Length, b: Length): boolean {
  return a.months !== b.months ? a.months > b.months : a.days > b.days;
}
