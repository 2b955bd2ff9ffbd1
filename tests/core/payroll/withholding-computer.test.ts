/**
 * 電算機計算の特例 (平成24年財務省告示第115号; 国税庁「月額表の甲欄を適用する給与等に対する税額の
 * 電算機計算の特例について」): worked by hand from 別表第一〜第四 (../shared/reference/withholding-tax/
 * computer_method_*.json), then compared with the 月額表 over the whole table range.
 */
import { computeWithholding, computerMethodTax, monthlyTableTax } from '../../../src/core/payroll/withholding';
import { withholdingEditionOn } from '../../../src/core/payroll/rates/withholding';
import { readCsv, readJson } from './reference';

const tax = (payDate: string, a: number, dependents: number) => computeWithholding({ payDate, taxableAfterSocialInsurance: a, dependents, taxColumn: 'kou', method: 'computer' });

describe('電算機計算の特例, worked by hand from the 別表', () => {
  test('令和8年分, A = 250,000, 1 dependent', () => {
    // 別表第一: 250,000 × 30% + 6,667 = 81,667; 別表第二: 31,667; 別表第三: 48,334.
    // B = 250,000 − 81,667 − 31,667 − 48,334 = 88,332; 別表第四: 88,332 × 5.105% = 4,509.3486 → 4,510 (10円未満四捨五入).
    const r = tax('2026-06-25', 250000, 1);
    expect(r.incomeTax).toBe(4510);
    expect(r.method).toBe('computer');
    // The 月額表 row 248,000–251,000 says 4,490 for 1 dependent: the methods differ here by 20 yen.
  });
  test('令和8年分, A = 600,000, 2 dependents (20.42% band)', () => {
    // 600,000 × 10% + 91,667 = 151,667; 2 × 31,667 = 63,334; 48,334.
    // B = 600,000 − 151,667 − 63,334 − 48,334 = 336,665; 336,665 × 20.42% − 36,374 = 32,373.093 → 32,370.
    expect(tax('2026-06-25', 600000, 2).incomeTax).toBe(32370);
  });
  test('令和8年分, A = 158,335: 別表第一 rounds up (1円未満切り上げ)', () => {
    // 158,335 × 30% + 6,667 = 54,167.5 → 54,168; B = 158,335 − 54,168 − 48,334 = 55,833; × 5.105% = 2,850.27… → 2,850.
    expect(tax('2026-06-25', 158335, 0).incomeTax).toBe(2850);
  });
  test('令和2〜7年分, A = 140,000: the 40% − 8,333 row of 別表第一 and 基礎控除 40,000', () => {
    // 140,000 × 40% − 8,333 = 47,667; B = 140,000 − 47,667 − 40,000 = 52,333; × 5.105% = 2,671.59965 → 2,670.
    expect(tax('2024-06-25', 140000, 0).incomeTax).toBe(2670);
  });
  test('令和8年分, high income: A = 2,200,000 (別表第三 26,667) and 0 when B ≤ 0', () => {
    // 162,500 fixed; 基礎控除 26,667 (2,162,500–2,204,166); B = 2,200,000 − 162,500 − 26,667 = 2,010,833;
    // × 40.84% − 237,893 = 821,224.1972 − 237,893 = 583,331.1972 → 583,330.
    expect(tax('2026-06-25', 2200000, 0).incomeTax).toBe(583330);
    expect(tax('2026-06-25', 100000, 0).incomeTax).toBe(0); // 100,000 − 54,167 − 48,334 < 0
  });
  test('乙欄 has no computer method: the table is used and the result says so', () => {
    const r = computeWithholding({ payDate: '2026-06-25', taxableAfterSocialInsurance: 250000, dependents: 0, taxColumn: 'otsu', method: 'computer' });
    expect(r.method).toBe('table');
  });
});

describe('電算機計算の特例 vs 月額表 across the table', () => {
  for (const [suffix, payDate] of [['2027', '2027-06-25'], ['2026', '2026-06-25'], ['2020-2025', '2024-06-25']] as const) {
    test(`${suffix}: every 月額表 row's boundaries and midpoint, 0–7 dependents`, () => {
      const edition = withholdingEditionOn(payDate);
      const rows = readCsv(`withholding-tax/monthly_kou_${suffix}.csv`);
      const json = readJson(`withholding-tax/computer_method_${suffix}.json`);
      expect(json.effective_from).toBe(edition.effectiveFrom);
      // Three regions behave differently (measured figures go in the payroll note of issue 5):
      // below 740,000 the 月額表 rows are tabulated from the same formula at the row's middle, so the
      // gap is about half a row × the marginal rate; from 740,000 the table adds a % of the excess to
      // the 740,000 row, freezing each dependent's reduction at its 740,000 value, while the computer
      // method deducts 31,667 per dependent at the marginal rate (up to 45.945 %): lower tax there.
      const worst = { low: [0, 0, 0], high0: [0, 0, 0], highDeps: [0, 0, 0], highDepsMax: [0, 0, 0] };
      const note = (k: keyof typeof worst, diff: number, a: number, dep: number, pick = (d: number, cur: number) => Math.abs(d) > Math.abs(cur)) => {
        if (pick(diff, worst[k][0]!)) worst[k] = [diff, a, dep];
      };
      for (const r of rows) {
        const from = Number(r.from_yen_inclusive);
        const to = r.to_yen_exclusive === '' ? from + 1000000 : Number(r.to_yen_exclusive);
        for (const a of [from, Math.floor((from + to) / 2), to - 1]) {
          for (let dep = 0; dep <= 7; dep++) {
            const diff = computerMethodTax(edition, a, dep) - monthlyTableTax(edition, a, dep, 'kou');
            if (a < 740000) note('low', diff, a, dep);
            else if (dep === 0) note('high0', diff, a, dep);
            else {
              note('highDeps', diff, a, dep);
              note('highDepsMax', diff, a, dep, (d, cur) => d > cur);
            }
          }
        }
      }
      console.log(`withholding ${suffix} (computer − table, [diff, A, dependents]): below 740,000 ${worst.low}; from 740,000 with 0 dependents ${worst.high0}; with 1–7 dependents ${worst.highDeps} (largest positive ${worst.highDepsMax})`);
      // Half the widest row below 740,000 (3,000) × the highest marginal rate there (23.483 %) + 10円 rounding.
      expect(Math.abs(worst.low[0]!)).toBeLessThanOrEqual(Math.ceil((1500 * 23483) / 100000) + 10);
      // 0 dependents: only the 基礎控除 phase-out (別表第三: 13,334 × 40.84 % at most) opens a wider gap.
      expect(Math.abs(worst.high0[0]!)).toBeLessThanOrEqual(Math.ceil((13334 * 4084) / 10000));
      // With dependents the computer method is never higher than the table beyond row rounding, and
      // never lower by more than 7 × 31,667 × 45.945 %.
      expect(worst.highDepsMax[0]!).toBeLessThanOrEqual(400);
      expect(worst.highDeps[0]!).toBeGreaterThanOrEqual(-Math.ceil((7 * 31667 * 45945) / 100000));
    });
  }
});
