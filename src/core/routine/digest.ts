/**
 * The daily digest's text (DESIGN.md §2 Routine): one mail per admin listing pending requests,
 * 36協定 alerts, five-day leave obligations and upcoming deadlines. Names, dates and hours only:
 * no money figure ever enters a digest (its input has no field for one).
 */
import { message, type Lang } from '../i18n';
import type { LimitId } from '../attendance/agreement36';
import type { LocalDate, LocalDateTime, YearMonth } from '../calendar';
import type { Deadline } from './calendar';

export interface DigestAgreementAlert {
  readonly name: string;
  readonly department: string;
  readonly overtimeMinutes: number;
  /** The limit the alert is about, and how: already beyond it, crossing on a day, or near it. */
  readonly limit: LimitId;
  readonly exceeded: boolean;
  readonly crossesOn: LocalDate | null;
}

export interface DigestInput {
  readonly date: LocalDate;
  readonly month: YearMonth;
  readonly corrections: readonly { id: string; name: string; at: LocalDateTime; kind: 'clockIn' | 'clockOut' | 'breakStart' | 'breakEnd' }[];
  readonly leaveRequests: readonly { id: string; name: string; date: LocalDate; days: number }[];
  readonly agreement: readonly DigestAgreementAlert[];
  readonly obligations: readonly { name: string; neededDays: number; deadline: LocalDate; impossible: boolean }[];
  readonly deadlines: readonly Deadline[];
  readonly horizonDays: number;
  /** Sections of other modules (assets: overdue loans, low stock, requests), already worded. */
  readonly sections?: readonly { readonly lines: readonly string[]; readonly items: number }[];
}

/** Hours with one decimal, from whole minutes (display only). */
const hours = (minutes: number): string => `${Math.floor(minutes / 60)}.${Math.floor(((minutes % 60) * 10) / 60)}`;

function agreementDetail(lang: Lang, a: DigestAgreementAlert): string {
  const limit = message(lang, `limit.${a.limit}`);
  if (a.exceeded) return message(lang, 'digest.exceeded', { limit });
  if (a.crossesOn) return message(lang, 'digest.crosses', { limit, date: a.crossesOn });
  return message(lang, 'digest.near', { limit });
}

export function digestMail(lang: Lang, d: DigestInput): { subject: string; body: string; items: number } {
  const lines: string[] = [message(lang, 'digest.intro', { date: d.date }), ''];
  const pending = d.corrections.length + d.leaveRequests.length;
  if (pending) {
    lines.push(message(lang, 'digest.pending', { count: pending }));
    for (const c of d.corrections) lines.push(message(lang, 'digest.correctionLine', { id: c.id, name: c.name, at: c.at.replace('T', ' '), kind: message(lang, `attendance.kind.${c.kind}`) }));
    for (const l of d.leaveRequests) lines.push(message(lang, 'digest.leaveLine', { id: l.id, name: l.name, date: l.date, days: l.days }));
    lines.push(message(lang, 'digest.pendingWhere'), '');
  }
  if (d.agreement.length) {
    lines.push(message(lang, 'digest.agreement', { month: d.month, count: d.agreement.length }));
    for (const a of d.agreement) lines.push(message(lang, 'digest.agreementLine', { name: a.name, department: a.department, hours: hours(a.overtimeMinutes), detail: agreementDetail(lang, a) }));
    lines.push('');
  }
  if (d.obligations.length) {
    lines.push(message(lang, 'digest.obligation', { count: d.obligations.length }));
    for (const o of d.obligations) lines.push(message(lang, o.impossible ? 'digest.obligationImpossible' : 'digest.obligationLine', { name: o.name, days: o.neededDays, deadline: o.deadline }));
    lines.push('');
  }
  for (const section of d.sections ?? []) lines.push(...section.lines);
  if (d.deadlines.length) {
    lines.push(message(lang, 'digest.deadlines', { days: d.horizonDays }));
    for (const x of d.deadlines) {
      const label = message(lang, `deadline.${x.id}`);
      lines.push(x.opens && x.opens <= x.date ? message(lang, 'digest.window', { opens: x.opens, date: x.date, label }) : message(lang, 'digest.deadlineLine', { date: x.date, label }));
    }
    lines.push('');
  }
  const items = pending + d.agreement.length + d.obligations.length + (d.sections ?? []).reduce((n, x) => n + x.items, 0);
  if (!items && !d.deadlines.length) lines.push(message(lang, 'digest.nothing'), '');
  lines.push(message(lang, 'digest.footer'));
  return { subject: message(lang, 'digest.subject', { date: d.date }), body: lines.join('\n'), items };
}
