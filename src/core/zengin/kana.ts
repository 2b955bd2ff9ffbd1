/**
 * Kana from the employee master (full-width hiragana/katakana, spaces, ー, small kana, ヴ, full-width letters and
 * digits, a few symbols) → the half-width characters a 全銀 C field allows (data/charset.ts).
 *
 * Rules, from the reference's General rules (reference/zengin/zengin_transfer_format.md):
 * - voiced / semi-voiced kana split into base + ﾞ / ﾟ (ガ → ｶﾞ, パ → ﾊﾟ, ヴ → ｳﾞ): each takes 2 bytes;
 * - small kana become large ("convert ｧ→ｱ, ｯ→ﾂ"): ッ → ﾂ, ャ → ﾔ, ァ → ｱ, ヮ → ﾜ, ヵ → ｶ, ヶ → ｹ;
 * - the long vowel ー (and half-width ｰ, which is outside the set) becomes '-' (0x2D); dashes likewise;
 * - lower-case latin letters become upper case (lower case is not accepted);
 * - full-width space, digits, letters, （）．／，￥「」 become their half-width forms.
 * Anything else (kanji, ヲ, ヰ, ヱ, ・, emoji, other symbols) is refused with the character named: never replaced.
 */
import { isZenginChar } from './data/charset';

const FULL_BASE = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';
const HALF_BASE = 'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ';
const FULL_VOICED = 'ガギグゲゴザジズゼゾダヂヅデドバビブベボ';
const HALF_VOICED_BASE = 'ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎ';
const FULL_SEMI_VOICED = 'パピプペポ';
const HALF_SEMI_VOICED_BASE = 'ﾊﾋﾌﾍﾎ';
/** Small kana → large (the reference: small kana are not accepted). Full-width and half-width forms. */
const SMALL_FULL = 'ァィゥェォッャュョヮヵヶ';
const SMALL_FULL_TO_HALF = 'ｱｲｳｴｵﾂﾔﾕﾖﾜｶｹ';
const SMALL_HALF = 'ｧｨｩｪｫｯｬｭｮ';
const SMALL_HALF_TO_HALF = 'ｱｲｳｴｵﾂﾔﾕﾖ';

function buildTable(): Map<string, string> {
  const t = new Map<string, string>();
  const pair = (from: string, to: string[]) => [...from].forEach((ch, i) => t.set(ch, to[i]!));
  pair(FULL_BASE, [...HALF_BASE]);
  pair(FULL_VOICED, [...HALF_VOICED_BASE].map((c) => c + 'ﾞ'));
  pair(FULL_SEMI_VOICED, [...HALF_SEMI_VOICED_BASE].map((c) => c + 'ﾟ'));
  pair(SMALL_FULL, [...SMALL_FULL_TO_HALF]);
  pair(SMALL_HALF, [...SMALL_HALF_TO_HALF]);
  t.set('ヴ', 'ｳﾞ');
  t.set('゛', 'ﾞ');
  t.set('゜', 'ﾟ');
  // Long vowel and dashes → hyphen: ｰ (0xB0) is not in the reference's set.
  for (const ch of ['ー', 'ｰ', '－', '‐', '‑', '−']) t.set(ch, '-');
  t.set('\u3000', ' ');
  t.set('（', '(');
  t.set('）', ')');
  t.set('．', '.');
  t.set('／', '/');
  t.set('，', ',');
  t.set('￥', '¥');
  t.set('「', '\uff62');
  t.set('」', '\uff63');
  for (let i = 0; i < 10; i++) t.set(String.fromCharCode(0xff10 + i), String(i));
  for (let i = 0; i < 26; i++) {
    const upper = String.fromCharCode(0x41 + i);
    t.set(String.fromCharCode(0xff21 + i), upper);
    t.set(String.fromCharCode(0xff41 + i), upper);
    t.set(String.fromCharCode(0x61 + i), upper);
  }
  return t;
}
const TABLE = buildTable();

/** Hiragana ぁ (U+3041) … ゖ (U+3096) → katakana, which sits 0x60 higher (ゔ → ヴ). */
function hiraganaToKatakana(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0x3041 && code <= 0x3096 ? String.fromCharCode(code + 0x60) : ch;
}

/** A character that cannot be written in a 全銀 C field. */
export class UnsupportedKanaError extends Error {
  constructor(readonly char: string, readonly index: number) {
    super(`unsupported character "${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) at ${index + 1}`);
    this.name = 'UnsupportedKanaError';
  }
}

/**
 * Converts master kana to the 全銀 half-width form; throws UnsupportedKanaError on the first character it cannot
 * write. Leading and trailing spaces are dropped (the field is space-padded anyway).
 */
export function toZenginKana(input: string): string {
  const chars = [...input.normalize('NFC').trim()];
  let out = '';
  chars.forEach((raw, index) => {
    const ch = hiraganaToKatakana(raw);
    if (isZenginChar(ch)) {
      out += ch;
      return;
    }
    const mapped = TABLE.get(ch);
    if (mapped === undefined) throw new UnsupportedKanaError(raw, index);
    out += mapped;
  });
  return out.trim();
}

/** The conversion table as data (for the admin's help page and tests): source character → 全銀 form. */
export function zenginKanaTable(): ReadonlyMap<string, string> {
  return TABLE;
}
