/**
 * What Sheets makes of a value written by `setValue`/`setValues`/`appendRow`, and how it shows
 * a value (`getDisplayValues`).
 *
 * Sheets treats a written string as if a user had typed it (developers.google.com/apps-script/
 * reference/spreadsheet/range#setvaluevalue: "If the value starts with '=' it's interpreted as a
 * formula"), and parses the rest like typed input: "007" becomes the number 7, "TRUE" a boolean,
 * "2024-04-01" and "9:30" dates. A cell whose number format is plain text ('@') takes the string
 * literally, as the Sheets UI does for a plain-text cell: no number, date or formula, and a leading
 * apostrophe is part of the text. Elsewhere a leading apostrophe keeps the rest as text (the
 * apostrophe itself not stored). Reproducing this matters: it is where employee codes lose their
 * zeros, user input becomes a formula, or a code reads back as 'E001. Kanri's mechanism (cells.ts):
 * text columns are '@' and written without an apostrophe; the self-test checks it on Google.
 */
import { isDate } from './realm';
import { dateToSerial, serialToDate, zoneOffsetMs } from '../store/serial';
import { isDateFormat, type CellValue } from '../store/workbook';

/** Google Sheets: "Your input contains more than the maximum of 50000 characters in a single cell." */
export const MAX_CELL_CHARS = 50_000;

export interface Written {
  value: CellValue;
  formula?: string;
  /** A number format the input implies ('yyyy-mm-dd' for "2024-04-01"); undefined keeps the cell's. */
  format?: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function wallClock(timeZone: string, y: number, mo: number, d: number, h: number, mi: number, s: number): Date {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  return new Date(wall - zoneOffsetMs(timeZone, wall - zoneOffsetMs(timeZone, wall)));
}

/** Interprets one written value. Throws a message (string) for Sheets' own errors. */
export function interpretWritten(v: unknown, cellFormat: string | undefined, timeZone: string): Written {
  if (v === null || v === undefined) return { value: '' };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (isDate(v)) {
    const t = (v as Date).getTime();
    return { value: new Date(t), format: cellFormat && isDateFormat(cellFormat) ? undefined : cellFormat ?? 'yyyy/mm/dd h:mm:ss' };
  }
  const s = typeof v === 'string' ? v : String(v);
  if (s.length > MAX_CELL_CHARS) throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  if (cellFormat === '@') return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.length > 1 && s[0] === '=') return { value: '', formula: s };
  const t = s.trim();
  if (t === '') return { value: s };
  if (NUMBER.test(t)) return { value: Number(t) };
  // Sheets reads a leading + or - that is not a number as the start of a formula (as Excel does).
  if ((t[0] === '+' || t[0] === '-') && t.length > 1 && t[1] !== ' ' && t[1] !== t[0]) return { value: '', formula: `=${t}` };
  if (GROUPED.test(t)) return { value: Number(t.replace(/,/g, '')), format: '#,##0' };
  const pct = PERCENT.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, format: '0%' };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const d = DATE.exec(t);
  if (d) {
    const [y, mo, day] = [Number(d[1]), Number(d[3]), Number(d[4])];
    const probe = new Date(Date.UTC(y, mo - 1, day));
    if (probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === day) {
      const hasTime = d[5] !== undefined;
      const date = wallClock(timeZone, y, mo, day, Number(d[5] ?? 0), Number(d[6] ?? 0), Number(d[7] ?? 0));
      const sep = d[2];
      return { value: date, format: `yyyy${sep}mm${sep}dd${hasTime ? ' h:mm:ss' : ''}` };
    }
  }
  const tm = TIME.exec(t);
  if (tm && Number(tm[1]) < 24 && Number(tm[2]) < 60) {
    // A time alone is a fraction of day 0 (1899-12-30).
    return { value: wallClock(timeZone, 1899, 12, 30, Number(tm[1]), Number(tm[2]), Number(tm[3] ?? 0)), format: tm[3] ? 'h:mm:ss' : 'h:mm' };
  }
  return { value: s };
}

/** A stored value as Apps Script types it, given the cell's number format. */
export function typedValue(v: CellValue, format: string | undefined, timeZone: string, DateCtor: DateConstructor): string | number | boolean | Date {
  if (v instanceof Date) {
    if (format && format !== '@' && !isDateFormat(format) && format !== 'General') return dateToSerial(v, timeZone);
    return new DateCtor(v.getTime());
  }
  if (typeof v === 'number' && format && isDateFormat(format)) return new DateCtor(serialToDate(v, timeZone).getTime());
  return v;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** Formats a date by a Sheets/Excel number format (the common tokens: y, m, d, h, s, AM/PM). */
export function formatDateCell(d: Date, format: string, timeZone: string): string {
  const wall = new Date(d.getTime() + zoneOffsetMs(timeZone, d.getTime()));
  const Y = wall.getUTCFullYear(), M = wall.getUTCMonth() + 1, D = wall.getUTCDate();
  const h = wall.getUTCHours(), mi = wall.getUTCMinutes(), s = wall.getUTCSeconds();
  const ampm = /am\/pm/i.test(format);
  const tokens = format.match(/"[^"]*"|\\.|\[[^\]]*\]|am\/pm|yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s|./gi) ?? [];
  let out = '';
  tokens.forEach((tok, i) => {
    const lower = tok.toLowerCase();
    const prev = tokens.slice(0, i).reverse().find((t) => /^[a-z]/i.test(t))?.toLowerCase() ?? '';
    const next = tokens.slice(i + 1).find((t) => /^[a-z]/i.test(t))?.toLowerCase() ?? '';
    const minute = (lower === 'mm' || lower === 'm') && (prev.startsWith('h') || next.startsWith('s'));
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith('\\')) out += tok.slice(1);
    else if (tok.startsWith('[')) out += '';
    else if (lower === 'am/pm') out += h < 12 ? 'AM' : 'PM';
    else if (lower === 'yyyy') out += pad(Y, 4);
    else if (lower === 'yy') out += pad(Y % 100);
    else if (minute) out += lower === 'mm' ? pad(mi) : String(mi);
    else if (lower === 'mm') out += pad(M);
    else if (lower === 'm') out += String(M);
    else if (lower === 'mmm' || lower === 'mmmm') out += String(M);
    else if (lower === 'dd') out += pad(D);
    else if (lower === 'd') out += String(D);
    else if (lower === 'hh') out += pad(ampm ? h % 12 || 12 : h);
    else if (lower === 'h') out += String(ampm ? h % 12 || 12 : h);
    else if (lower === 'ss') out += pad(s);
    else if (lower === 's') out += String(s);
    else out += tok;
  });
  return out;
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `getDisplayValue` of a cell. */
export function displayValue(v: CellValue, format: string | undefined, timeZone: string): string {
  if (v === '') return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    if (format && !isDateFormat(format) && format !== 'General' && format !== '@') return displayValue(dateToSerial(v, timeZone), format, timeZone);
    return formatDateCell(v, format && isDateFormat(format) ? format : 'yyyy/mm/dd h:mm:ss', timeZone);
  }
  if (format && isDateFormat(format)) return formatDateCell(serialToDate(v, timeZone), format, timeZone);
  const f = format ?? 'General';
  const m = /^(#,##)?0(\.(0+))?(%)?$/.exec(f);
  if (m) {
    const n = m[4] ? v * 100 : v;
    const fixed = n.toFixed(m[3]?.length ?? 0);
    const [i, dec] = fixed.split('.');
    const sign = (i ?? '').startsWith('-') ? '-' : '';
    const digits = (i ?? '').replace('-', '');
    return `${sign}${m[1] ? group(digits) : digits}${dec ? `.${dec}` : ''}${m[4] ? '%' : ''}`;
  }
  // General: up to 10 significant digits, as Sheets shows numbers by default.
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
}
