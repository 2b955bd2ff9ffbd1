/**
 * 長時間労働の見える化 (the overwork view): per person and per department, the month so far, the
 * month-end on the month's pace (「このペースだと22日に45時間を超えます」), every 36協定 limit of
 * 労働基準法第36条 with its status (checkAgreement36: the limits are the dated data of
 * rates/agreement36Limits.ts, never literals here), the months of the trend window that already broke
 * a limit, and the 6-month trend per department. The people at risk come first.
 *
 * Pure: the caller reads the tables and passes each person's closed months (history), the current
 * month's minutes and, for the open month, its scheduled working days (the pace counts them).
 */
import { addYearMonths, type LocalDate, type YearMonth } from '../calendar';
import { checkAgreement36, projectAgreement36, type Agreement36, type LimitCheck, type LimitId, type LimitStatus, type MonthHours } from './agreement36';
import { departmentRanking, DEPARTMENT_TREND_MONTHS, type DepartmentMonth } from './departments';
import { AGREEMENT36_LIMITS } from './rates/agreement36Limits';

export interface OverworkPersonInput {
  readonly code: string;
  readonly name: string;
  readonly department: string;
  /** Closed months before `month` (any order; the last 12 + 5 months are enough). */
  readonly history: readonly MonthHours[];
  /** The month's minutes: closed, or so far (open month). */
  readonly current: MonthHours;
  /** The open month's scheduled working days; null for a closed month (no projection). */
  readonly scheduledDays: readonly LocalDate[] | null;
}

export interface OverworkInput {
  readonly agreement: Agreement36;
  readonly month: YearMonth;
  readonly asOf: LocalDate;
  readonly people: readonly OverworkPersonInput[];
  readonly trendMonths?: number;
}

export interface OverworkLimit extends LimitCheck {
  /** The status at month end on the pace so far (= status when there is no projection). */
  readonly projectedStatus: LimitStatus;
  /** The scheduled day the pace crosses the limit (null: not this month, or no projection). */
  readonly crossesOn: LocalDate | null;
}

export interface EarlierBreach {
  readonly month: YearMonth;
  readonly id: LimitId;
  readonly value: number;
  readonly limit: number;
  readonly article: string;
  readonly months?: number;
}

export interface OverworkPerson {
  readonly code: string;
  readonly name: string;
  readonly department: string;
  readonly soFar: MonthHours;
  /** The month end on the pace so far; null for a closed month. */
  readonly projected: MonthHours | null;
  readonly elapsedDays: number | null;
  readonly totalDays: number | null;
  /** 「このペースだと{day}に45時間を超えます」: the day the monthly limit is crossed (already crossed: ≤ asOf). */
  readonly crosses45On: LocalDate | null;
  readonly limits: OverworkLimit[];
  /** Limits broken in the earlier months of the trend window (e.g. E004's 80-hour average in 2026-10). */
  readonly earlier: EarlierBreach[];
  /** The worst of the limits now, at month end on the pace, and of the earlier breaches. */
  readonly worst: LimitStatus;
}

export interface OverworkDepartment {
  readonly department: string;
  readonly people: number;
  readonly soFarMinutes: number;
  /** Sum of each person's month end on the pace (their minutes when there is no projection). */
  readonly projectedMinutes: number;
  readonly violations: number;
  readonly warnings: number;
  readonly worst: LimitStatus;
  /** Overtime + holiday work per month, oldest first, `month` last. */
  readonly trend: DepartmentMonth[];
}

export interface OverworkView {
  readonly month: YearMonth;
  readonly asOf: LocalDate;
  readonly open: boolean;
  readonly agreement: Agreement36;
  readonly effectiveFrom: string;
  readonly people: OverworkPerson[];
  readonly departments: OverworkDepartment[];
  readonly totals: { people: number; violations: number; warnings: number };
}

const RANK: Record<LimitStatus, number> = { ok: 0, warning: 1, violation: 2 };
const worse = (a: LimitStatus, b: LimitStatus): LimitStatus => (RANK[b] > RANK[a] ? b : a);
const both = (m: MonthHours): number => m.overtimeMinutes + m.holidayMinutes;

function personOf(input: OverworkInput, p: OverworkPersonInput, trendMonths: number): OverworkPerson {
  const history = p.history.filter((h) => h.month < input.month);
  const checks = checkAgreement36(input.agreement, [...history, p.current]);
  const projection = p.scheduledDays && p.scheduledDays.length
    ? projectAgreement36({ agreement: input.agreement, history, current: p.current, asOf: input.asOf, scheduledDays: p.scheduledDays })
    : null;
  const limits: OverworkLimit[] = checks.map((c) => {
    const pr = projection?.limits.find((l) => l.id === c.id);
    return { ...c, projectedStatus: pr ? worse(c.status, pr.projectedStatus) : c.status, crossesOn: pr?.crossesOn ?? null };
  });
  const earlier: EarlierBreach[] = [];
  for (let k = trendMonths - 1; k >= 1; k--) {
    const month = addYearMonths(input.month, -k);
    const upTo = history.filter((h) => h.month <= month);
    if (!upTo.some((h) => h.month === month)) continue;
    for (const c of checkAgreement36(input.agreement, upTo)) {
      if (c.status === 'violation') earlier.push({ month, id: c.id, value: c.value, limit: c.limit, article: c.article, ...(c.months ? { months: c.months } : {}) });
    }
  }
  const worst = [...limits.map((l) => l.projectedStatus), ...earlier.map(() => 'violation' as const)].reduce<LimitStatus>(worse, 'ok');
  return {
    code: p.code, name: p.name, department: p.department, soFar: p.current,
    projected: projection?.projected ?? null, elapsedDays: projection?.elapsedDays ?? null, totalDays: projection?.totalDays ?? null,
    crosses45On: limits.find((l) => l.id === 'monthly45')!.crossesOn, limits, earlier, worst,
  };
}

/** The overwork view of `month` for the people given (a manager's caller passes only their departments). */
export function overworkView(input: OverworkInput): OverworkView {
  const trendMonths = input.trendMonths ?? DEPARTMENT_TREND_MONTHS;
  const people = input.people.map((p) => personOf(input, p, trendMonths));
  const score = (p: OverworkPerson): number => both(p.projected ?? p.soFar);
  people.sort((a, b) => RANK[b.worst] - RANK[a.worst] || score(b) - score(a) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const rows = input.people.flatMap((p) => [...p.history.filter((h) => h.month < input.month), p.current]
    .map((h) => ({ department: p.department, employeeCode: p.code, month: h.month, overtimeMinutes: h.overtimeMinutes, holidayMinutes: h.holidayMinutes })));
  const ranking = departmentRanking(rows, input.month, trendMonths);
  const departments: OverworkDepartment[] = ranking.map((d) => {
    const members = people.filter((p) => p.department === d.department);
    return {
      department: d.department,
      people: members.length,
      soFarMinutes: members.reduce((s, p) => s + both(p.soFar), 0),
      projectedMinutes: members.reduce((s, p) => s + score(p), 0),
      violations: members.filter((p) => p.worst === 'violation').length,
      warnings: members.filter((p) => p.worst === 'warning').length,
      worst: members.map((p) => p.worst).reduce<LimitStatus>(worse, 'ok'),
      trend: d.trend,
    };
  }).filter((d) => d.people > 0);
  departments.sort((a, b) => RANK[b.worst] - RANK[a.worst] || b.violations - a.violations || b.projectedMinutes - a.projectedMinutes
    || (a.department < b.department ? -1 : 1));
  return {
    month: input.month, asOf: input.asOf, open: people.some((p) => p.projected !== null), agreement: input.agreement,
    effectiveFrom: AGREEMENT36_LIMITS.effectiveFrom,
    people, departments,
    totals: { people: people.length, violations: people.filter((p) => p.worst === 'violation').length, warnings: people.filter((p) => p.worst === 'warning').length },
  };
}
