/**
 * The deadline engine of a contract with optional automatic renewal: as of any date, the current term
 * (renewals rolled forward), the next notice deadline still ahead, the next renewal and the status.
 * Terms end by 民法143条2項 (term.ts); notice periods are counted back from a term's last day.
 */
import { addDays, type LocalDate } from '../calendar';
import { Explainer } from '../payroll/explain';
import type { Lang } from '../i18n';
import { CIVIL_CODE_PERIOD } from './rates';
import { monthsBefore, termEnd } from './term';

/** How long before a term's end notice (of non-renewal or termination) must be given. */
export type NoticePeriod = { readonly months: number } | { readonly days: number };

export interface ContractTerms {
  readonly start: LocalDate;
  /** The first term's last day. */
  readonly end: LocalDate;
  readonly autoRenew: boolean;
  /** The length of each renewal, when auto-renewing. */
  readonly renewalMonths?: number;
  readonly notice?: NoticePeriod;
}

export interface Term {
  /** 1 for the first term, 2 for the first renewal, … */
  readonly number: number;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

/** `upcoming` before the start; `active` within a term; `ended` after the last term. */
export type ContractStatus = 'upcoming' | 'active' | 'ended';

export interface ContractDeadlines {
  readonly currentTermStart: LocalDate;
  readonly currentTermEnd: LocalDate;
  readonly termNumber: number;
  /** The last day on which notice is in time for the current term (null without a notice period). */
  readonly currentNoticeDeadline: LocalDate | null;
  /** The first notice deadline on or after the as-of date (the next term's once this one's has passed). */
  readonly nextNoticeDeadline: LocalDate | null;
  /** The first day of the next term; null when not auto-renewing or ended. */
  readonly nextRenewal: LocalDate | null;
  readonly status: ContractStatus;
  readonly explanation: string[];
}

export function validateTerms(t: ContractTerms): void {
  if (t.end < t.start) throw new RangeError(`end: ${t.end} is before start ${t.start} / 終了日が開始日より前です`);
  if (t.autoRenew && !(t.renewalMonths && t.renewalMonths > 0)) throw new RangeError('renewalMonths: required when autoRenew / 自動更新には更新期間（月）が必要です');
}

/** The last day on which notice for a term ending on `end` is still in time. */
export function noticeDeadline(end: LocalDate, notice: NoticePeriod): LocalDate {
  return 'months' in notice ? monthsBefore(end, notice.months) : addDays(end, -notice.days);
}

/** The term after `term` (an automatic renewal of `renewalMonths` from the day after its end). */
export function nextTerm(term: Term, renewalMonths: number): Term {
  const start = addDays(term.end, 1);
  return { number: term.number + 1, start, end: termEnd(start, renewalMonths) };
}

/** The term in force on `asOf` (the first before the start, the last after the end). */
export function termOn(t: ContractTerms, asOf: LocalDate): Term {
  validateTerms(t);
  let term: Term = { number: 1, start: t.start, end: t.end };
  if (t.autoRenew) while (term.end < asOf) term = nextTerm(term, t.renewalMonths!);
  return term;
}

export function contractDeadlines(t: ContractTerms, asOf: LocalDate, lang: Lang = 'ja'): ContractDeadlines {
  const ex = new Explainer(lang);
  const term = termOn(t, asOf);
  const status: ContractStatus = asOf < t.start ? 'upcoming' : asOf > term.end ? 'ended' : 'active';
  ex.add('contracts.explain.firstTerm', { start: t.start, end: t.end, source: CIVIL_CODE_PERIOD.firstDayCounted });
  if (t.autoRenew) {
    ex.add('contracts.explain.renewal', { months: t.renewalMonths!, source: CIVIL_CODE_PERIOD.monthEnd });
    if (term.number > 1) ex.add('contracts.explain.currentTerm', { number: term.number - 1, start: term.start, end: term.end });
  } else ex.add('contracts.explain.noRenewal', {});
  const following = t.autoRenew && status !== 'ended' ? nextTerm(term, t.renewalMonths!) : null;
  const currentNotice = t.notice ? noticeDeadline(term.end, t.notice) : null;
  let nextNotice: LocalDate | null = null;
  if (t.notice && status !== 'ended') {
    const period = 'months' in t.notice ? ex.text('contracts.explain.months', { n: t.notice.months }) : ex.text('contracts.explain.days', { n: t.notice.days });
    ex.add('contracts.explain.notice', { period, end: term.end, deadline: currentNotice! });
    if (currentNotice! >= asOf) nextNotice = currentNotice;
    else if (following) {
      // this term's deadline has passed: the next term's (or a later one's, when notice is longer than a renewal)
      let later = following;
      while (noticeDeadline(later.end, t.notice) < asOf) later = nextTerm(later, t.renewalMonths!);
      nextNotice = noticeDeadline(later.end, t.notice);
      ex.add('contracts.explain.noticePassed', { deadline: currentNotice!, next: nextNotice, end: later.end });
    } else ex.add('contracts.explain.noticePassedNoRenewal', { deadline: currentNotice!, end: term.end });
  }
  if (status === 'ended') ex.add('contracts.explain.ended', { end: term.end });
  else if (status === 'upcoming') ex.add('contracts.explain.upcoming', { start: t.start });
  if (following) ex.add('contracts.explain.nextRenewal', { date: following.start, end: following.end });
  return {
    currentTermStart: term.start,
    currentTermEnd: term.end,
    termNumber: term.number,
    currentNoticeDeadline: currentNotice,
    nextNoticeDeadline: nextNotice,
    nextRenewal: following?.start ?? null,
    status,
    explanation: ex.lines,
  };
}
