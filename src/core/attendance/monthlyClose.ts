/**
 * 月次締め: one employee's month from punches, approved leave and the work rule. Pure. The result is
 * the row of 月次勤怠 that payroll consumes; any error (an open shift, a punch that pairs with
 * nothing) blocks the close of that employee and is listed for the admin.
 */
import { addDays, firstDayOfMonth, lastDayOfMonth, weekday, weekdayIndex, type LocalDate, type WeekdayName, type YearMonth } from '../calendar';
import { classifyDays, monthTotals, scheduledSpan } from './classify';
import { punchesToShifts } from './punches';
import { LABOR_STANDARDS } from './rates/laborStandards';
import type { AttendanceError, Punch, WorkRule } from './types';

/** A 勤務区分 row as the close needs it. */
export interface WorkRuleRow {
  scheduledStart: string;
  scheduledEnd: string;
  breakMinutes: number;
  workdays: string;
  publicHolidaysOff: boolean;
  weekStart: WeekdayName;
  legalHoliday: WeekdayName;
}

export function workRuleOf(row: WorkRuleRow, companyHolidays: readonly LocalDate[] = []): WorkRule {
  return {
    weekStart: row.weekStart,
    legalHoliday: row.legalHoliday,
    dailyLegalMinutes: LABOR_STANDARDS.dailyLegalMinutes,
    weeklyLegalMinutes: LABOR_STANDARDS.weeklyLegalMinutes,
    schedule: {
      start: row.scheduledStart,
      end: row.scheduledEnd,
      breakMinutes: row.breakMinutes,
      workdays: row.workdays.split(',').map((d) => d.trim()) as WeekdayName[],
      publicHolidaysOff: row.publicHolidaysOff,
      companyHolidays,
    },
  };
}

export interface EmployeeMonthInput {
  month: YearMonth;
  hireDate: LocalDate;
  leaveDate?: LocalDate | undefined;
  rule: WorkRule;
  /** Every punch from the start of the week containing the 1st to the day after the month's end. */
  punches: readonly Punch[];
  /** Approved paid leave in the month: 1 day or 0.5 (half day). */
  paidLeave: readonly { date: LocalDate; days: number }[];
  /** Minutes worked before the company's first punches in the days of the month's first week (goLiveWeekDays). */
  goLiveWeekMinutes?: number | undefined;
}

export interface EmployeeMonthSummary {
  workDays: number;
  workedMinutes: number;
  scheduledMinutes: number;
  legalOvertimeMinutes: number;
  nonStatutoryOvertimeMinutes: number;
  overtimeOver60Minutes: number;
  lateNightMinutes: number;
  legalHolidayMinutes: number;
  latenessMinutes: number;
  earlyLeaveMinutes: number;
  absenceDays: number;
  paidLeaveDays: number;
  /**
   * 所定労働時間 of the paid-leave days (a half day: half, rounded up to the minute in the employee's favour):
   * what 通常の賃金 pays an hourly employee for them (労基法39条9項).
   */
  paidLeaveMinutes: number;
}

export interface EmployeeMonthResult {
  summary: EmployeeMonthSummary;
  errors: AttendanceError[];
}

/** The first day of the week (by the rule's 週の起算日) that contains `date`. */
function weekStartOf(date: LocalDate, weekStart: WeekdayName): LocalDate {
  return addDays(date, -((weekday(date) - weekdayIndex(weekStart) + 7) % 7));
}

/**
 * The days of the month's first week that fall before the 1st and before the company's first punch, on which this
 * employee was employed and scheduled to work: at go-live their hours are not in Kanri, yet they count toward the
 * week's 40 h (労基法32条1項). Empty when the week starts on the 1st or the punches cover those days.
 */
export function goLiveWeekDays(month: YearMonth, rule: WorkRule, firstPunchDate: LocalDate | undefined, hireDate: LocalDate): LocalDate[] {
  const from = firstDayOfMonth(month);
  const days: LocalDate[] = [];
  for (let d = weekStartOf(from, rule.weekStart); d < from; d = addDays(d, 1)) {
    if (d >= hireDate && (!firstPunchDate || d < firstPunchDate) && scheduledSpan(d, rule)) days.push(d);
  }
  return days;
}

export function closeEmployeeMonth(input: EmployeeMonthInput): EmployeeMonthResult {
  const from = firstDayOfMonth(input.month);
  const to = lastDayOfMonth(input.month);
  // A week that straddles the 1st is counted whole (40 h/week), so its earlier days are classified too.
  const classifyFrom = weekStartOf(from, input.rule.weekStart);
  const punches = input.punches.filter((p) => p.at.slice(0, 10) >= classifyFrom && p.at.slice(0, 10) <= addDays(to, 1));
  const { shifts, errors: punchErrors } = punchesToShifts(punches);
  const ownShifts = shifts.filter((s) => s.start.slice(0, 10) <= to);
  const employed = (d: LocalDate) => d >= input.hireDate && (!input.leaveDate || d <= input.leaveDate);
  const carriedWeek = input.goLiveWeekMinutes !== undefined ? { weekStart: classifyFrom, minutes: input.goLiveWeekMinutes } : undefined;
  const { days, errors } = classifyDays({ rule: input.rule, shifts: ownShifts, period: { from: classifyFrom, to }, carriedWeek });
  const inMonth = days.filter((d) => d.date >= from && employed(d.date));
  const totals = monthTotals(inMonth, input.month);
  const leaveByDate = new Map<LocalDate, number>();
  for (const l of input.paidLeave) if (l.date >= from && l.date <= to) leaveByDate.set(l.date, (leaveByDate.get(l.date) ?? 0) + l.days);
  // A day covered by paid leave is not an absence; on a half-day leave, lateness/early leave are not counted.
  const absenceDays = inMonth.filter((d) => d.absent && (leaveByDate.get(d.date) ?? 0) < 1).length;
  const excused = (d: (typeof inMonth)[number]) => (leaveByDate.get(d.date) ?? 0) > 0;
  return {
    summary: {
      workDays: totals.workedDays,
      workedMinutes: totals.workedMinutes,
      scheduledMinutes: totals.scheduledMinutes,
      legalOvertimeMinutes: totals.legalOvertimeMinutes,
      nonStatutoryOvertimeMinutes: totals.nonStatutoryOvertimeMinutes,
      overtimeOver60Minutes: totals.overtimeOver60Minutes,
      lateNightMinutes: totals.lateNightMinutes,
      legalHolidayMinutes: totals.legalHolidayMinutes,
      latenessMinutes: inMonth.filter((d) => !excused(d)).reduce((s, d) => s + d.latenessMinutes, 0),
      earlyLeaveMinutes: inMonth.filter((d) => !excused(d)).reduce((s, d) => s + d.earlyLeaveMinutes, 0),
      absenceDays,
      paidLeaveDays: [...leaveByDate.values()].reduce((s, v) => s + v, 0),
      paidLeaveMinutes: [...leaveByDate].filter(([date]) => employed(date))
        .reduce((s, [date, days]) => s + Math.ceil((scheduledSpan(date, input.rule)?.minutes ?? 0) * Math.min(1, days)), 0),
    },
    errors: [...punchErrors, ...errors].filter((e) => e.date >= from && e.date <= to),
  };
}
