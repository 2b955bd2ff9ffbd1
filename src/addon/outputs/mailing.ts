/**
 * Mailing one PDF to each employee alone (payslips, 源泉徴収票): the machinery every such sending shares.
 * - Idempotent: who was mailed is remembered in a script property (`kanri.<kind>Sent.<id>`), checked and set under
 *   the lock around each mail, so running again sends nothing twice; a resend is explicit.
 * - Each PDF is saved in the private Drive folder first, then mailed, then recorded as sent (under the lock); the
 *   audit rows follow, one append for the batch.
 * - Batches the page drives (batch, session): a second start while one lives is refused on the server; the mails
 *   stop when MailApp's daily quota is used up or the execution nears Apps Script's 6-minute limit, and the next
 *   call continues from there.
 * One addressee, no cc/bcc; the body carries no amount (core/payslip/mail.ts).
 */
import { employeesTable } from '../../schema/tables/employees';
import { readValidTable } from '../tables';
import { withLock } from '../lock';
import { Transaction } from '../transaction';
import { nowTokyo } from '../clock';
import { KanriError } from '../../core/errors';
import { message, type MessageKey } from '../../core/i18n';
import { tokyoDateTimeOf } from '../../core/calendar';
import { privateFolder, replaceFile } from './common';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Blob = GoogleAppsScript.Base.Blob;

/** Stop starting new PDFs after this long: Apps Script ends an execution at 6 minutes (quotas page). */
const TIME_BUDGET_MS = 4.5 * 60_000;
/** A sending whose page sent no batch for this long is taken as stopped (the page was closed): a new start may take over. Kanri's choice. */
export const SENDING_STALE_MINUTES = 10;

/** One recipient: whose document, and the name the "no e-mail" line shows. */
export interface MailingItem { employeeCode: string; name: string }

/** A mail ready to send: its PDF, subject and body, and the sender's display name. */
export interface PreparedMail { pdf: Blob; subject: string; body: string; from: string }

export interface Mailing<T extends MailingItem> {
  /** The script properties: who was mailed (`sentKey`), the sending in progress (`sendingKey`). */
  sentKey: string;
  sendingKey: string;
  /** Every document of the sending (mailed or not). */
  items: readonly T[];
  /** The private Drive folder (path of names) every PDF is saved in. */
  folder: string[];
  /** Builds what the items need once (one read per table), then each item's mail. */
  prepare(items: readonly T[]): (item: T, index: number) => PreparedMail;
  /** The audit row of a mail: its table name and its row key. */
  audit: { table: string; key(employeeCode: string): string };
  /** The most one batch mails. */
  maxBatch: number;
  /** The messages naming what is sent: a second start refused, a stale session. */
  inProgressKey: MessageKey;
  stoppedKey: MessageKey;
}

export interface MailingReport {
  /** Mailed by this call. */
  sent: number;
  /** Mailed by earlier calls (skipped). */
  alreadySent: number;
  /** Still to send (quota or time ran out): the next call continues with these. */
  pending: number;
  /** Employees without an e-mail address (not sent; fix the master, then run again). */
  noEmail: { employeeCode: string; name: string; ja: string; en: string }[];
  quotaExhausted: boolean;
  message?: { ja: string; en: string };
  /** The sending this batch belongs to: the page passes it with the next batch. */
  session: string;
  /** The documents, and how many of them are mailed now (this call's included). */
  total: number;
  sentTotal: number;
  /** True when nothing more will be sent by another batch (all sent, quota used up, or only people without e-mail left). */
  done: boolean;
}

export interface MailingOptions {
  /** Mail at most this many (a batch the page drives); without it, as many as the time allows. */
  batch?: number | undefined;
  /** The session of the sending this batch continues (the first batch starts one). */
  session?: string | undefined;
}

interface Sending { session: string; by: string; at: number }

function readSending(key: string): Sending | null {
  const text = PropertiesService.getScriptProperties().getProperty(key);
  if (!text) return null;
  try {
    const s = JSON.parse(text) as Sending;
    return Date.now() - s.at < SENDING_STALE_MINUTES * 60_000 ? s : null;
  } catch {
    return null;
  }
}

/** Starts a sending (no `session`) or continues one, under the lock: a start while another lives is refused. */
function claimSending(m: Mailing<MailingItem>, user: string, session: string | undefined): string {
  return withLock(() => {
    const live = readSending(m.sendingKey);
    if (session ? live?.session !== session : live) {
      if (live) throw new KanriError(m.inProgressKey, { by: live.by, since: tokyoDateTimeOf(new Date(live.at)).replace('T', ' '), minutes: SENDING_STALE_MINUTES });
      throw new KanriError(m.stoppedKey, { minutes: SENDING_STALE_MINUTES });
    }
    const id = session ?? Utilities.getUuid();
    PropertiesService.getScriptProperties().setProperty(m.sendingKey, JSON.stringify({ session: id, by: user, at: Date.now() }));
    return id;
  });
}

function endSending(key: string, session: string): void {
  withLock(() => {
    if (readSending(key)?.session === session) PropertiesService.getScriptProperties().deleteProperty(key);
  });
}

export function readSent(key: string): Set<string> {
  const value = PropertiesService.getScriptProperties().getProperty(key);
  return new Set(value ? value.split(',') : []);
}

function markSent(key: string, code: string): void {
  const sent = readSent(key);
  sent.add(code);
  PropertiesService.getScriptProperties().setProperty(key, [...sent].join(','));
}

function mailOne(email: string, mail: PreparedMail): void {
  MailApp.sendEmail({ to: email, subject: mail.subject, body: mail.body, attachments: [mail.pdf], name: mail.from || 'Kanri' });
}

/** The e-mail address of every employee (one read of 従業員). */
function emailsOf(ss: Spreadsheet): Map<string, string> {
  return new Map(readValidTable(ss, employeesTable).rows.map((r) => [r.value.code, r.value.email ?? '']));
}

/** Mails every document not mailed yet, within the daily quota and the batch. */
export function sendMailing<T extends MailingItem>(ss: Spreadsheet, m: Mailing<T>, user: string, options: MailingOptions = {}): MailingReport {
  const started = Date.now();
  const session = claimSending(m as unknown as Mailing<MailingItem>, user, options.session);
  const limit = options.batch === undefined ? Infinity : Math.min(options.batch, m.maxBatch);
  const emails = emailsOf(ss);
  const before = readSent(m.sentKey);
  const todo = m.items.filter((r) => !before.has(r.employeeCode));
  const noEmail = todo.filter((r) => !emails.get(r.employeeCode)).map((r) => {
    const params = { who: `${r.employeeCode} ${r.name}` };
    return { employeeCode: r.employeeCode, name: r.name, ja: message('ja', 'outputs.noEmail', params), en: message('en', 'outputs.noEmail', params) };
  });
  const withEmail = todo.filter((r) => emails.get(r.employeeCode));
  const folder = privateFolder(m.folder);
  const sentNow: string[] = [];
  let quotaExhausted = false;
  const mailOf = m.prepare(withEmail);
  for (const [i, item] of withEmail.entries()) {
    if (MailApp.getRemainingDailyQuota() < 1) {
      quotaExhausted = true;
      break;
    }
    if (Date.now() - started > TIME_BUDGET_MS || sentNow.length >= limit) break;
    const mail = mailOf(item, i);
    const mailed = withLock(() => {
      // Another execution may have sent it since this one started: checked again under the lock.
      if (readSent(m.sentKey).has(item.employeeCode)) return false;
      replaceFile(folder, mail.pdf);
      mailOne(emails.get(item.employeeCode)!, mail);
      markSent(m.sentKey, item.employeeCode);
      return true;
    });
    if (mailed) sentNow.push(item.employeeCode);
  }
  if (sentNow.length) {
    withLock(() => {
      const tx = new Transaction({ ss, user, now: nowTokyo() });
      for (const code of sentNow) tx.note(m.audit.table, 'mail', m.audit.key(code));
      tx.commit();
    });
  }
  const pending = withEmail.length - sentNow.length;
  const done = pending === 0 || quotaExhausted || options.batch === undefined;
  if (done) endSending(m.sendingKey, session);
  const sentSet = readSent(m.sentKey);
  const report: MailingReport = { sent: sentNow.length, alreadySent: before.size, pending, noEmail, quotaExhausted,
    session, total: m.items.length, sentTotal: m.items.filter((r) => sentSet.has(r.employeeCode)).length, done };
  if (quotaExhausted) report.message = { ja: message('ja', 'outputs.quotaUsedUp', { pending }), en: message('en', 'outputs.quotaUsedUp', { pending }) };
  return report;
}

/** The explicit resend of one document (audited as a resend). */
export function resendOne<T extends MailingItem>(ss: Spreadsheet, m: Mailing<T>, item: T, user: string): void {
  const email = emailsOf(ss).get(item.employeeCode);
  if (!email) throw new KanriError('outputs.noEmail', { who: `${item.employeeCode} ${item.name}` });
  if (MailApp.getRemainingDailyQuota() < 1) throw new KanriError('outputs.quotaUsedUp', { pending: 1 });
  const mail = m.prepare([item])(item, 0);
  withLock(() => {
    replaceFile(privateFolder(m.folder), mail.pdf);
    mailOne(email, mail);
    markSent(m.sentKey, item.employeeCode);
    const tx = new Transaction({ ss, user, now: nowTokyo() });
    tx.note(m.audit.table, 'resend', m.audit.key(item.employeeCode));
    tx.commit();
  });
}

/** How many documents of a sending were mailed (the page's progress), and who is sending now. */
export function mailingStatus(m: Pick<Mailing<MailingItem>, 'items' | 'sentKey' | 'sendingKey'>): { total: number; sent: number; pending: number; remainingQuota: number; sending: { by: string; since: string } | null } {
  const sent = readSent(m.sentKey);
  const total = m.items.length;
  const done = m.items.filter((r) => sent.has(r.employeeCode)).length;
  const live = readSending(m.sendingKey);
  return { total, sent: done, pending: total - done, remainingQuota: MailApp.getRemainingDailyQuota(),
    sending: live ? { by: live.by, since: tokyoDateTimeOf(new Date(live.at)).replace('T', ' ') } : null };
}
