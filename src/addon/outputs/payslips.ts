/**
 * 給与明細: a closed run's 賃金台帳 rows as PayslipData, rendered to PDF, saved in the run's private Drive
 * folder (`Kanri 給与明細/<runId>`) and mailed to each employee alone (one addressee, no cc/bcc, a body
 * without amounts), by the mailing machinery every such sending shares (./mailing.ts: idempotent, in
 * batches, within the daily quota and the 6-minute limit); a resend is the explicit `resendPayslip`.
 */
import { readSettings } from '../settings';
import { leaveStatus } from '../attendance/leave';
import { KanriError } from '../../core/errors';
import { message, type Lang } from '../../core/i18n';
import { firstDayOfMonth, lastDayOfMonth } from '../../core/calendar';
import { MAX_PAYSLIP_BATCH } from './rpc';
import { renderPayslipHtml, payslipMailText, type PayslipData } from '../../core/payslip';
import { premiumPayRules } from '../../core/payroll/rates/premium-pay';
import { closedRun, deductionLines, earningLines, pdfOf, type ClosedRun, type LedgerRow } from './common';
import { mailingStatus, resendOne, sendMailing, SENDING_STALE_MINUTES, type Mailing, type MailingOptions, type MailingReport } from './mailing';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const sentKey = (runId: string) => `kanri.payslipsSent.${runId}`;
/** The sending in progress of a run ({session, by, at}): a second start is refused while it lives. */
const sendingKey = (runId: string) => `kanri.payslipSending.${runId}`;
export { SENDING_STALE_MINUTES };

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

export type SendReport = { runId: string } & MailingReport;
export type SendOptions = MailingOptions;

/** A closed run's payslips as a mailing: each PDF saved in `Kanri 給与明細/<runId>`, then mailed (./mailing.ts). */
function payslipMailing(ss: Spreadsheet, closed: ClosedRun, lang: Lang): Mailing<LedgerRow> {
  const runId = closed.run.runId;
  return {
    sentKey: sentKey(runId), sendingKey: sendingKey(runId), items: closed.rows,
    folder: [message('ja', 'outputs.folder.payslips'), runId],
    prepare: (rows) => {
      const slips = payslipsOf(ss, closed, rows);
      return (_row, i) => {
        const data = slips[i]!;
        const mail = payslipMailText(data, lang);
        return { pdf: payslipPdf(data, lang), subject: mail.subject, body: mail.body, from: data.companyName };
      };
    },
    audit: { table: '給与明細', key: (code) => `${runId}/${code}` },
    maxBatch: MAX_PAYSLIP_BATCH, inProgressKey: 'outputs.sendingInProgress', stoppedKey: 'outputs.sendingStopped',
  };
}

/** Sends every payslip of a closed run not sent yet, within the daily mail quota. */
export function sendPayslips(ss: Spreadsheet, runId: string, user: string, lang: Lang = 'ja', options: SendOptions = {}): SendReport {
  const closed = closedRun(ss, runId);
  return { runId, ...sendMailing(ss, payslipMailing(ss, closed, lang), user, options) };
}

/** The explicit resend of one employee's payslip (audited as a resend). */
export function resendPayslip(ss: Spreadsheet, runId: string, employeeCode: string, user: string, lang: Lang = 'ja'): { runId: string; employeeCode: string; sent: true } {
  const closed = closedRun(ss, runId);
  const row = closed.rows.find((r) => r.employeeCode === employeeCode);
  if (!row) throw new KanriError('outputs.noEmployee', { code: employeeCode, run: runId });
  resendOne(ss, payslipMailing(ss, closed, lang), row, user);
  return { runId, employeeCode, sent: true };
}

/** How many of a run's payslips were mailed (the sidebar's progress). */
export function payslipStatus(ss: Spreadsheet, runId: string): { runId: string; total: number; sent: number; pending: number; remainingQuota: number; sending: { by: string; since: string } | null } {
  const closed = closedRun(ss, runId);
  return { runId, ...mailingStatus({ items: closed.rows, sentKey: sentKey(runId), sendingKey: sendingKey(runId) }) };
}
