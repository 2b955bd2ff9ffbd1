/** The payroll `kanri calc` commands: shapes, defaults and bad input naming the field. */
import { runCalc } from '../../src/local/cli/calc';

function calc(name: string, input: unknown): { code: number; out: any; err: string } {
  let out = '';
  let err = '';
  const code = runCalc(name, JSON.stringify(input), { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out: out ? JSON.parse(out) : undefined, err };
}

describe('kanri calc (payroll)', () => {
  test('social-insurance from 報酬月額, with employer shares', () => {
    // 305,000 → grade 22 (290,000–310,000) 300,000; 東京都 2026-05, age 45: health+care 11.47 % → 17,205.
    const r = calc('social-insurance', { insuranceMonth: '2026-05', prefecture: '東京都', birthDate: '1980-10-15', monthlyRemuneration: 305000 });
    expect(r.code).toBe(0);
    expect(r.out).toMatchObject({ standardMonthlyRemuneration: 300000, healthGrade: 22, pensionGrade: 19, healthInsurance: 14775, careInsurance: 2430, childSupport: 345, pension: 27450 });
    expect(r.out.employer).toMatchObject({ healthInsurance: 14775, pension: 27450 });
  });
  test('social-insurance past 70 and 75 (厚生年金保険法第14条第5号, 高齢者医療確保法第52条)', () => {
    // 標準報酬 360,000, 東京都 9.85 %: health 17,730, 支援金 414; 厚生年金 (18.3 %: 32,940) no longer charged.
    const at70 = calc('social-insurance', { insuranceMonth: '2026-08', prefecture: '東京都', birthDate: '1956-06-15', standardMonthlyRemuneration: 360000 });
    expect(at70.out).toMatchObject({ healthInsurance: 17730, careInsurance: 0, childSupport: 414, pension: 0, total: 18144 });
    const at75 = calc('social-insurance', { insuranceMonth: '2026-08', prefecture: '東京都', birthDate: '1951-06-15', standardMonthlyRemuneration: 360000 });
    expect(at75.out).toMatchObject({ healthInsurance: 0, careInsurance: 0, childSupport: 0, pension: 0, total: 0 });
  });
  test('withholding table: "monthly" is the 月額表; "daily" is refused naming input.table (no 日額表 in the reference data)', () => {
    expect(calc('withholding', { payDate: '2026-06-25', taxableAfterSocialInsurance: 250000, dependents: 1, taxColumn: 'kou', table: 'monthly' }).out.incomeTax).toBe(4490);
    const daily = calc('withholding', { payDate: '2026-06-25', taxableAfterSocialInsurance: 10000, dependents: 0, taxColumn: 'kou', table: 'daily' });
    expect(daily.code).toBe(1);
    expect(daily.err).toMatch(/input\.table: only "monthly": the 日額表/);
  });
  test('withholding and bonus-withholding', () => {
    // 月額表 令和8年分 甲欄 1人, 250,000 (row 248,000–251,000): 4,490.
    expect(calc('withholding', { payDate: '2026-06-25', taxableAfterSocialInsurance: 250000, dependents: 1, taxColumn: 'kou' }).out.incomeTax).toBe(4490);
    // 算出率の表 令和8年分 甲 0人, 前月 250,000 (94,000–260,000): 4.084 % × 500,000 = 20,420.
    expect(calc('bonus-withholding', { payDate: '2026-07-10', bonusAfterSocialInsurance: 500000, previousMonthTaxableAfterSocialInsurance: 250000, dependents: 0, taxColumn: 'kou' }).out).toMatchObject({ rate: 0.04084, incomeTax: 20420 });
  });
  test('employment-insurance and payroll', () => {
    expect(calc('employment-insurance', { wageClosingDate: '2026-06-25', wages: 300000, employmentInsuranceType: 'construction' }).out).toMatchObject({ employee: 1800, employer: 3150 });
    const p = calc('payroll', { payDate: '2026-06-25', prefecture: '東京都', birthDate: '1990-10-15', standardMonthlyRemuneration: 300000, taxableWages: 300000, nonTaxableCommuting: 10000, dependents: 0, taxColumn: 'kou', employmentInsuranceType: 'general', residentTax: 10000 });
    expect(p.out).toMatchObject({ netPay: 249560, incomeTax: 6320 });
  });
  test('bad input exits 1 naming the field', () => {
    const r = calc('withholding', { payDate: '2026-13-01', taxableAfterSocialInsurance: -1, dependents: 1, taxColumn: 'kou' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/input\.payDate/);
    expect(r.err).toMatch(/input\.taxableAfterSocialInsurance/);
    expect(calc('social-insurance', { insuranceMonth: '2026-05', prefecture: '東京都', birthDate: '1980-10-15' }).err).toMatch(/input\.monthlyRemuneration/);
    expect(calc('social-insurance', { insuranceMonth: '2026-05', prefecture: 'Tokyo', birthDate: '1980-10-15', monthlyRemuneration: 1 }).err).toMatch(/unknown prefecture/);
  });
});

describe('explanations come from the message catalog', () => {
  test('Japanese by default, English on request, same figures', () => {
    const input = { payDate: '2026-06-25', taxableAfterSocialInsurance: 250000, dependents: 1, taxColumn: 'kou' };
    const ja = calc('withholding', input).out;
    const en = calc('withholding', { ...input, lang: 'en' }).out;
    expect(ja.explanation[0]).toBe('社会保険料等控除後の給与等の金額 250,000円（支給日 2026-06-25）');
    expect(en.explanation[0]).toBe('Pay after social insurance 250,000円 (pay date 2026-06-25)');
    expect(en.incomeTax).toBe(ja.incomeTax);
    expect(ja.explanation.join('\n')).not.toMatch(/\{\w+\}/); // every placeholder filled
  });
});
