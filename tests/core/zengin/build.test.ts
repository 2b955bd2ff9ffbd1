/**
 * 全銀 file built for 4 payees, read back byte by byte against the layout in
 * /work/shared/reference/zengin/zengin_transfer_format.md (positions "from–to" are the reference's, 1-based).
 * Katakana bytes are JIS X 0201 codes written here from the code table (ｱ 0xB1 … ﾝ 0xDD, ﾞ 0xDE, ﾟ 0xDF),
 * not produced by our encoder.
 */
import { buildZenginFile, parseZenginFile, ZenginError } from '../../../src/core/zengin';
import type { ZenginPayee, ZenginTransferRequest } from '../../../src/core/zengin';

// JIS X 0201 half-width katakana codes used below.
const K = {
  ka: 0xb6, ki: 0xb7, ku: 0xb8, si: 0xbc, su: 0xbd, ta: 0xc0, tu: 0xc2, to: 0xc4, na: 0xc5, ha: 0xca, hu: 0xcc, ho: 0xce,
  ma: 0xcf, mi: 0xd0, mo: 0xd3, ya: 0xd4, yo: 0xd6, ri: 0xd8, ro: 0xdb, wa: 0xdc, n: 0xdd, u: 0xb3, i: 0xb2, sa: 0xbb, ko: 0xba,
  dakuten: 0xde, handakuten: 0xdf,
};
const SP = 0x20;
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const spaces = (n: number) => Array<number>(n).fill(SP);
/** The bytes of positions from..to (1-based, inclusive) of record r (0-based) in a CRLF file. */
const field = (bytes: Uint8Array, r: number, from: number, to: number) => [...bytes.subarray(r * 122 + from - 1, r * 122 + to)];

const consignor = {
  consignorCode: '1234567890', consignorNameKana: 'カブシキガイシャ　カンリ', transferDate: '0424',
  bankCode: '0001', bankNameKana: 'ミズホ', branchCode: '001', branchNameKana: 'トウキョウ', accountType: '1' as const, accountNumber: '1234567',
};
const payees: ZenginPayee[] = [
  { employeeId: 'E001', employeeName: '山田 太郎', bankCode: '0005', bankNameKana: 'ミツイスミトモ', branchCode: '123', branchNameKana: 'シブヤ',
    accountType: '1', accountNumber: '7654321', payeeNameKana: 'ヤマダ　タロウ', amount: 250000, employeeNumber: '1', departmentCode: '20' },
  { employeeId: 'E002', employeeName: '佐藤 花子', bankCode: '0009', bankNameKana: 'ミツイスミトモ', branchCode: '456', branchNameKana: 'ウメダ',
    accountType: '2', accountNumber: '1111', payeeNameKana: 'さとう　はなこ', amount: 312345 },
  { employeeId: 'E003', bankCode: '0001', bankNameKana: 'ミズホ', branchCode: '001', branchNameKana: 'トウキョウ',
    accountType: '4', accountNumber: '0000001', payeeNameKana: 'ジョージ　キッカワ', amount: 180000 },
  { employeeId: 'E004', bankCode: '0001', bankNameKana: 'ミズホ', branchCode: '001', branchNameKana: 'トウキョウ',
    accountType: '1', accountNumber: '2222222', payeeNameKana: 'パーク', amount: 98765 },
];
const request: ZenginTransferRequest = { kind: 'salary', consignor, payees };

describe('給与振込 (種別コード 11) file, 4 payees, CRLF', () => {
  const file = buildZenginFile(request);
  const b = file.bytes;

  test('seven records (header, 4 data, trailer, end), each 120 bytes + CR LF', () => {
    expect(b.length).toBe(7 * 122);
    for (let r = 0; r < 7; r++) expect([b[r * 122 + 120], b[r * 122 + 121]]).toEqual([0x0d, 0x0a]);
    expect([0, 1, 2, 3, 4, 5, 6].map((r) => String.fromCharCode(b[r * 122]!))).toEqual(['1', '2', '2', '2', '2', '8', '9']);
  });

  test('header record: every field at its position', () => {
    expect(field(b, 0, 1, 1)).toEqual(ascii('1')); // データ区分
    expect(field(b, 0, 2, 3)).toEqual(ascii('11')); // 種別コード 給与
    expect(field(b, 0, 4, 4)).toEqual(ascii('0')); // コード区分 JIS
    expect(field(b, 0, 5, 14)).toEqual(ascii('1234567890'));
    // 振込依頼人名 C40: ｶﾌﾞｼｷｶﾞｲｼﾔ ｶﾝﾘ (ャ → ﾔ: small kana are not accepted), space-filled
    const name = [K.ka, K.hu, K.dakuten, K.si, K.ki, K.ka, K.dakuten, K.i, K.si, K.ya, SP, K.ka, K.n, K.ri];
    expect(field(b, 0, 15, 54)).toEqual([...name, ...spaces(40 - name.length)]);
    expect(field(b, 0, 55, 58)).toEqual(ascii('0424')); // 振込指定日 MMDD
    expect(field(b, 0, 59, 62)).toEqual(ascii('0001'));
    expect(field(b, 0, 63, 77)).toEqual([K.mi, K.su, K.dakuten, K.ho, ...spaces(11)]); // ﾐｽﾞﾎ
    expect(field(b, 0, 78, 80)).toEqual(ascii('001'));
    expect(field(b, 0, 81, 95)).toEqual([K.to, K.u, K.ki, K.yo, K.u, ...spaces(10)]); // ﾄｳｷﾖｳ (ョ → ﾖ)
    expect(field(b, 0, 96, 96)).toEqual(ascii('1'));
    expect(field(b, 0, 97, 103)).toEqual(ascii('1234567'));
    expect(field(b, 0, 104, 120)).toEqual(spaces(17));
  });

  test('data records: N fields right-aligned zero-filled, C fields left-aligned space-filled', () => {
    // record 1 (E001)
    expect(field(b, 1, 1, 1)).toEqual(ascii('2'));
    expect(field(b, 1, 2, 5)).toEqual(ascii('0005'));
    expect(field(b, 1, 6, 20)).toEqual([K.mi, K.tu, K.i, K.su, K.mi, K.to, K.mo, ...spaces(8)]); // ﾐﾂｲｽﾐﾄﾓ
    expect(field(b, 1, 21, 23)).toEqual(ascii('123'));
    expect(field(b, 1, 24, 38)).toEqual([K.si, K.hu, K.dakuten, K.ya, ...spaces(11)]); // ｼﾌﾞﾔ
    expect(field(b, 1, 39, 42)).toEqual(ascii('0000')); // 手形交換所番号 未使用
    expect(field(b, 1, 43, 43)).toEqual(ascii('1'));
    expect(field(b, 1, 44, 50)).toEqual(ascii('7654321'));
    expect(field(b, 1, 51, 80)).toEqual([K.ya, K.ma, K.ta, K.dakuten, SP, K.ta, K.ro, K.u, ...spaces(22)]); // ﾔﾏﾀﾞ ﾀﾛｳ
    expect(field(b, 1, 81, 90)).toEqual(ascii('0000250000'));
    expect(field(b, 1, 91, 91)).toEqual(ascii('0')); // 新規コード
    expect(field(b, 1, 92, 101)).toEqual(ascii('0000000001')); // 社員番号 N10
    expect(field(b, 1, 102, 111)).toEqual(ascii('0000000020')); // 所属コード N10
    expect(field(b, 1, 112, 120)).toEqual(spaces(9));
    // record 2 (E002): hiragana in the master, account number zero-filled, 当座
    expect(field(b, 2, 43, 50)).toEqual(ascii('20001111'));
    expect(field(b, 2, 51, 80)).toEqual([K.sa, K.to, K.u, SP, K.ha, K.na, K.ko, ...spaces(23)]); // ｻﾄｳ ﾊﾅｺ
    expect(field(b, 2, 81, 90)).toEqual(ascii('0000312345'));
    expect(field(b, 2, 92, 111)).toEqual(ascii('00000000000000000000')); // no 社員番号/所属コード
    // record 3 (E003): ジョージ キッカワ → ｼﾞﾖ-ｼﾞ ｷﾂｶﾜ (ョ → ﾖ, ー → '-', ッ → ﾂ)
    expect(field(b, 3, 43, 43)).toEqual(ascii('4')); // 貯蓄
    expect(field(b, 3, 51, 80)).toEqual([K.si, K.dakuten, K.yo, 0x2d, K.si, K.dakuten, SP, K.ki, K.tu, K.ka, K.wa, ...spaces(19)]);
    // record 4 (E004): パーク → ﾊﾟ-ｸ
    expect(field(b, 4, 51, 80)).toEqual([K.ha, K.handakuten, 0x2d, K.ku, ...spaces(26)]);
    expect(field(b, 4, 81, 90)).toEqual(ascii('0000098765'));
  });

  test('trailer: count and total equal the data; end record', () => {
    // 250,000 + 312,345 + 180,000 + 98,765 = 841,110
    expect(field(b, 5, 1, 1)).toEqual(ascii('8'));
    expect(field(b, 5, 2, 7)).toEqual(ascii('000004'));
    expect(field(b, 5, 8, 19)).toEqual(ascii('000000841110'));
    expect(field(b, 5, 20, 120)).toEqual(spaces(101));
    expect(field(b, 6, 1, 1)).toEqual(ascii('9'));
    expect(field(b, 6, 2, 120)).toEqual(spaces(119));
    expect(file.count).toBe(4);
    expect(file.totalAmount).toBe(841110);
  });

  test('parsed back: the same fields', () => {
    const parsed = parseZenginFile(b);
    expect(parsed.lineEnding).toBe('CRLF');
    expect(parsed.header.typeCode).toBe('11');
    expect(parsed.data.map((d) => d.amount)).toEqual(['0000250000', '0000312345', '0000180000', '0000098765']);
    expect(parsed.data.map((d) => d.accountNumber)).toEqual(['7654321', '0001111', '0000001', '2222222']);
    expect(parsed.data[1]!.payeeName).toBe('ｻﾄｳ ﾊﾅｺ'.padEnd(30, ' '));
    expect(parsed.trailer.totalAmount).toBe('000000841110');
  });
});

describe('賞与振込 and 総合振込', () => {
  test('賞与 uses 種別コード 12 with the salary data layout', () => {
    const b = buildZenginFile({ ...request, kind: 'bonus' }).bytes;
    expect(String.fromCharCode(b[1]!, b[2]!)).toBe('12');
  });

  test('総合振込 21: 顧客番号1・2, 振込指定区分 7 at 112, 識別表示 at 113, EDI fills 92–111 and sets Y', () => {
    const sogo: ZenginTransferRequest = {
      kind: 'sogo', consignor,
      payees: [
        { ...payees[0]!, employeeNumber: undefined, departmentCode: undefined, customerCode1: 'A001', customerCode2: 'B2' },
        { ...payees[1]!, ediInfo: 'INV2026-0001 ABC(1)' },
        { ...payees[3]! },
      ],
    };
    const b = buildZenginFile(sogo).bytes;
    expect(field(b, 0, 2, 3)).toEqual(ascii('21'));
    expect(field(b, 1, 92, 101)).toEqual(ascii('A001      '));
    expect(field(b, 1, 102, 111)).toEqual(ascii('B2        '));
    expect(field(b, 1, 112, 112)).toEqual(ascii('7'));
    expect(field(b, 1, 113, 113)).toEqual(ascii(' '));
    expect(field(b, 1, 114, 120)).toEqual(spaces(7));
    expect(field(b, 2, 92, 111)).toEqual(ascii('INV2026-0001 ABC(1) '));
    expect(field(b, 2, 113, 113)).toEqual(ascii('Y'));
    expect(field(b, 4, 2, 7)).toEqual(ascii('000003')); // trailer
    expect(field(b, 4, 8, 19)).toEqual(ascii('000000661110')); // 250,000 + 312,345 + 98,765
  });

  test('a salary-only field in a 総合 file is an error, not dropped', () => {
    expect(() => buildZenginFile({ kind: 'sogo', consignor, payees: [payees[0]!] })).toThrow(/E001.*社員番号/);
  });
});

describe('line endings', () => {
  test('LF: 121 bytes a record; none: a plain 120-byte stream', () => {
    const lf = buildZenginFile(request, { lineEnding: 'LF' }).bytes;
    expect(lf.length).toBe(7 * 121);
    expect(lf[120]).toBe(0x0a);
    expect(lf[121]).toBe(0x32); // '2' of the first data record
    const none = buildZenginFile(request, { lineEnding: 'none' }).bytes;
    expect(none.length).toBe(7 * 120);
    expect(none[120]).toBe(0x32);
    expect(parseZenginFile(none).data).toHaveLength(4);
    expect(parseZenginFile(lf).lineEnding).toBe('LF');
  });
});

describe('errors name the employee and the field; nothing is truncated', () => {
  const withPayee = (p: Partial<ZenginPayee>): ZenginTransferRequest => ({ ...request, payees: [{ ...payees[0]!, ...p }] });

  test('a kanji-only reading', () => {
    expect(() => buildZenginFile(withPayee({ employeeId: 'E005', employeeName: '鈴木 一郎', payeeNameKana: '鈴木　一郎' })))
      .toThrow('E005 鈴木 一郎: 受取人名 contains "鈴"');
    try {
      buildZenginFile(withPayee({ employeeId: 'E005', employeeName: '鈴木 一郎', payeeNameKana: '鈴木　一郎' }));
    } catch (e) {
      expect((e as ZenginError).localized('ja')[0]).toContain('E005 鈴木 一郎: 受取人名に全銀フォーマットで使えない文字「鈴」');
    }
  });

  test('受取人名 over 30 half-width characters (voiced kana count twice)', () => {
    // 16 × ガ → 16 × ｶﾞ = 32 half-width characters > 30 (reference: 受取人名 C 30)
    expect(() => buildZenginFile(withPayee({ payeeNameKana: 'ガ'.repeat(16) }))).toThrow('E001 山田 太郎: 受取人名 is too long (32 half-width characters, at most 30)');
    // exactly 30 is fine
    expect(buildZenginFile(withPayee({ payeeNameKana: 'ガ'.repeat(15) })).count).toBe(1);
  });

  test('bank name over 15, amount 0 and over 10 digits, bad codes: every issue reported at once', () => {
    let error: ZenginError | undefined;
    try {
      buildZenginFile({ ...request, payees: [
        { ...payees[0]!, bankNameKana: 'ミツビシユーエフジェイギンコウ' }, // ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲｷﾞﾝｺｳ = 18 > 15
        { ...payees[1]!, amount: 0 },
        { ...payees[2]!, amount: 10_000_000_000, bankCode: '12' },
      ] });
    } catch (e) {
      error = e as ZenginError;
    }
    expect(error).toBeInstanceOf(ZenginError);
    const text = error!.message;
    expect(text).toContain('E001 山田 太郎: 被仕向銀行名 is too long (18 half-width characters, at most 15)');
    expect(text).toContain('E002 佐藤 花子: the amount must be an integer from 1 to 9999999999 yen (got 0)');
    expect(text).toContain('E003: the amount must be an integer from 1 to 9999999999 yen (got 10000000000)');
    expect(text).toContain('E003: 被仕向銀行番号 must be exactly 4 digits (got "12")');
  });

  test('consignor errors name the consignor; impossible dates refused', () => {
    expect(() => buildZenginFile({ ...request, consignor: { ...consignor, transferDate: '0230' } })).toThrow('consignor: the transfer date must be a real month-day MMDD (got "0230")');
    expect(() => buildZenginFile({ ...request, consignor: { ...consignor, consignorCode: '123' } })).toThrow('consignor: 振込依頼人コード must be exactly 10 digits');
    expect(() => buildZenginFile({ ...request, consignor: { ...consignor, accountNumber: '12345678' } })).toThrow('口座番号 must be at most 7 digits');
  });
});

describe('parser refuses files that do not follow the layout', () => {
  const good = buildZenginFile(request).bytes;
  test('a trailer total that differs from the data', () => {
    const bad = good.slice();
    bad[5 * 122 + 18] = 0x39; // position 19 of the trailer: last digit of 合計金額 0 → 9
    expect(() => parseZenginFile(bad)).toThrow(/trailer totals \(4 records, 841119 yen\) differ from the data \(4 records, 841110 yen\)/);
  });
  test('a short record, a missing end record, a non-numeric N field', () => {
    expect(() => parseZenginFile(good.subarray(0, good.length - 1))).toThrow(/not a multiple/);
    expect(() => parseZenginFile(good.subarray(0, 6 * 122))).toThrow(/not header, data × n, trailer, end/);
    const bad = good.slice();
    bad[122 + 85] = 0x41; // 'A' at position 86, inside 振込金額 (81–90) of the first data record
    expect(() => parseZenginFile(bad)).toThrow(/振込金額 "00002A0000" is not numeric/);
  });
});
