/**
 * 前月比較: why an employee's net pay differs from last month, from the two ledger rows. Before a
 * close the admin reviews every difference with its reasons (new grade, allowance, absence, overtime).
 */
export type DifferenceReason =
  | 'new' | 'grade' | 'basePay' | 'allowances' | 'overtime' | 'absence' | 'commuting'
  | 'socialInsurance' | 'employmentInsurance' | 'incomeTax' | 'residentTax' | 'otherDeductions';

export interface LedgerFigures {
  netPay: number;
  basePay: number;
  allowancesTotal: number;
  overtimePay: number;
  absenceDeduction: number;
  commutingNonTaxable: number;
  standardMonthlyRemuneration: number;
  healthInsurance: number;
  careInsurance: number;
  childSupport: number;
  pension: number;
  employmentInsurance: number;
  incomeTax: number;
  residentTax: number;
  otherDeductions: number;
}

export interface Difference {
  previousNet: number | null;
  delta: number;
  reasons: DifferenceReason[];
  /** |delta| at or above the threshold: shown highlighted for review. */
  highlighted: boolean;
}

export function differenceFrom(current: LedgerFigures, previous: LedgerFigures | undefined, threshold: number): Difference {
  if (!previous) return { previousNet: null, delta: current.netPay, reasons: ['new'], highlighted: true };
  const reasons: DifferenceReason[] = [];
  const changed = (k: keyof LedgerFigures) => current[k] !== previous[k];
  if (changed('standardMonthlyRemuneration')) reasons.push('grade');
  if (changed('basePay')) reasons.push('basePay');
  if (changed('allowancesTotal')) reasons.push('allowances');
  if (changed('overtimePay')) reasons.push('overtime');
  if (changed('absenceDeduction')) reasons.push('absence');
  if (changed('commutingNonTaxable')) reasons.push('commuting');
  if (!reasons.includes('grade') && (changed('healthInsurance') || changed('careInsurance') || changed('childSupport') || changed('pension'))) reasons.push('socialInsurance');
  if (changed('employmentInsurance')) reasons.push('employmentInsurance');
  if (changed('incomeTax')) reasons.push('incomeTax');
  if (changed('residentTax')) reasons.push('residentTax');
  if (changed('otherDeductions')) reasons.push('otherDeductions');
  const delta = current.netPay - previous.netPay;
  return { previousNet: previous.netPay, delta, reasons, highlighted: Math.abs(delta) >= threshold };
}
