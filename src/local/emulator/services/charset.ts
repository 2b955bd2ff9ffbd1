/**
 * Text ⇄ bytes for the charsets Kanri needs (UTF-8, US-ASCII, Shift_JIS, Windows-31J), as Java does
 * it for Apps Script: an unmappable character becomes '?' (Java's replacement byte for encoders).
 *
 * Node decodes Shift_JIS (WHATWG's decoder, which is Windows-31J) but cannot encode it, so the
 * encoding table is built once by decoding every single byte and every lead/trail pair.
 * Java's "Shift_JIS" is the strict JIS X 0201 + JIS X 0208 set: the NEC special row (lead 0x87),
 * the NEC-selected IBM rows (0xED–0xEE) and the IBM extensions (0xFA–0xFC) exist only in
 * "Windows-31J"/"MS932", so ① or ㈱ become '?' in Shift_JIS, as with Java.
 */
import { AppsScriptError } from '../types';

type Table = Map<number, number>; // code point → 1- or 2-byte code

let strict: Table | null = null;
let windows31j: Table | null = null;

function buildTable(includeLead: (lead: number) => boolean): Table {
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  const table: Table = new Map();
  for (let b = 0; b <= 0x7f; b++) table.set(b, b);
  for (let b = 0xa1; b <= 0xdf; b++) table.set(0xff61 + (b - 0xa1), b); // JIS X 0201 half-width katakana
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead >= 0xa0 && lead <= 0xdf) continue;
    if (!includeLead(lead)) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      let text: string;
      try {
        text = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      const cp = text.codePointAt(0);
      if (cp === undefined || text.length !== 1 || cp === 0xfffd) continue;
      if (!table.has(cp)) table.set(cp, (lead << 8) | trail); // first code wins, as in WHATWG's encoder
    }
  }
  return table;
}

function strictTable(): Table {
  // JIS X 0208 rows 1–8 (0x81–0x84) and 16–84 (0x88–0x9F, 0xE0–0xEA).
  strict ??= buildTable((lead) => lead <= 0x84 || (lead >= 0x88 && lead <= 0x9f) || (lead >= 0xe0 && lead <= 0xea));
  return strict;
}

function windows31jTable(): Table {
  windows31j ??= buildTable((lead) => lead !== 0xed && lead !== 0xee); // IBM codes are preferred to NEC-selected ones
  return windows31j;
}

type CharsetKind = 'utf-8' | 'us-ascii' | 'shift_jis' | 'windows-31j';

export function charsetKind(name: string | undefined): CharsetKind {
  const n = (name ?? 'UTF-8').toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n === 'utf8') return 'utf-8';
  if (n === 'us-ascii' || n === 'ascii') return 'us-ascii';
  if (n === 'shift-jis' || n === 'sjis' || n === 'x-sjis') return 'shift_jis';
  if (n === 'windows-31j' || n === 'ms932' || n === 'cp932') return 'windows-31j';
  throw new AppsScriptError(`Unsupported charset: ${name}`);
}

function encodeWithTable(text: string, table: Table): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = table.get(ch.codePointAt(0)!);
    if (code === undefined) out.push(0x3f);
    else if (code > 0xff) out.push(code >> 8, code & 0xff);
    else out.push(code);
  }
  return Uint8Array.from(out);
}

export function encodeText(text: string, charset?: string): Uint8Array {
  switch (charsetKind(charset)) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'us-ascii':
      return Uint8Array.from([...text].map((c) => (c.codePointAt(0)! < 0x80 ? c.codePointAt(0)! : 0x3f)));
    case 'shift_jis':
      return encodeWithTable(text, strictTable());
    case 'windows-31j':
      return encodeWithTable(text, windows31jTable());
  }
}

export function decodeText(bytes: Uint8Array, charset?: string): string {
  switch (charsetKind(charset)) {
    case 'utf-8':
      return new TextDecoder('utf-8').decode(bytes);
    case 'us-ascii':
      return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '\ufffd')).join('');
    case 'shift_jis':
    case 'windows-31j':
      return new TextDecoder('shift_jis').decode(bytes);
  }
}
