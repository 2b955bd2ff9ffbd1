/** 欠勤・遅刻早退控除, worked by hand (company rule; 労働基準法 第24条: never more than the time not worked). */
import { computeAbsenceDeduction } from '../../../src/core/payroll/absence-deduction';

describe('absence and lateness deductions', () => {
  test('by the month\'s scheduled days', () => {
    // 300,000 ÷ 21 days = 14,285.71…; 2 days → 28,571.42… → 28,571; 90 min of 480 → 2,678.57… → 2,678.
    const r = computeAbsenceDeduction({ monthlyWage: 300000, rule: 'monthlyScheduledDays', scheduledDaysThisMonth: 21, absenceDays: 2, latenessMinutes: 90, dailyScheduledMinutes: 480 });
    expect([r.absenceDeduction, r.latenessDeduction, r.total]).toEqual([28571, 2678, 31249]);
  });
  test('by the yearly average (245 days ÷ 12)', () => {
    // 300,000 × 12 ÷ 245 = 14,693.87…; 1 day → 14,693.
    expect(computeAbsenceDeduction({ monthlyWage: 300000, rule: 'averageScheduledDays', annualScheduledDays: 245, absenceDays: 1, latenessMinutes: 0, dailyScheduledMinutes: 480 }).absenceDeduction).toBe(14693);
  });
});
