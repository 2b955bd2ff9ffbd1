/** `kanri calc` commands for attendance: day-classification, agreement36, leave-grants. */
import { classifyDays, monthTotals, monthsOf } from '../../core/attendance/classify';
import { checkAgreement36 } from '../../core/attendance/agreement36';
import { leaveBalance, PROPORTIONAL_NEEDS_HOURS } from '../../core/attendance/paidLeave';
import { PAID_LEAVE_GRANTS } from '../../core/attendance/rates/paidLeaveGrantDays';
import { message } from '../../core/i18n';
import { agreement36Input, dayClassificationInput, leaveGrantsInput } from '../../schema/calc-attendance';
import type { CalcCommand } from './types';
import type { DayClassificationInput, Agreement36Input, LeaveGrantsInput } from '../../schema/calc-attendance';

const TOTAL_KEYS = ['workedMinutes', 'scheduledMinutes', 'legalOvertimeMinutes', 'nonStatutoryOvertimeMinutes', 'overtimeOver60Minutes',
  'lateNightMinutes', 'legalHolidayMinutes', 'latenessMinutes', 'earlyLeaveMinutes', 'absentDays'] as const;

const dayClassification: CalcCommand<DayClassificationInput> = {
  summary: 'daily classification of shifts: worked, legal overtime (8 h/40 h), late night, legal-holiday minutes',
  input: dayClassificationInput,
  example: {
    rule: { weekStart: 'sunday', legalHoliday: 'sunday', dailyLegalMinutes: 480, weeklyLegalMinutes: 2400 },
    shifts: [{ start: '2026-05-11T09:00', end: '2026-05-11T18:00', breaks: [{ start: '2026-05-11T12:00', end: '2026-05-11T13:00' }] }],
  },
  run: (input) => {
    const { days, errors } = classifyDays(input);
    if (errors.length) {
      // An open or invalid shift is never closed silently: name each one and fail.
      throw new Error(`invalid shifts:\n${errors.map((e) => `  input.shifts[${e.shiftIndex}]: ${message('en', `attendance.error.${e.code}`, { date: e.date })}`).join('\n')}`);
    }
    // overtimeOver60Minutes is per calendar month (労基法37条1項ただし書): the total adds each month's.
    const months = monthsOf(days).map((m) => monthTotals(days, m));
    const totals = Object.fromEntries(TOTAL_KEYS.map((k) => [k, months.reduce((s, m) => s + m[k], 0)]));
    return { days, totals, months };
  },
};

const agreement36: CalcCommand<Agreement36Input> = {
  summary: '36協定 limits for the latest month: monthly45, yearly360, yearly720, monthlyUnder100, average80, over45Count',
  input: agreement36Input,
  example: { agreement: { startMonth: '2026-04', specialClause: true, variableYear: false }, months: [{ month: '2026-04', overtimeMinutes: 600, holidayMinutes: 0 }] },
  run: (input) => {
    const limits = checkAgreement36(input.agreement, input.months);
    return { month: [...input.months.map((m) => m.month)].sort().at(-1), limits };
  },
};

const leaveGrants: CalcCommand<LeaveGrantsInput> = {
  summary: 'annual paid leave grants (労基法39条), two-year expiry, oldest first, balance on a date',
  input: leaveGrantsInput,
  example: { hireDate: '2024-04-01', weeklyScheduledDays: 5, weeklyScheduledHours: 40, asOf: '2026-11-25', attendanceBelow80: ['2025-10-01'], taken: [{ date: '2026-01-05', days: 1 }] },
  run: (input) => {
    if (input.weeklyScheduledDays === undefined && input.annualScheduledDays === undefined && (input.weeklyScheduledHours ?? 0) * 60 < PAID_LEAVE_GRANTS.proportionalBelowWeeklyMinutes) {
      throw new Error('input.weeklyScheduledDays: required unless annualScheduledDays is given or weeklyScheduledHours ≥ 30');
    }
    if (input.weeklyScheduledHours === undefined && ((input.weeklyScheduledDays ?? PAID_LEAVE_GRANTS.generalFromWeeklyDays) < PAID_LEAVE_GRANTS.generalFromWeeklyDays
      || (input.weeklyScheduledDays === undefined && (input.annualScheduledDays ?? Infinity) < PAID_LEAVE_GRANTS.annualDaysLowerBounds.at(-1)!))) {
      throw new Error(`input.${PROPORTIONAL_NEEDS_HOURS}`);
    }
    return leaveBalance(input);
  },
};

export const attendanceCalcCommands: Record<string, CalcCommand> = {
  'day-classification': dayClassification,
  agreement36,
  'leave-grants': leaveGrants,
};
