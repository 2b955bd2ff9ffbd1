/**
 * Date cells ↔ spreadsheet serial numbers, 1900 date system (day 0 = 1899-12-30, as Google Sheets
 * and Excel count for every date after 1900-03-01). A date cell holds the wall-clock time of the
 * spreadsheet's time zone (Google Sheets exports Asia/Tokyo wall-clock times), not UTC.
 */
const DAY_MS = 86_400_000;
/** Days from 1899-12-30 to 1970-01-01. */
const EPOCH_SERIAL = 25_569;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Zones with one offset for every date Kanri handles (Japan has had no daylight saving since 1951). */
const FIXED: Record<string, number> = { 'Asia/Tokyo': 9 * 3_600_000, UTC: 0, 'Etc/UTC': 0, 'Etc/GMT': 0, GMT: 0 };

/** Offset (ms) of `timeZone` from UTC at the instant `ms`. */
export function zoneOffsetMs(timeZone: string, ms: number): number {
  const fixed = FIXED[timeZone];
  if (fixed !== undefined) return fixed;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

export function dateToSerial(d: Date, timeZone: string): number {
  const ms = d.getTime();
  return (ms + zoneOffsetMs(timeZone, ms)) / DAY_MS + EPOCH_SERIAL;
}

export function serialToDate(serial: number, timeZone: string): Date {
  const wall = Math.round((serial - EPOCH_SERIAL) * DAY_MS);
  const guess = wall - zoneOffsetMs(timeZone, wall);
  return new Date(wall - zoneOffsetMs(timeZone, guess));
}
