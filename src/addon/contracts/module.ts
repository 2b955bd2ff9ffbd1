/**
 * The contracts lazy module (see ../lazy.ts): the handlers of the contracts RPCs declared in rpc.ts
 * (names, roles and input schemas stay in Code.js; the role check and validation run before this
 * module loads), the daily reminders and the digest's contracts section. Every write runs under the
 * one script lock, in one Transaction: each table read once and written with one call, audited.
 * - The register (契約): its deadlines computed as of any date by the core (src/core/contracts);
 *   the 印紙税 note written from the row on every save. Amounts are in admin answers only.
 * - Fixed-term employment (有期雇用契約): a row per term; the 無期転換 right and 雇止めの予告 from the
 *   employee's terms. An employee sees only their own terms (myEmploymentContracts).
 * - Reminders: 通知済み期限 is written first, under the lock, then the mails: a second run the same
 *   day finds the deadline recorded and sends nothing (a reminder may be missed, never sent twice).
 */
import { bootstrap } from '../bootstrap';
import type { RpcContext } from '../entrypoints';
import { readTable, readValidTable } from '../tables';
import { Transaction } from '../transaction';
import { withLock } from '../lock';
import { nowTokyo } from '../clock';
import { readSettings } from '../settings';
import { KanriError } from '../../core/errors';
import { message, type Lang, type MessageKey } from '../../core/i18n';
import { addDays, type LocalDate } from '../../core/calendar';
import { deadlinesOf, dueWithin, indefiniteConversion, reminderDue, stampDutyOf, stampNoteOf, statedAmount, upcomingOf, BINDING_STATUSES,
  type ConversionResult, type DeadlineKind, type EmploymentTerm } from '../../core/contracts';
import { contractsTable, employmentContractsTable } from '../../schema/tables/contracts';
import { employeesTable } from '../../schema/tables/employees';
import { rolesTable } from '../../schema/tables/roles';
import { labelOf } from '../../schema/labels';
import { CONTRACT_TYPE_LABELS, CONTRACT_STATUS_LABELS } from '../../schema/labels-contracts';
import type { RowOf } from '../../schema/table';
import type { output } from 'zod/mini';
import type { contractForm, employmentContractForm, importContractsForm, contractsAsOfForm } from '../../schema/forms/contracts';

bootstrap();

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Contract = RowOf<typeof contractsTable>;
type EmploymentContract = RowOf<typeof employmentContractsTable>;
type In<T> = output<T extends import('zod/mini').ZodMiniType ? T : never>;

const today = () => nowTokyo().slice(0, 10);
const tx = (context: RpcContext) => new Transaction({ ss: context.ss, user: context.caller.email, now: nowTokyo() });
/** How far ahead the register's list of deadlines looks by default (the 90 days). */
const LIST_HORIZON_DAYS = 90;
/** How far ahead the digest shows a 無期転換 right that a renewal would bring. */
const CONVERSION_LOOKAHEAD_DAYS = 365;
const kindKey = (kind: DeadlineKind): MessageKey => `contracts.kind.${kind}` as MessageKey;
const byStart = <T extends { start: string }>(a: T, b: T) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);

function employees(ss: Spreadsheet) {
  return new Map(readTable(ss, employeesTable).rows.map((r) => [r.value.code, r.value]));
}

function assertEmployee(ss: Spreadsheet, code: string | undefined, field: string): void {
  if (code === undefined) return;
  if (!readTable(ss, employeesTable).rows.some((r) => r.value.code === code)) throw new KanriError('input.unknownEmployee', { field, code });
}

/** A row as saved: the 印紙税 note from the row; 通知済み期限 kept (a changed deadline is reminded again). */
function contractRow(input: In<typeof contractForm>, existing?: Contract): Contract {
  return { ...input, stampNote: stampNoteOf(input, 'ja'), remindedFor: existing?.remindedFor };
}

/** The terms of one employee must not overlap (a renewal is a new term from the day after). */
function assertNoOverlap(code: string, terms: readonly EmploymentContract[]): void {
  const list = [...terms].sort(byStart);
  list.forEach((t, i) => {
    const prev = list[i - 1];
    if (prev && t.start <= prev.end) throw new KanriError('contracts.error.overlap', { code, a: `${prev.id}（${prev.start}〜${prev.end}）`, b: `${t.id}（${t.start}〜${t.end}）` });
  });
}

function twice(ids: readonly string[], field: string): void {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) throw new KanriError('contracts.error.duplicate', { field: `input.${field}[${i}].id`, id });
  });
}

// ---------------------------------------------------------------- register (admin)

export function saveContract(input: In<typeof contractForm>, context: RpcContext) {
  assertEmployee(context.ss, input.owner, 'input.owner');
  return withLock(() => {
    const read = readValidTable(context.ss, contractsTable);
    const existing = read.rows.find((r) => r.value.id === input.id);
    const t = tx(context);
    const row = contractRow(input, existing?.value);
    if (existing) t.update(read, existing.rowNumber, row);
    else t.append(contractsTable, [row], read);
    t.commit();
    return { id: input.id, created: !existing, stampNote: row.stampNote ?? '' };
  });
}

export function saveEmploymentContract(input: In<typeof employmentContractForm>, context: RpcContext) {
  assertEmployee(context.ss, input.employeeCode, 'input.employeeCode');
  return withLock(() => {
    const read = readValidTable(context.ss, employmentContractsTable);
    const existing = read.rows.find((r) => r.value.id === input.id);
    const row: EmploymentContract = { ...input, remindedFor: existing?.value.remindedFor };
    assertNoOverlap(input.employeeCode, [...read.rows.map((r) => r.value).filter((r) => r.employeeCode === input.employeeCode && r.id !== input.id), row]);
    const t = tx(context);
    if (existing) t.update(read, existing.rowNumber, row);
    else t.append(employmentContractsTable, [row], read);
    t.commit();
    return { id: input.id, created: !existing };
  });
}

/** Many contracts and employment terms in one call, one transaction (moving a register over; the demo): all or nothing. */
export function importContracts(input: In<typeof importContractsForm>, context: RpcContext) {
  twice(input.contracts.map((c) => c.id), 'contracts');
  twice(input.employmentContracts.map((c) => c.id), 'employmentContracts');
  const known = employees(context.ss);
  input.contracts.forEach((c, i) => {
    if (c.owner !== undefined && !known.has(c.owner)) throw new KanriError('input.unknownEmployee', { field: `input.contracts[${i}].owner`, code: c.owner });
  });
  input.employmentContracts.forEach((c, i) => {
    if (!known.has(c.employeeCode)) throw new KanriError('input.unknownEmployee', { field: `input.employmentContracts[${i}].employeeCode`, code: c.employeeCode });
  });
  return withLock(() => {
    const t = tx(context);
    const contracts = readValidTable(context.ss, contractsTable);
    const fresh: Contract[] = [];
    for (const c of input.contracts) {
      const existing = contracts.rows.find((r) => r.value.id === c.id);
      if (existing) t.update(contracts, existing.rowNumber, contractRow(c, existing.value));
      else fresh.push(contractRow(c));
    }
    if (fresh.length) t.append(contractsTable, fresh, contracts);
    const terms = readValidTable(context.ss, employmentContractsTable);
    const freshTerms: EmploymentContract[] = [];
    const after = new Map(terms.rows.map((r) => [r.value.id, r.value]));
    for (const c of input.employmentContracts) {
      const existing = terms.rows.find((r) => r.value.id === c.id);
      const row: EmploymentContract = { ...c, remindedFor: existing?.value.remindedFor };
      after.set(c.id, row);
      if (existing) t.update(terms, existing.rowNumber, row);
      else freshTerms.push(row);
    }
    for (const code of new Set(input.employmentContracts.map((c) => c.employeeCode))) assertNoOverlap(code, [...after.values()].filter((r) => r.employeeCode === code));
    if (freshTerms.length) t.append(employmentContractsTable, freshTerms, terms);
    t.commit();
    return { contracts: input.contracts.length, contractsCreated: fresh.length, employmentContracts: input.employmentContracts.length, employmentContractsCreated: freshTerms.length };
  });
}

/** The register as of a date (today by default): each contract's current term and deadlines, amounts, 印紙税; what falls due within the horizon. */
export function listContracts(input: In<typeof contractsAsOfForm>, context: RpcContext) {
  const asOf = input.asOf ?? today();
  const horizon = input.horizonDays ?? LIST_HORIZON_DAYS;
  const read = readTable(context.ss, contractsTable);
  const people = employees(context.ss);
  const contracts = read.rows.map(({ value: c }) => {
    const d = deadlinesOf(c, asOf);
    const stamp = stampDutyOf(c);
    return {
      ...c, typeName: labelOf(CONTRACT_TYPE_LABELS, c.type), statusName: labelOf(CONTRACT_STATUS_LABELS, c.status), ownerName: c.owner ? people.get(c.owner)?.name ?? c.owner : '',
      currentTermStart: d.currentTermStart, currentTermEnd: d.currentTermEnd, termNumber: d.termNumber, nextNoticeDeadline: d.nextNoticeDeadline, nextRenewal: d.nextRenewal,
      termStatus: d.status, statedAmount: statedAmount(c), stampDuty: stamp?.tax ?? null, explanation: d.explanation,
    };
  });
  const byId = new Map(read.rows.map((r) => [r.value.id, r.value]));
  const upcoming = read.rows.flatMap((r) => upcomingOf(r.value, asOf, horizon)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((u) => ({ ...u, title: byId.get(u.id)!.title, counterparty: byId.get(u.id)!.counterparty }));
  return { asOf, horizonDays: horizon, contracts, upcoming, errors: read.errors.map((e) => e.ja) };
}

// ---------------------------------------------------------------- fixed-term employment

/** The concluded terms (締結 onward: a 下書き or 送付済 term is not counted) per employee, by start. */
function termsByEmployee(ss: Spreadsheet): Map<string, EmploymentContract[]> {
  const out = new Map<string, EmploymentContract[]>();
  for (const { value } of readTable(ss, employmentContractsTable).rows) {
    if (value.status === 'draft' || value.status === 'sent') continue;
    out.set(value.employeeCode, [...(out.get(value.employeeCode) ?? []), value]);
  }
  for (const list of out.values()) list.sort(byStart);
  return out;
}

const asTerms = (rows: readonly EmploymentContract[]): EmploymentTerm[] => rows.map((r) => ({ start: r.start, end: r.end }));

function conversionOf(rows: readonly EmploymentContract[], asOf: LocalDate, lang: Lang): ConversionResult {
  return indefiniteConversion(asTerms(rows), asOf, lang);
}

/** Every fixed-term employee's terms with the 無期転換 right and the 雇止めの予告 (admin); one employee with `employeeCode`. */
export function employmentContracts(input: { employeeCode?: string; asOf?: string }, context: RpcContext) {
  const asOf = input.asOf ?? today();
  const people = employees(context.ss);
  const all = readTable(context.ss, employmentContractsTable);
  const concluded = termsByEmployee(context.ss);
  const codes = [...new Set(all.rows.map((r) => r.value.employeeCode))].filter((c) => !input.employeeCode || c === input.employeeCode).sort();
  return {
    asOf,
    employees: codes.map((code) => {
      const rows = all.rows.map((r) => r.value).filter((r) => r.employeeCode === code).sort(byStart);
      const counted = concluded.get(code) ?? [];
      return { employeeCode: code, name: people.get(code)?.name ?? code, terms: rows, conversion: counted.length ? conversionOf(counted, asOf, 'ja') : null };
    }),
    errors: all.errors.map((e) => e.ja),
  };
}

/** The caller's own fixed-term terms and their 無期転換 right (employees, managers and admins: their own only; no notes). */
export function myEmploymentContracts(_input: unknown, context: RpcContext) {
  const me = context.caller.employeeCode;
  if (!me) throw new KanriError('attendance.noEmployee');
  const rows = termsByEmployee(context.ss).get(me) ?? [];
  const c = rows.length ? conversionOf(rows, today(), 'ja') : null;
  return {
    employeeCode: me,
    terms: rows.map((r) => ({ id: r.id, start: r.start, end: r.end, renewal: r.renewal, renewalCap: r.renewalCap ?? '', status: r.status, documentUrl: r.documentUrl ?? '' })),
    conversion: c ? { totalMonths: c.totalMonths, totalDays: c.totalDays, rightArisesOn: c.rightArisesOn, arisen: c.arisen, explanation: c.explanation } : null,
  };
}

// ---------------------------------------------------------------- the daily routine

function adminEmails(ss: Spreadsheet): string[] {
  return [...new Set(readTable(ss, rolesTable).rows.filter((r) => r.value.role === 'admin').map((r) => r.value.email.toLowerCase()))];
}

function defaultReminderDays(ss: Spreadsheet): number {
  return Math.max(0, Math.min(366, Math.trunc(Number(readSettings(ss)['contracts.reminderDays'])) || 0));
}

/**
 * The employment term in force on `on` that nothing concluded follows (not renewed yet), and the
 * deadline to watch: the 雇止めの予告 when it is owed and ahead, else the term's end.
 */
function employmentDue(rows: readonly EmploymentContract[], on: LocalDate) {
  const term = rows.find((r) => r.start <= on && on <= r.end);
  if (!term || !BINDING_STATUSES.includes(term.status) || term.renewal === 'automatic') return null;
  if (rows.some((r) => r.start === addDays(term.end, 1))) return null; // renewed already
  const conversion = indefiniteConversion(asTerms(rows), on);
  const notice = conversion.nonRenewalNotice;
  // the notice once it is owed and still ahead; after it (or without one), the end itself
  const deadline = notice?.required && notice.deadline && notice.deadline >= on ? notice.deadline : term.end;
  return { term, deadline, notice, conversion };
}

/**
 * Contract reminders (kanriDaily): each binding contract whose next notice deadline (or, without one,
 * its end) is within its お知らせ days (設定 contracts.reminderDays by default), and each fixed-term
 * employee whose term ends unrenewed, get 通知済み期限 = that deadline first, in one write per table
 * under the lock; only then the mails, one per addressee: the owner and the admins.
 */
export function sendContractReminders(ss: Spreadsheet, on: LocalDate, actor: string, lang: Lang): { reminded: number; mailed: number } {
  const days = defaultReminderDays(ss);
  const due = withLock(() => {
    const contracts = readTable(ss, contractsTable);
    const terms = readTable(ss, employmentContractsTable);
    const contractDue = contracts.rows.flatMap((r) => {
      const d = reminderDue(r.value, on, days);
      return d ? [{ row: r, ...d }] : [];
    });
    const byEmployee = new Map<string, EmploymentContract[]>();
    for (const { value } of terms.rows) {
      if (value.status === 'draft' || value.status === 'sent') continue;
      byEmployee.set(value.employeeCode, [...(byEmployee.get(value.employeeCode) ?? []), value]);
    }
    const employmentDueList = [...byEmployee.values()].flatMap((list) => {
      const d = employmentDue([...list].sort(byStart), on);
      if (!d || !dueWithin(d.deadline, on, d.term.reminderDays ?? days, d.term.remindedFor)) return [];
      return [{ row: terms.rows.find((r) => r.value.id === d.term.id)!, ...d }];
    });
    if (contractDue.length || employmentDueList.length) {
      const t = new Transaction({ ss, user: actor, now: nowTokyo() });
      for (const d of contractDue) t.update(contracts, d.row.rowNumber, { ...d.row.value, remindedFor: d.deadline });
      for (const d of employmentDueList) t.update(terms, d.row.rowNumber, { ...d.row.value, remindedFor: d.deadline });
      t.commit();
    }
    return { contractDue, employmentDueList };
  });
  const reminded = due.contractDue.length + due.employmentDueList.length;
  if (!reminded) return { reminded: 0, mailed: 0 };
  const people = employees(ss);
  const admins = adminEmails(ss);
  let mailed = 0;
  const send = (to: readonly string[], subject: string, body: string) => {
    for (const address of new Set(to.map((a) => a.toLowerCase()))) {
      MailApp.sendEmail({ to: address, subject, body }); // one addressee per mail
      mailed++;
    }
  };
  for (const d of due.contractDue) {
    const c = d.row.value;
    const now = deadlinesOf(c, on);
    const owner = c.owner ? people.get(c.owner)?.email : undefined;
    const next = now.nextRenewal ? message(lang, 'contracts.reminder.next', { date: now.nextRenewal }) : message(lang, 'contracts.reminder.ends', { date: now.currentTermEnd });
    send([...(owner ? [owner] : []), ...admins], message(lang, 'contracts.reminder.subject', { title: c.title }),
      message(lang, 'contracts.reminder.body', { title: c.title, counterparty: c.counterparty, id: c.id, kind: message(lang, kindKey(d.kind)), deadline: d.deadline, termStart: now.currentTermStart, termEnd: now.currentTermEnd, next }));
  }
  for (const d of due.employmentDueList) {
    const name = people.get(d.term.employeeCode)?.name ?? d.term.employeeCode;
    const notice = d.notice?.required ? message(lang, 'contracts.employmentReminder.notice', { deadline: d.deadline, renewals: d.notice.renewals }) : message(lang, 'contracts.employmentReminder.noNotice');
    const conversion = d.conversion.rightArisesOn ? message(lang, 'contracts.employmentReminder.conversion', { date: d.conversion.rightArisesOn })
      : d.conversion.projectedRightArisesOn ? message(lang, 'contracts.employmentReminder.projected', { date: d.conversion.projectedRightArisesOn }) : '';
    send(admins, message(lang, 'contracts.employmentReminder.subject', { name }), message(lang, 'contracts.employmentReminder.body', { name, code: d.term.employeeCode, end: d.term.end, notice, conversion }));
  }
  return { reminded, mailed };
}

/** The admin digest's contracts section: deadlines within the horizon, and the 無期転換 rights arisen, concluded or a renewal away. */
export function digestSection(ss: Spreadsheet, on: LocalDate, lang: Lang, horizonDays: number): { lines: string[]; items: number } {
  const read = readTable(ss, contractsTable);
  const byId = new Map(read.rows.map((r) => [r.value.id, r.value]));
  const upcoming = read.rows.flatMap((r) => upcomingOf(r.value, on, horizonDays)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const lines: string[] = [];
  if (upcoming.length) {
    lines.push(message(lang, 'contracts.digest.deadlines', { days: horizonDays, count: upcoming.length }));
    for (const u of upcoming) lines.push(message(lang, 'contracts.digest.deadlineLine', { date: u.date, kind: message(lang, kindKey(u.kind)), title: byId.get(u.id)!.title, counterparty: byId.get(u.id)!.counterparty }));
    lines.push('');
  }
  const people = employees(ss);
  const rights: string[] = [];
  for (const [code, rows] of termsByEmployee(ss)) {
    if (!rows.some((r) => r.end >= on)) continue; // no term now or ahead: nothing to act on
    const c = indefiniteConversion(asTerms(rows), on, lang);
    const name = people.get(code)?.name ?? code;
    if (c.rightArisesOn && c.arisen) rights.push(message(lang, 'contracts.digest.conversionArisen', { name, code, date: c.rightArisesOn, end: rows[rows.length - 1]!.end }));
    else if (c.rightArisesOn) rights.push(message(lang, 'contracts.digest.conversionAhead', { name, code, date: c.rightArisesOn }));
    else if (c.projectedRightArisesOn && c.projectedRightArisesOn <= addDays(on, CONVERSION_LOOKAHEAD_DAYS)) {
      rights.push(message(lang, 'contracts.digest.conversionProjected', { name, code, date: c.projectedRightArisesOn, total: message(lang, 'contracts.explain.length', { months: c.totalMonths, days: c.totalDays }) }));
    }
  }
  if (rights.length) lines.push(message(lang, 'contracts.digest.conversion', { count: rights.length }), ...rights, '');
  return { lines, items: upcoming.length + rights.length };
}
