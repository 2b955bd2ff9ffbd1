/**
 * `Utilities.formatDate(date, timeZone, format)`: Java's SimpleDateFormat patterns, with the
 * English (en-US) names Apps Script uses (reference/utilities/utilities#formatDate and
 * docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html).
 */
import { AppsScriptError } from '../types';
import { validTimeZone, zonedFields, type ZonedFields } from './zoned-time';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Java's short zone names for the zones Kanri meets; others use Intl's name. */
const SHORT_ZONE: Record<string, string> = { 'Asia/Tokyo': 'JST', UTC: 'UTC', GMT: 'GMT', 'Etc/UTC': 'UTC', 'Etc/GMT': 'GMT' };

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function dayOfYear(f: ZonedFields): number {
  return (Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86_400_000 + 1;
}

/** Week of year with Java's en-US rules: weeks start on Sunday, week 1 holds January 1st. */
function weekOfYear(f: ZonedFields): number {
  const jan1Next = new Date(Date.UTC(f.year + 1, 0, 1)).getUTCDay();
  const daysToNextYear = (Date.UTC(f.year + 1, 0, 1) - Date.UTC(f.year, f.month - 1, f.day)) / 86_400_000;
  if (daysToNextYear <= jan1Next) return 1; // this date's week contains next January 1st
  const jan1 = new Date(Date.UTC(f.year, 0, 1)).getUTCDay();
  return Math.floor((dayOfYear(f) - 1 + jan1) / 7) + 1;
}

function offsetText(minutes: number, style: 'Z' | 'X1' | 'X2' | 'X3'): string {
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X1') return sign + h;
  if (style === 'X3') return `${sign}${h}:${m}`;
  return sign + h + m;
}

function zoneName(timeZone: string, instant: Date, long: boolean): string {
  if (!long && SHORT_ZONE[timeZone]) return SHORT_ZONE[timeZone]!;
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: long ? 'long' : 'short' })
    .formatToParts(instant).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

function field(letter: string, count: number, f: ZonedFields, timeZone: string, instant: Date): string {
  switch (letter) {
    case 'G': return f.year > 0 ? 'AD' : 'BC';
    case 'y': case 'Y': {
      const y = f.year > 0 ? f.year : 1 - f.year;
      return count === 2 ? pad(y % 100, 2) : pad(y, count);
    }
    case 'M': case 'L':
      if (count >= 4) return MONTHS[f.month - 1]!;
      if (count === 3) return MONTHS[f.month - 1]!.slice(0, 3);
      return pad(f.month, count);
    case 'w': return pad(weekOfYear(f), count);
    case 'W': return pad(Math.floor((f.day - 1 + new Date(Date.UTC(f.year, f.month - 1, 1)).getUTCDay()) / 7) + 1, count);
    case 'D': return pad(dayOfYear(f), count);
    case 'd': return pad(f.day, count);
    case 'F': return pad(Math.floor((f.day - 1) / 7) + 1, count);
    case 'E': return count >= 4 ? DAYS[f.weekDay]! : DAYS[f.weekDay]!.slice(0, 3);
    case 'u': return pad(f.weekDay === 0 ? 7 : f.weekDay, count);
    case 'a': return f.hour < 12 ? 'AM' : 'PM';
    case 'H': return pad(f.hour, count);
    case 'k': return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K': return pad(f.hour % 12, count);
    case 'h': return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm': return pad(f.minute, count);
    case 's': return pad(f.second, count);
    case 'S': return pad(f.millisecond, count);
    case 'z': return zoneName(timeZone, instant, count >= 4);
    case 'Z': return offsetText(f.offsetMinutes, 'Z');
    case 'X': return offsetText(f.offsetMinutes, count === 1 ? 'X1' : count === 2 ? 'X2' : 'X3');
    default:
      throw new AppsScriptError(`Illegal pattern character '${letter}'`);
  }
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!(Object.prototype.toString.call(date) === '[object Date]') || Number.isNaN(date.getTime())) {
    throw new AppsScriptError('Invalid argument: date');
  }
  const zone = validTimeZone(timeZone);
  const f = zonedFields(date, zone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      // 'text' is literal; '' is one quote, inside or outside quoted text
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      i++;
      while (i < pattern.length) {
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            out += "'";
            i += 2;
            continue;
          }
          break;
        }
        out += pattern[i];
        i++;
      }
      if (i >= pattern.length) throw new AppsScriptError('Unterminated quote');
      i++;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let n = 1;
      while (pattern[i + n] === c) n++;
      out += field(c, n, f, zone, date);
      i += n;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
