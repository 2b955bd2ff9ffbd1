/** `kanri calc depreciation | used-asset-life | small-asset-options` (issue 16 item 4): the contract's fields; bad input exits 1 naming the field. */
import { runCalc } from '../../../src/local/cli/calc';

function calc(name: string, input: unknown): { code: number; out: any; err: string } {
  let out = '';
  let err = '';
  const code = runCalc(name, JSON.stringify(input), { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out: out ? JSON.parse(out) : undefined, err };
}

describe('kanri calc (assets)', () => {
  test('depreciation: 国税庁 No.2106, 1,000,000円 10年 200%定率法: 償却保証額65,520, switch in year 7, 65,535 in year 10', () => {
    const r = calc('depreciation', { acquisitionCost: 1_000_000, usefulLifeYears: 10, method: 'declining_balance_200', acquiredOn: '2026-04-01', firstYearMonths: 12 });
    expect(r.code).toBe(0);
    expect(r.out.guaranteeAmount).toBe(65_520);
    expect(r.out.switchYear).toBe(7);
    expect(r.out.years[9]).toEqual({ year: 10, openingBookValue: 65_536, depreciation: 65_535, closingBookValue: 1 });
    expect(r.out.explanation.join('\n')).toContain('別表第十 耐用年数10年');
    const sl = calc('depreciation', { acquisitionCost: 1_000_000, usefulLifeYears: 10, method: 'straight_line', acquiredOn: '2026-04-01', firstYearMonths: 12 });
    expect(sl.out).toMatchObject({ guaranteeAmount: null, switchYear: null });
    expect(sl.out.years.map((y: { depreciation: number }) => y.depreciation)).toEqual([...Array(9).fill(100_000), 99_999]);
  });
  test('used-asset-life and small-asset-options', () => {
    expect(calc('used-asset-life', { statutoryLifeYears: 6, elapsedYears: 2, elapsedMonths: 6 }).out.usefulLifeYears).toBe(4);
    expect(calc('small-asset-options', { cost: 350_000, acquiredOn: '2026-04-01', smeEligible: true }).out.options).toEqual(['sme_special', 'normal']);
    expect(calc('small-asset-options', { cost: 350_000, acquiredOn: '2026-03-31', smeEligible: true }).out.options).toEqual(['normal']);
  });
  test('bad input exits 1 naming the field', () => {
    const r = calc('depreciation', { acquisitionCost: 1_000_000, usefulLifeYears: 51, method: 'straight_line', acquiredOn: '2026-04-01', firstYearMonths: 12 });
    expect(r.code).toBe(1);
    expect(r.err).toContain('input.usefulLifeYears');
    expect(calc('small-asset-options', { cost: 1, acquiredOn: '2026-02-30', smeEligible: true }).err).toContain('input.acquiredOn');
  });
});
