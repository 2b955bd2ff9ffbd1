/**
 * 弥生会計 「弥生インポート形式」 for 仕訳日記帳 (25 columns, no header row).
 *
 * Sources (searched 2026-11; 弥生's own pages):
 * - support.yayoi-kk.co.jp/subcontents.html?page_id=18545 「仕訳データの項目と記述形式」: 1 識別フラグ (2000 = 伝票以外の
 *   仕訳, 2111 = 1行の伝票, 複数行の伝票 2110 first / 2100 middle / 2101 last), 2 伝票No., 3 決算 (blank = normal),
 *   4 取引日付 (e.g. 2019/07/01), 5 借方勘定科目 (24 half-width), 6 借方補助科目 (24), 7 借方部門 (24; not imported by
 *   the スタンダード grade), …
 * - support.yayoi-kk.co.jp/faq_Subcontents.html?page_id=27184 (弥生会計 オンライン): 9 借方金額 integer, at most 9 digits,
 *   never negative, "0" when a multi-line row has no debit account; 11 貸方勘定科目 …
 * - support.yayoi-kk.co.jp/subcontents.html?page_id=18586: one entry a line, comma separated, a field containing a comma
 *   is quoted; a line starting with # is a comment.
 * - Columns 8–25 in order 借方税区分, 借方金額, 借方税金額, 貸方勘定科目, 貸方補助科目, 貸方部門, 貸方税区分, 貸方金額,
 *   貸方税金額, 摘要, 番号, 期日, タイプ, 生成元, 仕訳メモ, 付箋1, 付箋2, 調整: the official pages' tables were only partly
 *   readable here; this order is as those tables begin and as several public implementations write it. タイプ 0
 *   (仕訳), 付箋 0 and 調整 "no" are the values those implementations use — check them on a real import.
 *
 * Payroll is not subject to consumption tax: 税区分 対象外 on every side that has an account.
 * The result is a string with CR LF line ends: 弥生 reads Windows-31J (yayoiJournalBytes encodes and checks it; Apps Script:
 * Utilities.newBlob('').setDataFromString(text, 'Windows-31J')). Account names over 24 half-width columns are an error
 * (弥生 would cut them), amounts over 9 digits too.
 */
import { assertBalanced } from './entries';
import { csvRow, halfWidthLength, type CsvCell } from './csv';
import { JournalError } from './errors';
import type { JournalEntry, JournalLine } from './types';

export const YAYOI_COLUMNS = [
  '識別フラグ', '伝票No.', '決算', '取引日付', '借方勘定科目', '借方補助科目', '借方部門', '借方税区分', '借方金額', '借方税金額',
  '貸方勘定科目', '貸方補助科目', '貸方部門', '貸方税区分', '貸方金額', '貸方税金額', '摘要', '番号', '期日', 'タイプ',
  '生成元', '仕訳メモ', '付箋1', '付箋2', '調整',
] as const;

/** 識別フラグ for a multi-line 伝票 (page_id=18545). */
export const YAYOI_FLAGS = { single: '2111', first: '2110', middle: '2100', last: '2101' } as const;
const MAX_AMOUNT = 999_999_999; // 借方金額/貸方金額: 9 digits (page_id=27184)
const MAX_NAME = 24; // 勘定科目・補助科目・部門: 24 half-width (page_id=18545)
const TAX_OUT_OF_SCOPE = '対象外';

function checkName(item: string, value: string): string {
  if (halfWidthLength(value) > MAX_NAME) throw new JournalError('journal.error.textTooLong', { item, value, format: '弥生インポート形式', max: MAX_NAME });
  return value;
}

function flagOf(i: number, n: number): string {
  if (n === 1) return YAYOI_FLAGS.single;
  return i === 0 ? YAYOI_FLAGS.first : i === n - 1 ? YAYOI_FLAGS.last : YAYOI_FLAGS.middle;
}

function side(l: JournalLine | undefined): CsvCell[] {
  // 勘定科目, 補助科目, 部門, 税区分, 金額, 税金額; an empty side has amount 0 (page_id=27184).
  if (!l) return ['', '', '', '', 0, ''];
  if (l.amount > MAX_AMOUNT) throw new JournalError('journal.error.tooLarge', { item: l.account, value: l.amount, format: '弥生インポート形式', max: MAX_AMOUNT });
  return [checkName('勘定科目', l.account), checkName('補助科目', l.subAccount), checkName('部門', l.department), TAX_OUT_OF_SCOPE, l.amount, ''];
}

/** The charset 弥生 reads its import file in: Windows-31J (cp932; ①, ㈱, 髙, 﨑 exist there, not in strict Shift_JIS). */
export const YAYOI_CHARSET = 'Windows-31J';

/** Text ⇄ bytes in YAYOI_CHARSET; like Apps Script's (Java's) encoder, an unmappable character becomes '?'. */
export interface Codec {
  encode(text: string): Uint8Array | number[];
  decode(bytes: Uint8Array | number[]): string;
}

export function yayoiJournalCsv(entries: readonly JournalEntry[]): string {
  return yayoiJournalRows(entries).map((r) => csvRow(r) + '\r\n').join('');
}

/**
 * The file's bytes in Windows-31J. The encoder replaces an unmappable character with '?' silently, so
 * the bytes are decoded again and compared: the first character that did not survive is refused,
 * naming the CSV row and the 弥生 column, never written as '?'.
 */
export function yayoiJournalBytes(entries: readonly JournalEntry[], codec: Codec): Uint8Array | number[] {
  const rows = yayoiJournalRows(entries);
  const csv = rows.map((r) => csvRow(r) + '\r\n').join('');
  const bytes = codec.encode(csv);
  const back = codec.decode(bytes);
  if (back === csv) return bytes;
  const lines = csv.split('\r\n');
  const backLines = back.split('\r\n');
  lines.forEach((line, i) => {
    if (line === backLines[i]) return;
    const got = [...(backLines[i] ?? '')];
    const char = [...line].find((c, k) => c !== got[k]) ?? '';
    const column = rows[i]!.findIndex((cell) => typeof cell === 'string' && cell.includes(char));
    throw new JournalError('journal.error.unencodable', { row: i + 1, field: YAYOI_COLUMNS[column] ?? '?', char, charset: YAYOI_CHARSET });
  });
  return bytes;
}

function yayoiJournalRows(entries: readonly JournalEntry[]): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const entry of entries) {
    assertBalanced(entry);
    const date = entry.date.replace(/-/g, '/'); // 取引日付 YYYY/MM/DD
    entry.lines.forEach((l, i) => {
      rows.push([
        flagOf(i, entry.lines.length), '', '', date,
        ...side(l.side === 'debit' ? l : undefined),
        ...side(l.side === 'credit' ? l : undefined),
        entry.description, '', '', 0, '', '', 0, 0, 'no',
      ]);
    });
  }
  return rows;
}
