/** `kanri calc year-end-adjustment` (issue 14, item 4): the contract's field names, and bad input exits 1 naming the field. */
import { runCalc } from '../../../src/local/cli/calc';

function calc(input: unknown): { code: number; out: any; err: string } {
  let out = '';
  let err = '';
  const code = runCalc('year-end-adjustment', typeof input === 'string' ? input : JSON.stringify(input), { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out: out ? JSON.parse(out) : undefined, err };
}

describe('kanri calc year-end-adjustment', () => {
  test('the fields of the issue in and out', () => {
    // 4,000,000 → ⑨ 2,760,000 (kyuyo_shotoku_kojogo_r08.csv row 4,000,000–4,004,000); 社保 600,000, 基礎 1,040,000 (≤489万)
    // → 課税 1,120,000 → × 5 % = 56,000 → × 102.1 % = 57,176 → 57,100 (100円未満切捨て); 57,100 − 80,000 = −22,900 (refund).
    const r = calc({ year: 2026, salaryTotal: 4000000, withheldTotal: 80000, socialInsurance: 600000 });
    expect(r.code).toBe(0);
    expect(r.out).toMatchObject({ employmentIncome: 2760000, taxableIncome: 1120000, calculatedTax: 56000, annualTax: 57100, difference: -22900 });
    expect(Object.keys(r.out.deductions)).toEqual(['socialInsurance', 'smallBusinessMutualAid', 'lifeInsurance', 'earthquakeInsurance', 'spouse', 'spouseSpecial', 'specificRelative', 'dependents', 'disability', 'widow', 'singleParent', 'workingStudent', 'basic']);
    expect(r.out.explanation.length).toBeGreaterThan(5);
  });
  test('every optional part of the contract is read: lifeInsurance, earthquakeInsurance, spouse, dependents, self, housingLoanCredit', () => {
    const r = calc({
      year: 2026, salaryTotal: 5000000, withheldTotal: 120000, socialInsurance: 720000, smallBusinessMutualAid: 10000,
      lifeInsurance: { newGeneral: 100000, newCare: 0, newPension: 0, oldGeneral: 0, oldPension: 0 }, earthquakeInsurance: { earthquake: 20000, oldLongTerm: 0 },
      spouse: { birthDate: '1988-05-01', income: 0 }, dependents: [{ birthDate: '2007-04-10', income: 0, livingTogether: true, disability: true }],
      self: { birthDate: '1985-01-01', widow: false, singleParent: false, disability: false, workingStudent: false }, housingLoanCredit: 10000,
    });
    expect(r.code).toBe(0);
    // 生命 計算式II 55,000; 障害者 (true = 一般) 270,000; 小規模 10,000.
    expect(r.out.deductions).toMatchObject({ smallBusinessMutualAid: 10000, lifeInsurance: 55000, earthquakeInsurance: 20000, spouse: 380000, dependents: 630000, disability: 270000 });
    expect(r.out.housingLoanCredit).toBe(10000);
  });
  test('bad input exits 1 naming the field', () => {
    const cases: [unknown, RegExp][] = [
      [{ year: 2026, withheldTotal: 0, socialInsurance: 0 }, /input\.salaryTotal: required field is missing/],
      [{ year: 2026, salaryTotal: -1, withheldTotal: 0, socialInsurance: 0 }, /input\.salaryTotal/],
      [{ year: 2026, salaryTotal: 1.5, withheldTotal: 0, socialInsurance: 0 }, /input\.salaryTotal/],
      [{ year: 2030, salaryTotal: 1, withheldTotal: 0, socialInsurance: 0 }, /input\.year: no 年末調整 rules/],
      [{ year: 2026, salaryTotal: 1, withheldTotal: 0, socialInsurance: 0, dependents: [{ birthDate: '2027-01-01', income: 0, livingTogether: true }] }, /input\.dependents\[0\]\.birthDate: birth date 2027-01-01 is after 2026-12-31/],
      [{ year: 2026, salaryTotal: 1, withheldTotal: 0, socialInsurance: 0, dependents: [{ birthDate: '2010-02-30', income: 0, livingTogether: true }] }, /input\.dependents\[0\]\.birthDate: must be a calendar date/],
      [{ year: 2026, salaryTotal: 1, withheldTotal: 0, socialInsurance: 0, spouse: { birthDate: '1980-01-01' } }, /input\.spouse\.income: required field is missing/],
      [{ year: 2026, salaryTotal: 1, withheldTotal: 0, socialInsurance: 0, lifeInsurance: { newGeneral: '1000' } }, /input\.lifeInsurance\.newGeneral/],
      [{ year: 2026, salaryTotal: 1, withheldTotal: 0, socialInsurance: 0, self: { disability: 'very' } }, /input\.self\.disability/],
    ];
    for (const [input, want] of cases) {
      const r = calc(input);
      expect([r.code, r.err]).toEqual([1, expect.stringMatching(want)]);
    }
    expect(calc('{not json').code).toBe(1);
  });
  test('an excluded employee (over 2,000万円, 乙欄) is reported with the reason, not computed', () => {
    expect(calc({ year: 2026, salaryTotal: 20000001, withheldTotal: 0, socialInsurance: 0 }).out).toMatchObject({ eligible: false, reason: 'salaryOver20M' });
    expect(calc({ year: 2026, salaryTotal: 3000000, withheldTotal: 0, socialInsurance: 0, taxColumn: 'otsu' }).out).toMatchObject({ eligible: false, reason: 'otsu' });
  });
});
