/**
 * 労災保険料 (employer only) as a monthly estimate: wages paid (賃金総額, commuting included) × the 労災保険率 of the
 * company's 事業の種類 (徴収法12条2項, 徴収則 別表第1), 1円未満切り捨て; 役員 are not 労働者 (労災保険法3条).
 * The rate comes from the company's setting (../shared/reference has no 労災保険率表): the test uses 3/1000,
 * the table's figure for 94 その他の各種事業 from 2024-04-01.
 */
import { estimateWorkersCompensation } from '../../../src/core/payroll/workers-compensation';
import { computeMonthlyPayroll } from '../../../src/core/payroll/monthly-payroll';

const rates = [{ from: '2024-04-01', industry: '94 その他の各種事業', ratePerMille: '3', source: '厚生労働省 労災保険率表 (令和6年4月1日施行)' }];

test('371,000 × 3/1000 = 1,113; 123,457 × 3/1000 = 370.371 → 370', () => {
  expect(estimateWorkersCompensation({ wageClosingDate: '2026-10-31', wages: 371_000, rates }).amount).toBe(1113);
  expect(estimateWorkersCompensation({ wageClosingDate: '2026-10-31', wages: 123_457, rates }).amount).toBe(370);
});
test('an officer: none', () => {
  expect(estimateWorkersCompensation({ wageClosingDate: '2026-10-31', wages: 800_000, officer: true, rates }).amount).toBe(0);
});
test('no rate in the settings: no estimate (0, rate null, said in the explanation); a date before the first rate is an error, not zero', () => {
  const none = estimateWorkersCompensation({ wageClosingDate: '2026-10-31', wages: 371_000 });
  expect(none).toMatchObject({ amount: 0, rate: null });
  expect(none.explanation.join('')).toContain('payroll.workersCompensation');
  expect(() => estimateWorkersCompensation({ wageClosingDate: '2024-03-31', wages: 371_000, rates })).toThrow(/労災保険率/);
});
test('in the month: 会社負担 = the insurance shares + 子ども・子育て拠出金 + 雇用保険 + 労災', () => {
  const p = computeMonthlyPayroll({
    payDate: '2026-11-25', wageClosingDate: '2026-10-31', prefecture: '東京都', birthDate: '1990-05-10', standardMonthlyRemuneration: 360_000,
    taxableWages: 356_000, nonTaxableCommuting: 15_000, dependents: 0, taxColumn: 'kou', employmentInsuranceType: 'general', residentTax: 0,
    workersCompensationRates: rates,
  });
  // 健康 360,000 × 9.85 % = 35,460 − 17,730 = 17,730; 支援金 828 − 414 = 414; 厚生年金 65,880 − 32,940 = 32,940;
  // 拠出金 360,000 × 0.36 % = 1,296; 雇用保険 事業主 371,000 × 8.5/1000 = 3,153.5 → 3,153; 労災 371,000 × 3/1000 = 1,113.
  expect(p.employer).toEqual({ healthInsurance: 17_730, careInsurance: 0, childSupport: 414, pension: 32_940, childRearingContribution: 1296, employmentInsurance: 3153, workersCompensation: 1113, total: 17_730 + 414 + 32_940 + 1296 + 3153 + 1113 });
  expect(p.totalDeductions).toBe(p.healthInsurance + p.childSupport + p.pension + p.employmentInsurance + p.incomeTax); // the employer-only items are not deducted
});
