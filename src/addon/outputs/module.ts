/** The outputs lazy module (see ../lazy.ts): payslips, the 全銀 file, the journal and the yearly ledgers. */
import { bootstrap } from '../bootstrap';
import type { RpcContext } from '../entrypoints';
import { wageLedgerTable } from '../../schema/tables/payroll';
import { readValidTable } from '../tables';
import { KanriError } from '../../core/errors';
import { isClosed } from '../../core/closures';
import type { Lang } from '../../core/i18n';
import type { ZenginLineEnding } from '../../core/zengin';
import { closedRun, deductionLines } from './common';
import { payslipFileName, payslipPdf, payslipStatus as status, payslipsOf, resendPayslip as resend, sendPayslips as send } from './payslips';
import { exportBankFile as bankFile, type BankFileKind } from './bank';
import { exportJournal as journal } from './journal';
import { exportLedger } from './ledgers';
import { readClosures } from '../closures';

bootstrap();

const langOf = (lang?: string): Lang => (lang === 'en' ? 'en' : 'ja');

export function sendPayslips(input: { runId: string; lang?: string; batch?: number; session?: string }, { ss, caller }: RpcContext) {
  return send(ss, input.runId, caller.email, langOf(input.lang), { batch: input.batch, session: input.session });
}

export function resendPayslip(input: { runId: string; employeeCode: string; lang?: string }, { ss, caller }: RpcContext) {
  return resend(ss, input.runId, input.employeeCode, caller.email, langOf(input.lang));
}

export function payslipStatus(input: { runId: string }, { ss }: RpcContext) {
  return status(ss, input.runId);
}

/** PDFs one call returns at most: a google.script.run reply stays bounded whatever the headcount. */
export const PAYSLIP_PDF_PAGE = 10;

/**
 * The PDFs of a closed run (or one employee's), without mailing: the CLI's `export payslips`. One page
 * per call, from row `from` (default 0); `next` is the `from` of the following page, null after the last.
 */
export function payslipPdfs(input: { runId: string; employeeCode?: string; lang?: string; from?: number }, { ss }: RpcContext) {
  const closed = closedRun(ss, input.runId);
  const rows = closed.rows.filter((r) => !input.employeeCode || r.employeeCode === input.employeeCode);
  const from = input.from ?? 0;
  const page = rows.slice(from, from + PAYSLIP_PDF_PAGE);
  const pdfs = payslipsOf(ss, closed, page).map((d) => ({
    employeeCode: d.employee.code, fileName: payslipFileName(d), base64: Utilities.base64Encode(payslipPdf(d, langOf(input.lang)).getBytes()),
  }));
  return { pdfs, total: rows.length, next: from + page.length < rows.length ? from + page.length : null };
}

/** The caller's own ledger rows of closed runs (never anyone else's, whatever the role). */
function ownClosedRows(context: RpcContext, runId?: string) {
  const own = context.caller.employeeCode;
  if (!own) throw new KanriError('attendance.noEmployee');
  const closures = readClosures(context.ss);
  return readValidTable(context.ss, wageLedgerTable).rows.map((r) => r.value)
    .filter((r) => r.employeeCode === own && (!runId || r.runId === runId) && isClosed(closures, 'payroll', r.runId))
    .sort((a, b) => (a.payDate < b.payDate ? 1 : -1));
}

export function myPayslips(input: { runId?: string }, context: RpcContext) {
  return ownClosedRows(context, input.runId).map((r) => ({
    runId: r.runId, month: r.month, payDate: r.payDate, grossPay: r.grossPay, totalDeductions: r.totalDeductions, netPay: r.netPay,
    earnings: r.earnings.map((e) => ({ key: e.key, name: e.name, amount: e.amount })),
    deductions: deductionLines(r).map((d) => ({ name: d.label.ja, nameEn: d.label.en ?? d.label.ja, amount: d.amount })),
    attendance: { workDays: r.workDays, workedMinutes: r.workedMinutes, legalOvertimeMinutes: r.legalOvertimeMinutes, lateNightMinutes: r.lateNightMinutes, legalHolidayMinutes: r.legalHolidayMinutes, absenceDays: r.absenceDays, paidLeaveDays: r.paidLeaveDays },
  }));
}

export function myPayslipPdf(input: { runId: string; lang?: string }, context: RpcContext) {
  const row = ownClosedRows(context, input.runId)[0];
  if (!row) throw new KanriError('outputs.noPayslip', { run: input.runId });
  const closed = closedRun(context.ss, input.runId);
  const [data] = payslipsOf(context.ss, closed, [row]);
  return { fileName: payslipFileName(data!), base64: Utilities.base64Encode(payslipPdf(data!, langOf(input.lang)).getBytes()) };
}

export function exportBankFile(input: { runId: string; kind: BankFileKind; lineEnding?: ZenginLineEnding }, { ss, caller }: RpcContext) {
  return bankFile(ss, input.runId, input.kind, caller.email, input.lineEnding ?? 'CRLF');
}

export function exportJournal(input: { runId: string; format: 'generic' | 'yayoi' }, { ss, caller }: RpcContext) {
  return journal(ss, input.runId, input.format, caller.email);
}

export function exportWageLedger(input: { year: number; lang?: string }, { ss, caller }: RpcContext) {
  return exportLedger(ss, 'wage', input.year, caller.email, langOf(input.lang));
}

export function exportWithholdingLedger(input: { year: number; lang?: string }, { ss, caller }: RpcContext) {
  return exportLedger(ss, 'withholding', input.year, caller.email, langOf(input.lang));
}
