/**
 * The register's rows seen by the deadline engine: a contract's terms, the amount its document
 * states (for 印紙税), what falls due within a horizon, and whether a reminder is due today.
 */
import { addDays, type LocalDate } from '../calendar';
import type { Lang } from '../i18n';
import { message } from '../i18n';
import { contractDeadlines, type ContractDeadlines, type ContractTerms } from './deadlines';
import { stampDuty, type StampDocument, type StampDuty } from './stamp-duty';
import { termLength } from './term';

export interface ContractRow {
  readonly id: string;
  readonly type: string;
  readonly status: string;
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly autoRenew: boolean;
  readonly renewalMonths?: number;
  readonly noticeMonths?: number;
  readonly noticeDays?: number;
  readonly amount?: number;
  readonly billingCycle?: string;
  readonly stampDocument?: string;
  readonly reminderDays?: number;
  readonly remindedFor?: LocalDate;
}

/** Statuses in which a contract binds (its deadlines are watched): 締結, 有効, 更新. */
export const BINDING_STATUSES: readonly string[] = ['signed', 'active', 'renewed'];
/** Types whose documents are never 課税文書 when no class is chosen (NDA, employment, leases of buildings or equipment). */
const UNTAXED_TYPES: readonly string[] = ['nda', 'employment', 'lease', 'rent'];

export function termsOf(c: ContractRow): ContractTerms {
  const notice = c.noticeMonths !== undefined ? { months: c.noticeMonths } : c.noticeDays !== undefined ? { days: c.noticeDays } : undefined;
  return { start: c.start, end: c.end, autoRenew: c.autoRenew, renewalMonths: c.renewalMonths, notice };
}

export function deadlinesOf(c: ContractRow, asOf: LocalDate, lang: Lang = 'ja'): ContractDeadlines {
  return contractDeadlines(termsOf(c), asOf, lang);
}

/**
 * The contract amount the document states (記載金額): a lump sum as it is; a monthly or yearly amount
 * times the first term (印紙税法 別表第一 課税物件表の適用に関する通則4ホ(二): an amount computable from a
 * unit price and the term is the stated amount); a yearly amount for part of a year by months, fractions of a yen dropped.
 */
export function statedAmount(c: ContractRow): number | null {
  if (c.amount === undefined) return null;
  const { months, days } = termLength(c.start, c.end);
  const whole = months + (days > 0 ? 1 : 0); // a part month counts as a month of billing
  if (c.billingCycle === 'monthly') return c.amount * whole;
  if (c.billingCycle === 'yearly') return Math.floor((c.amount * whole) / 12);
  return c.amount;
}

/** The 印紙税 of the contract's paper original, or null when its class is not chosen and the type may be taxed. */
export function stampDutyOf(c: ContractRow, lang: Lang = 'ja'): StampDuty | null {
  const document = (c.stampDocument as StampDocument | undefined) ?? (UNTAXED_TYPES.includes(c.type) ? 'none' : undefined);
  if (!document) return null;
  const months = termLength(c.start, c.end).months;
  return stampDuty({ document, amount: statedAmount(c), months, renews: c.autoRenew }, lang);
}

export function stampNoteOf(c: ContractRow, lang: Lang = 'ja'): string {
  return stampDutyOf(c, lang)?.note ?? message(lang, 'contracts.stamp.choose');
}

export type DeadlineKind = 'notice' | 'renewal' | 'end';

export interface UpcomingDeadline {
  readonly id: string;
  readonly kind: DeadlineKind;
  readonly date: LocalDate;
}

/**
 * What falls due from `today` to `today + horizonDays` for a binding contract: the notice deadline,
 * the renewal, or the end of a contract that does not renew.
 */
export function upcomingOf(c: ContractRow, today: LocalDate, horizonDays: number): UpcomingDeadline[] {
  if (!BINDING_STATUSES.includes(c.status)) return [];
  const d = deadlinesOf(c, today);
  if (d.status === 'ended') return [];
  const until = addDays(today, horizonDays);
  const out: UpcomingDeadline[] = [];
  if (d.nextNoticeDeadline && d.nextNoticeDeadline <= until) out.push({ id: c.id, kind: 'notice', date: d.nextNoticeDeadline });
  if (d.nextRenewal && d.nextRenewal <= until) out.push({ id: c.id, kind: 'renewal', date: d.nextRenewal });
  if (!c.autoRenew && d.currentTermEnd <= until) out.push({ id: c.id, kind: 'end', date: d.currentTermEnd });
  return out;
}

/**
 * The deadline a reminder is due for today: the next notice deadline (else, without a notice period,
 * the end of a contract that does not renew) when today is within `days` before it and no reminder
 * has been recorded for that same deadline. Null when nothing is due.
 */
export function reminderDue(c: ContractRow, today: LocalDate, defaultDays: number): { deadline: LocalDate; kind: DeadlineKind } | null {
  if (!BINDING_STATUSES.includes(c.status)) return null;
  const d = deadlinesOf(c, today);
  if (d.status === 'ended') return null;
  const target = d.nextNoticeDeadline ? { deadline: d.nextNoticeDeadline, kind: 'notice' as const } : !c.autoRenew && !c.noticeMonths && !c.noticeDays ? { deadline: d.currentTermEnd, kind: 'end' as const } : null;
  if (!target) return null;
  return dueWithin(target.deadline, today, c.reminderDays ?? defaultDays, c.remindedFor) ? target : null;
}

/** Today is within `days` before `deadline` (the deadline day included) and no reminder was sent for it. */
export function dueWithin(deadline: LocalDate, today: LocalDate, days: number, remindedFor?: LocalDate): boolean {
  return today <= deadline && today >= addDays(deadline, -days) && remindedFor !== deadline;
}
