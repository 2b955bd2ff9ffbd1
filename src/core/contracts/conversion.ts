/**
 * The 無期転換 right (労働契約法18条) and the notice before a non-renewal (雇止めの予告) of a fixed-term
 * employee, from the employee's terms with the company.
 *
 * - Only terms whose first day is on or after 2013-04-01 are counted (平成24年法律第56号 附則2項).
 * - Each term's length is counted by the calendar (民法143条2項); left-over days of several terms are
 *   added, 30 days making one month (省令148号).
 * - A gap with no contract resets the count when it is long enough (18条2項): 6 months, or, when the
 *   counted period before the gap is under a year, the 省令148号 table. A gap too short adds nothing
 *   and the terms on both sides are added together.
 * - The right arises on the first day of the first term (of two or more counted) with which the
 *   counted total exceeds 5 years: a term not yet started is not counted (18条1項かっこ書).
 */
import { addDays, daysBetween, type LocalDate } from '../calendar';
import { Explainer } from '../payroll/explain';
import type { Lang } from '../i18n';
import { CONVERSION_RULE, NON_RENEWAL_NOTICE } from './rates';
import { addLengths, longerThan, termEnd, termLength, type Length } from './term';

export interface EmploymentTerm {
  readonly start: LocalDate;
  readonly end: LocalDate;
}

export interface ConversionResult {
  /** The counted 通算契約期間 of the terms started by the as-of date (the current run, after resets): whole months… */
  readonly totalMonths: number;
  /** …and the days left over (under 30). */
  readonly totalDays: number;
  /** The day the right arises, among the terms given (a concluded term not yet started included); null if none. */
  readonly rightArisesOn: LocalDate | null;
  /** True when the right has arisen by the as-of date. */
  readonly arisen: boolean;
  /** When no given term brings the right: the day it would arise if the last term were renewed back to back at the same length. */
  readonly projectedRightArisesOn: LocalDate | null;
  /** The notice before a non-renewal of the current (or next) term. */
  readonly nonRenewalNotice: NonRenewalNotice | null;
  readonly explanation: string[];
}

export interface NonRenewalNotice {
  /** True when the 30-day notice is owed (renewed 3 times or more, or employed more than a year). */
  readonly required: boolean;
  readonly termEnd: LocalDate;
  /** The last day to give it (null when not required). */
  readonly deadline: LocalDate | null;
  readonly renewals: number;
}

const ZERO: Length = { months: 0, days: 0 };
const { daysPerMonth } = CONVERSION_RULE;
const FIVE_YEARS: Length = { months: CONVERSION_RULE.thresholdMonths, days: 0 };

/** The gap (in whole months) that resets a count of `counted` before it (18条2項, 省令148号). */
export function coolingGapMonths(counted: Length): number {
  if (counted.months >= 12) return CONVERSION_RULE.fullGapMonths;
  const row = CONVERSION_RULE.coolingTable.find((r) => (r.inclusive ? !longerThan(counted, { months: r.upToMonths, days: 0 }) : counted.months < r.upToMonths));
  return row ? row.gapMonths : CONVERSION_RULE.fullGapMonths;
}

function sorted(terms: readonly EmploymentTerm[]): EmploymentTerm[] {
  terms.forEach((t, i) => {
    if (t.end < t.start) throw new RangeError(`terms[${i}].end: ${t.end} is before its start ${t.start} / 契約${i + 1}の終了日が開始日より前です`);
  });
  const list = [...terms].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  list.forEach((t, i) => {
    const prev = list[i - 1];
    if (prev && t.start <= prev.end) throw new RangeError(`terms: ${prev.start}〜${prev.end} and ${t.start}〜${t.end} overlap / 契約期間が重なっています`);
  });
  return list;
}

const fmt = (l: Length, ex: Explainer) => ex.text('contracts.explain.length', { months: l.months, days: l.days });

interface Run {
  terms: EmploymentTerm[];
  lengths: Length[];
}

/** The counted runs: consecutive counted terms between resets. */
function runs(list: readonly EmploymentTerm[], ex: Explainer): Run[] {
  const out: Run[] = [];
  let run: Run | null = null;
  let prev: EmploymentTerm | null = null;
  for (const t of list) {
    if (t.start < CONVERSION_RULE.countedFrom) {
      ex.add('contracts.explain.beforeCounted', { start: t.start, end: t.end, from: CONVERSION_RULE.countedFrom });
      continue;
    }
    if (run && prev && addDays(prev.end, 1) < t.start) {
      const gapStart = addDays(prev.end, 1);
      const gapEnd = addDays(t.start, -1);
      const gap = termLength(gapStart, gapEnd);
      const counted = addLengths(run.lengths, daysPerMonth);
      const needed = coolingGapMonths(counted);
      const reset = gap.months >= needed;
      ex.add(reset ? 'contracts.explain.gapReset' : 'contracts.explain.gapKept', { from: gapStart, to: gapEnd, gap: fmt(gap, ex), counted: fmt(counted, ex), needed });
      if (reset) {
        out.push(run);
        run = null;
      }
    }
    if (!run) run = { terms: [], lengths: [] };
    const length = termLength(t.start, t.end);
    run.terms.push(t);
    run.lengths.push(length);
    ex.add('contracts.explain.term', { start: t.start, end: t.end, length: fmt(length, ex), total: fmt(addLengths(run.lengths, daysPerMonth), ex) });
    prev = t;
  }
  if (run) out.push(run);
  return out;
}

/** The first term of a run with which its total exceeds 5 years (two or more terms), or null. */
function firstExceeding(lengths: readonly Length[], terms: readonly EmploymentTerm[]): EmploymentTerm | null {
  for (let i = CONVERSION_RULE.minimumContracts - 1; i < terms.length; i++) {
    if (longerThan(addLengths(lengths.slice(0, i + 1), daysPerMonth), FIVE_YEARS)) return terms[i]!;
  }
  return null;
}

/** The right if the last term were renewed back to back at the same length (months when whole, else days). */
function projected(run: Run): LocalDate | null {
  const terms = [...run.terms];
  const lengths = [...run.lengths];
  const last = terms[terms.length - 1]!;
  const length = lengths[lengths.length - 1]!;
  const days = daysBetween(last.start, last.end) + 1;
  let t = last;
  while (!longerThan(addLengths(lengths, daysPerMonth), FIVE_YEARS) || terms.length < CONVERSION_RULE.minimumContracts) {
    const start = addDays(t.end, 1);
    t = { start, end: length.days === 0 ? termEnd(start, length.months) : addDays(start, days - 1) };
    terms.push(t);
    lengths.push(termLength(t.start, t.end));
  }
  return t.start;
}

/** The notice owed before not renewing `term` (雇止めの予告): the back-to-back chain of terms ending with it. */
export function nonRenewalNotice(list: readonly EmploymentTerm[], index: number): NonRenewalNotice {
  let first = index;
  while (first > 0 && addDays(list[first - 1]!.end, 1) === list[first]!.start) first--;
  const term = list[index]!;
  const renewals = index - first;
  const employed = termLength(list[first]!.start, term.end);
  const required = renewals >= NON_RENEWAL_NOTICE.minimumRenewals || longerThan(employed, { months: NON_RENEWAL_NOTICE.employedOverMonths, days: 0 });
  return { required, termEnd: term.end, deadline: required ? addDays(term.end, -NON_RENEWAL_NOTICE.daysBefore) : null, renewals };
}

export function indefiniteConversion(terms: readonly EmploymentTerm[], asOf: LocalDate, lang: Lang = 'ja'): ConversionResult {
  const ex = new Explainer(lang);
  const list = sorted(terms);
  const all = runs(list, ex);
  // the current run: the one holding the last term started by asOf (else the first)
  const current = [...all].reverse().find((r) => r.terms[0]!.start <= asOf) ?? all[0];
  let total = ZERO;
  let rightArisesOn: LocalDate | null = null;
  let projectedOn: LocalDate | null = null;
  if (current) {
    const started = current.lengths.filter((_, i) => current.terms[i]!.start <= asOf);
    total = addLengths(started, daysPerMonth);
    rightArisesOn = firstExceeding(current.lengths, current.terms)?.start ?? null;
    const last = current.terms[current.terms.length - 1]!;
    if (!rightArisesOn && last.end >= asOf) projectedOn = projected(current);
  }
  ex.add('contracts.explain.total', { asOf, total: fmt(total, ex) });
  if (rightArisesOn) ex.add(rightArisesOn <= asOf ? 'contracts.explain.rightArisen' : 'contracts.explain.rightWillArise', { date: rightArisesOn, source: CONVERSION_RULE.source });
  else ex.add('contracts.explain.noRight', {});
  if (projectedOn) ex.add('contracts.explain.projected', { date: projectedOn });
  // the term in force on asOf, else the next one to start
  const index = list.findIndex((t) => t.end >= asOf);
  const notice = index >= 0 ? nonRenewalNotice(list, index) : null;
  if (notice?.required) ex.add('contracts.explain.nonRenewal', { end: notice.termEnd, deadline: notice.deadline!, renewals: notice.renewals, source: NON_RENEWAL_NOTICE.source });
  return { totalMonths: total.months, totalDays: total.days, rightArisesOn, arisen: !!rightArisesOn && rightArisesOn <= asOf, projectedRightArisesOn: projectedOn, nonRenewalNotice: notice, explanation: ex.lines };
}
