/**
 * One employee's monthly payroll (給与計算, one month): social insurance for the insurance month
 * (翌月徴収 by default: the month before the pay date), employment insurance on the wages, income tax
 * on the pay after social insurance, resident tax, net pay. Every figure is explained.
 */
import { addYearMonths, yearMonthOf } from '../calendar';
import { yen } from '../money';
import type { Lang } from '../i18n';
import { Explainer } from './explain';
import { computeEmploymentInsurance, type EmploymentInsuranceResult } from './employment-insurance';
import type { EmploymentInsuranceType } from './rates/employment-insurance';
import type { HealthInsurer, RateOverrides } from './rates/overrides';
import { computeSocialInsurance, type SocialInsuranceResult } from './social-insurance';
import { estimateWorkersCompensation } from './workers-compensation';
import type { WorkersCompensationRate } from './rates/workers-compensation';
import { computeWithholding, type TaxColumn, type WithholdingMethod, type WithholdingResult } from './withholding';

export interface MonthlyPayrollInput {
  readonly payDate: string;
  /** The month whose premium is deducted; default the month before payDate (翌月徴収). */
  readonly insuranceMonth?: string;
  /** 賃金締切日, deciding the employment insurance 年度; default payDate. */
  readonly wageClosingDate?: string;
  readonly prefecture: string;
  readonly birthDate: string;
  readonly standardMonthlyRemuneration: number;
  /** Taxable wages of the month (課税支給額). */
  readonly taxableWages: number;
  readonly nonTaxableCommuting: number;
  readonly dependents: number;
  readonly taxColumn: TaxColumn;
  readonly method?: WithholdingMethod;
  readonly employmentInsuranceType: EmploymentInsuranceType;
  readonly residentTax: number;
  /** Other fixed deductions after tax (社宅, 組合費 …). */
  readonly otherDeductions?: readonly { readonly name: string; readonly amount: number }[];
  /** false when no social insurance is charged this month (e.g. the month of loss, not enrolled). */
  readonly socialInsuranceCharged?: boolean;
  /** false when the employee is not insured under employment insurance (an officer, under 20 h a week). */
  readonly employmentInsuranceCharged?: boolean;
  readonly healthInsurer?: HealthInsurer;
  readonly overrides?: RateOverrides;
  /** 労災保険率 of the company's 事業の種類 (設定); none: no estimate. */
  readonly workersCompensationRates?: readonly WorkersCompensationRate[];
  /** 役員: no 労災保険. */
  readonly officer?: boolean;
  readonly lang?: Lang;
}

export interface MonthlyPayrollResult {
  readonly payDate: string;
  readonly insuranceMonth: string;
  readonly grossPay: number;
  readonly taxableWages: number;
  readonly nonTaxableCommuting: number;
  readonly standardMonthlyRemuneration: number;
  readonly healthGrade: number | null;
  readonly pensionGrade: number | null;
  readonly healthInsurance: number;
  readonly careInsurance: number;
  readonly childSupport: number;
  readonly pension: number;
  readonly employmentInsurance: number;
  readonly socialInsuranceTotal: number;
  readonly taxableAfterSocialInsurance: number;
  readonly incomeTax: number;
  readonly withholdingMethod: WithholdingMethod;
  readonly residentTax: number;
  readonly otherDeductions: readonly { readonly name: string; readonly amount: number }[];
  readonly totalDeductions: number;
  readonly netPay: number;
  /**
   * 事業主負担: the shares of the premiums, the employer-only 子ども・子育て拠出金, and 労災保険 (an estimate, 0 without a
   * rate); total is the employer's cost on top of the gross pay.
   */
  readonly employer: {
    readonly healthInsurance: number; readonly careInsurance: number; readonly childSupport: number; readonly pension: number;
    readonly childRearingContribution: number; readonly employmentInsurance: number; readonly workersCompensation: number; readonly total: number;
  };
  readonly details: { readonly socialInsurance: SocialInsuranceResult | null; readonly employmentInsurance: EmploymentInsuranceResult; readonly withholding: WithholdingResult };
  readonly explanation: string[];
}

export function computeMonthlyPayroll(input: MonthlyPayrollInput): MonthlyPayrollResult {
  const insuranceMonth = input.insuranceMonth ?? addYearMonths(yearMonthOf(input.payDate), -1);
  const charged = input.socialInsuranceCharged ?? true;
  const si = charged
    ? computeSocialInsurance({ insuranceMonth, prefecture: input.prefecture, birthDate: input.birthDate, standardMonthlyRemuneration: input.standardMonthlyRemuneration, healthInsurer: input.healthInsurer, overrides: input.overrides, lang: input.lang })
    : null;
  const grossPay = input.taxableWages + input.nonTaxableCommuting;
  // 雇用保険: on all wages paid, commuting allowance included (徴収法 第2条第2項 賃金).
  const eiCharged = input.employmentInsuranceCharged ?? true;
  const ei = computeEmploymentInsurance({ wageClosingDate: input.wageClosingDate ?? input.payDate, wages: eiCharged ? grossPay : 0, employmentInsuranceType: input.employmentInsuranceType, overrides: input.overrides, lang: input.lang });
  const siEmployee = si ? si.total : 0;
  const socialInsuranceTotal = siEmployee + ei.employee;
  // 所得税法 第74条: 社会保険料控除 — the taxable pay after all social insurance (incl. 雇用保険).
  const taxableAfterSocialInsurance = Math.max(0, input.taxableWages - socialInsuranceTotal);
  const wh = computeWithholding({ payDate: input.payDate, taxableAfterSocialInsurance, dependents: input.dependents, taxColumn: input.taxColumn, method: input.method, overrides: input.overrides, lang: input.lang });
  const other = input.otherDeductions ?? [];
  const otherTotal = other.reduce((s, d) => s + d.amount, 0);
  const totalDeductions = socialInsuranceTotal + wh.incomeTax + input.residentTax + otherTotal;
  const netPay = grossPay - totalDeductions;
  const ex = new Explainer(input.lang);
  ex.add(input.insuranceMonth ? 'payroll.m.month' : 'payroll.m.monthDefault', { payDate: input.payDate, month: insuranceMonth });
  ex.add('payroll.m.gross', { gross: yen(grossPay), taxable: yen(input.taxableWages), commuting: yen(input.nonTaxableCommuting) });
  if (si) ex.append(si.explanation);
  else ex.add('payroll.m.noSi');
  ex.append(ei.explanation);
  ex.add('payroll.m.siTotal', { total: yen(socialInsuranceTotal), taxable: yen(input.taxableWages), after: yen(taxableAfterSocialInsurance) });
  ex.append(wh.explanation);
  ex.add('payroll.m.resident', { amount: yen(input.residentTax) });
  for (const d of other) ex.add('payroll.m.other', { name: d.name, amount: yen(d.amount) });
  ex.add('payroll.m.net', { gross: yen(grossPay), deductions: yen(totalDeductions), net: yen(netPay) });
  // 労災保険 (employer only): on all wages paid, like 雇用保険, at the rate on the wage closing date.
  const wc = estimateWorkersCompensation({ wageClosingDate: input.wageClosingDate ?? input.payDate, wages: grossPay, officer: input.officer ?? false, rates: input.workersCompensationRates ?? [], lang: input.lang });
  ex.append(wc.explanation);
  const explanation = ex.lines;
  const employer = {
    healthInsurance: si?.employer.healthInsurance ?? 0,
    careInsurance: si?.employer.careInsurance ?? 0,
    childSupport: si?.employer.childSupport ?? 0,
    pension: si?.employer.pension ?? 0,
    childRearingContribution: si?.employer.childRearingContribution ?? 0,
    employmentInsurance: ei.employer,
    workersCompensation: wc.amount,
  };
  return {
    payDate: input.payDate,
    insuranceMonth,
    grossPay,
    taxableWages: input.taxableWages,
    nonTaxableCommuting: input.nonTaxableCommuting,
    standardMonthlyRemuneration: input.standardMonthlyRemuneration,
    healthGrade: si?.healthGrade ?? null,
    pensionGrade: si?.pensionGrade ?? null,
    healthInsurance: si?.healthInsurance ?? 0,
    careInsurance: si?.careInsurance ?? 0,
    childSupport: si?.childSupport ?? 0,
    pension: si?.pension ?? 0,
    employmentInsurance: ei.employee,
    socialInsuranceTotal,
    taxableAfterSocialInsurance,
    incomeTax: wh.incomeTax,
    withholdingMethod: wh.method,
    residentTax: input.residentTax,
    otherDeductions: other,
    totalDeductions,
    netPay,
    employer: { ...employer, total: employer.healthInsurance + employer.careInsurance + employer.childSupport + employer.pension + employer.childRearingContribution + employer.employmentInsurance + employer.workersCompensation },
    details: { socialInsurance: si, employmentInsurance: ei, withholding: wh },
    explanation,
  };
}
