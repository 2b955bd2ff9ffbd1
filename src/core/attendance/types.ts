/**
 * Attendance (勤怠) types shared by the classification, the monthly close and the 36協定 monitor.
 * Times are Tokyo wall-clock 'YYYY-MM-DDTHH:mm' (LocalDateTime); durations are whole minutes.
 */
import type { LocalDate, LocalDateTime, WeekdayName, YearMonth } from '../calendar';

export type PunchKind = 'clockIn' | 'clockOut' | 'breakStart' | 'breakEnd';

/** 打刻. */
export interface Punch {
  readonly at: LocalDateTime;
  readonly kind: PunchKind;
}

export interface Break {
  readonly start: LocalDateTime;
  /** Missing: the break was never ended (an error, never guessed). */
  readonly end?: LocalDateTime | undefined;
}

/** 勤務: one continuous working period; it belongs to the day it started (昭63.1.1 基発1号). */
export interface Shift {
  readonly start: LocalDateTime;
  /** Missing: an open shift (no 退勤), reported as an error and never closed silently. */
  readonly end?: LocalDateTime | undefined;
  readonly breaks?: readonly Break[] | undefined;
}

/** 所定労働 of a work rule: the scheduled day (所定労働日) and its hours. */
export interface WorkSchedule {
  /** 始業 'HH:mm'. */
  readonly start: string;
  /** 終業 'HH:mm'; at or before `start` means the next day (a night schedule). */
  readonly end: string;
  /** 所定休憩 within the scheduled span, minutes. */
  readonly breakMinutes: number;
  /** 所定労働日 weekdays, e.g. monday…friday. */
  readonly workdays: readonly WeekdayName[];
  /** Public holidays (国民の祝日) are 所定休日. */
  readonly publicHolidaysOff?: boolean | undefined;
  /** 会社休日 added by the admin. */
  readonly companyHolidays?: readonly LocalDate[] | undefined;
}

/** 就業規則 / 勤務区分 as far as the classification needs it. */
export interface WorkRule {
  /** 週の起算日 (就業規則; 定めがなければ日曜 — 昭63.1.1 基発1号). */
  readonly weekStart: WeekdayName;
  /** 法定休日 weekday (労基法35条). */
  readonly legalHoliday: WeekdayName;
  readonly dailyLegalMinutes: number;
  readonly weeklyLegalMinutes: number;
  readonly schedule?: WorkSchedule | undefined;
}

export type AttendanceErrorCode =
  | 'openShift' | 'openBreak' | 'endBeforeStart' | 'breakOutsideShift' | 'overlappingBreaks'
  | 'overlappingShifts' | 'shiftTooLong' | 'unmatchedClockOut' | 'unmatchedBreakEnd'
  | 'unmatchedBreakStart' | 'doubleBreakStart' | 'invalidTime';

/** A problem the admin must fix before the month can close (message key `attendance.error.<code>`). */
export interface AttendanceError {
  readonly code: AttendanceErrorCode;
  /** The working day concerned (the shift's start date, or the punch's date). */
  readonly date: LocalDate;
  readonly shiftIndex?: number;
  readonly punchIndex?: number;
}

/** One working day's classification (the day a shift started). */
export interface DayClassification {
  readonly date: LocalDate;
  readonly workedMinutes: number;
  /** 所定労働時間 of the day (0 on a 所定休日 or without a schedule). */
  readonly scheduledMinutes: number;
  /** 法定時間外労働 = daily + weekly, counted once, legal-holiday work excluded. */
  readonly legalOvertimeMinutes: number;
  readonly dailyOvertimeMinutes: number;
  readonly weeklyOvertimeMinutes: number;
  /** 所定外・法定内 (beyond the schedule, within 8 h/40 h); 0 without a schedule. */
  readonly nonStatutoryOvertimeMinutes: number;
  /** 深夜 22:00–05:00 worked, whatever else the minute also is. */
  readonly lateNightMinutes: number;
  /** 法定休日労働: minutes worked on a legal-holiday calendar day (0:00–24:00). */
  readonly legalHolidayMinutes: number;
  readonly latenessMinutes: number;
  readonly earlyLeaveMinutes: number;
  /** 欠勤: a scheduled day with no shift. */
  readonly absent: boolean;
  /** Some shift of this day was invalid (see errors): the day is incomplete and cannot be closed. */
  readonly incomplete: boolean;
}

export interface MonthTotals {
  readonly month: YearMonth;
  readonly workedMinutes: number;
  readonly scheduledMinutes: number;
  readonly legalOvertimeMinutes: number;
  readonly nonStatutoryOvertimeMinutes: number;
  /** Legal overtime beyond 60 h in the calendar month (労基法37条1項ただし書); holiday work not counted. */
  readonly overtimeOver60Minutes: number;
  readonly lateNightMinutes: number;
  readonly legalHolidayMinutes: number;
  readonly latenessMinutes: number;
  readonly earlyLeaveMinutes: number;
  readonly workedDays: number;
  readonly absentDays: number;
  readonly legalHolidayWorkDays: number;
}
