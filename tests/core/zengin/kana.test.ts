/**
 * Kana conversion to the 全銀 character set. Expected forms from the reference's General rules
 * (/work/shared/reference/zengin/zengin_transfer_format.md): half-width ｱ–ﾝ, ﾞ ﾟ, digits, A–Z, space,
 * ( ) - . / ¥ , ｢ ｣; "small kana … are generally not accepted: convert ｧ→ｱ, ｯ→ﾂ"; lower case not accepted.
 * ｰ (0xB0) is outside ｱ–ﾝ, so the long vowel is written '-'.
 */
import { toZenginKana, UnsupportedKanaError, ZENGIN_ALLOWED_CHARS, isZenginChar } from '../../../src/core/zengin';
import { encodeZenginText, decodeZenginBytes } from '../../../src/core/zengin/encoding';

describe('toZenginKana: conversion table', () => {
  test.each([
    ['ガ', 'ｶﾞ'], ['ギ', 'ｷﾞ'], ['ゾ', 'ｿﾞ'], ['ヅ', 'ﾂﾞ'], ['ボ', 'ﾎﾞ'], ['ヴ', 'ｳﾞ'],
    ['パ', 'ﾊﾟ'], ['ポ', 'ﾎﾟ'],
    ['ッ', 'ﾂ'], ['ｯ', 'ﾂ'], ['ャ', 'ﾔ'], ['ュ', 'ﾕ'], ['ョ', 'ﾖ'], ['ァ', 'ｱ'], ['ォ', 'ｵ'], ['ヮ', 'ﾜ'], ['ヵ', 'ｶ'], ['ヶ', 'ｹ'], ['ｬ', 'ﾔ'],
    ['ー', '-'], ['ｰ', '-'], ['－', '-'],
    ['が', 'ｶﾞ'], ['ぱ', 'ﾊﾟ'], ['っ', 'ﾂ'], ['ゔ', 'ｳﾞ'],
    ['ＡＢＣ１２３', 'ABC123'], ['abc', 'ABC'], ['（カ）', '(ｶ)'], ['．／，', './,'], ['￥', '¥'], ['「ア」', '｢ｱ｣'],
    ['ヤマダ　タロウ', 'ﾔﾏﾀﾞ ﾀﾛｳ'], ['キッカワ', 'ｷﾂｶﾜ'], ['コーヒー', 'ｺ-ﾋ-'], ['  サトウ ', 'ｻﾄｳ'],
    ['ｶﾞｯｺｳ', 'ｶﾞﾂｺｳ'], // half-width input: already-allowed characters pass, small ｯ still becomes ﾂ
    ['カ\u3099', 'ｶﾞ'], // カ + combining voiced mark (NFD input) composes to ガ first
  ])('%s → %s', (from, to) => {
    expect(toZenginKana(from)).toBe(to);
  });

  test.each([
    ['山田', '山', 1], ['ヤマダ 太郎', '太', 5], ['スミス・ジョン', '・', 4], ['ヲ', 'ヲ', 1], ['ヰ', 'ヰ', 1], ['ネコ😀', '😀', 3], ['A@B', '@', 2], ['ｦ', 'ｦ', 1],
  ])('%s is refused naming %s', (from, char, position) => {
    let error: unknown;
    try {
      toZenginKana(from);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnsupportedKanaError);
    expect((error as UnsupportedKanaError).char).toBe(char);
    expect((error as UnsupportedKanaError).index + 1).toBe(position);
  });

  test('every output character is in the allowed set', () => {
    const all = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴァィゥェォッャュョー';
    expect([...toZenginKana(all)].every(isZenginChar)).toBe(true);
  });
});

describe('allowed set and single-byte encoding (JIS X 0201)', () => {
  test('the set: digits, A–Z, ｱ–ﾝ, ﾞ, ﾟ, space and ( ) - . / ¥ , ｢ ｣, nothing else', () => {
    // 10 digits + 26 letters + 45 kana ｱ..ﾝ + 2 marks + space + 9 symbols
    expect([...ZENGIN_ALLOWED_CHARS]).toHaveLength(10 + 26 + 45 + 2 + 1 + 9);
    for (const ch of ['ｧ', 'ｯ', 'ｰ', 'ｦ', '｡', '･', 'a', '@', '\\']) expect(isZenginChar(ch)).toBe(false);
  });
  test('bytes from the JIS X 0201 code table', () => {
    expect([...encodeZenginText('ｱﾝﾞﾟ｢｣')]).toEqual([0xb1, 0xdd, 0xde, 0xdf, 0xa2, 0xa3]);
    expect([...encodeZenginText('A0 -¥')]).toEqual([0x41, 0x30, 0x20, 0x2d, 0x5c]);
    expect(decodeZenginBytes(Uint8Array.from([0xb6, 0xde, 0x5c]))).toBe('ｶﾞ¥');
    expect(() => encodeZenginText('ｯ')).toThrow();
    expect(() => decodeZenginBytes(Uint8Array.from([0x81]))).toThrow(/0x81/);
  });
});
