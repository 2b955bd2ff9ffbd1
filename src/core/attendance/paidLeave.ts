/**
 * 年次有給休暇: grants (労基法39条1〜3項, 規則24条の3), balance with the two-year expiry (労基法115条),
 * oldest grant used first, half days, and the five-day obligation (労基法39条7項).
 *
 * Periods are counted as 民法 counts them: a period of months starting at 0:00 of a day includes
 * that day (民法140条ただし書) and ends at the end of the day before the corresponding day (応当日)
 * months later, or at the end of that month when it has no such day (民法143条2項).
 * - grantDate: the day after 6 months (then 1 year, 2 years, …) of service from the hire date.
 * - expiresOn: the last usable day, the end of the 2-year period from the grant date.
 * - five-day deadline: the end of the 1-year period from the grant date.
 * Days are handled in half days (integers) so 0.5-day leave never goes through binary fractions.
 */
import { addDays, addMonths, type LocalDate } from '../calendar';
import { PAID_LEAVE_GRANTS as T } from './rates/paidLeaveGrantDays';

/** Kanri policy, not law: alert when the scheduled working days left before the five-day deadline
 * are no more than the days still needed plus this margin (time to hear the employee's wishes and
 * designate dates, 規則24条の6). */
export const FIVE_DAY_ALERT_MARGIN_WORKING_DAYS = 20;

/** The last day of a period of `months` months starting on (and including) `start` (民法140条ただし書・143条). */
export function periodEnd(start: LocalDate, months: number): LocalDate {
  const corresponding = addMonths(start, months); // clamped to the month end when the day does not exist
  return corresponding.slice(8) === start.slice(8) ? addDays(corresponding, -1) : corresponding;
}

export interface WorkingPattern {
  /** 週所定労働日数. */
  readonly weeklyScheduledDays?: number | undefined;
  /** 週所定労働時間, hours. */
  readonly weeklyScheduledHours?: number | undefined;
  /** 年間所定労働日数, for schedules not fixed by the week (規則24条の3第3項). */
  readonly annualScheduledDays?: number | undefined;
}

/** Named field and article, in Japanese and English (kanri calc prints it as is). */
export const PROPORTIONAL_NEEDS_HOURS = 'weeklyScheduledHours: 週所定労働日数4日以下（または年間216日以下）では週所定労働時間が必要です（30時間以上なら通常の付与、労基法39条3項・則24条の3） / required when working 4 days a week or fewer (or 216 days a year or fewer): the proportional table applies only under 30 hours a week (Labour Standards Act art. 39(3), rule 24-3)';

/** Index into the grant tables: 0 for 0.5 years of service … 6 for 6.5 years and more. */
const serviceIndex = (grantNumber: number): number => Math.min(grantNumber, T.general.length - 1);

/** The statutory grant for the `grantNumber`-th grant (0 = the first, at 6 months). */
export function statutoryGrantDays(grantNumber: number, pattern: WorkingPattern): number {
  const i = serviceIndex(grantNumber);
  const hours = pattern.weeklyScheduledHours;
  // 比例付与 only under 30 h a week AND at most 4 days a week (or 216 days a year): 規則24条の3.
  if (hours !== undefined && hours * 60 >= T.proportionalBelowWeeklyMinutes) return T.general[i]!;
  let row: number; // 1..4 = proportional row by weekly days; 5 = general; 0 = none
  if (pattern.weeklyScheduledDays !== undefined) {
    row = Math.min(Math.floor(pattern.weeklyScheduledDays), T.generalFromWeeklyDays);
  } else if (pattern.annualScheduledDays !== undefined) {
    row = T.annualDaysLowerBounds.filter((lower) => pattern.annualScheduledDays! >= lower).length;
  } else {
    throw new RangeError('paid leave: weeklyScheduledDays or annualScheduledDays is needed');
  }
  if (row >= T.generalFromWeeklyDays) return T.general[i]!;
  // The proportional table is only for under 30 h a week (規則24条の3第1項): without the hours it would
  // under-grant someone working 4 days of 8 h, so refuse rather than assume.
  if (hours === undefined) throw new RangeError(PROPORTIONAL_NEEDS_HOURS);
  return row <= 0 ? 0 : T.proportionalByWeeklyDays[row - 1]![i]!;
}

export interface LeaveTaken {
  readonly date: LocalDate;
  /** 1, 0.5 (half day), or several days. */
  readonly days: number;
}

export interface LeaveGrantsInput extends WorkingPattern {
  readonly hireDate: LocalDate;
  readonly asOf: LocalDate;
  /** Grant dates for which the 80 % attendance condition failed (労基法39条1項・2項): they grant 0 days. */
  readonly attendanceBelow80?: readonly LocalDate[] | undefined;
  readonly taken?: readonly LeaveTaken[] | undefined;
}

export interface LeaveGrant {
  readonly grantDate: LocalDate;
  readonly days: number;
  /** The last day this grant can be used (労基法115条: 2 years). */
  readonly expiresOn: LocalDate;
  /** Days left on asOf (0 once expired). */
  readonly remaining: number;
  /** Days that were left when the grant expired (lost), 0 if not expired yet. */
  readonly expiredDays: number;
  readonly attendanceBelow80: boolean;
}

export interface LeaveShortfall {
  readonly date: LocalDate;
  /** Days taken that no valid grant covered. */
  readonly days: number;
}

export interface LeaveBalance {
  readonly grants: LeaveGrant[];
  readonly balanceDays: number;
  readonly shortfalls: LeaveShortfall[];
}

/** Grant dates up to and including asOf. */
export function grantDates(hireDate: LocalDate, asOf: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let n = 0; ; n++) {
    const date = addDays(periodEnd(hireDate, T.firstGrantAfterMonths + 12 * n), 1);
    if (date > asOf) return out;
    out.push(date);
  }
}

const toHalf = (days: number): number => Math.round(days * 2);

export function leaveBalance(input: LeaveGrantsInput): LeaveBalance {
  const below = new Set(input.attendanceBelow80 ?? []);
  const grants = grantDates(input.hireDate, input.asOf).map((grantDate, n) => {
    const failed = below.has(grantDate);
    return { grantDate, days: failed ? 0 : statutoryGrantDays(n, input), expiresOn: periodEnd(grantDate, T.expiryMonths), attendanceBelow80: failed };
  });
  return balanceOfGrants(grants, input.taken ?? [], input.asOf);
}

/** A grant as recorded (有給付与 sheet), whatever its basis. */
export interface RecordedGrant {
  readonly grantDate: LocalDate;
  readonly days: number;
  readonly expiresOn: LocalDate;
  readonly attendanceBelow80?: boolean | undefined;
}

/**
 * The balance on `asOf` of recorded grants: each day taken uses the oldest grant still valid on
 * that day (先入先出); days no valid grant covers are shortfalls, never a negative balance.
 */
export function balanceOfGrants(recorded: readonly RecordedGrant[], takenDays: readonly LeaveTaken[], asOf: LocalDate): LeaveBalance {
  const grants = [...recorded]
    .filter((g) => g.grantDate <= asOf)
    .sort((a, b) => (a.grantDate < b.grantDate ? -1 : a.grantDate > b.grantDate ? 1 : 0))
    .map((g) => ({ ...g, leftHalves: toHalf(g.days) }));
  const shortfalls: LeaveShortfall[] = [];
  const taken = [...takenDays].filter((t) => t.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const t of taken) {
    let need = toHalf(t.days);
    for (const g of grants) { // oldest first: grants are in date order
      if (need === 0) break;
      if (g.grantDate > t.date || g.expiresOn < t.date) continue;
      const use = Math.min(need, g.leftHalves);
      g.leftHalves -= use;
      need -= use;
    }
    if (need > 0) shortfalls.push({ date: t.date, days: need / 2 });
  }
  const out = grants.map((g): LeaveGrant => {
    const expired = g.expiresOn < asOf;
    return { grantDate: g.grantDate, days: g.days, expiresOn: g.expiresOn, remaining: expired ? 0 : g.leftHalves / 2,
      expiredDays: expired ? g.leftHalves / 2 : 0, attendanceBelow80: g.attendanceBelow80 ?? false };
  });
  return { grants: out, balanceDays: out.reduce((s, g) => s + g.remaining, 0), shortfalls };
}

export type FiveDayStatus = 'notObliged' | 'fulfilled' | 'onTrack' | 'alert' | 'impossible' | 'missed';

export interface FiveDayInput {
  readonly grantDate: LocalDate;
  readonly grantDays: number;
  readonly asOf: LocalDate;
  /** Annual leave days taken from grantDate to asOf (half days count 0.5, 平30.9.7 基発0907第1号; hourly leave does not count). */
  readonly takenDays: number;
  /** Scheduled working days from the day after asOf to the deadline, both included. */
  readonly remainingWorkingDays: number;
  readonly marginWorkingDays?: number | undefined;
}

export interface FiveDayObligation {
  readonly status: FiveDayStatus;
  /** The last day by which five days must have been taken (1 year from the grant). */
  readonly deadline: LocalDate;
  readonly neededDays: number;
}

/**
 * 年5日の時季指定義務 (労基法39条7項, 罰則120条): for a grant of 10 days or more, five days within a year.
 * `alert`: remaining working days − needed ≤ margin (act now: designate dates); `impossible`: fewer
 * working days left than days needed; `missed`: the deadline passed short of five.
 */
export function fiveDayObligation(input: FiveDayInput): FiveDayObligation {
  const { obligation } = T;
  const deadline = periodEnd(input.grantDate, obligation.withinMonths);
  const neededHalves = Math.max(0, toHalf(obligation.days) - toHalf(input.takenDays));
  const neededDays = neededHalves / 2;
  const margin = input.marginWorkingDays ?? FIVE_DAY_ALERT_MARGIN_WORKING_DAYS;
  let status: FiveDayStatus;
  if (input.grantDays < obligation.minGrantDays) status = 'notObliged';
  else if (neededHalves === 0) status = 'fulfilled';
  else if (input.asOf > deadline) status = 'missed';
  else if (toHalf(input.remainingWorkingDays) < neededHalves) status = 'impossible';
  else if (toHalf(input.remainingWorkingDays - margin) <= neededHalves) status = 'alert';
  else status = 'onTrack';
  return { status, deadline, neededDays: input.grantDays < obligation.minGrantDays ? 0 : neededDays };
}

/** Days taken from `from` to `to`, both included (for FiveDayInput.takenDays). */
export function takenBetween(taken: readonly LeaveTaken[], from: LocalDate, to: LocalDate): number {
  return taken.filter((t) => t.date >= from && t.date <= to).reduce((s, t) => s + toHalf(t.days), 0) / 2;
}
