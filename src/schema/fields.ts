/** Field schemas shared by tables and forms: dates, months, e-mails, codes, yen. */
import { string, number, int, check, refine, regex, maxLength, minimum, maximum, type ZodMiniString, type ZodMiniNumber } from 'zod/mini';
import { isLocalDate, isLocalDateTime, isYearMonth } from '../core/calendar';

/** Longest free text Kanri accepts in a form field (a cell holds 50,000 characters at most). */
export const MAX_TEXT = 2000;

export const text = (max = MAX_TEXT): ZodMiniString<string> => string().check(maxLength(max));
export const requiredText = (max = MAX_TEXT): ZodMiniString<string> => string().check(maxLength(max), refine((s) => s.trim().length > 0, 'must not be empty'));

/** 'YYYY-MM-DD', a real calendar date (2026-02-30 is rejected). */
export const localDate = (): ZodMiniString<string> => string().check(refine(isLocalDate, 'must be a date YYYY-MM-DD'));
/** 'YYYY-MM'. */
export const yearMonth = (): ZodMiniString<string> => string().check(refine(isYearMonth, 'must be a month YYYY-MM'));
/** 'YYYY-MM-DDTHH:mm', Tokyo wall clock. */
export const localDateTime = (): ZodMiniString<string> => string().check(refine(isLocalDateTime, 'must be a local date-time YYYY-MM-DDTHH:mm'));

export const email = (): ZodMiniString<string> =>
  string().check(maxLength(254), regex(/^[^\s@,;<>"']+@[^\s@,;<>"']+\.[^\s@,;<>"']+$/, 'must be an e-mail address'));

/** 社員番号: letters, digits and hyphens. */
export const employeeCode = (): ZodMiniString<string> => string().check(regex(/^[A-Za-z0-9-]{1,20}$/, 'must be 1–20 letters, digits or hyphens'));

/** An amount of money in integer yen, 0 … 10 billion. */
export const yen = (): ZodMiniNumber<number> => number().check(int(), minimum(0), maximum(10_000_000_000));
/** A whole number of minutes, 0 … one month and a bit. */
export const minutes = (): ZodMiniNumber<number> => number().check(int(), minimum(0), maximum(60 * 24 * 62));

/** 打刻の種別: 出勤, 退勤, 休憩開始, 休憩終了 (the 打刻 and 打刻修正 tables, the punch and correction forms). */
export const punchKinds = ['clockIn', 'clockOut', 'breakStart', 'breakEnd'] as const;
export type PunchKind = (typeof punchKinds)[number];

export { check };
