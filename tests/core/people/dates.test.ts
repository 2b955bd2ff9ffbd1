/**
 * Dates that cannot be (issue 21 item 3): birth dates after the date computed for or more than 120
 * years before it, and hire dates before the minimum working age (労働基準法第56条第1項: not until the
 * first 31 March on or after the day 15 is reached has ended; the age is reached the day before the
 * birthday, 年齢計算ニ関スル法律).
 */
import { parseTable } from '../../../src/addon/tables';
import { birthDateProblem, earliestHireDate } from '../../../src/core/people/dates';
import { computeSocialInsurance } from '../../../src/core/payroll/social-insurance';
import { runCalc } from '../../../src/local/cli/calc';
import { employeesTable } from '../../../src/schema/tables/employees';

function calc(name: string, input: unknown): { code: number; err: string } {
  let err = '';
  const code = runCalc(name, JSON.stringify(input), { out: () => undefined, err: (t) => (err += t) });
  return { code, err };
}

describe('労基法56条: the earliest hire date', () => {
  test.each([
    // born 2011-04-01: 15 reached 2026-03-31, which is itself that first 31 March → from 2026-04-01
    ['2011-04-01', '2026-04-01'],
    // born 2011-04-02: 15 reached 2026-04-01 → the next 31 March is 2027's
    ['2011-04-02', '2027-04-01'],
    ['2011-01-01', '2026-04-01'],
    ['2010-12-31', '2026-04-01'],
    ['2010-04-02', '2026-04-01'],
    ['2010-04-01', '2025-04-01'],
  ])('born %s → hire from %s', (birth, earliest) => {
    expect(earliestHireDate(birth)).toBe(earliest);
  });
});

describe('birth dates outside the window', () => {
  test('after the date computed for, or more than 120 years before it', () => {
    expect(birthDateProblem('2099-01-01', '2026-08-31')?.key).toBe('person.birthFuture');
    expect(birthDateProblem('1850-01-01', '2026-08-31')?.key).toBe('person.birthTooOld');
    expect(birthDateProblem('1906-08-31', '2026-08-31')).toBeNull();
    expect(birthDateProblem('1906-08-30', '2026-08-31')?.key).toBe('person.birthTooOld');
    expect(birthDateProblem('2026-08-31', '2026-08-31')).toBeNull();
  });
  test.each(['2099-01-01', '1850-01-01'])('calc social-insurance and payroll refuse born %s, naming input.birthDate', (birthDate) => {
    const si = calc('social-insurance', { insuranceMonth: '2026-08', prefecture: '東京都', birthDate, standardMonthlyRemuneration: 360000 });
    expect(si.code).toBe(1);
    expect(si.err).toMatch(/input\.birthDate: 生年月日 .* \/ birth date /);
    const p = calc('payroll', { payDate: '2026-06-25', prefecture: '東京都', birthDate, standardMonthlyRemuneration: 300000, taxableWages: 300000, nonTaxableCommuting: 0, dependents: 0, taxColumn: 'kou', employmentInsuranceType: 'general', residentTax: 0 });
    expect(p.code).toBe(1);
    expect(p.err).toMatch(/input\.birthDate/);
  });
  test('the core refuses too (the payroll run path), naming the field', () => {
    expect(() => computeSocialInsurance({ insuranceMonth: '2026-08', prefecture: '東京都', birthDate: '2099-01-01', standardMonthlyRemuneration: 360000 })).toThrow(/birthDate: birth date 2099-01-01 is after/);
  });
});

describe('従業員 table: impossible dates are row errors naming the column', () => {
  const header = employeesTable.columns.map((c) => c.header);
  const row = (hire: string, birth: string) => ['0001', '山田 花子', 'ヤマダ ハナコ', 'hanako@example.jp', '設計', 'regular', hire, '', 'STD', 5, 2400, birth, ''];
  test('a hire date before the 15th birthday\'s following 31 March is an error on 入社日', () => {
    const read = parseTable(employeesTable, [header, row('2027-03-31', '2011-04-02')]);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ sheet: '従業員', row: 2, column: '入社日' });
    expect(read.errors[0]!.ja).toContain('2027-04-01 以降に限る、労働基準法第56条第1項');
    expect(read.errors[0]!.en).toContain('only from 2027-04-01');
    expect(parseTable(employeesTable, [header, row('2027-04-01', '2011-04-02')]).errors).toEqual([]);
  });
  test.each([['2099-01-01', 'after'], ['1850-01-01', 'more than 120 years']])('birth date %s is an error on 生年月日', (birth, what) => {
    const read = parseTable(employeesTable, [header, row('2020-04-01', birth)]);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ row: 2, column: '生年月日' });
    expect(read.errors[0]!.en).toContain(what);
  });
});
