/**
 * Characters a 全銀 text (C) field may hold, as data.
 *
 * Source: /work/shared/reference/zengin/zengin_transfer_format.md, "General rules": JIS8 / Shift_JIS single byte;
 * "Use only half-width characters: digits, upper-case A–Z, half-width katakana ｱ–ﾝ, ﾞ ﾟ, space, and a small set of
 * symbols (commonly ( ) - . / ¥ , and ｢ ｣; check the bank). Small kana (ｧｨｩｪｫｬｭｮｯ) and lower case are generally
 * not accepted: convert ｧ→ｱ, ｯ→ﾂ and so on."
 *
 * So ｦ (0xA6), the small kana (0xA7–0xAF), ｰ (0xB0) and ｡､･ are NOT in the set: the long vowel is written with the
 * hyphen '-' (0x2D), small kana become large kana, and ヲ is refused (banks differ; the reference lists ｱ–ﾝ only).
 * '¥' is JIS X 0201 roman 0x5C.
 */
export const ZENGIN_CHARSET_SOURCE =
  '全銀協制定ファイルフォーマット (reference/zengin/zengin_transfer_format.md, General rules; 群馬銀行 z_format1.pdf)';

/** Half-width katakana ｱ (U+FF71) … ﾝ (U+FF9D), then ﾞ (U+FF9E) and ﾟ (U+FF9F). */
const KATAKANA = Array.from({ length: 0xff9f - 0xff71 + 1 }, (_, i) => String.fromCharCode(0xff71 + i)).join('');

/** Every character allowed in a C field, in one string. */
export const ZENGIN_ALLOWED_CHARS = ' 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ' + KATAKANA + '()-./¥,\uff62\uff63';

const allowed = new Set(ZENGIN_ALLOWED_CHARS);
export function isZenginChar(ch: string): boolean {
  return allowed.has(ch);
}
