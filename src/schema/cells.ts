/**
 * Cells ↔ typed values. Apps Script's getValues returns numbers, strings, booleans, `Date` for date
 * cells and '' for empty cells; a date cell's `Date` is the instant at which the spreadsheet's zone
 * (Asia/Tokyo) shows that wall-clock time. Pure: no Apps Script, no host time zone.
 */
import { instantOfTokyo, isLocalDate, isLocalDateTime, isYearMonth, tokyoDateOf, tokyoDateTimeOf } from '../core/calendar';
import type { CellKind } from './table';

export type CellValue = string | number | boolean | Date;

/** Characters that make Sheets (or a spreadsheet opening a CSV) read text as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that Sheets must store as text: a leading apostrophe makes Sheets keep the rest literally
 * (it is not part of the value read back), so `=IMPORTXML(...)` stays a string, never a formula.
 */
export function safeTextCell(value: string): string {
  return FORMULA_START.test(value) || value.startsWith("'") ? `'${value}` : value;
}

export type FromCell = { ok: true; value: unknown } | { ok: false; problem: 'type' };

const pad2 = (n: number) => String(n).padStart(2, '0');

function normaliseDateText(s: string): string {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s.trim());
  return m ? `${m[1]}-${pad2(Number(m[2]))}-${pad2(Number(m[3]))}` : s;
}

/** Reads one cell as the column's kind; '' becomes `undefined` (the schema decides if it may be empty). */
export function fromCell(kind: CellKind, cell: unknown): FromCell {
  if (cell === '' || cell === null || cell === undefined) return { ok: true, value: undefined };
  switch (kind) {
    case 'text':
    case 'code':
      if (typeof cell === 'string') return { ok: true, value: cell };
      if (typeof cell === 'number' && Number.isFinite(cell)) return { ok: true, value: String(cell) };
      if (typeof cell === 'boolean') return { ok: true, value: String(cell).toUpperCase() };
      return { ok: false, problem: 'type' };
    case 'integer':
    case 'number':
    case 'decimal':
      if (kind === 'integer' && typeof cell === 'number' && !Number.isInteger(cell)) return { ok: false, problem: 'type' };
      if (typeof cell === 'number' && Number.isFinite(cell)) return { ok: true, value: kind === 'decimal' ? String(cell) : cell };
      if (typeof cell === 'string' && /^-?\d+(\.\d+)?$/.test(cell.replace(/,/g, '').trim())) {
        const t = cell.replace(/,/g, '').trim();
        return { ok: true, value: kind === 'decimal' ? t : Number(t) };
      }
      return { ok: false, problem: 'type' };
    case 'boolean':
      if (typeof cell === 'boolean') return { ok: true, value: cell };
      if (cell === 'TRUE' || cell === 'true') return { ok: true, value: true };
      if (cell === 'FALSE' || cell === 'false') return { ok: true, value: false };
      return { ok: false, problem: 'type' };
    case 'date':
      if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { ok: false, problem: 'type' } : { ok: true, value: tokyoDateOf(cell) };
      if (typeof cell === 'string') return { ok: true, value: normaliseDateText(cell) };
      return { ok: false, problem: 'type' };
    case 'datetime':
      if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { ok: false, problem: 'type' } : { ok: true, value: tokyoDateTimeOf(cell) };
      if (typeof cell === 'string') {
        const m = /^(\d{4}[-/]\d{1,2}[-/]\d{1,2})[T ](\d{1,2}):(\d{2})(?::\d{2})?$/.exec(cell.trim());
        return { ok: true, value: m ? `${normaliseDateText(m[1]!)}T${pad2(Number(m[2]))}:${m[3]}` : cell };
      }
      return { ok: false, problem: 'type' };
    case 'month':
      if (cell instanceof Date) return { ok: true, value: tokyoDateOf(cell).slice(0, 7) };
      if (typeof cell === 'string') {
        const m = /^(\d{4})[-/](\d{1,2})$/.exec(cell.trim());
        return { ok: true, value: m ? `${m[1]}-${pad2(Number(m[2]))}` : cell };
      }
      return { ok: false, problem: 'type' };
    case 'json':
      if (typeof cell !== 'string') return { ok: false, problem: 'type' };
      try {
        return { ok: true, value: JSON.parse(cell) };
      } catch {
        return { ok: false, problem: 'type' };
      }
  }
}

/** Writes one typed value as the cell Apps Script should receive. */
export function toCell(kind: CellKind, value: unknown): CellValue {
  if (value === undefined || value === null) return '';
  switch (kind) {
    case 'text':
      return safeTextCell(String(value));
    case 'code':
    case 'month':
    case 'decimal':
      // kept as text: an apostrophe stops Sheets turning '0012' into 12 or '2026-05' into a date
      return `'${String(value)}`;
    case 'integer':
    case 'number':
      return Number(value);
    case 'boolean':
      return Boolean(value);
    case 'date':
      return typeof value === 'string' && isLocalDate(value) ? instantOfTokyo(`${value}T00:00`) : safeTextCell(String(value));
    case 'datetime':
      return typeof value === 'string' && isLocalDateTime(value) ? instantOfTokyo(value) : safeTextCell(String(value));
    case 'json':
      return safeTextCell(JSON.stringify(value));
  }
}

/** The number format a column is given when the sheet is set up. */
export function numberFormatOf(kind: CellKind): string {
  switch (kind) {
    case 'date': return 'yyyy-mm-dd';
    case 'datetime': return 'yyyy-mm-dd hh:mm';
    case 'integer': return '0';
    case 'number': return '0.0';
    case 'boolean': return 'General';
    default: return '@';
  }
}

export { isYearMonth };
