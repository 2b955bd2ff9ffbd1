/**
 * Cells ↔ typed values. Apps Script's getValues returns numbers, strings, booleans, `Date` for date
 * cells and '' for empty cells; a date cell's `Date` is the instant at which the spreadsheet's zone
 * (Asia/Tokyo) shows that wall-clock time. Pure: no Apps Script, no host time zone.
 */
import { instantOfTokyo, isLocalDate, isLocalDateTime, isYearMonth, tokyoDateOf, tokyoDateTimeOf } from '../core/calendar';
import type { CellKind, Column } from './table';
import { codeOfLabel, labelOf, WEEKDAY_LABELS } from './labels';
import { readAllowances, readDeductions, readEarnings, readLines, writeAllowances, writeDeductions, writeEarnings, writeLines, type AllowanceItem, type DeductionItem, type EarningItem } from './payItems';

export type CellValue = string | number | boolean | Date;

/**
 * Characters that make Sheets (or a spreadsheet opening a CSV) read text as a formula, with their
 * full-width forms (＝＋－＠), which Sheets also turns into a formula (issue 12 item 15).
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Text for a cell that is NOT plain text ('@'): a leading apostrophe makes Sheets keep the rest
 * literally (it is not part of the value read back), so `=IMPORTXML(...)` stays a string, never a
 * formula. Never for a '@' column: there the apostrophe would be kept as part of the text.
 */
export function safeTextCell(value: string): string {
  return FORMULA_START.test(value) || value.startsWith("'") ? `'${value}` : value;
}

/**
 * The one guard on a row about to be written to any sheet: every string goes through safeTextCell,
 * other values pass. Every setValues of raw values (ledger sheets, headers) writes through it; the
 * table writes get it from `toCell`.
 */
export function guardedRows(rows: readonly (readonly unknown[])[]): CellValue[][] {
  return rows.map((row) => row.map((v) => (typeof v === 'string' ? safeTextCell(v) : (v as CellValue))));
}

export type FromCell = { ok: true; value: unknown } | { ok: false; problem: 'type' } | { ok: false; problem: 'items'; line: number };

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
    case 'count':
    case 'number':
    case 'decimal':
      if ((kind === 'integer' || kind === 'count') && typeof cell === 'number' && !Number.isInteger(cell)) return { ok: false, problem: 'type' };
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
    case 'allowances':
    case 'deductions':
    case 'earnings': {
      if (typeof cell !== 'string') return { ok: false, problem: 'type' };
      const read = kind === 'allowances' ? readAllowances(cell) : kind === 'deductions' ? readDeductions(cell) : readEarnings(cell);
      return read.ok ? { ok: true, value: read.value } : { ok: false, problem: 'items', line: read.line };
    }
    case 'lines':
      return typeof cell === 'string' ? { ok: true, value: readLines(cell) } : { ok: false, problem: 'type' };
    case 'weekdays':
      return typeof cell === 'string' ? { ok: true, value: weekdayCodes(cell) } : { ok: false, problem: 'type' };
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
    case 'code':
    case 'month':
    case 'decimal':
      // Written as it is into a plain-text ('@') column (numberFormatOf): Sheets keeps it literally,
      // so 0012 stays 0012, 2026-05 is no date and =IMPORTXML(…) no formula. No apostrophe: in a
      // plain-text cell it would be kept as part of the text.
      return String(value);
    case 'integer':
    case 'count':
    case 'number':
      return Number(value);
    case 'boolean':
      return Boolean(value);
    case 'date':
      return typeof value === 'string' && isLocalDate(value) ? instantOfTokyo(`${value}T00:00`) : safeTextCell(String(value));
    case 'datetime':
      return typeof value === 'string' && isLocalDateTime(value) ? instantOfTokyo(value) : safeTextCell(String(value));
    case 'json':
      return JSON.stringify(value); // a '@' column too
    case 'allowances':
      return writeAllowances(value as AllowanceItem[]);
    case 'deductions':
      return writeDeductions(value as DeductionItem[]);
    case 'earnings':
      return writeEarnings(value as EarningItem[]);
    case 'lines':
      return writeLines(value as string[]);
    case 'weekdays':
      return weekdayLabels(String(value));
  }
}

/** 月,火,水 (or 月曜日, or the codes of older sheets) as the codes monday,tuesday,…; a word it does not know stays (the schema refuses it). */
export function weekdayCodes(cell: string): string {
  return cell.split(/[,、，・\s]+/).filter(Boolean).map((w) => WEEKDAY_LABELS.find((d) => d.ja === w || d.ja[0] === w || d.code === w)?.code ?? w).join(',');
}
/** monday,tuesday as 月,火: the first character of each label (月曜日 → 月). */
export function weekdayLabels(codes: string): string {
  return codes.split(',').map((c) => WEEKDAY_LABELS.find((d) => d.code === c.trim())?.ja[0] ?? c).join(',');
}

/** Kinds whose value is a list: an empty cell is the empty list. */
const LIST_KINDS: readonly CellKind[] = ['allowances', 'deductions', 'earnings', 'lines'];

/**
 * Reads one cell of a column: its kind, then a label back to its code (a bare code, as older
 * sheets hold, reads as itself). An empty 手当/控除 cell is the empty list.
 */
export function readCell(column: Column, cell: unknown): FromCell {
  if (LIST_KINDS.includes(column.kind) && (cell === '' || cell === null || cell === undefined)) return { ok: true, value: [] };
  // a yes/no column shows はい/いいえ (TRUE/FALSE of an older sheet reads as well)
  const read = fromCell(column.kind, column.kind === 'boolean' && column.choices && typeof cell === 'string' ? codeOfLabel(column.choices, cell) : cell);
  if (read.ok && column.choices && typeof read.value === 'string') return { ok: true, value: codeOfLabel(column.choices, read.value) };
  return read;
}

/** Writes one value of a column: a code as its Japanese label. */
export function writeCell(column: Column, value: unknown): CellValue {
  if (column.choices && typeof value === 'string') return labelOf(column.choices, value);
  if (column.choices && typeof value === 'boolean') return labelOf(column.choices, value ? 'TRUE' : 'FALSE');
  return toCell(column.kind, value);
}

/** The number format a column is given when the sheet is set up ('@' is what toCell relies on for text kinds). */
export function numberFormatOf(kind: CellKind): string {
  switch (kind) {
    case 'date': return 'yyyy-mm-dd';
    case 'datetime': return 'yyyy-mm-dd hh:mm';
    case 'integer': return '#,##0';
    case 'count': return '0';
    case 'number': return '0.0';
    case 'boolean': return 'General';
    default: return '@';
  }
}

export { isYearMonth };
