/** 雇用保険料 against ../shared/reference/employment-insurance/employment_insurance_rates.csv (厚生労働省 令和7・8年度). */
import { computeEmploymentInsurance } from '../../../src/core/payroll/employment-insurance';
import { readCsv } from './reference';

const typeOf: Record<string, 'general' | 'agriculture' | 'construction'> = {
  general: 'general', agriculture_forestry_fisheries_sake: 'agriculture', construction: 'construction',
};

describe('雇用保険料率 by 年度 (the wage closing date decides) and business type', () => {
  const rows = readCsv('employment-insurance/employment_insurance_rates.csv');
  test.each(rows.map((r) => [r.fiscal_year, r.business_type, r]))('%s %s', (_fy, _t, r) => {
    const row = r as Record<string, string>;
    for (const wageClosingDate of [row.effective_from!, row.effective_to!]) {
      // 1,000,000 × ‰ = 1,000 × per-mille: whole yen for these rates (e.g. 5.5‰ → 5,500).
      const got = computeEmploymentInsurance({ wageClosingDate, wages: 1000000, employmentInsuranceType: typeOf[row.business_type!]! });
      expect([wageClosingDate, got.employee, got.employer]).toEqual([wageClosingDate, Number(row.worker_per_mille) * 1000, Number(row.employer_per_mille) * 1000]);
    }
  });
  test('50銭以下切り捨て・50銭超切り上げ on the worker share', () => {
    // 令和8年度 一般 5‰: 100,100 × 5‰ = 500.5 → 500; 100,102 × 5‰ = 500.51 → 501.
    expect(computeEmploymentInsurance({ wageClosingDate: '2026-04-30', wages: 100100, employmentInsuranceType: 'general' }).employee).toBe(500);
    expect(computeEmploymentInsurance({ wageClosingDate: '2026-04-30', wages: 100102, employmentInsuranceType: 'general' }).employee).toBe(501);
    // 令和7年度 一般 5.5‰: 300,100 × 5.5‰ = 1,650.55 → 1,651.
    expect(computeEmploymentInsurance({ wageClosingDate: '2026-03-25', wages: 300100, employmentInsuranceType: 'general' }).employee).toBe(1651);
  });
  test('March wages closed on 3/31 use the old year even when paid in April', () => {
    expect(computeEmploymentInsurance({ wageClosingDate: '2026-03-31', wages: 300000, employmentInsuranceType: 'general' }).employee).toBe(1650);
    expect(computeEmploymentInsurance({ wageClosingDate: '2026-04-01', wages: 300000, employmentInsuranceType: 'general' }).employee).toBe(1500);
    expect(() => computeEmploymentInsurance({ wageClosingDate: '2025-03-31', wages: 300000, employmentInsuranceType: 'general' })).toThrow(/no employment insurance rate/);
  });
});
