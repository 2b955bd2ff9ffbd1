/**
 * Builds a 全銀 transfer file (総合振込 21, 給与振込 11, 賞与振込 12): header (1), data (2) × n, trailer (8), end (9),
 * each exactly 120 bytes of Shift_JIS single-byte characters, by the field table in data/layout.ts
 * (reference/zengin/zengin_transfer_format.md). N fields right-aligned zero-filled, C fields left-aligned space-filled.
 * Over-long values are errors naming the employee and the field: the reference gives no truncation rule for names
 * (受取人名 "max 30 half-width characters"), so nothing is ever truncated.
 * No EOF mark (0x1A) is written: the reference does not mention one.
 */
import {
  DATA_ACCOUNT_TYPES, END_FIELDS, HEADER_ACCOUNT_TYPES, HEADER_FIELDS, TRAILER_FIELDS, ZENGIN_FIXED,
  ZENGIN_RECORD_KINDS, ZENGIN_RECORD_LENGTH, ZENGIN_TYPE_CODES, dataFieldsFor, type ZenginField,
} from './data/layout';
import { isZenginChar } from './data/charset';
import { encodeZenginText } from './encoding';
import { toZenginKana, UnsupportedKanaError } from './kana';
import { ZenginError, type ZenginIssue } from './errors';
import { parseZenginFile } from './parse';
import type { ZenginBuildOptions, ZenginConsignor, ZenginFile, ZenginPayee, ZenginTransferRequest } from './types';

type Values = Record<string, string>;

/** Collects issues while formatting the fields of one record for one person. */
class FieldWriter {
  constructor(private readonly issues: ZenginIssue[], private readonly who: string | undefined) {}

  private issue(key: ZenginIssue['key'], params: Record<string, string | number>) {
    this.issues.push({ key, params: this.who === undefined ? params : { who: this.who, ...params } });
  }

  /** Digits only, at most `max` (or exactly `max` when `exact`). Returns the value, or '' after recording an issue. */
  digits(value: string | undefined, field: string, max: number, exact = false): string {
    const v = value ?? '';
    if (!/^[0-9]+$/.test(v) || v.length > max) {
      this.issue('zengin.error.notDigits', { field, max, value: v });
      return '';
    }
    if (exact && v.length !== max) {
      this.issue('zengin.error.exactDigits', { field, max, value: v });
      return '';
    }
    return v;
  }

  /** Master kana → 全銀 half-width, at most `max` characters (each 1 byte). */
  kana(value: string, field: string, max: number): string {
    let converted: string;
    try {
      converted = toZenginKana(value);
    } catch (e) {
      if (!(e instanceof UnsupportedKanaError)) throw e;
      this.issue('zengin.error.unsupportedChar', { field, char: e.char, position: e.index + 1 });
      return '';
    }
    if (converted.length > max) {
      this.issue('zengin.error.tooLong', { field, length: converted.length, max });
      return '';
    }
    return converted;
  }

  /** A code given as 全銀 characters already (顧客番号, EDI): no conversion, only the set and the length. */
  code(value: string, field: string, max: number): string {
    const chars = [...value];
    const bad = chars.findIndex((c) => !isZenginChar(c));
    if (bad >= 0) {
      this.issue('zengin.error.unsupportedChar', { field, char: chars[bad]!, position: bad + 1 });
      return '';
    }
    if (chars.length > max) {
      this.issue('zengin.error.tooLong', { field, length: chars.length, max });
      return '';
    }
    return value;
  }

  oneOf(value: string, field: string, allowed: readonly string[]): string {
    if (!allowed.includes(value)) {
      this.issue('zengin.error.badValue', { field, value, allowed: allowed.join(', ') });
      return '';
    }
    return value;
  }

  amount(value: number, field: string, digits: number): string {
    const max = 10 ** digits - 1;
    if (!Number.isSafeInteger(value) || value < 1 || value > max) {
      this.issue('zengin.error.amount', { field, max, value: String(value) });
      return '';
    }
    return String(value);
  }

  mmdd(value: string, field: string): string {
    const m = /^(\d\d)(\d\d)$/.exec(value);
    // 月の日数 (2月は29日まで: the year is not in the field).
    const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const month = m ? Number(m[1]) : 0;
    const day = m ? Number(m[2]) : 0;
    if (!m || month < 1 || month > 12 || day < 1 || day > days[month - 1]!) {
      this.issue('zengin.error.date', { field, value });
      return '';
    }
    return value;
  }

  notForKind(value: string | undefined, field: string, kind: string): void {
    if (value !== undefined && value !== '') this.issue('zengin.error.fieldNotForKind', { field, kind });
  }
}

/** Lays values out by a field table: N right-aligned zero-filled, C left-aligned space-filled. */
export function layoutRecord(fields: readonly ZenginField[], values: Values): string {
  let out = '';
  for (const [key, type, length] of fields) {
    const v = values[key] ?? '';
    if ([...v].length > length) throw new Error(`internal: ${key} longer than ${length}`);
    out += type === 'N' ? v.padStart(length, '0') : v.padEnd(length, ' ');
  }
  return out;
}

function labelOf(payee: ZenginPayee): string {
  return payee.employeeName ? `${payee.employeeId} ${payee.employeeName}` : payee.employeeId;
}

function headerValues(typeCode: string, c: ZenginConsignor, issues: ZenginIssue[]): Values {
  const w = new FieldWriter(issues, undefined);
  return {
    recordKind: ZENGIN_RECORD_KINDS.header,
    typeCode,
    codeDivision: ZENGIN_FIXED.codeDivisionJis,
    consignorCode: w.digits(c.consignorCode, '振込依頼人コード', 10, true),
    consignorName: w.kana(c.consignorNameKana, '振込依頼人名', 40),
    transferDate: w.mmdd(c.transferDate, '振込指定日'),
    bankCode: w.digits(c.bankCode, '仕向銀行番号', 4, true),
    bankName: w.kana(c.bankNameKana, '仕向銀行名', 15),
    branchCode: w.digits(c.branchCode, '仕向支店番号', 3, true),
    branchName: w.kana(c.branchNameKana, '仕向支店名', 15),
    accountType: w.oneOf(c.accountType, '預金種目', HEADER_ACCOUNT_TYPES),
    accountNumber: w.digits(c.accountNumber, '口座番号', 7),
  };
}

function dataValues(typeCode: string, p: ZenginPayee, issues: ZenginIssue[]): Values {
  const w = new FieldWriter(issues, labelOf(p));
  const common: Values = {
    recordKind: ZENGIN_RECORD_KINDS.data,
    bankCode: w.digits(p.bankCode, '被仕向銀行番号', 4, true),
    bankName: w.kana(p.bankNameKana, '被仕向銀行名', 15),
    branchCode: w.digits(p.branchCode, '被仕向支店番号', 3, true),
    branchName: w.kana(p.branchNameKana, '被仕向支店名', 15),
    clearingHouseCode: ZENGIN_FIXED.clearingHouseUnused,
    accountType: w.oneOf(p.accountType, '預金種目', DATA_ACCOUNT_TYPES),
    accountNumber: w.digits(p.accountNumber, '口座番号', 7),
    payeeName: w.kana(p.payeeNameKana, '受取人名', 30),
    amount: w.amount(p.amount, '振込金額', 10),
    newCode: '0', // 新規コード: 未使用 (0とする), reference data record field 11
  };
  if (typeCode === ZENGIN_TYPE_CODES.sogo) {
    w.notForKind(p.employeeNumber, '社員番号', typeCode);
    w.notForKind(p.departmentCode, '所属コード', typeCode);
    const edi = p.ediInfo !== undefined && p.ediInfo !== '';
    if (edi) {
      w.notForKind(p.customerCode1, '顧客番号1', 'EDI');
      w.notForKind(p.customerCode2, '顧客番号2', 'EDI');
    }
    // With 識別表示 Y, 顧客番号1・2 (20 characters) carry the EDI information (reference, data record field 13/15).
    const ediText = edi ? w.code(p.ediInfo!, 'EDI情報', 20) : '';
    return {
      ...common,
      customerCode1: edi ? [...ediText].slice(0, 10).join('') : w.code(p.customerCode1 ?? '', '顧客番号1', 10),
      customerCode2: edi ? [...ediText].slice(10).join('') : w.code(p.customerCode2 ?? '', '顧客番号2', 10),
      transferCategory: w.oneOf(p.transferCategory ?? ZENGIN_FIXED.transferCategoryTelegraphic, '振込指定区分', [ZENGIN_FIXED.transferCategoryTelegraphic]),
      ediFlag: edi ? ZENGIN_FIXED.ediMark : '',
    };
  }
  w.notForKind(p.customerCode1, '顧客番号1', typeCode);
  w.notForKind(p.customerCode2, '顧客番号2', typeCode);
  w.notForKind(p.ediInfo, 'EDI情報', typeCode);
  return {
    ...common,
    employeeNumber: p.employeeNumber ? w.digits(p.employeeNumber, '社員番号', 10) : '',
    departmentCode: p.departmentCode ? w.digits(p.departmentCode, '所属コード', 10) : '',
  };
}

const LINE_ENDINGS = { CRLF: [0x0d, 0x0a], LF: [0x0a], none: [] } as const;

/** Builds the file; throws ZenginError listing every issue, or when the trailer would not match the data. */
export function buildZenginFile(request: ZenginTransferRequest, options: ZenginBuildOptions = {}): ZenginFile {
  const lineEnding = options.lineEnding ?? 'CRLF';
  const typeCode = ZENGIN_TYPE_CODES[request.kind];
  const issues: ZenginIssue[] = [];
  if (request.payees.length === 0) issues.push({ key: 'zengin.error.noPayees', params: {} });
  const header = headerValues(typeCode, request.consignor, issues);
  const data = request.payees.map((p) => dataValues(typeCode, p, issues));
  const count = request.payees.length;
  const totalAmount = request.payees.reduce((sum, p) => sum + p.amount, 0);
  if (count > 999_999) issues.push({ key: 'zengin.error.tooMany', params: { count } });
  if (!Number.isSafeInteger(totalAmount) || totalAmount > 999_999_999_999) issues.push({ key: 'zengin.error.totalOverflow', params: { total: totalAmount } });
  if (issues.length > 0) throw new ZenginError(issues);

  const dataFields = dataFieldsFor(typeCode);
  const records = [
    layoutRecord(HEADER_FIELDS, header),
    ...data.map((values) => layoutRecord(dataFields, values)),
    layoutRecord(TRAILER_FIELDS, { recordKind: ZENGIN_RECORD_KINDS.trailer, totalCount: String(count), totalAmount: String(totalAmount) }),
    layoutRecord(END_FIELDS, { recordKind: ZENGIN_RECORD_KINDS.end }),
  ];
  const eol = LINE_ENDINGS[lineEnding];
  const bytes = new Uint8Array(records.length * (ZENGIN_RECORD_LENGTH + eol.length));
  records.forEach((record, i) => {
    const encoded = encodeZenginText(record);
    if (encoded.length !== ZENGIN_RECORD_LENGTH) throw new Error(`internal: record ${i + 1} is ${encoded.length} bytes`);
    const at = i * (ZENGIN_RECORD_LENGTH + eol.length);
    bytes.set(encoded, at);
    bytes.set(eol, at + ZENGIN_RECORD_LENGTH);
  });

  // Read the bytes back: the trailer must equal the count and sum of the data records as written.
  const parsed = parseZenginFile(bytes);
  const writtenTotal = parsed.data.reduce((sum, d) => sum + Number(d.amount), 0);
  if (parsed.data.length !== count || writtenTotal !== totalAmount
      || Number(parsed.trailer.totalCount) !== count || Number(parsed.trailer.totalAmount) !== totalAmount) {
    throw new ZenginError([{ key: 'zengin.error.trailerMismatch', params: {
      trailerCount: Number(parsed.trailer.totalCount), trailerTotal: Number(parsed.trailer.totalAmount), count: parsed.data.length, total: writtenTotal,
    } }]);
  }
  return { bytes, count, totalAmount, lineEnding };
}
