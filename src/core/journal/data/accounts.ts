/**
 * Default account names (勘定科目) of a payroll journal, as a small Japanese company's chart usually names them
 * (弥生会計's standard chart uses the same words). Every name can be overridden in the settings, because the
 * names must match the accounting software's chart exactly.
 */
export interface JournalAccountNames {
  /** 給与手当: gross pay of employees. */
  salaries: string;
  /** 役員報酬: gross pay of officers (役員), flagged per group. */
  officerCompensation: string;
  /** 法定福利費: the employer's share of social and labour insurance. */
  statutoryWelfare: string;
  /** 預り金: withholdings, one sub-account (補助科目) per kind. */
  withholdings: string;
  /** 未払費用: the employer's share until it is paid (sub-accounts 社会保険料 / 労働保険料). */
  employerSharePayable: string;
  /** 未払金 (pay date after the accrual) or 普通預金 (paid on the entry date): where net pay goes. */
  accruedPayable: string;
  bankDeposit: string;
}

export const DEFAULT_ACCOUNT_NAMES: JournalAccountNames = {
  salaries: '給与手当',
  officerCompensation: '役員報酬',
  statutoryWelfare: '法定福利費',
  withholdings: '預り金',
  employerSharePayable: '未払費用',
  accruedPayable: '未払金',
  bankDeposit: '普通預金',
};

/** Kinds of withholding (控除) and their 預り金 sub-account names, in the order they are written. */
export const WITHHOLDING_KINDS = [
  ['healthInsurance', '健康保険料'],
  ['careInsurance', '介護保険料'],
  ['childSupport', '子ども・子育て支援金'],
  ['pension', '厚生年金保険料'],
  ['employmentInsurance', '雇用保険料'],
  ['incomeTax', '源泉所得税'],
  ['residentTax', '住民税'],
] as const;
export type WithholdingKind = (typeof WITHHOLDING_KINDS)[number][0];

/** Kinds of employer share (事業主負担) and the 未払費用 sub-account each is credited to. */
export const EMPLOYER_SHARE_KINDS = [
  ['healthInsurance', '社会保険料'],
  ['careInsurance', '社会保険料'],
  ['childSupport', '社会保険料'],
  ['pension', '社会保険料'],
  ['childRearingContribution', '社会保険料'],
  ['employmentInsurance', '労働保険料'],
  ['workersCompensation', '労働保険料'],
] as const;
export type EmployerShareKind = (typeof EMPLOYER_SHARE_KINDS)[number][0];
