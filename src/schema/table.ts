/**
 * A sheet is a table: a header row whose names map to a zod schema. A table definition says which
 * sheet, which columns (key in code, header in the sheet, kind of cell) and how a row is keyed in
 * the audit log. Conversion between cells and typed values is in cells.ts.
 */
import type { ZodMiniType } from 'zod/mini';
import type { Choices } from './labels';

/** How a column's cells are stored and read back. */
export type CellKind =
  | 'text'      // a string; a user string starting with = + - @ is stored as text, never a formula
  | 'code'      // an identifier that must stay text in Sheets ('0012' must not become 12)
  | 'integer'   // a whole number (yen, minutes, counts)
  | 'decimal'   // a number written as text to stay exact (a rate like 9.85)
  | 'number'    // a plain number that may have a fraction (0.5 days); never money
  | 'count'     // a whole number shown without separators (年分 2026, 行 1)
  | 'boolean'
  | 'date'      // 'YYYY-MM-DD', a date cell in Sheets
  | 'datetime'  // 'YYYY-MM-DDTHH:mm' (Tokyo), a date-time cell in Sheets
  | 'month'     // 'YYYY-MM', kept as text so Sheets does not turn it into a date
  | 'json'      // structured data (explanations) as JSON text
  | 'allowances' // 手当: one readable line per item (payItems.ts); an old JSON cell still reads
  | 'deductions' // その他控除: likewise
  | 'earnings'   // 賃金台帳 支給内訳: one line per item (payItems.ts); an old JSON cell still reads
  | 'lines'      // a list of sentences, one a line (計算の説明); an old JSON cell still reads
  | 'weekdays';  // days of the week as 月,火,水 (the code: monday,tuesday,…)

export interface Column<K extends string = string> {
  readonly key: K;
  /** The header as it appears in the sheet (Japanese), and its English name for messages. */
  readonly header: string;
  readonly headerEn: string;
  readonly kind: CellKind;
  /** Salary, allowance, bank, evaluation, address, My Number: never in a manager's view. */
  readonly confidential?: boolean;
  /**
   * A code shown as its Japanese label (labels.ts): the cell holds the label and gets a dropdown of
   * the labels; reading takes the label or the bare code (older sheets) back to the code.
   */
  readonly choices?: Choices;
  /** false: no dropdown for the labels (a sheet only Kanri writes, such as 締め状態: its protection already keeps typing out). */
  readonly dropdown?: false;
  /** Column width in pixels when the sheet is set up (default by kind: sheetLayout.ts). */
  readonly width?: number;
}

export interface TableDef<Row extends Record<string, unknown> = Record<string, unknown>> {
  /** The sheet name (Japanese, as the user sees it). */
  readonly sheet: string;
  readonly sheetEn: string;
  readonly columns: readonly Column<Extract<keyof Row, string>>[];
  readonly schema: ZodMiniType<Row>;
  /** The columns whose values identify a row in the audit log. */
  readonly key: readonly Extract<keyof Row, string>[];
  /** Written only by Kanri (audit log, ledgers): the sheet is protected. */
  readonly protectedSheet?: boolean;
}

export function defineTable<Row extends Record<string, unknown>>(def: TableDef<Row>): TableDef<Row> {
  const keys = new Set(def.columns.map((c) => c.key));
  for (const k of def.key) if (!keys.has(k)) throw new Error(`${def.sheetEn}: key column ${k} is not a column`);
  return def;
}

export function col<K extends string>(key: K, header: string, headerEn: string, kind: CellKind, options: { confidential?: boolean; choices?: Choices; dropdown?: false; width?: number } = {}): Column<K> {
  return { key, header, headerEn, kind, ...options };
}

export function rowKey(def: TableDef<any>, row: Record<string, unknown>): string {
  return def.key.map((k) => String(row[k] ?? '')).join('/');
}

/** The row type of a table definition. */
export type RowOf<T> = T extends TableDef<infer R> ? R : never;
