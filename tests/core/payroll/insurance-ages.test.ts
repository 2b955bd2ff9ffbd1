/**
 * The age limits of 厚生年金 (70) and 健康保険 (75), and 介護保険 (40–64), for monthly premiums and bonuses.
 * - 厚生年金保険法第9条 (under 70), 第14条第5号 (loss on the day 70 is reached, i.e. the day before the
 *   birthday: 年齢計算ニ関スル法律, 民法第143条), 第19条第1項 (the month of loss is not counted).
 * - 高齢者の医療の確保に関する法律第50条・第52条 (後期高齢者医療 from the 75th birthday), 健康保険法第156条第3項.
 * Amounts: 東京都 協会けんぽ 令和8年度 9.85 %, 支援金 0.23 %, 厚生年金 18.3 % (reference JSON/CSV), 標準報酬 360,000.
 */
import { computeMonthlyPayroll } from '../../../src/core/payroll/monthly-payroll';
import { ageCoverageApplies, ageLossDate, careInsuranceApplies, computeBonusSocialInsurance, computeSocialInsurance } from '../../../src/core/payroll/social-insurance';
import { readCsv, readJson } from './reference';

const si = (birthDate: string, insuranceMonth = '2026-08') =>
  computeSocialInsurance({ insuranceMonth, prefecture: '東京都', birthDate, standardMonthlyRemuneration: 360000 });

// Expected amounts from the reference rates (never from the engine): 360,000 × rate ÷ 2, roundHalfDown50Sen.
const tokyo = readCsv('social-insurance/kyoukaikenpo_health_rates.csv');
const rates = readJson('social-insurance/social_insurance_rates.json');
test('the reference rates the amounts below are worked from', () => {
  expect(tokyo.find((r) => r.prefecture === '東京都')!['health_rate_pct_R08_from_2026-03']).toBe('9.85');
  expect(rates.kosei_nenkin_pension[0].rate_pct).toBe(18.3);
  expect(rates.kodomo_kosodate_shienkin[0].rate_pct).toBe(0.23);
});
const HEALTH = 17730; // 360,000 × 9.85 % = 35,460 → 17,730
const CHILD = 414; // 360,000 × 0.23 % = 828 → 414
const PENSION = 32940; // 360,000 × 18.3 % = 65,880 → 32,940

describe('厚生年金 ends at 70 (厚生年金保険法第9条・第14条第5号・第19条第1項)', () => {
  test('the issue case: born 1956-06-15, insurance month 2026-08: no 厚生年金, health still charged', () => {
    const r = si('1956-06-15');
    expect([r.healthInsurance, r.careInsurance, r.childSupport, r.pension]).toEqual([HEALTH, 0, CHILD, 0]);
    expect(r.employer.pension).toBe(0);
    expect(r.total).toBe(HEALTH + CHILD);
    expect(r.explanation.join('\n')).toMatch(/厚生年金: 70歳に達した日（誕生日の前日）2026-06-14 に資格喪失/);
  });
  test('born 1956-06-15: 70 reached 2026-06-14 → 2026-05 is the last month charged', () => {
    expect(ageLossDate('1956-06-15', 'pension')).toBe('2026-06-14');
    expect(si('1956-06-15', '2026-05').pension).toBe(PENSION);
    expect(si('1956-06-15', '2026-06').pension).toBe(0);
  });
  test('born on the 1st: 1956-07-01 reaches 70 on 2026-06-30, so June is already the month of loss', () => {
    expect(ageLossDate('1956-07-01', 'pension')).toBe('2026-06-30');
    expect(si('1956-07-01', '2026-05').pension).toBe(PENSION);
    expect(si('1956-07-01', '2026-06').pension).toBe(0);
    // born on the 2nd: 70 reached on 2026-07-01 → June still charged
    expect(si('1956-07-02', '2026-06').pension).toBe(PENSION);
    expect(si('1956-07-02', '2026-07').pension).toBe(0);
  });
  test('a bonus paid in the month of loss bears no 厚生年金', () => {
    // 標準賞与額 500,000 × 18.3 % = 91,500 → 45,750 in May; nothing in June.
    const b = (m: string) => computeBonusSocialInsurance({ insuranceMonth: m, prefecture: '東京都', birthDate: '1956-06-15', bonus: 500000 });
    expect(b('2026-05').pension).toBe(45750);
    expect(b('2026-06').pension).toBe(0);
    expect(b('2026-06').healthInsurance).toBe(24625); // 500,000 × 9.85 % = 49,250 → 24,625
  });
});

describe('健康保険 ends at 75: 後期高齢者医療 from the birthday (高齢者医療確保法第50条・第52条, 健康保険法第156条第3項)', () => {
  test('the issue case: born 1951-06-15, insurance month 2026-08: nothing charged', () => {
    const r = si('1951-06-15');
    expect([r.healthInsurance, r.careInsurance, r.childSupport, r.pension, r.total]).toEqual([0, 0, 0, 0, 0]);
    expect(r.employer.total).toBe(0);
    expect(r.explanation.join('\n')).toMatch(/健康保険: 75歳の誕生日 2026-06-15 に資格喪失/);
  });
  test('the birthday itself is the loss date: born 1951-06-15 → May charged, June not', () => {
    expect(ageLossDate('1951-06-15', 'health')).toBe('2026-06-15');
    expect(si('1951-06-15', '2026-05')).toMatchObject({ healthInsurance: HEALTH, childSupport: CHILD, pension: 0 });
    expect(si('1951-06-15', '2026-06')).toMatchObject({ healthInsurance: 0, childSupport: 0 });
  });
  test('born on the 1st: 1951-07-01 loses health insurance on 2026-07-01, so June is still charged (unlike 厚生年金)', () => {
    expect(ageCoverageApplies('1951-07-01', 'health', '2026-06')).toBe(true);
    expect(ageCoverageApplies('1951-07-01', 'health', '2026-07')).toBe(false);
    expect(si('1951-07-01', '2026-06').healthInsurance).toBe(HEALTH);
    expect(si('1951-07-01', '2026-07').healthInsurance).toBe(0);
  });
  test('calc payroll (monthly run path) deducts neither for a 76-year-old', () => {
    const p = computeMonthlyPayroll({ payDate: '2026-09-25', prefecture: '東京都', birthDate: '1950-06-15', standardMonthlyRemuneration: 360000, taxableWages: 360000, nonTaxableCommuting: 0, dependents: 0, taxColumn: 'kou', employmentInsuranceType: 'general', residentTax: 0 });
    expect([p.healthInsurance, p.childSupport, p.pension]).toEqual([0, 0, 0]);
  });
});

describe('介護保険 still stops at 65 (介護保険法第9条第2号)', () => {
  test('a 70-year-old pays no care insurance; a 64-year-old does', () => {
    expect(careInsuranceApplies('1956-06-15', '2026-08')).toBe(false);
    expect(si('1956-06-15').careInsurance).toBe(0);
    // born 1962-06-15: 65 reached 2027-06-14 → 2026-08 is charged: 360,000 × 11.47 % = 41,292 → 20,646 − 17,730.
    expect(si('1962-06-15').careInsurance).toBe(20646 - HEALTH);
  });
});
