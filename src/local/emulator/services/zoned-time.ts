/**
 * Wall-clock fields of an instant in a named time zone (IANA), computed with Intl so that the
 * host's own zone never matters, and the reverse (the instant a zone's wall clock shows).
 */
export interface ZonedFields {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday. */
  weekDay: number;
  /** Offset from UTC in minutes (+540 in Tokyo). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function validTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'GMT'; // Java's TimeZone.getTimeZone falls back to GMT for an unknown ID
  }
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short', era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function zonedFields(instant: Date, timeZone: string): ZonedFields {
  const ms = instant.getTime();
  const parts: Record<string, string> = {};
  for (const p of formatter(validTimeZone(timeZone)).formatToParts(instant)) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC') year = 1 - year;
  const fields = {
    year, month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour),
    minute: Number(parts.minute), second: Number(parts.second), millisecond: ((ms % 1000) + 1000) % 1000,
    weekDay: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
  const wallMs = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second, fields.millisecond);
  return { ...fields, offsetMinutes: Math.round((wallMs - ms) / 60_000) };
}

/** The instant at which `timeZone`'s wall clock shows the given fields (the earlier one in a DST overlap). */
export function zonedInstant(timeZone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const offset = zonedFields(new Date(guess), timeZone).offsetMinutes;
    guess = wall - offset * 60_000;
  }
  return new Date(guess);
}
