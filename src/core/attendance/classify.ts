/**
 * 日次の勤怠区分: from shifts to worked, scheduled, overtime, late-night and legal-holiday minutes.
 *
 * Rules (労働基準法, with the 通達 that settle the edge cases):
 * - A shift belongs to the day it started; a continuous shift across midnight counts toward the
 *   start day's 8 hours (昭63.1.1 基発1号: 継続勤務が2暦日にわたる場合は始業時刻の属する日の労働).
 * - 法定休日 is the calendar day 0:00–24:00 of the rule's legalHoliday weekday (労基法35条; 昭23.11.9
 *   基収2968, 平6.5.31 基発331): after-midnight hours that fall on it are holiday work; after-midnight
 *   hours of a holiday shift that fall on a normal day are not.
 * - Legal-holiday minutes are outside the 8 h/40 h count and never legal overtime, even beyond 8 h
 *   (平11.3.31 基発168号: 休日労働には時間外労働の規制なし).
 * - Daily overtime: non-holiday minutes of the day beyond dailyLegalMinutes (労基法32条2項).
 *   Weekly overtime: in the week from rule.weekStart, minutes beyond weeklyLegalMinutes counted in
 *   day order, excluding minutes already daily overtime (労基法32条1項; 昭63.1.1 基発1号), so each minute
 *   is counted once. The caller passes every shift of each week concerned (a month's first week may
 *   start in the previous month).
 * - 深夜: worked minutes in 22:00–05:00 of each calendar day (労基法37条4項), independent of the rest.
 * - Lateness/early leave: first start after / last end before the scheduled span, capped at the span.
 * - 所定時間外・法定内 (法定内残業): every non-holiday minute of the day that is neither legal overtime nor
 *   scheduled work, i.e. worked minutes − legal overtime − the minutes worked inside the scheduled span
 *   (at most the day's 所定労働時間). A late start made up after 終業 is therefore 法定内残業 and is paid,
 *   while the lateness is deducted: each minute is deducted or paid once, never deducted and left unpaid
 *   (労基法24条 全額払い).
 */
import {
  addDays, dayNumber, datesFrom, fromDayNumber, isLocalDateTime, localMinutes, weekday, weekdayIndex,
  yearMonthOf, type LocalDate, type YearMonth,
} from '../calendar';
import { isPublicHoliday } from '../holidays';
import { LABOR_STANDARDS } from './rates/laborStandards';
import { lateNightOverlap, length, overlap, splitAtMidnight, subtract, type Interval } from './intervals';
import type { AttendanceError, DayClassification, MonthTotals, Shift, WorkRule, WorkSchedule } from './types';

/** Kanri plausibility rule, not law: a "shift" over 24 h is a forgotten clockOut, shown as an error. */
export const MAX_SHIFT_MINUTES = 24 * 60;

interface ValidShift {
  readonly index: number;
  readonly date: LocalDate;
  readonly span: Interval;
  readonly work: Interval[];
}

/** Checks one shift; returns its worked intervals or the errors that keep it out of the totals. */
function validateShift(shift: Shift, index: number): { valid?: ValidShift; errors: AttendanceError[] } {
  const date = shift.start.slice(0, 10);
  const err = (code: AttendanceError['code']): { errors: AttendanceError[] } => ({ errors: [{ code, date, shiftIndex: index }] });
  const times = [shift.start, shift.end, ...(shift.breaks ?? []).flatMap((b) => [b.start, b.end])];
  if (times.some((t) => t !== undefined && !isLocalDateTime(t))) return err('invalidTime');
  if (shift.end === undefined) return err('openShift');
  const span: Interval = [localMinutes(shift.start), localMinutes(shift.end)];
  if (span[1] <= span[0]) return err('endBeforeStart');
  if (span[1] - span[0] > MAX_SHIFT_MINUTES) return err('shiftTooLong');
  const breaks: Interval[] = [];
  for (const b of shift.breaks ?? []) {
    if (b.end === undefined) return err('openBreak');
    const i: Interval = [localMinutes(b.start), localMinutes(b.end)];
    if (i[1] <= i[0]) return err('endBeforeStart');
    if (i[0] < span[0] || i[1] > span[1]) return err('breakOutsideShift');
    breaks.push(i);
  }
  breaks.sort((x, y) => x[0] - y[0]);
  for (let k = 1; k < breaks.length; k++) if (breaks[k]![0] < breaks[k - 1]![1]) return err('overlappingBreaks');
  return { valid: { index, date, span, work: subtract(span, breaks) }, errors: [] };
}

/** The first day of the week containing `date`, the week starting on rule.weekStart. */
export function weekStartOf(date: LocalDate, rule: Pick<WorkRule, 'weekStart'>): LocalDate {
  return addDays(date, -((weekday(date) - weekdayIndex(rule.weekStart) + 7) % 7));
}

/** A work rule with the statutory 8 h / 40 h (労基法32条); 週の起算日 defaults to Sunday (昭63.1.1 基発1号). */
export function statutoryWorkRule(legalHoliday: WorkRule['legalHoliday'] = 'sunday', weekStart: WorkRule['weekStart'] = 'sunday'): WorkRule {
  return { weekStart, legalHoliday, dailyLegalMinutes: LABOR_STANDARDS.dailyLegalMinutes, weeklyLegalMinutes: LABOR_STANDARDS.weeklyLegalMinutes };
}

export function isLegalHoliday(date: LocalDate, rule: Pick<WorkRule, 'legalHoliday'>): boolean {
  return weekday(date) === weekdayIndex(rule.legalHoliday);
}

const hhmm = (text: string): number => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));

/** The scheduled span of `date` in local minutes, or undefined on a 所定休日 (legal holiday included). */
export function scheduledSpan(date: LocalDate, rule: WorkRule): { span: Interval; minutes: number } | undefined {
  const s: WorkSchedule | undefined = rule.schedule;
  if (!s || isLegalHoliday(date, rule)) return undefined;
  if (!s.workdays.some((w) => weekdayIndex(w) === weekday(date))) return undefined;
  if (s.publicHolidaysOff && isPublicHoliday(date)) return undefined;
  if (s.companyHolidays?.includes(date)) return undefined;
  const base = localMinutes(`${date}T00:00`);
  const start = base + hhmm(s.start);
  let end = base + hhmm(s.end);
  if (end <= start) end += 24 * 60; // a night schedule ends the next day
  return { span: [start, end], minutes: Math.max(0, end - start - s.breakMinutes) };
}

export interface ClassifyInput {
  readonly rule: WorkRule;
  readonly shifts: readonly Shift[];
  /** With a period, every scheduled day in it appears (an absence when it has no shift). */
  readonly period?: { readonly from: LocalDate; readonly to: LocalDate } | undefined;
  /**
   * Regular (non-overtime) minutes of a week worked before the first shift given (before the company's first
   * punches, entered by the admin): counted toward that week's 40 h first (労基法32条1項).
   */
  readonly carriedWeek?: { readonly weekStart: LocalDate; readonly minutes: number } | undefined;
}

export interface ClassifyResult {
  readonly days: DayClassification[];
  readonly errors: AttendanceError[];
}

interface DayWork {
  counted: number; // non-holiday minutes (toward 8 h / 40 h)
  pieces: Interval[]; // the non-holiday worked intervals (to measure the part inside the scheduled span)
  holiday: number;
  lateNight: number;
  first: number;
  last: number;
}

export function classifyDays({ rule, shifts, period, carriedWeek }: ClassifyInput): ClassifyResult {
  const errors: AttendanceError[] = [];
  const valid: ValidShift[] = [];
  shifts.forEach((shift, index) => {
    const r = validateShift(shift, index);
    errors.push(...r.errors);
    if (r.valid) valid.push(r.valid);
  });
  valid.sort((a, b) => a.span[0] - b.span[0]);
  const overlapping = new Set<number>();
  for (let k = 1; k < valid.length; k++) {
    if (valid[k]!.span[0] < valid[k - 1]!.span[1]) {
      overlapping.add(k - 1).add(k);
      errors.push({ code: 'overlappingShifts', date: valid[k]!.date, shiftIndex: valid[k]!.index });
    }
  }
  const incompleteDates = new Set(errors.map((e) => e.date));
  const legalHolidayWeekday = weekdayIndex(rule.legalHoliday);
  const { lateNightStartMinute, lateNightEndMinute } = LABOR_STANDARDS;

  const work = new Map<LocalDate, DayWork>();
  valid.forEach((v, k) => {
    if (overlapping.has(k)) return;
    const d = work.get(v.date) ?? { counted: 0, pieces: [], holiday: 0, lateNight: 0, first: v.span[0], last: v.span[1] };
    d.first = Math.min(d.first, v.span[0]);
    d.last = Math.max(d.last, v.span[1]);
    for (const interval of v.work) {
      for (const { day, piece } of splitAtMidnight(interval)) {
        // 法定休日 is the calendar day (昭23.11.9 基収2968): judged per piece, not per shift.
        if (weekday(fromDayNumber(day)) === legalHolidayWeekday) d.holiday += length(piece);
        else {
          d.counted += length(piece);
          d.pieces.push(piece);
        }
        d.lateNight += lateNightOverlap(day, piece, lateNightStartMinute, lateNightEndMinute);
      }
    }
    work.set(v.date, d);
  });

  const dates = new Set<LocalDate>([...work.keys(), ...incompleteDates]);
  if (period) for (const date of datesFrom(period.from, period.to)) if (scheduledSpan(date, rule)) dates.add(date);
  const ordered = [...dates].sort((a, b) => dayNumber(a) - dayNumber(b));

  const weekly = new Map<LocalDate, number>(); // week start → regular (non-overtime) minutes so far
  if (carriedWeek) weekly.set(carriedWeek.weekStart, carriedWeek.minutes);
  const days = ordered.map((date): DayClassification => {
    const d = work.get(date);
    const counted = d?.counted ?? 0;
    const dailyOvertime = Math.max(0, counted - rule.dailyLegalMinutes);
    const week = weekStartOf(date, rule);
    const before = weekly.get(week) ?? 0;
    const after = before + counted - dailyOvertime;
    weekly.set(week, after);
    const weeklyOvertime = Math.max(0, after - rule.weeklyLegalMinutes) - Math.max(0, before - rule.weeklyLegalMinutes);
    const legalOvertime = dailyOvertime + weeklyOvertime;
    const scheduled = scheduledSpan(date, rule);
    const scheduledMinutes = scheduled?.minutes ?? 0;
    const spanMinutes = scheduled ? length(scheduled.span) : 0;
    // Scheduled work done: minutes worked inside the scheduled span, at most the day's 所定労働時間.
    const inSchedule = scheduled && d ? Math.min(scheduledMinutes, d.pieces.reduce((t, p) => t + overlap(p, scheduled.span), 0)) : 0;
    return {
      date,
      workedMinutes: counted + (d?.holiday ?? 0),
      scheduledMinutes,
      legalOvertimeMinutes: legalOvertime,
      dailyOvertimeMinutes: dailyOvertime,
      weeklyOvertimeMinutes: weeklyOvertime,
      nonStatutoryOvertimeMinutes: rule.schedule ? Math.max(0, counted - legalOvertime - inSchedule) : 0,
      lateNightMinutes: d?.lateNight ?? 0,
      legalHolidayMinutes: d?.holiday ?? 0,
      latenessMinutes: scheduled && d ? Math.min(spanMinutes, Math.max(0, d.first - scheduled.span[0])) : 0,
      earlyLeaveMinutes: scheduled && d ? Math.min(spanMinutes, Math.max(0, scheduled.span[1] - d.last)) : 0,
      absent: !!scheduled && !d && !incompleteDates.has(date),
      incomplete: incompleteDates.has(date),
    };
  });
  return { days, errors };
}

/** Sums the days of one calendar month (a day belongs to the month of its date). */
export function monthTotals(days: readonly DayClassification[], month: YearMonth): MonthTotals {
  const inMonth = days.filter((d) => yearMonthOf(d.date) === month);
  const sum = (f: (d: DayClassification) => number): number => inMonth.reduce((s, d) => s + f(d), 0);
  const legalOvertimeMinutes = sum((d) => d.legalOvertimeMinutes);
  return {
    month,
    workedMinutes: sum((d) => d.workedMinutes),
    scheduledMinutes: sum((d) => d.scheduledMinutes),
    legalOvertimeMinutes,
    nonStatutoryOvertimeMinutes: sum((d) => d.nonStatutoryOvertimeMinutes),
    // 労基法37条1項ただし書: 延長して労働させた時間 (時間外) only; 法定休日労働 is not 延長 and does not count.
    overtimeOver60Minutes: Math.max(0, legalOvertimeMinutes - LABOR_STANDARDS.overtimeOver60ThresholdMinutes),
    lateNightMinutes: sum((d) => d.lateNightMinutes),
    legalHolidayMinutes: sum((d) => d.legalHolidayMinutes),
    latenessMinutes: sum((d) => d.latenessMinutes),
    earlyLeaveMinutes: sum((d) => d.earlyLeaveMinutes),
    workedDays: inMonth.filter((d) => d.workedMinutes > 0).length,
    absentDays: inMonth.filter((d) => d.absent).length,
    legalHolidayWorkDays: inMonth.filter((d) => d.legalHolidayMinutes > 0).length,
  };
}

/** The months that `days` touch, in order. */
export function monthsOf(days: readonly DayClassification[]): YearMonth[] {
  return [...new Set(days.map((d) => yearMonthOf(d.date)))].sort();
}
