/** The pure payroll core: calculations and their dated legal data. */
export * from './social-insurance';
export * from './employment-insurance';
export * from './withholding';
export * from './premium-pay';
export * from './monthly-payroll';
export type { RateOverrides, HealthInsurer, DatedRate, EmploymentInsuranceYear } from './rates/overrides';
export type { EmploymentInsuranceType } from './rates/employment-insurance';
export * from './remuneration-revision';
export * from './absence-deduction';
