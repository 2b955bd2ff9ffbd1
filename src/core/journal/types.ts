/** Journal entries (仕訳) from a closed payroll run. */
import type { EmployerShareKind, JournalAccountNames, WithholdingKind } from './data/accounts';

/** The totals of one employee (or one department) in a closed run. All amounts integer yen ≥ 0. */
export interface PayrollJournalGroup {
  /** Who, for messages: "E001 山田太郎" or a department name. */
  label: string;
  /** 部門, written on the expense lines (and on every line with departmentOnBalanceSheet). */
  department?: string;
  /** 役員: gross pay goes to 役員報酬 instead of 給与手当. */
  officer?: boolean;
  /** 総支給額. */
  grossPay: number;
  /** 控除 by kind (預り金). */
  withholdings: Partial<Record<WithholdingKind, number>>;
  /** Other deductions (社宅費, 財形 …): credited to 預り金 with the name as sub-account. */
  otherDeductions?: { name: string; amount: number }[];
  /** 差引支給額. Must equal grossPay − all deductions. */
  netPay: number;
  /** 事業主負担 by kind (法定福利費 / 未払費用). */
  employerShares?: Partial<Record<EmployerShareKind, number>>;
}

export interface PayrollJournalInput {
  /** 取引日付 'YYYY-MM-DD' (pay date or accrual date, by the company's practice). */
  date: string;
  /** 摘要, e.g. "2026年4月分 給与". */
  description: string;
  groups: PayrollJournalGroup[];
}

export interface JournalSettings {
  /** Net pay to 未払金 (accruedPayable) or 普通預金 (bankDeposit). */
  netPay: 'accruedPayable' | 'bankDeposit';
  accounts?: Partial<JournalAccountNames>;
  /** Also tag balance-sheet lines (預り金, 未払費用, 未払金) with the department; default false (P/L lines only). */
  departmentOnBalanceSheet?: boolean;
}

export type JournalSide = 'debit' | 'credit';
export interface JournalLine {
  side: JournalSide;
  account: string;
  subAccount: string;
  department: string;
  amount: number;
}
/** One compound entry (複合仕訳): debits and credits, balanced. */
export interface JournalEntry {
  date: string;
  description: string;
  lines: JournalLine[];
  totalDebit: number;
  totalCredit: number;
}
