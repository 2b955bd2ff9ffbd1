/**
 * 36協定 monitor: the limits of 労働基準法第36条 for one employee at the latest month given, a
 * month-end projection from the pace so far, and the department view.
 *
 * - 時間外 (overtimeMinutes) = 法定時間外労働; 休日 (holidayMinutes) = 法定休日労働. monthly45,
 *   yearly360, yearly720 and over45Count count overtime only; monthlyUnder100 and average80 count
 *   overtime + holiday (わかりやすい解説; reference README).
 * - The agreement year (対象期間, 1年) starts at agreement.startMonth and repeats every 12 months;
 *   yearly sums and over45Count run from the start of the agreement year containing the latest month.
 * - average80 looks at the latest month and the 1–5 months before it, across agreement years
 *   (第36条第6項第3号 counts 直前の各期間 regardless of the 対象期間). A month missing from the input
 *   counts as 0 minutes (e.g. before hire): pass the history when it exists.
 * - Status: `violation` when the limit is crossed; `warning` at AGREEMENT36_WARNING_RATIO (80 %) of
 *   it. With a special clause (特別条項), going over 45 h/360 h is allowed (it is the 720 h limit and
 *   the six-month count that bind), so monthly45/yearly360 over the limit are `warning`, not
 *   `violation`. Without one, over45Count's limit is 0 (no month may exceed 45 h).
 */
import { addYearMonths, monthsBetween, type YearMonth, type LocalDate } from '../calendar';
import { AGREEMENT36_LIMITS as L, AGREEMENT36_WARNING_RATIO as W } from './rates/agreement36Limits';

export interface Agreement36 {
  /** First month of the agreement year (対象期間の起算月). */
  readonly startMonth: YearMonth;
  readonly specialClause: boolean;
  /** 1年単位の変形労働時間制 (対象期間3か月超): 42 h / 320 h. */
  readonly variableYear: boolean;
}

export interface MonthHours {
  readonly month: YearMonth;
  readonly overtimeMinutes: number;
  readonly holidayMinutes: number;
}

export type LimitId = 'monthly45' | 'yearly360' | 'yearly720' | 'monthlyUnder100' | 'average80' | 'over45Count';
export type LimitStatus = 'ok' | 'warning' | 'violation';

export interface LimitCheck {
  readonly id: LimitId;
  /** Minutes (over45Count: months). average80: the highest 2–6-month average, rounded up to a minute. */
  readonly value: number;
  readonly limit: number;
  /** `lt`: the value must stay below the limit; `le`: at most the limit. */
  readonly comparison: 'lt' | 'le';
  readonly status: LimitStatus;
  /** The value is beyond the limit (a special clause may still make that allowed: status warning). */
  readonly exceeded: boolean;
  readonly article: string;
  /** average80: the window (months) with the highest average. */
  readonly months?: number;
}

/** The first month of the agreement year that contains `month`. */
export function agreementYearStart(agreement: Pick<Agreement36, 'startMonth'>, month: YearMonth): YearMonth {
  const offset = monthsBetween(agreement.startMonth, month);
  const years = Math.floor(offset / L.agreementMonths);
  return addYearMonths(agreement.startMonth, years * L.agreementMonths);
}

/** Status of `value` against `limit`, exact integers (value, limit, and the scale of both). */
function exceeds(value: number, limit: number, comparison: 'lt' | 'le', scale = 1): boolean {
  return comparison === 'lt' ? value >= limit * scale : value > limit * scale;
}

function statusOf(value: number, limit: number, comparison: 'lt' | 'le', scale = 1): LimitStatus {
  if (exceeds(value, limit, comparison, scale)) return 'violation';
  return value * W.denominator >= limit * scale * W.numerator ? 'warning' : 'ok';
}

const soften = (s: LimitStatus, allowed: boolean): LimitStatus => (allowed && s === 'violation' ? 'warning' : s);

function check(id: LimitId, value: number, limit: number, comparison: 'lt' | 'le', article: string, scale = 1, allowedOver = false): LimitCheck {
  const shown = scale === 1 ? value : Math.ceil(value / scale); // average80: the average, rounded up so a violation never shows as the limit
  return { id, value: shown, limit, comparison, status: soften(statusOf(value, limit, comparison, scale), allowedOver),
    exceeded: exceeds(value, limit, comparison, scale), article, ...(scale === 1 ? {} : { months: scale }) };
}

export function checkAgreement36(agreement: Agreement36, months: readonly MonthHours[]): LimitCheck[] {
  if (months.length === 0) throw new RangeError('agreement36: no month given');
  const byMonth = new Map<YearMonth, MonthHours>();
  for (const m of months) byMonth.set(m.month, m);
  const sorted = [...byMonth.keys()].sort();
  const latest = sorted[sorted.length - 1]!; // not Array.prototype.at: post-ES2020, not promised by Apps Script's V8
  const at = (month: YearMonth): MonthHours => byMonth.get(month) ?? { month, overtimeMinutes: 0, holidayMinutes: 0 };
  const both = (m: MonthHours): number => m.overtimeMinutes + m.holidayMinutes;
  const current = at(latest);

  const start = agreementYearStart(agreement, latest);
  const yearMonths = Array.from({ length: monthsBetween(start, latest) + 1 }, (_, k) => at(addYearMonths(start, k)));
  const yearOvertime = yearMonths.reduce((s, m) => s + m.overtimeMinutes, 0);
  const monthLimit = agreement.variableYear ? L.monthly45.variableYearMinutes : L.monthly45.minutes;
  const yearLimit = agreement.variableYear ? L.yearly360.variableYearMinutes : L.yearly360.minutes;
  const over45 = yearMonths.filter((m) => m.overtimeMinutes > monthLimit).length;
  const over45Limit = agreement.specialClause ? L.over45Count.months : 0;

  // average80: the window of 2..6 months ending at the latest month with the highest sum per month.
  let worst = { sum: 0, months: L.average80.fromMonths };
  for (let k = L.average80.fromMonths; k <= L.average80.toMonths; k++) {
    let sum = 0;
    for (let j = 0; j < k; j++) sum += both(at(addYearMonths(latest, -j)));
    if (sum * worst.months > worst.sum * k) worst = { sum, months: k };
  }

  const special = agreement.specialClause;
  return [
    check('monthly45', current.overtimeMinutes, monthLimit, 'le', L.monthly45.article, 1, special),
    check('yearly360', yearOvertime, yearLimit, 'le', L.yearly360.article, 1, special),
    check('yearly720', yearOvertime, L.yearly720.minutes, 'le', L.yearly720.article),
    check('monthlyUnder100', both(current), L.monthlyUnder100.minutes, 'lt', L.monthlyUnder100.article),
    check('average80', worst.sum, L.average80.minutes, 'le', L.average80.article, worst.months),
    over45Limit === 0
      ? { id: 'over45Count', value: over45, limit: 0, comparison: 'le', status: over45 > 0 ? 'violation' : 'ok', exceeded: over45 > 0, article: L.over45Count.article }
      : check('over45Count', over45, over45Limit, 'le', L.over45Count.article),
  ];
}

/**
 * Projection (Kanri's method): linear pace over the scheduled working days of the month. With
 * `elapsed` scheduled days worked through (asOf included) out of `total`, the month ends at
 * soFar × total / elapsed, and the n-th scheduled day is reached at soFar × n / elapsed. Holiday
 * work is projected at the same pace (an approximation: it happens on non-working days).
 */
export interface ProjectionInput {
  readonly agreement: Agreement36;
  /** Earlier months (closed), any order. */
  readonly history: readonly MonthHours[];
  /** The current month with the minutes so far. */
  readonly current: MonthHours;
  readonly asOf: LocalDate;
  /** The month's scheduled working days (所定労働日), in order; the pace counts them. */
  readonly scheduledDays: readonly LocalDate[];
}

export interface LimitProjection {
  readonly id: LimitId;
  readonly projectedStatus: LimitStatus;
  /** The scheduled day on which the pace goes beyond the limit, or null if it does not this month. */
  readonly crossesOn: LocalDate | null;
}

export interface Projection {
  readonly elapsedDays: number;
  readonly totalDays: number;
  readonly projected: MonthHours;
  readonly limits: LimitProjection[];
}

export function projectAgreement36(input: ProjectionInput): Projection {
  const { agreement, current, asOf, scheduledDays } = input;
  const total = scheduledDays.length;
  const elapsed = scheduledDays.filter((d) => d <= asOf).length;
  // Minutes at scheduled day n (1-based) on the pace so far; before the first scheduled day, no pace.
  const atDay = (minutes: number, n: number): number => (elapsed === 0 ? minutes : Math.floor((minutes * n) / elapsed));
  const at = (n: number): MonthHours => ({
    month: current.month,
    overtimeMinutes: atDay(current.overtimeMinutes, n),
    holidayMinutes: atDay(current.holidayMinutes, n),
  });
  const history = input.history.filter((m) => m.month < current.month);
  const checkAt = (n: number): LimitCheck[] => checkAgreement36(agreement, [...history, at(n)]);
  const projectedChecks = checkAt(total);
  // The first scheduled day on which the pace is beyond the limit (day by day: at most ~23 checks).
  const firstExceeded = (id: LimitId): LocalDate | null => {
    for (let n = Math.max(1, elapsed); n <= total; n++) {
      if (checkAt(n).find((c) => c.id === id)!.exceeded) return scheduledDays[n - 1]!;
    }
    return null;
  };
  return {
    elapsedDays: elapsed,
    totalDays: total,
    projected: at(total),
    limits: projectedChecks.map((c) => ({ id: c.id, projectedStatus: c.status, crossesOn: c.exceeded ? firstExceeded(c.id) : null })),
  };
}
