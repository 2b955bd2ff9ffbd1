/** Input schemas of the attendance `kanri calc` commands (day-classification, agreement36, leave-grants). */
import * as z from 'zod/mini';
import { isLocalDate, isLocalDateTime, isYearMonth, WEEKDAY_NAMES } from '../core/calendar';

const localDate = z.string().check(z.refine(isLocalDate, 'must be a date YYYY-MM-DD'));
const localDateTime = z.string().check(z.refine(isLocalDateTime, 'must be a local Tokyo time YYYY-MM-DDTHH:mm'));
const yearMonth = z.string().check(z.refine(isYearMonth, 'must be a month YYYY-MM'));
const minutes = z.number().check(z.int(), z.nonnegative());
const weekdayName = z.enum(WEEKDAY_NAMES);
const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:mm'));

export const workScheduleSchema = z.object({
  start: hhmm,
  end: hhmm,
  breakMinutes: minutes,
  workdays: z.array(weekdayName),
  publicHolidaysOff: z.optional(z.boolean()),
  companyHolidays: z.optional(z.array(localDate)),
});

export const workRuleSchema = z.object({
  weekStart: weekdayName,
  legalHoliday: weekdayName,
  dailyLegalMinutes: z.number().check(z.int(), z.positive()),
  weeklyLegalMinutes: z.number().check(z.int(), z.positive()),
  schedule: z.optional(workScheduleSchema),
});

export const shiftSchema = z.object({
  start: localDateTime,
  /** Optional so that an open shift reaches the classification and is reported as such. */
  end: z.optional(localDateTime),
  breaks: z.optional(z.array(z.object({ start: localDateTime, end: z.optional(localDateTime) }))),
});

export const dayClassificationInput = z.object({
  rule: workRuleSchema,
  shifts: z.array(shiftSchema),
  period: z.optional(z.object({ from: localDate, to: localDate })),
});
export type DayClassificationInput = z.infer<typeof dayClassificationInput>;

export const agreement36Input = z.object({
  agreement: z.object({ startMonth: yearMonth, specialClause: z.boolean(), variableYear: z.boolean() }),
  months: z.array(z.object({ month: yearMonth, overtimeMinutes: minutes, holidayMinutes: minutes })).check(z.minLength(1)),
});
export type Agreement36Input = z.infer<typeof agreement36Input>;

const halfDays = z.number().check(z.positive(), z.refine((n) => Number.isInteger(n * 2), 'must be a whole or half day'));

export const leaveGrantsInput = z.object({
  hireDate: localDate,
  weeklyScheduledDays: z.optional(z.number().check(z.int(), z.nonnegative(), z.lte(7))),
  weeklyScheduledHours: z.optional(z.number().check(z.nonnegative(), z.lte(168))),
  annualScheduledDays: z.optional(z.number().check(z.int(), z.nonnegative(), z.lte(366))),
  asOf: localDate,
  attendanceBelow80: z.optional(z.array(localDate)),
  taken: z.optional(z.array(z.object({ date: localDate, days: halfDays }))),
});
export type LeaveGrantsInput = z.infer<typeof leaveGrantsInput>;
