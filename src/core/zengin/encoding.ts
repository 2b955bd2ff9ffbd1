/**
 * The single-byte part of Shift_JIS (JIS X 0201) that 全銀 files use, by an explicit table, no library:
 * ASCII 0x20–0x7E as is except 0x5C, which is '¥' in JIS X 0201 roman; half-width katakana U+FF61–U+FF9F ↔
 * 0xA1–0xDF. Only characters of the 全銀 set (data/charset.ts) are encoded; anything else is an error.
 */
import { isZenginChar } from './data/charset';

const YEN = '¥';

export function encodeZenginChar(ch: string): number {
  if (!isZenginChar(ch)) throw new Error(`not a 全銀 character: "${ch}"`);
  if (ch === YEN) return 0x5c;
  const code = ch.charCodeAt(0);
  if (code >= 0xff61 && code <= 0xff9f) return code - 0xff61 + 0xa1;
  return code; // space, digits, A–Z, ( ) - . / ,
}

/** Encodes a string of 全銀 characters, one byte each. */
export function encodeZenginText(text: string): Uint8Array {
  const chars = [...text];
  const out = new Uint8Array(chars.length);
  chars.forEach((ch, i) => (out[i] = encodeZenginChar(ch)));
  return out;
}

/** Decodes one byte; bytes outside 0x20–0x7E and 0xA1–0xDF are an error (they are not single-byte characters). */
export function decodeZenginByte(byte: number): string {
  if (byte === 0x5c) return YEN;
  if (byte >= 0x20 && byte <= 0x7e) return String.fromCharCode(byte);
  if (byte >= 0xa1 && byte <= 0xdf) return String.fromCharCode(byte - 0xa1 + 0xff61);
  throw new Error(`byte 0x${byte.toString(16).padStart(2, '0')} is not a JIS X 0201 character`);
}

export function decodeZenginBytes(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += decodeZenginByte(b);
  return out;
}
