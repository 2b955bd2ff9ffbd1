/** One employee, one month, worked by hand from the official tables (see each step's comment). */
import { computeMonthlyPayroll } from '../../../src/core/payroll/monthly-payroll';

const base = {
  payDate: '2026-06-25', prefecture: '東京都', birthDate: '1990-10-15', standardMonthlyRemuneration: 300000, taxableWages: 300000,
  nonTaxableCommuting: 10000, dependents: 0, taxColumn: 'kou' as const, employmentInsuranceType: 'general' as const, residentTax: 10000,
};

describe('computeMonthlyPayroll', () => {
  test('June 2026 pay, 東京都, 35 years old, 0 dependents', () => {
    // Insurance month 2026-05 (翌月徴収). 協会けんぽ 東京都 令和8年度 9.85 %: 300,000 → 14,775; 支援金 0.23 % → 345;
    // 厚生年金 18.3 % → 27,450; no 介護 (35). 雇用保険 令和8年度 一般 5‰ on 310,000 (commuting included) = 1,550.
    // Social insurance 44,120; 300,000 − 44,120 = 255,880 → 月額表 令和8年分 甲欄 row 254,000–257,000, 0人: 6,320.
    // Net: 310,000 − 44,120 − 6,320 − 10,000 = 249,560.
    const r = computeMonthlyPayroll(base);
    expect(r).toMatchObject({
      insuranceMonth: '2026-05', healthInsurance: 14775, careInsurance: 0, childSupport: 345, pension: 27450, employmentInsurance: 1550,
      socialInsuranceTotal: 44120, taxableAfterSocialInsurance: 255880, incomeTax: 6320, withholdingMethod: 'table', residentTax: 10000, netPay: 249560,
    });
    expect(r.explanation.length).toBeGreaterThan(8);
  });
  test('computer method selectable and recorded', () => {
    // 別表第一 255,880 × 30 % + 6,667 = 83,431; B = 255,880 − 83,431 − 48,334 = 124,115; × 5.105 % = 6,336.07… → 6,340.
    const r = computeMonthlyPayroll({ ...base, method: 'computer' });
    expect([r.incomeTax, r.withholdingMethod, r.netPay]).toEqual([6340, 'computer', 310000 - 44120 - 6340 - 10000]);
  });
  test('April pay deducts March\'s premium at the new 年度 rate; no 支援金 before insurance month 2026-04', () => {
    // Insurance month 2026-03: 東京都 9.85 % (令和8年度 starts with March) → 14,775; 支援金 0.
    const r = computeMonthlyPayroll({ ...base, payDate: '2026-04-24', wageClosingDate: '2026-03-31' });
    expect([r.insuranceMonth, r.healthInsurance, r.childSupport]).toEqual(['2026-03', 14775, 0]);
    // 雇用保険 by the closing date 2026-03-31: 令和7年度 5.5‰ × 310,000 = 1,705.
    expect(r.employmentInsurance).toBe(1705);
  });
  test('no social insurance charged (e.g. the month of loss): only employment insurance', () => {
    const r = computeMonthlyPayroll({ ...base, socialInsuranceCharged: false });
    expect([r.healthInsurance, r.pension, r.socialInsuranceTotal]).toEqual([0, 0, 1550]);
  });
});
