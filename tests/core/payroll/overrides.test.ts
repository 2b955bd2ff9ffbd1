/** Admin overrides are data: a new year's table or rate works without a code change. */
import { computeEmploymentInsurance } from '../../../src/core/payroll/employment-insurance';
import { computeWithholding } from '../../../src/core/payroll/withholding';
import { bonusRateRowOn, monthlyTableRowOn } from '../../../src/core/payroll/rates/withholding';
import { withholdingEditions } from '../../../src/core/payroll/rates/withholding.generated';
import { readCsv } from './reference';

describe('RateOverrides', () => {
  test('a 令和10年分 edition given as data is used from its first day, and cited', () => {
    const r9 = withholdingEditions[withholdingEditions.length - 1]!;
    // A stand-in for the not yet published 2028 table: the 2027 data with another source text.
    const r10 = { ...r9, effectiveFrom: '2028-01-01', effectiveTo: null, source: '令和10年分 (admin settings)' };
    // The 2027 table ends 2027-12-31 (each year's tables are published for that year): no silent reuse.
    expect(() => computeWithholding({ payDate: '2028-01-25', taxableAfterSocialInsurance: 300000, dependents: 0, taxColumn: 'kou' })).toThrow(/no withholding tax table in force on 2028-01-25/);
    const got = computeWithholding({ payDate: '2028-01-25', taxableAfterSocialInsurance: 300000, dependents: 0, taxColumn: 'kou', overrides: { withholdingEditions: [r10] } });
    expect(got.explanation.join('\n')).toContain('令和10年分 (admin settings)');
    const before = computeWithholding({ payDate: '2027-12-25', taxableAfterSocialInsurance: 300000, dependents: 0, taxColumn: 'kou', overrides: { withholdingEditions: [r10] } });
    expect(before.explanation.join('\n')).not.toContain('admin settings');
  });
  test('雇用保険 令和9年度 as data', () => {
    const same = { workerPerMille: '4', employerPerMille: '7.5' };
    const r = computeEmploymentInsurance({ wageClosingDate: '2027-04-25', wages: 300000, employmentInsuranceType: 'general', overrides: { employmentInsuranceRates: [{ from: '2027-04-01', to: '2028-03-31', source: 'admin', general: same, agriculture: same, construction: same }] } });
    // 300,000 × 4‰ = 1,200; × 7.5‰ = 2,250.
    expect([r.employee, r.employer]).toEqual([1200, 2250]);
  });
  test('cited lookups return the official row and its source', () => {
    const kou = readCsv('withholding-tax/monthly_kou_2026.csv').find((x) => x.from_yen_inclusive === '254000')!;
    const row = monthlyTableRowOn('2026-06-25', 255880, 'kou');
    expect([row.row.from, row.row.to, row.row.amounts[0], row.effectiveFrom]).toEqual([254000, Number(kou.to_yen_exclusive), Number(kou.kou_0), '2026-01-01']);
    expect(row.source).toContain('国税庁');
    const b = readCsv('withholding-tax/bonus_rate_2020-2025.csv').find((x) => x.column === 'otsu' && x.prev_month_from_yen_inclusive === '0')!;
    expect(bonusRateRowOn('2025-12-10', 100000, 'otsu', 0).row.to).toBe(Number(b.prev_month_to_yen_exclusive));
  });
});

describe('協会けんぽ rates are set per 年度: a month after the shipped years needs the new rates', () => {
  test('insurance month 2027-03 throws until the admin adds 令和9年度', () => {
    const { computeSocialInsurance } = require('../../../src/core/payroll/social-insurance');
    const base = { insuranceMonth: '2027-03', prefecture: '東京都', birthDate: '1980-01-01', standardMonthlyRemuneration: 300000 };
    expect(() => computeSocialInsurance(base)).toThrow(/no 協会けんぽ health/);
    const r9 = { from: '2027-03', ratePercent: '9.9', source: 'R9 (admin)' };
    expect(() => computeSocialInsurance({ ...base, overrides: { kyokaiHealthRates: { 東京都: [r9] } } })).toThrow(/no care/);
    expect(() => computeSocialInsurance({ ...base, overrides: { kyokaiHealthRates: { 東京都: [r9] }, careRates: [{ ...r9, ratePercent: '1.7' }] } })).toThrow(/子ども・子育て支援金/);
    // 9.9 % + 1.7 % = 11.6 % of 300,000 = 34,800 → 17,400; 支援金 0.3 % → 900 → 450.
    const r = computeSocialInsurance({ ...base, overrides: { kyokaiHealthRates: { 東京都: [r9] }, careRates: [{ ...r9, ratePercent: '1.7' }], childSupportRates: [{ ...r9, ratePercent: '0.3' }] } });
    expect([r.healthInsurance + r.careInsurance, r.childSupport]).toEqual([17400, 450]);
  });
});
