/**
 * 通勤手当の非課税限度 (所得税法施行令第20条の2). Expected limits are the published bands (国税庁 No.2585
 * and 「通勤手当の非課税限度額の改正について」, as restated by two public sources; see rates/commuting.ts):
 * before / from the 令和7年 revision (allowances due on or after 2025-04-01).
 */
import { computeCommutingAllowance, vehicleLimit } from '../../../src/core/payroll/commuting';
import { computeMonthlyPayroll } from '../../../src/core/payroll/monthly-payroll';
import { runCalc } from '../../../src/local/cli/calc';

// [lower bound km, limit before 2025-04-01, limit from 2025-04-01]
const BANDS: [number, number, number][] = [
  [0, 0, 0], [2, 4200, 4200], [10, 7100, 7300], [15, 12900, 13500], [25, 18700, 19700], [35, 24400, 25900], [45, 28000, 32300], [55, 31600, 38700],
];

describe('car and bicycle: the band of the one-way distance (第20条の2第1号)', () => {
  test.each(BANDS)('band from %s km: old %s, revised %s, at its start and just below', (from, old, revised) => {
    expect(vehicleLimit(from, '2025-03-31').limit).toBe(old);
    expect(vehicleLimit(from, '2025-04-01').limit).toBe(revised);
    const i = BANDS.findIndex((b) => b[0] === from);
    if (i > 0) {
      expect(vehicleLimit(from - 0.1, '2025-03-31').limit).toBe(BANDS[i - 1]![1]);
      expect(vehicleLimit(from - 0.1, '2025-04-01').limit).toBe(BANDS[i - 1]![2]);
    }
  });
  test('both sides of the revision date: 12 km by car, 10,000円 a month', () => {
    expect(computeCommutingAllowance({ means: 'car', oneWayKm: 12, monthlyAmount: 10000, payDate: '2025-03-31' })).toMatchObject({ nonTaxable: 7100, taxable: 2900 });
    expect(computeCommutingAllowance({ means: 'car', oneWayKm: 12, monthlyAmount: 10000, payDate: '2025-04-01' })).toMatchObject({ nonTaxable: 7300, taxable: 2700 });
    expect(computeCommutingAllowance({ means: 'bicycle', oneWayKm: 60, monthlyAmount: 40000, payDate: '2026-06-25' })).toMatchObject({ nonTaxable: 38700, taxable: 1300 });
  });
  test('under 2 km the whole allowance is taxable', () => {
    expect(computeCommutingAllowance({ means: 'bicycle', oneWayKm: 1.9, monthlyAmount: 2000, payDate: '2026-06-25' })).toMatchObject({ nonTaxable: 0, taxable: 2000 });
  });
  test('the distance is required, naming oneWayKm', () => {
    expect(() => computeCommutingAllowance({ means: 'car', monthlyAmount: 2000, payDate: '2026-06-25' })).toThrow(/^oneWayKm/);
  });
});

describe('public transport, a commuter pass, mixed means (第2号〜第4号): at most 150,000円', () => {
  test('transport 160,000円: 150,000 non-taxable, 10,000 taxable; a pass of 150,000 all non-taxable', () => {
    expect(computeCommutingAllowance({ means: 'publicTransit', monthlyAmount: 160000, payDate: '2026-06-25' })).toMatchObject({ nonTaxable: 150000, taxable: 10000 });
    expect(computeCommutingAllowance({ means: 'commuterPass', monthlyAmount: 150000, payDate: '2026-06-25' })).toMatchObject({ nonTaxable: 150000, taxable: 0 });
  });
  test('mixed: fare + the vehicle band, capped at 150,000円', () => {
    // 5 km by car (4,200) + train 20,000 = 24,200; 30,000 paid → 5,800 taxable.
    expect(computeCommutingAllowance({ means: 'mixed', oneWayKm: 5, transitMonthlyFare: 20000, monthlyAmount: 30000, payDate: '2026-06-25' })).toMatchObject({ limit: 24200, nonTaxable: 24200, taxable: 5800 });
    // 148,000 + 38,700 is over the cap: 150,000.
    expect(computeCommutingAllowance({ means: 'mixed', oneWayKm: 70, transitMonthlyFare: 148000, monthlyAmount: 190000, payDate: '2026-06-25' })).toMatchObject({ limit: 150000, nonTaxable: 150000, taxable: 40000 });
    expect(() => computeCommutingAllowance({ means: 'mixed', oneWayKm: 5, monthlyAmount: 30000, payDate: '2026-06-25' })).toThrow(/^transitMonthlyFare/);
  });
});

test('the whole allowance stays in 雇用保険 wages (徴収法第2条第2項): only income tax sees the split', () => {
  // 12 km by car, 10,000円: 7,300 non-taxable, 2,700 taxable. Wages 300,000 + 10,000 = 310,000 → 5/1000 = 1,550.
  const c = computeCommutingAllowance({ means: 'car', oneWayKm: 12, monthlyAmount: 10000, payDate: '2026-06-25' });
  const p = computeMonthlyPayroll({ payDate: '2026-06-25', prefecture: '東京都', birthDate: '1990-10-15', standardMonthlyRemuneration: 300000, taxableWages: 300000 + c.taxable, nonTaxableCommuting: c.nonTaxable, dependents: 0, taxColumn: 'kou', employmentInsuranceType: 'general', residentTax: 0 });
  expect(p.grossPay).toBe(310000);
  expect(p.employmentInsurance).toBe(1550);
});

test('kanri calc commuting-allowance', () => {
  let out = '';
  let err = '';
  const code = runCalc('commuting-allowance', JSON.stringify({ means: 'car', oneWayKm: 12, monthlyAmount: 10000, payDate: '2026-06-25' }), { out: (t) => (out += t), err: (t) => (err += t) });
  expect(code).toBe(0);
  const r = JSON.parse(out);
  expect(r).toMatchObject({ nonTaxable: 7300, taxable: 2700 });
  expect(r.explanation.join('\n')).toMatch(/片道10km以上15km未満/);
  expect(runCalc('commuting-allowance', JSON.stringify({ means: 'train', monthlyAmount: 1, payDate: '2026-06-25' }), { out: () => undefined, err: (t) => (err += t) })).toBe(1);
  expect(err).toMatch(/input\.means/);
});
