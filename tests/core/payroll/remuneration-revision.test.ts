/**
 * 定時決定 and 随時改定 candidates, worked by hand with the grade table of
 * ../shared/reference/social-insurance/standard_monthly_remuneration_grades.csv
 * (22等級 300,000: 290,000–310,000; 23等級 320,000: 310,000–330,000; 24等級 340,000: 330,000–350,000).
 */
import { annualRevisionCandidate, interimRevisionCandidate } from '../../../src/core/payroll/remuneration-revision';
import { readCsv } from './reference';

const grade = (g: number) => readCsv('social-insurance/standard_monthly_remuneration_grades.csv').find((r) => r.health_grade === String(g))!;

describe('定時決定 (健康保険法 第41条)', () => {
  test('April–June average, effective September', () => {
    // (300,000 + 310,000 + 321,000) ÷ 3 = 310,333.33 → 310,333 → 23等級 320,000.
    const r = annualRevisionCandidate({ year: 2026, currentStandardMonthlyRemuneration: 300000, months: [
      { month: '2026-03', remuneration: 999999, paymentBaseDays: 31 },
      { month: '2026-04', remuneration: 300000, paymentBaseDays: 30 },
      { month: '2026-05', remuneration: 310000, paymentBaseDays: 31 },
      { month: '2026-06', remuneration: 321000, paymentBaseDays: 30 },
    ] });
    expect(r).toMatchObject({ candidate: true, effectiveFrom: '2026-09', average: 310333, healthGrade: 23, standardMonthlyRemuneration: Number(grade(23).standard_monthly_remuneration_yen), currentHealthGrade: 22 });
  });
  test('a month under 17 days is left out; none left keeps the current standard', () => {
    // May has 16 days: (300,000 + 320,000) ÷ 2 = 310,000 → 23等級.
    const months = [
      { month: '2026-04', remuneration: 300000, paymentBaseDays: 20 },
      { month: '2026-05', remuneration: 100000, paymentBaseDays: 16 },
      { month: '2026-06', remuneration: 320000, paymentBaseDays: 20 },
    ];
    expect(annualRevisionCandidate({ year: 2026, currentStandardMonthlyRemuneration: 300000, months })).toMatchObject({ average: 310000, healthGrade: 23, countedMonths: ['2026-04', '2026-06'] });
    // A short-time worker counts 11 days or more: May counts, (300,000 + 100,000 + 320,000) ÷ 3 = 240,000 → 18等級 240,000.
    expect(annualRevisionCandidate({ year: 2026, currentStandardMonthlyRemuneration: 300000, months, shortTimeWorker: true })).toMatchObject({ average: 240000, standardMonthlyRemuneration: 240000 });
    expect(annualRevisionCandidate({ year: 2026, currentStandardMonthlyRemuneration: 300000, months: months.map((m) => ({ ...m, paymentBaseDays: 10 })) })).toMatchObject({ candidate: false });
  });
});

describe('随時改定 (健康保険法 第43条)', () => {
  const three = (a: number, b: number, c: number, days = 20) => [
    { month: '2026-07', remuneration: a, paymentBaseDays: days },
    { month: '2026-08', remuneration: b, paymentBaseDays: days },
    { month: '2026-09', remuneration: c, paymentBaseDays: days },
  ];
  test('a raise from July, two grades up: candidate from October', () => {
    // (340,000 + 345,000 + 350,000) ÷ 3 = 345,000 → 24等級 340,000; current 22等級: +2.
    expect(interimRevisionCandidate({ firstMonth: '2026-07', direction: 'up', currentStandardMonthlyRemuneration: 300000, months: three(340000, 345000, 350000) }))
      .toMatchObject({ candidate: true, effectiveFrom: '2026-10', average: 345000, healthGrade: 24, standardMonthlyRemuneration: 340000 });
  });
  test('one grade only, a month under 17 days, or the wrong direction: no candidate', () => {
    // 320,000 average → 23等級: +1.
    expect(interimRevisionCandidate({ firstMonth: '2026-07', direction: 'up', currentStandardMonthlyRemuneration: 300000, months: three(320000, 320000, 320000) }).candidate).toBe(false);
    expect(interimRevisionCandidate({ firstMonth: '2026-07', direction: 'up', currentStandardMonthlyRemuneration: 300000, months: three(345000, 345000, 345000, 16) }).candidate).toBe(false);
    // A pay cut but overtime pushed the average 2 grades up: not a 随時改定.
    expect(interimRevisionCandidate({ firstMonth: '2026-07', direction: 'down', currentStandardMonthlyRemuneration: 300000, months: three(345000, 345000, 345000) }).candidate).toBe(false);
    expect(interimRevisionCandidate({ firstMonth: '2026-07', direction: 'up', currentStandardMonthlyRemuneration: 300000, months: three(345000, 345000, 345000).slice(0, 2) }).candidate).toBe(false);
  });
});
