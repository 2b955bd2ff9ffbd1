/**
 * 弥生 reads its import file as Windows-31J (cp932), where ①, ㈱, 髙 and 﨑 exist (strict Shift_JIS has
 * none of them: they became '?' silently). Kanri encodes the file as Windows-31J and refuses, naming the
 * CSV row and the field, any character the charset cannot hold (𠮷, emoji), instead of a silent '?'.
 * The codec below is the emulator's, which encodes like Java's (an unmappable character becomes '?');
 * on Google the same round trip runs through Utilities (the self-test checks its Windows-31J bytes).
 * Expected bytes: Microsoft's cp932 table (① 87 40, ㈱ 87 8A, 髙 FB FC, 﨑 FA B1).
 */
import { payrollJournalEntry, yayoiJournalBytes, YAYOI_CHARSET, JournalError } from '../../../src/core/journal';
import { decodeText, encodeText } from '../../../src/local/emulator/services/charset';

const codec = {
  encode: (text: string) => encodeText(text, YAYOI_CHARSET),
  decode: (bytes: Uint8Array) => decodeText(bytes, YAYOI_CHARSET),
};

function entryWith(department: string, description = '2026年4月分 給与') {
  return payrollJournalEntry({
    date: '2026-04-24', description,
    groups: [{ label: '開発部', department, grossPay: 200000, withholdings: {}, netPay: 200000 }],
  }, { netPay: 'bankDeposit' });
}

test('the charset is Windows-31J', () => {
  expect(YAYOI_CHARSET).toBe('Windows-31J');
});

test('①㈱髙﨑 are encoded (Windows-31J), not replaced by ?', () => {
  const bytes = yayoiJournalBytes([entryWith('①㈱髙﨑')], codec);
  const hex = Buffer.from(bytes).toString('hex');
  expect(hex).toContain('8740878afbfcfab1');
  expect(Buffer.from(bytes).includes(0x3f)).toBe(false);
});

test.each([['𠮷田部'], ['開発部😀']])('%s cannot be encoded: refused, naming the row and the field', (department) => {
  let error: unknown;
  try {
    yayoiJournalBytes([entryWith(department)], codec);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(JournalError);
  const ja = (error as JournalError).localized('ja');
  expect(ja).toContain('1行目');
  expect(ja).toContain('借方部門');
  expect(ja).toContain([...department].find((c) => c.codePointAt(0)! > 0xffff)!);
  expect((error as JournalError).localized('en')).toContain('row 1');
});

test('the description (摘要) is checked too', () => {
  expect(() => yayoiJournalBytes([entryWith('開発部', '𠮷月分')], codec)).toThrow(/摘要|description/);
});
