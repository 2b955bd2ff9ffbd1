/** The input of a 全銀 transfer file (振込依頼) and its options. Kana fields hold the master's kana (converted by kana.ts). */
import type { ZenginTransferKind } from './data/layout';

/** 振込依頼人 (the paying company): the header record. */
export interface ZenginConsignor {
  /** 振込依頼人コード: the consignor code the bank assigned, 10 digits. */
  consignorCode: string;
  /** 振込依頼人名 (カナ), at most 40 half-width characters after conversion. */
  consignorNameKana: string;
  /** 振込指定日 MMDD. */
  transferDate: string;
  /** 仕向銀行番号 (4 digits) / 仕向銀行名 (カナ, 15). */
  bankCode: string;
  bankNameKana: string;
  /** 仕向支店番号 (3 digits) / 仕向支店名 (カナ, 15). */
  branchCode: string;
  branchNameKana: string;
  /** 預金種目: 1 普通, 2 当座, 9 その他. */
  accountType: '1' | '2' | '9';
  /** 口座番号: up to 7 digits (zero-filled on the left, the N rule). */
  accountNumber: string;
}

/** One transfer (振込先): a data record. */
export interface ZenginPayee {
  /** Who this is, for error messages: employee id and (optional) display name. */
  employeeId: string;
  employeeName?: string;
  /** 被仕向銀行番号 (4) / 被仕向銀行名 (カナ, 15) / 被仕向支店番号 (3) / 被仕向支店名 (カナ, 15). */
  bankCode: string;
  bankNameKana: string;
  branchCode: string;
  branchNameKana: string;
  /** 預金種目: 1 普通, 2 当座, 4 貯蓄, 9 その他. */
  accountType: '1' | '2' | '4' | '9';
  accountNumber: string;
  /** 受取人名 (カナ), at most 30 half-width characters after conversion (never truncated). */
  payeeNameKana: string;
  /** 振込金額: integer yen, 1 … 9,999,999,999 (10 digits). */
  amount: number;
  /** 総合振込 only: 顧客番号1 / 顧客番号2 (C 10 each), or ediInfo (20 characters, sets 識別表示 Y). */
  customerCode1?: string;
  customerCode2?: string;
  ediInfo?: string;
  /** 総合振込 only: 振込指定区分, 7 電信 (the reference's value). */
  transferCategory?: '7';
  /** 給与・賞与振込 only: 社員番号 (N 10) and 所属コード (N 10), optional. */
  employeeNumber?: string;
  departmentCode?: string;
}

export interface ZenginTransferRequest {
  /** sogo 総合振込 (21), salary 給与振込 (11), bonus 賞与振込 (12). */
  kind: ZenginTransferKind;
  consignor: ZenginConsignor;
  payees: ZenginPayee[];
}

/** After each 120-byte record: CR LF (default), LF, or nothing (a plain 120-byte stream). */
export type ZenginLineEnding = 'CRLF' | 'LF' | 'none';
export interface ZenginBuildOptions {
  lineEnding?: ZenginLineEnding;
}

export interface ZenginFile {
  /** The file, Shift_JIS single-byte. */
  bytes: Uint8Array;
  /** データ・レコード count and 振込金額 total (equal to the trailer's, checked). */
  count: number;
  totalAmount: number;
  lineEnding: ZenginLineEnding;
}
