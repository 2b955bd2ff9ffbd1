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
import { firstDayOfMonth, lastDayOfMonth } from '../../core/calendar';
import { renderPayslipHtml, payslipMailText, type PayslipData } from '../../core/payslip';
import { premiumPayRules } from '../../core/payroll/rates/premium-pay';
import { closedRun, deductionLines, earningLines, pdfOf, privateFolder, replaceFile, type ClosedRun, type LedgerRow } from './common';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Stop starting new PDFs after this long: Apps Script ends an execution at 6 minutes (quotas page). */
const TIME_BUDGET_MS = 4.5 * 60_000;
const sentKey = (runId: string) => `kanri.payslipsSent.${runId}`;

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
}

/** One addressee, no cc/bcc; the body has no amounts (core/payslip/mail.ts). */
function mailOne(data: PayslipData, email: string, pdf: GoogleAppsScript.Base.Blob, lang: Lang): void {
  const mail = payslipMailText(data, lang);
  MailApp.sendEmail({ to: email, subject: mail.subject, body: mail.body, attachments: [pdf], name: data.companyName || 'Kanri' });
}

/** Sends every payslip of a closed run not sent yet, within the daily mail quota. */
export function sendPayslips(ss: Spreadsheet, runId: string, user: string, lang: Lang = 'ja'): SendReport {
  const started = Date.now();
  const closed = closedRun(ss, runId);
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
    if (Date.now() - started > TIME_BUDGET_MS) break;
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
      for (const code of sentNow) tx.note('給与明細', 'mail', `payslip/${runId}/${code}`);
      tx.commit();
    });
  }
  const pending = withEmail.length - sentNow.length;
  const report: SendReport = { runId, sent: sentNow.length, alreadySent: before.size, pending, noEmail, quotaExhausted };
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
    tx.note('給与明細', 'resend', `payslip/${runId}/${employeeCode}`);
    tx.commit();
  });
  return { runId, employeeCode, sent: true };
}

/** How many of a run's payslips were mailed (the sidebar's progress). */
export function payslipStatus(ss: Spreadsheet, runId: string): { runId: string; total: number; sent: number; pending: number; remainingQuota: number } {
  const closed = closedRun(ss, runId);
  const sent = readSent(runId);
  const total = closed.rows.length;
  const done = closed.rows.filter((r) => sent.has(r.employeeCode)).length;
  return { runId, total, sent: done, pending: total - done, remainingQuota: MailApp.getRemainingDailyQuota() };
}
