/**
 * 給与明細: a closed run's 賃金台帳 rows as PayslipData, rendered to PDF, saved in the run's private Drive
 * folder (`Kanri 給与明細/<runId>`) and mailed to each employee alone (one addressee, no cc/bcc, a body
 * without amounts). Sending is idempotent: the employees already mailed for a run are remembered in a
 * script property, checked and set under the lock around each mail, so running again sends nothing
 * twice; a resend is the explicit `resendPayslip`. Mails stop when MailApp's daily quota is used up (or
 * the execution nears Apps Script's 6-minute limit) and the next run continues from there.
 */
import { employeesTable } from '../../schema/tables/employees';
import { readValidTable } from '../tables';
import { readSettings } from '../settings';
import { withLock } from '../lock';
import { Transaction } from '../transaction';
import { nowTokyo } from '../clock';
import { leaveStatus } from '../attendance/leave';
import { KanriError } from '../../core/errors';
import { message, type Lang } from '../../core/i18n';
import { firstDayOfMonth, lastDayOfMonth, tokyoDateTimeOf } from '../../core/calendar';
import { MAX_PAYSLIP_BATCH } from './rpc';
import { renderPayslipHtml, payslipMailText, type PayslipData } from '../../core/payslip';
import { premiumPayRules } from '../../core/payroll/rates/premium-pay';
import { closedRun, deductionLines, earningLines, pdfOf, privateFolder, replaceFile, type ClosedRun, type LedgerRow } from './common';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Stop starting new PDFs after this long: Apps Script ends an execution at 6 minutes (quotas page). */
const TIME_BUDGET_MS = 4.5 * 60_000;
const sentKey = (runId: string) => `kanri.payslipsSent.${runId}`;
/** The sending in progress of a run ({session, by, at}): a second start is refused while it lives. */
const sendingKey = (runId: string) => `kanri.payslipSending.${runId}`;
/** A sending whose page sent no batch for this long is taken as stopped (the page was closed): a new start may take over. Kanri's choice. */
export const SENDING_STALE_MINUTES = 10;

interface Sending { session: string; by: string; at: number }

function readSending(runId: string): Sending | null {
  const text = PropertiesService.getScriptProperties().getProperty(sendingKey(runId));
  if (!text) return null;
  try {
    const s = JSON.parse(text) as Sending;
    return Date.now() - s.at < SENDING_STALE_MINUTES * 60_000 ? s : null;
  } catch {
    return null;
  }
}

/**
 * Starts a sending (no `session`) or continues one (`session` from the first batch's answer), under the
 * lock: a start while another sending lives is refused on the server, whatever the page shows.
 */
function claimSending(runId: string, user: string, session: string | undefined): string {
  return withLock(() => {
    const live = readSending(runId);
    if (session ? live?.session !== session : live) {
      if (live) throw new KanriError('outputs.sendingInProgress', { by: live.by, since: tokyoDateTimeOf(new Date(live.at)).replace('T', ' '), minutes: SENDING_STALE_MINUTES });
      throw new KanriError('outputs.sendingStopped', { minutes: SENDING_STALE_MINUTES });
    }
    const id = session ?? Utilities.getUuid();
    PropertiesService.getScriptProperties().setProperty(sendingKey(runId), JSON.stringify({ session: id, by: user, at: Date.now() }));
    return id;
  });
}

function endSending(runId: string, session: string): void {
  withLock(() => {
    if (readSending(runId)?.session === session) PropertiesService.getScriptProperties().deleteProperty(sendingKey(runId));
  });
}

/** Maps one ledger row onto the payslip; `leaveRemaining` is the paid-leave balance at the month's end. */
export function payslipDataOf(row: LedgerRow, companyName: string, kind: 'salary' | 'bonus', leaveRemaining: number): PayslipData {
  const earnings = earningLines(row);
  const deductions = deductionLines(row).map(({ label, amount }) => ({ label, amount }));
  return {
    companyName,
    employee: { code: row.employeeCode, name: row.name, ...(row.department ? { department: row.department } : {}) },
    kind, payDate: row.payDate, month: row.month,
    period: { from: firstDayOfMonth(row.month), to: lastDayOfMonth(row.month) },
    earnings, deductions,
    attendance: {
      workedDays: row.workDays, absenceDays: row.absenceDays, workedMinutes: row.workedMinutes,
      legalOvertimeMinutes: row.legalOvertimeMinutes,
      // 月60時間超 (労基法37条1項ただし書): the threshold is the premium-pay data's.
      over60Minutes: Math.max(0, row.legalOvertimeMinutes - premiumPayRules.overtimeOver60ThresholdMinutes),
      lateNightMinutes: row.lateNightMinutes, legalHolidayMinutes: row.legalHolidayMinutes,
      paidLeaveDaysTaken: row.paidLeaveDays, paidLeaveDaysRemaining: leaveRemaining,
    },
    totals: { grossPay: row.grossPay, totalDeductions: row.totalDeductions, netPay: row.netPay },
  };
}

/** Payslip data of some rows of a closed run (leave balances read once for all). */
export function payslipsOf(ss: Spreadsheet, closed: ClosedRun, rows: readonly LedgerRow[]): PayslipData[] {
  const companyName = readSettings(ss).companyName;
  const balances = new Map(leaveStatus(ss, rows.map((r) => r.employeeCode), lastDayOfMonth(closed.run.month)).map((s) => [s.employeeCode, s.balance.balanceDays]));
  return rows.map((r) => payslipDataOf(r, companyName, closed.run.kind, balances.get(r.employeeCode) ?? 0));
}

export function payslipFileName(data: PayslipData): string {
  return `給与明細_${data.month}_${data.employee.code}.pdf`;
}

export function payslipPdf(data: PayslipData, lang: Lang = 'ja'): GoogleAppsScript.Base.Blob {
  return pdfOf(renderPayslipHtml(data, lang), payslipFileName(data));
}

function readSent(runId: string): Set<string> {
  const value = PropertiesService.getScriptProperties().getProperty(sentKey(runId));
  return new Set(value ? value.split(',') : []);
}

function markSent(runId: string, code: string): void {
  const sent = readSent(runId);
  sent.add(code);
  PropertiesService.getScriptProperties().setProperty(sentKey(runId), [...sent].join(','));
}

export interface SendReport {
  runId: string;
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
  /** The run's payslips, and how many of them are mailed now (this call's included). */
  total: number;
  sentTotal: number;
  /** True when nothing more will be sent by another batch (all sent, quota used up, or only people without e-mail left). */
  done: boolean;
}

export interface SendOptions {
  /** Mail at most this many (a batch the page drives); without it, as many as the time allows. */
  batch?: number | undefined;
  /** The session of the sending this batch continues (the first batch starts one). */
  session?: string | undefined;
}

/** One addressee, no cc/bcc; the body has no amounts (core/payslip/mail.ts). */
function mailOne(data: PayslipData, email: string, pdf: GoogleAppsScript.Base.Blob, lang: Lang): void {
  const mail = payslipMailText(data, lang);
  MailApp.sendEmail({ to: email, subject: mail.subject, body: mail.body, attachments: [pdf], name: data.companyName || 'Kanri' });
}

/** Sends every payslip of a closed run not sent yet, within the daily mail quota. */
export function sendPayslips(ss: Spreadsheet, runId: string, user: string, lang: Lang = 'ja', options: SendOptions = {}): SendReport {
  const started = Date.now();
  const closed = closedRun(ss, runId);
  const session = claimSending(runId, user, options.session);
  const limit = options.batch === undefined ? Infinity : Math.min(options.batch, MAX_PAYSLIP_BATCH);
  const emails = new Map(readValidTable(ss, employeesTable).rows.map((r) => [r.value.code, r.value.email ?? '']));
  const before = readSent(runId);
  const todo = closed.rows.filter((r) => !before.has(r.employeeCode));
  const noEmail = todo.filter((r) => !emails.get(r.employeeCode)).map((r) => {
    const params = { who: `${r.employeeCode} ${r.name}` };
    return { employeeCode: r.employeeCode, name: r.name, ja: message('ja', 'outputs.noEmail', params), en: message('en', 'outputs.noEmail', params) };
  });
  const withEmail = todo.filter((r) => emails.get(r.employeeCode));
  const folder = privateFolder([message('ja', 'outputs.folder.payslips'), runId]);
  const sentNow: string[] = [];
  let quotaExhausted = false;
  const slips = payslipsOf(ss, closed, withEmail);
  for (const [i, row] of withEmail.entries()) {
    if (MailApp.getRemainingDailyQuota() < 1) {
      quotaExhausted = true;
      break;
    }
    if (Date.now() - started > TIME_BUDGET_MS || sentNow.length >= limit) break;
    const data = slips[i]!;
    const pdf = payslipPdf(data, lang);
    const mailed = withLock(() => {
      // Another execution may have sent it since this one started: checked again under the lock.
      if (readSent(runId).has(row.employeeCode)) return false;
      replaceFile(folder, pdf);
      mailOne(data, emails.get(row.employeeCode)!, pdf, lang);
      markSent(runId, row.employeeCode);
      return true;
    });
    if (mailed) sentNow.push(row.employeeCode);
  }
  if (sentNow.length) {
    withLock(() => {
      const tx = new Transaction({ ss, user, now: nowTokyo() });
      for (const code of sentNow) tx.note('給与明細', 'mail', `${runId}/${code}`);
      tx.commit();
    });
  }
  const pending = withEmail.length - sentNow.length;
  const done = pending === 0 || quotaExhausted || options.batch === undefined;
  if (done) endSending(runId, session);
  const sentSet = readSent(runId);
  const report: SendReport = { runId, sent: sentNow.length, alreadySent: before.size, pending, noEmail, quotaExhausted,
    session, total: closed.rows.length, sentTotal: closed.rows.filter((r) => sentSet.has(r.employeeCode)).length, done };
  if (quotaExhausted) report.message = { ja: message('ja', 'outputs.quotaUsedUp', { pending }), en: message('en', 'outputs.quotaUsedUp', { pending }) };
  return report;
}

/** The explicit resend of one employee's payslip (audited as a resend). */
export function resendPayslip(ss: Spreadsheet, runId: string, employeeCode: string, user: string, lang: Lang = 'ja'): { runId: string; employeeCode: string; sent: true } {
  const closed = closedRun(ss, runId);
  const row = closed.rows.find((r) => r.employeeCode === employeeCode);
  if (!row) throw new KanriError('outputs.noEmployee', { code: employeeCode, run: runId });
  const email = readValidTable(ss, employeesTable).rows.find((r) => r.value.code === employeeCode)?.value.email;
  if (!email) throw new KanriError('outputs.noEmail', { who: `${row.employeeCode} ${row.name}` });
  if (MailApp.getRemainingDailyQuota() < 1) throw new KanriError('outputs.quotaUsedUp', { pending: 1 });
  const [data] = payslipsOf(ss, closed, [row]);
  const pdf = payslipPdf(data!, lang);
  withLock(() => {
    replaceFile(privateFolder([message('ja', 'outputs.folder.payslips'), runId]), pdf);
    mailOne(data!, email, pdf, lang);
    markSent(runId, employeeCode);
    const tx = new Transaction({ ss, user, now: nowTokyo() });
    tx.note('給与明細', 'resend', `${runId}/${employeeCode}`);
    tx.commit();
  });
  return { runId, employeeCode, sent: true };
}

/** How many of a run's payslips were mailed (the sidebar's progress). */
export function payslipStatus(ss: Spreadsheet, runId: string): { runId: string; total: number; sent: number; pending: number; remainingQuota: number; sending: { by: string; since: string } | null } {
  const closed = closedRun(ss, runId);
  const sent = readSent(runId);
  const total = closed.rows.length;
  const done = closed.rows.filter((r) => sent.has(r.employeeCode)).length;
  const live = readSending(runId);
  return { runId, total, sent: done, pending: total - done, remainingQuota: MailApp.getRemainingDailyQuota(),
    sending: live ? { by: live.by, since: tokyoDateTimeOf(new Date(live.at)).replace('T', ' ') } : null };
}
