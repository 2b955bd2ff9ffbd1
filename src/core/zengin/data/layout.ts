/**
 * 全銀協制定ファイルフォーマット (固定長 120 バイト): the field table of each record, as data.
 *
 * Source: /work/shared/reference/zengin/zengin_transfer_format.md and zengin_sogo_furikomi_fields.json
 * (群馬銀行「全銀協制定ファイルフォーマット【総合振込】」 https://www.gunmabank.co.jp/hojin/biznb/service/pdf/z_format1.pdf,
 * 給与・賞与振込 differences from the bank specs expydoc.com docs 8561048 and 8010391).
 * Positions and lengths are uniform across banks; fixed and unused values are bank-specific (each bank's own spec wins).
 *
 * A field is [key, type, length]; type 'N' = numeric (right-aligned, zero-filled), 'C' = character
 * (left-aligned, space-filled). Fields follow each other from byte 1; every record sums to 120.
 */
export type ZenginFieldType = 'N' | 'C';
export type ZenginField = readonly [key: string, type: ZenginFieldType, length: number, label: string];

/** Bytes in one record, without the optional line ending (reference: "Every record is 120 bytes"). */
export const ZENGIN_RECORD_LENGTH = 120;

/** 種別コード: 21 総合振込, 11 給与振込 (民間), 12 賞与振込 (民間). (71/72 public-sector codes are not offered.) */
export const ZENGIN_TYPE_CODES = { sogo: '21', salary: '11', bonus: '12' } as const;
export type ZenginTransferKind = keyof typeof ZENGIN_TYPE_CODES;

/** データ区分 of each record (reference: header 1, data 2, trailer 8, end 9). */
export const ZENGIN_RECORD_KINDS = { header: '1', data: '2', trailer: '8', end: '9' } as const;

/** ヘッダー・レコード (データ区分 1): the same 13 fields for 総合 and 給与・賞与. */
export const HEADER_FIELDS: readonly ZenginField[] = [
  ['recordKind', 'N', 1, 'データ区分'],
  ['typeCode', 'N', 2, '種別コード'],
  ['codeDivision', 'N', 1, 'コード区分'],
  ['consignorCode', 'N', 10, '振込依頼人コード'],
  ['consignorName', 'C', 40, '振込依頼人名'],
  ['transferDate', 'N', 4, '振込指定日'],
  ['bankCode', 'N', 4, '仕向銀行番号'],
  ['bankName', 'C', 15, '仕向銀行名'],
  ['branchCode', 'N', 3, '仕向支店番号'],
  ['branchName', 'C', 15, '仕向支店名'],
  ['accountType', 'N', 1, '預金種目(依頼人)'],
  ['accountNumber', 'N', 7, '口座番号(依頼人)'],
  ['dummy', 'C', 17, 'ダミー'],
];

/** データ・レコード (データ区分 2) of 総合振込 (種別コード 21). */
export const SOGO_DATA_FIELDS: readonly ZenginField[] = [
  ['recordKind', 'N', 1, 'データ区分'],
  ['bankCode', 'N', 4, '被仕向銀行番号'],
  ['bankName', 'C', 15, '被仕向銀行名'],
  ['branchCode', 'N', 3, '被仕向支店番号'],
  ['branchName', 'C', 15, '被仕向支店名'],
  ['clearingHouseCode', 'N', 4, '手形交換所番号'],
  ['accountType', 'N', 1, '預金種目'],
  ['accountNumber', 'N', 7, '口座番号'],
  ['payeeName', 'C', 30, '受取人名'],
  ['amount', 'N', 10, '振込金額'],
  ['newCode', 'N', 1, '新規コード'],
  ['customerCode1', 'C', 10, '顧客番号1'],
  ['customerCode2', 'C', 10, '顧客番号2'],
  ['transferCategory', 'N', 1, '振込指定区分'],
  ['ediFlag', 'C', 1, '識別表示'],
  ['dummy', 'C', 7, 'ダミー'],
];

/** データ・レコード of 給与・賞与振込 (11/12): fields 1–11 as 総合, then 社員番号 N10, 所属コード N10, dummy 9. */
export const SALARY_DATA_FIELDS: readonly ZenginField[] = [
  ...SOGO_DATA_FIELDS.slice(0, 11),
  ['employeeNumber', 'N', 10, '社員番号'],
  ['departmentCode', 'N', 10, '所属コード'],
  ['dummy', 'C', 9, 'ダミー'],
];

/** トレーラ・レコード (データ区分 8): 合計件数 N6, 合計金額 N12. */
export const TRAILER_FIELDS: readonly ZenginField[] = [
  ['recordKind', 'N', 1, 'データ区分'],
  ['totalCount', 'N', 6, '合計件数'],
  ['totalAmount', 'N', 12, '合計金額'],
  ['dummy', 'C', 101, 'ダミー'],
];

/** エンド・レコード (データ区分 9). */
export const END_FIELDS: readonly ZenginField[] = [
  ['recordKind', 'N', 1, 'データ区分'],
  ['dummy', 'C', 119, 'ダミー'],
];

/** Fixed values the reference gives: コード区分 0 (JIS), 手形交換所番号 0 (未使用), 振込指定区分 7 (電信振込). */
export const ZENGIN_FIXED = { codeDivisionJis: '0', clearingHouseUnused: '0', transferCategoryTelegraphic: '7', ediMark: 'Y' } as const;

/** 預金種目: header 1 普通 / 2 当座 / 9 その他; data also 4 貯蓄 (reference, field 7 of the data record). */
export const HEADER_ACCOUNT_TYPES = ['1', '2', '9'] as const;
export const DATA_ACCOUNT_TYPES = ['1', '2', '4', '9'] as const;

export function dataFieldsFor(typeCode: string): readonly ZenginField[] {
  return typeCode === ZENGIN_TYPE_CODES.sogo ? SOGO_DATA_FIELDS : SALARY_DATA_FIELDS;
}
