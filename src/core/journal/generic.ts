/**
 * Kanri's generic journal CSV (汎用仕訳CSV): our own documented format, for any accounting software that maps
 * columns on import (freee's "その他の会計ソフトから仕訳データを移行する" accepts a file with 借方・貸方 columns,
 * support.freee.co.jp/hc/ja/articles/204847430; the mapping is done in freee's screen).
 *
 * - Encoding UTF-8 with a BOM (U+FEFF first, so Excel opens it as UTF-8); lines end with CR LF, the last too.
 * - Row 1 is the header: 伝票日付,伝票番号,行番号,借方勘定科目,借方補助科目,借方部門,借方金額,貸方勘定科目,貸方補助科目,貸方部門,貸方金額,摘要
 * - One row per journal line; a row fills either the debit or the credit columns, the other side is empty.
 *   All rows of one compound entry share 伝票日付 and 伝票番号; 行番号 counts from 1.
 * - 伝票日付 YYYY-MM-DD; amounts are integer yen, digits only, no separators.
 * - Cells are escaped and formula-safe (csv.ts).
 * Debits must equal credits: checked before anything is written.
 */
import { assertBalanced } from './entries';
import { csvRow } from './csv';
import type { JournalEntry } from './types';

export const GENERIC_JOURNAL_HEADER = [
  '伝票日付', '伝票番号', '行番号', '借方勘定科目', '借方補助科目', '借方部門', '借方金額', '貸方勘定科目', '貸方補助科目', '貸方部門', '貸方金額', '摘要',
] as const;

export function genericJournalCsv(entries: readonly JournalEntry[]): string {
  const rows = [csvRow(GENERIC_JOURNAL_HEADER)];
  entries.forEach((entry, e) => {
    assertBalanced(entry);
    entry.lines.forEach((l, i) => {
      const side = [l.account, l.subAccount, l.department, l.amount];
      const empty = ['', '', '', ''];
      rows.push(csvRow([entry.date, e + 1, i + 1, ...(l.side === 'debit' ? [...side, ...empty] : [...empty, ...side]), entry.description]));
    });
  });
  return '\uFEFF' + rows.map((r) => r + '\r\n').join('');
}
