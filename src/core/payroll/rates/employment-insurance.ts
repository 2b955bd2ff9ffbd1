/** Lookup of 雇用保険料率 by the wage closing date (年度 April–March), with admin overrides. */
import { perMilleRate, type Rate } from '../../money';
import { employmentInsuranceRates } from './employment-insurance.generated';
import type { EmploymentInsuranceYear, RateOverrides } from './overrides';

export type EmploymentInsuranceType = 'general' | 'agriculture' | 'construction';
export const EMPLOYMENT_INSURANCE_TYPES: readonly EmploymentInsuranceType[] = ['general', 'agriculture', 'construction'];

export interface EmploymentInsuranceRate {
  readonly worker: Rate;
  readonly employer: Rate;
  readonly from: string;
  readonly to: string;
  readonly source: string;
}

/** The rate in force on the wage closing date (賃金締切日) for the business type. */
export function employmentInsuranceRateOn(wageClosingDate: string, type: EmploymentInsuranceType, overrides?: RateOverrides): EmploymentInsuranceRate {
  const years: readonly EmploymentInsuranceYear[] = [...(overrides?.employmentInsuranceRates ?? []), ...employmentInsuranceRates];
  const y = years.find((e) => e.from <= wageClosingDate && wageClosingDate <= e.to);
  if (!y) throw new Error(`no employment insurance rate in force on ${wageClosingDate} (shipped ${employmentInsuranceRates.map((e) => `${e.from}…${e.to}`).join(', ')})`);
  const r = y[type];
  return { worker: perMilleRate(r.workerPerMille), employer: perMilleRate(r.employerPerMille), from: y.from, to: y.to, source: y.source };
}
