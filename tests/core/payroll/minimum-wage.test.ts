/**
 * 地域別最低賃金 (最低賃金法第4条, 施行規則第1条・第2条). Expected amounts are the 令和6・7年度 時間額 and 発効日
 * of the MHLW list (as restated by the sources in rates/minimum-wage.ts), written here by hand.
 */
import { checkMinimumWage, minimumWageOn } from '../../../src/core/payroll/minimum-wage';
import { MINIMUM_WAGES } from '../../../src/core/payroll/rates/minimum-wage';
import { prefectures } from '../../../src/core/payroll/rates/social-insurance.generated';
import { runCalc } from '../../../src/local/cli/calc';

describe('the dated amounts', () => {
  test('every prefecture, by the same names as the health insurance data', () => {
    expect(MINIMUM_WAGES.map((r) => r.prefecture)).toEqual([...prefectures]);
  });
  test.each([
    // [prefecture, the day before, 令和6年度, 発効日, 令和7年度]
    ['東京都', '2025-10-02', 1163, '2025-10-03', 1226],
    ['栃木県', '2025-09-30', 1004, '2025-10-01', 1068],
    ['大阪府', '2025-10-15', 1114, '2025-10-16', 1177],
    ['秋田県', '2026-03-30', 951, '2026-03-31', 1031],
    ['熊本県', '2025-12-31', 952, '2026-01-01', 1034],
    ['沖縄県', '2025-11-30', 952, '2025-12-01', 1023],
  ])('%s: %s → %s円, from %s → %s円', (pref, before, old, from, revised) => {
    expect(minimumWageOn(pref, before).hourly).toBe(old);
    expect(minimumWageOn(pref, from).hourly).toBe(revised);
  });
  test('no data before 2025-01-01, and an unknown prefecture names the field', () => {
    expect(() => minimumWageOn('東京都', '2024-12-31')).toThrow(/^date/);
    expect(() => minimumWageOn('Tokyo', '2026-06-01')).toThrow(/^prefecture/);
  });
});

describe('the wage that counts, as an hourly amount (施行規則第2条)', () => {
  const parts = [
    { name: '職務手当', amount: 10000, kind: 'counted' as const },
    { name: '通勤手当', amount: 15000, kind: 'commuting' as const },
    { name: '家族手当', amount: 5000, kind: 'family' as const },
    { name: '精皆勤手当', amount: 3000, kind: 'attendance' as const },
  ];
  test('monthly 180,000 + 職務手当 10,000 over 160 h in Tokyo: 1,187.50 < 1,226, short 39 an hour, 6,160 a month', () => {
    // 190,000 ÷ 160 = 1,187.5; 1,226 − 1,187.5 = 38.5 → 39; 1,226 × 160 = 196,160 − 190,000 = 6,160.
    const r = checkMinimumWage({ prefecture: '東京都', date: '2026-06-25', payType: 'monthly', wage: 180000, parts, monthlyAverageScheduledMinutes: 9600 });
    expect(r).toMatchObject({ minimumWage: 1226, hourlyEquivalent: '1187.50', below: true, shortfall: 39, monthlyShortfall: 6160 });
    expect(r.explanation.join('\n')).toMatch(/通勤手当 15,000円: 最低賃金の計算に含めない/);
  });
  test('the same pay before the October change is above the old 1,163', () => {
    const r = checkMinimumWage({ prefecture: '東京都', date: '2025-10-02', payType: 'monthly', wage: 180000, parts, monthlyAverageScheduledMinutes: 9600 });
    expect(r).toMatchObject({ minimumWage: 1163, below: false, shortfall: 0, monthlyShortfall: 0 });
  });
  test('hourly 1,200 in Tokyo: short 26; daily 9,000 for 8 h (1,125): short 101', () => {
    expect(checkMinimumWage({ prefecture: '東京都', date: '2026-06-25', payType: 'hourly', wage: 1200 })).toMatchObject({ below: true, shortfall: 26, monthlyShortfall: null });
    expect(checkMinimumWage({ prefecture: '東京都', date: '2026-06-25', payType: 'daily', wage: 9000, dailyScheduledMinutes: 480 })).toMatchObject({ hourlyEquivalent: '1125.00', shortfall: 101 });
    expect(checkMinimumWage({ prefecture: '東京都', date: '2026-06-25', payType: 'hourly', wage: 1226 })).toMatchObject({ below: false });
  });
  test('monthly pay without the monthly scheduled minutes is refused naming the field', () => {
    expect(() => checkMinimumWage({ prefecture: '東京都', date: '2026-06-25', payType: 'monthly', wage: 200000 })).toThrow(/^monthlyAverageScheduledMinutes/);
  });
});

test('kanri calc minimum-wage', () => {
  let out = '';
  const code = runCalc('minimum-wage', JSON.stringify({ prefecture: '東京都', date: '2026-06-25', payType: 'hourly', wage: 1200 }), { out: (t) => (out += t), err: () => undefined });
  expect(code).toBe(0);
  expect(JSON.parse(out)).toMatchObject({ hourlyEquivalent: '1200.00', minimumWage: 1226, shortfall: 26 });
});
