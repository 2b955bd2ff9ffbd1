/**
 * 監査ログ in words a person reads (issue 15 item 5): a row as 「見出し：値」 lines with the table's own
 * headers, a code as its label (正社員, 締め済み), a yes/no as はい/いいえ, 手当 as their lines; an action's
 * figures likewise. Nothing in Kanri parses these cells back (the close rules read 締め状態 itself).
 */
import type { Column, TableDef } from './table';
import { toCell } from './cells';
import { labelOf } from './labels';

/** One value of a column, as 変更前 / 変更後 show it. */
export function auditValue(c: Column, v: unknown): string {
  if (v === undefined || v === null || v === '') return '';
  if (c.choices && typeof v === 'string') return labelOf(c.choices, v);
  switch (c.kind) {
    case 'boolean': return v ? 'はい' : 'いいえ';
    case 'datetime': return String(v).replace('T', ' ');
    case 'allowances': case 'deductions': case 'earnings': case 'lines': case 'weekdays': case 'json': return String(toCell(c.kind, v));
    default: return String(v);
  }
}

/** A whole row (an append): one 「見出し：値」 line per column holding a value; a value's own lines joined by ／. */
export function auditRow(def: TableDef<any>, row: Record<string, unknown>): string {
  return def.columns.map((c) => [c.header, auditValue(c, row[c.key])] as const).filter(([, v]) => v !== '')
    .map(([h, v]) => `${h}：${v.replace(/\r?\n/g, ' ／ ')}`).join('\n');
}

/** The row's key as 行キー shows it (labels for codes: 給与/2026-10/…). */
export function auditKey(def: TableDef<any>, row: Record<string, unknown>): string {
  return def.key.map((k) => auditValue(def.columns.find((c) => c.key === k)!, row[k])).join('/');
}

/** An action's figures (a note): 「人数：42、総支給額合計：12,345,678円」; numbers with thousands separators. */
export function auditFields(fields: Readonly<Record<string, string | number>>): string {
  return Object.entries(fields).map(([k, v]) => `${k}：${typeof v === 'number' ? v.toLocaleString('en-US') : v}`).join('、');
}
