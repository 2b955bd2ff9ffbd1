/**
 * 年末調整 in the payroll (core/year-end/settlement.ts): the year's pay from ledger rows by pay date (所得税法183条),
 * who is adjusted (所得税法190条 and NTA「年末調整の対象となる人」: 12月の給与の支給後の退職, 死亡退職 …), the December line.
 * Figures are worked by hand.
 */
import { coverageOf, sameYearPay, settleOnPay, yearPayOf, type LedgerPay } from '../../../src/core/year-end/settlement';

const row = (runId: string, payDate: string, taxable: number, social: [number, number, number, number, number], tax: number, code = 'E001'): LedgerPay => ({
  runId, employeeCode: code, payDate, taxableWages: taxable, healthInsurance: social[0], careInsurance: social[1], childSupport: social[2], pension: social[3], employmentInsurance: social[4], incomeTax: tax,
});

describe('yearPayOf', () => {
  const rows = [
    row('2025-11', '2025-12-25', 300_000, [15_000, 0, 0, 27_450, 1_500], 6_000), // paid in 2025: not this year
    row('2026-11', '2026-12-25', 300_000, [15_000, 0, 345, 27_450, 1_500], 6_320),
    row('bonus-2026-07', '2026-07-10', 500_000, [24_900, 0, 0, 45_750, 2_500], 20_420),
    row('2026-11', '2026-12-25', 300_000, [15_000, 0, 345, 27_450, 1_500], 6_320), // the same run twice counts once
    row('2026-11', '2026-12-25', 999_999, [1, 1, 1, 1, 1], 1, 'E002'),
  ];
  test('sums the runs paid in the year, bonuses included, each run once, plus the pay before go-live', () => {
    // 300,000 + 500,000 + 2,000,000 = 2,800,000; social 44,295 + 73,150 + 250,000 = 367,445; tax 6,320 + 20,420 + 40,000 = 66,740
    expect(yearPayOf(rows, 2026, 'E001', { salary: 2_000_000, socialInsurance: 250_000, withheld: 40_000 }))
      .toEqual({ salaryTotal: 2_800_000, socialInsurance: 367_445, withheldTotal: 66_740, payments: 2 });
    expect(yearPayOf(rows, 2025, 'E001')).toEqual({ salaryTotal: 300_000, socialInsurance: 43_950, withheldTotal: 6_000, payments: 1 });
  });
});

describe('coverageOf (who is adjusted)', () => {
  const pay = '2026-12-25';
  test('employed at the year end: adjusted in the December pay', () => {
    expect(coverageOf({ hireDate: '2020-04-01' }, 2026, pay, true, 12)).toEqual({ covered: true, inDecemberPay: true, basis: 'employed' });
    expect(coverageOf({ hireDate: '2020-04-01', leaveDate: '2027-01-31' }, 2026, pay, true, 12)).toMatchObject({ covered: true, basis: 'employed' });
  });
  test('left on or after the December pay date, having received it: (ハ) adjusted', () => {
    expect(coverageOf({ hireDate: '2020-04-01', leaveDate: '2026-12-25' }, 2026, pay, true, 12)).toEqual({ covered: true, inDecemberPay: true, basis: 'afterDecemberPay' });
    expect(coverageOf({ hireDate: '2020-04-01', leaveDate: '2026-12-31' }, 2026, pay, true, 12)).toMatchObject({ basis: 'afterDecemberPay' });
  });
  test('left before the December pay: excluded unless the admin recorded 死亡退職 / 心身の障害 / パートタイマー等', () => {
    expect(coverageOf({ hireDate: '2020-04-01', leaveDate: '2026-12-20' }, 2026, pay, true, 12)).toEqual({ covered: false, reason: 'leaver' });
    expect(coverageOf({ hireDate: '2020-04-01', leaveDate: '2026-09-30' }, 2026, pay, false, 9)).toEqual({ covered: false, reason: 'leaver' });
    expect(coverageOf({ hireDate: '2020-04-01', leaveDate: '2026-09-30' }, 2026, pay, false, 9, '死亡退職')).toEqual({ covered: true, inDecemberPay: false, basis: '死亡退職' });
  });
  test('no pay in the year: nothing to adjust', () => {
    expect(coverageOf({ hireDate: '2026-12-28' }, 2026, pay, false, 0)).toEqual({ covered: false, reason: 'noPay' });
  });
});

describe('settleOnPay', () => {
  test('a refund lowers the deductions and raises the net pay; a collection the other way', () => {
    expect(settleOnPay({ totalDeductions: 60_000, netPay: 240_000 }, -22_900)).toEqual({ totalDeductions: 37_100, netPay: 262_900, yearEndAdjustment: -22_900 });
    expect(settleOnPay({ totalDeductions: 60_000, netPay: 240_000 }, 8_260)).toEqual({ totalDeductions: 68_260, netPay: 231_740, yearEndAdjustment: 8_260 });
  });
  test('a confirmed adjustment is stale once the pay changes', () => {
    const c = { salaryTotal: 4_000_000, socialInsurance: 600_000, withheldTotal: 80_000 };
    expect(sameYearPay(c, { ...c, payments: 12 })).toBe(true);
    expect(sameYearPay(c, { ...c, withheldTotal: 80_010, payments: 12 })).toBe(false);
  });
});
