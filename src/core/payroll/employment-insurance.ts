/**
 * 雇用保険料 on wages paid (賃金総額, commuting allowance included; 徴収法 第11条). The rate is the
 * one in force on the wage closing date (年度 April–March).
 * Rounding: employee share roundHalfDown50Sen (50銭以下切り捨て・50銭超切り上げ, 通貨の単位及び
 * 貨幣の発行等に関する法律 第3条); employer share floorYen, indicative only: the employer's premium
 * is settled on the year's total wages in the 年度更新 (徴収法 第15条, 第19条).
 */
import { floorYen, formatFraction, roundHalfDown50Sen, yen, yenTimes } from '../money';
import type { Lang } from '../i18n';
import { Explainer } from './explain';
import { employmentInsuranceRateOn, type EmploymentInsuranceType } from './rates/employment-insurance';
import type { RateOverrides } from './rates/overrides';

export interface EmploymentInsuranceResult {
  readonly employee: number;
  readonly employer: number;
  readonly workerRate: string;
  readonly employerRate: string;
  readonly explanation: string[];
}

export function computeEmploymentInsurance(input: { wageClosingDate: string; wages: number; employmentInsuranceType: EmploymentInsuranceType; overrides?: RateOverrides; lang?: Lang }): EmploymentInsuranceResult {
  const { wages } = input;
  if (!Number.isSafeInteger(wages) || wages < 0) throw new Error(`wages must be a non-negative integer, got ${wages}`);
  const r = employmentInsuranceRateOn(input.wageClosingDate, input.employmentInsuranceType, input.overrides);
  const empRaw = yenTimes(wages, r.worker);
  const erRaw = yenTimes(wages, r.employer);
  const employee = roundHalfDown50Sen(empRaw);
  const employer = floorYen(erRaw);
  const ex = new Explainer(input.lang);
  ex.add('payroll.ei.year', { type: ex.text(`payroll.ei.type.${input.employmentInsuranceType}`), date: input.wageClosingDate, from: r.from, to: r.to, source: r.source });
  ex.add('payroll.ei.employee', { wages: yen(wages), rate: r.worker.text, raw: formatFraction(empRaw), amount: yen(employee) });
  ex.add('payroll.ei.employer', { wages: yen(wages), rate: r.employer.text, raw: formatFraction(erRaw), amount: yen(employer) });
  return {
    employee,
    employer,
    workerRate: r.worker.text,
    employerRate: r.employer.text,
    explanation: ex.lines,
  };
}
