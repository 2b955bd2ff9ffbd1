/**
 * 年次有給休暇の賃金 (労働基準法 第39条第9項; 施行規則 第25条). Expected values worked by hand:
 * - 通常の賃金 of an hourly wage = the day's 所定労働時間 × 時給 (規則25条1項1号): PART 10:00–17:00 with a 60 min
 *   break is 6 h, × 1,300円 = 7,800円 (the demo's E042, issue 13); a half day pays half the day's hours.
 * - 通常の賃金 of a daily wage = the 日給 (規則25条1項2号).
 * - 標準報酬日額 = 標準報酬月額 ÷ 30, 5円未満切り捨て・5円以上10円未満は10円に切り上げ (39条9項ただし書).
 * A monthly wage is neither deducted nor paid extra for the day: its salary already pays it.
 */
import { computePaidLeavePay, standardDailyRemuneration } from '../../../src/core/payroll/paid-leave-pay';
import { computeEmployeeMonth, type EmployeeMonthInput } from '../../../src/core/payroll/employee-month';
import { closeEmployeeMonth, workRuleOf } from '../../../src/core/attendance/monthlyClose';

const PART = workRuleOf({ scheduledStart: '10:00', scheduledEnd: '17:00', breakMinutes: 60, workdays: 'monday,wednesday,friday', publicHolidaysOff: true, weekStart: 'sunday', legalHoliday: 'sunday' });
const day = (date: string, start: string, end: string) => [
  { at: `${date}T${start}`, kind: 'clockIn' as const }, { at: `${date}T12:00`, kind: 'breakStart' as const },
  { at: `${date}T13:00`, kind: 'breakEnd' as const }, { at: `${date}T${end}`, kind: 'clockOut' as const },
];

describe('the monthly close carries the 所定労働時間 of the leave days', () => {
  test('有給 on Fri 2026-10-30, a scheduled PART day: 360 min (6 h); a half day on Wed 10-28: 180 min', () => {
    const r = closeEmployeeMonth({ month: '2026-10', hireDate: '2024-04-01', rule: PART, punches: day('2026-10-26', '10:00', '17:00'), paidLeave: [{ date: '2026-10-30', days: 1 }, { date: '2026-10-28', days: 0.5 }] });
    expect(r.summary.paidLeaveDays).toBe(1.5);
    expect(r.summary.paidLeaveMinutes).toBe(360 + 180);
  });
});

describe('通常の賃金 (default)', () => {
  test('hourly 1,300円, one full leave day of 6 scheduled hours: 7,800円', () => {
    expect(computePaidLeavePay({ payType: 'hourly', method: 'ordinaryWage', rate: 1300, paidLeaveDays: 1, paidLeaveMinutes: 360, standardMonthlyRemuneration: 104_000 }).amount).toBe(7800);
  });
  test('hourly 1,300円, a half day (180 min): 3,900円', () => {
    expect(computePaidLeavePay({ payType: 'hourly', method: 'ordinaryWage', rate: 1300, paidLeaveDays: 0.5, paidLeaveMinutes: 180, standardMonthlyRemuneration: 104_000 }).amount).toBe(3900);
  });
  test('daily 12,000円: 1.5 days = 18,000円', () => {
    expect(computePaidLeavePay({ payType: 'daily', method: 'ordinaryWage', rate: 12_000, paidLeaveDays: 1.5, paidLeaveMinutes: 720, standardMonthlyRemuneration: 260_000 }).amount).toBe(18_000);
  });
  test('monthly: nothing added (the salary is not deducted for the day)', () => {
    expect(computePaidLeavePay({ payType: 'monthly', method: 'ordinaryWage', rate: 300_000, paidLeaveDays: 1, paidLeaveMinutes: 480, standardMonthlyRemuneration: 300_000 }).amount).toBe(0);
  });
});

describe('標準報酬日額 (労使協定の場合): ÷ 30, to 10 yen at 5', () => {
  test.each([
    [104_000, 3470], // 3,466.66… → 6.66 ≥ 5 → 3,470
    [88_000, 2930], // 2,933.33… → 3.33 < 5 → 2,930
    [126_000, 4200], // exactly 4,200
    [98_000, 3270], // 3,266.66… → 3,270
    [93_000, 3100], // 3,100 exactly
    [101_000, 3370], // 3,366.66… → 3,370
    [110_000, 3670], // 3,666.66… → 3,670
  ])('標準報酬月額 %i → %i', (standard, daily) => {
    expect(standardDailyRemuneration(standard)).toBe(daily);
  });
  test('a day and a half at 104,000: 3,470 × 1.5 = 5,205円', () => {
    expect(computePaidLeavePay({ payType: 'hourly', method: 'standardDailyRemuneration', rate: 1300, paidLeaveDays: 1.5, paidLeaveMinutes: 540, standardMonthlyRemuneration: 104_000 }).amount).toBe(5205);
  });
  test('平均賃金 is refused with what to do, never paid as zero', () => {
    expect(() => computePaidLeavePay({ payType: 'hourly', method: 'averageWage', rate: 1300, paidLeaveDays: 1, paidLeaveMinutes: 360, standardMonthlyRemuneration: 104_000 })).toThrow(/平均賃金/);
  });
});

describe('in the month: the leave day is paid on top of the hours worked', () => {
  const input: EmployeeMonthInput = {
    month: '2026-10', payDate: '2026-11-25', hireDate: '2024-04-01', birthDate: '1990-06-15',
    setting: {
      payType: 'hourly', basePay: 1300, allowances: [], commutingAllowance: 0, dependents: 0, taxColumn: 'kou', residentTaxJune: 0, residentTaxMonthly: 0,
      prefecture: '東京都', employmentInsuranceType: 'general', employmentInsuranceEnrolled: false, standardMonthlyRemuneration: 0, otherDeductions: [],
    },
    // 12 PART days worked × 360 min = 4,320 min; 1 day of 有給 (360 scheduled minutes)
    attendance: { workDays: 12, workedMinutes: 4320, legalOvertimeMinutes: 0, nonStatutoryOvertimeMinutes: 0, lateNightMinutes: 0, legalHolidayMinutes: 0, latenessMinutes: 0, earlyLeaveMinutes: 0, absenceDays: 0, paidLeaveDays: 1, paidLeaveMinutes: 360 },
    monthlyAverageScheduledMinutes: 4680, dailyScheduledMinutes: 360, annualScheduledDays: 156, scheduledDaysThisMonth: 13, scheduledDaysEmployed: 13,
    prorationRule: 'calendarDays', absenceRule: 'averageScheduledDays',
  };
  test('hourly: 72 h × 1,300 = 93,600 for the hours, + 7,800 for the leave day = 101,400 gross', () => {
    const r = computeEmployeeMonth(input);
    expect(r.basePay).toBe(93_600);
    expect(r.paidLeavePay).toBe(7800);
    expect(r.earnings.find((e) => e.key === 'paidLeave')).toMatchObject({ name: '有給休暇の賃金', amount: 7800, taxable: true });
    expect(r.payroll.grossPay).toBe(101_400);
  });
  test('monthly: the leave day changes nothing (no deduction, no extra line)', () => {
    const monthly = { ...input, setting: { ...input.setting, payType: 'monthly' as const, basePay: 250_000 }, attendance: { ...input.attendance, paidLeaveMinutes: 480 } };
    const r = computeEmployeeMonth(monthly);
    expect(r.paidLeavePay).toBe(0);
    expect(r.absenceDeduction).toBe(0);
    expect(r.basePay).toBe(250_000);
    expect(r.earnings.some((e) => e.key === 'paidLeave')).toBe(false);
  });
});
