/**
 * The year-end lazy module (see ../lazy.ts): 年末調整 preview and confirmation, 源泉徴収票 PDFs and their mailing (admin);
 * the employee's own 申告書 and 源泉徴収票 in the web app (own rows only: the caller's employee code).
 */
import { bootstrap } from '../bootstrap';
import type { RpcContext } from '../entrypoints';
import { KanriError } from '../../core/errors';
import { message, type Lang } from '../../core/i18n';
import { computeYearEnd, confirmYearEnd as confirm, exclusionText, summaryOf, type YearEndEmployee, type YearEndRun } from './compute';
import { yearEndColumnLines } from '../../core/year-end/slip';
import { salaryPaymentReportPdfs as reportPdfs, yearEndFilingSummary as filingSummary } from './reports';
import type { SubmissionKind } from '../../core/year-end/salary-report';
import { closedYearEnd, mySlipPdf, mySlips, resendSlip, sendSlips, slipOf, slipPdf, slipStatus } from './slips';
import { declarationsForReview, lockDeclaration, myDeclaration, saveMyDeclaration, unlockDeclaration } from './declarations';

bootstrap();

const langOf = (lang?: string): Lang => (lang === 'en' ? 'en' : 'ja');

function view(run: YearEndRun, e: YearEndEmployee, lang: Lang, detail: boolean) {
  const r = e.result;
  const adjusted = !!r && r.eligible && e.coverage.covered;
  return {
    code: e.code, name: e.name, department: e.department, salaryTotal: e.pay.salaryTotal, socialInsurance: e.pay.socialInsurance, withheldTotal: e.pay.withheldTotal,
    adjusted, excludedReason: exclusionText(e, lang) ?? null,
    inDecemberPay: e.coverage.covered ? e.coverage.inDecemberPay : false,
    basis: e.coverage.covered ? e.coverage.basis : null,
    ...(r && r.eligible ? { annualTax: r.annualTax, difference: r.difference, settlement: r.settlement } : {}),
    ...(detail ? { explanation: r?.explanation ?? [], column: r && r.eligible ? yearEndColumnLines(r, e.pay) : [] } : {}),
    confirmed: run.confirmed.some((c) => c.employeeCode === e.code && r?.eligible && c.difference === r.difference && c.salaryTotal === e.pay.salaryTotal),
  };
}

export function yearEndPreview(input: { year: number; employeeCode?: string; lang?: string }, { ss }: RpcContext) {
  const lang = langOf(input.lang);
  const run = computeYearEnd(ss, input.year, lang);
  return {
    year: run.year, runId: run.runId, payDate: run.payDate, runClosed: run.runClosed, summary: summaryOf(run),
    problems: run.problems.map(({ employeeCode, name, ja, en, blocking }) => ({ employeeCode, name, ja, en, blocking })),
    employees: run.employees.map((e) => view(run, e, lang, e.code === input.employeeCode)),
  };
}

export function confirmYearEndAdjustment(input: { year: number; reviewed: boolean }, { ss, caller }: RpcContext) {
  return confirm(ss, input.year, caller.email, input.reviewed);
}

/** PDFs one call returns at most (a bounded reply, as payslipPdfs). */
const SLIP_PAGE = 10;

/** The 源泉徴収票 of the year (after the December pay is closed), with the 源泉徴収簿 年末調整欄; one bounded page per call. */
export function withholdingSlipPdfs(input: { year: number; employeeCode?: string; lang?: string; from?: number; withColumn?: boolean }, { ss }: RpcContext) {
  const lang = langOf(input.lang);
  const run = closedYearEnd(ss, input.year, lang);
  const rows = run.employees.filter((e) => !input.employeeCode || e.code === input.employeeCode);
  const from = input.from ?? 0;
  const page = rows.slice(from, from + SLIP_PAGE);
  const pdfs = page.map((e) => {
    const s = slipOf(run, e, lang, input.withColumn);
    return { employeeCode: e.code, fileName: s.fileName, adjusted: s.adjusted, base64: Utilities.base64Encode(slipPdf(s).getBytes()) };
  });
  return { pdfs, total: rows.length, next: from + page.length < rows.length ? from + page.length : null };
}

/** The 法定調書合計表 figures and the 給与支払報告書 counts per municipality (after the December pay is closed). */
export function yearEndFilingSummary(input: { year: number; lang?: string }, { ss }: RpcContext) {
  return filingSummary(ss, input.year, langOf(input.lang));
}

/** The 給与支払報告書 PDFs per municipality (総括表 + 個人別明細書), kept in the private Drive folder; one bounded page per call. */
export function salaryPaymentReportPdfs(input: { year: number; municipalityCode?: string; submission?: SubmissionKind; from?: number; lang?: string }, { ss, caller }: RpcContext) {
  const { lang, ...rest } = input;
  return reportPdfs(ss, rest, caller.email, langOf(lang));
}

/** Mails every employee's own 源泉徴収票 of the year, once each, in batches (as sendPayslips). */
export function sendWithholdingSlips(input: { year: number; lang?: string; batch?: number; session?: string }, { ss, caller }: RpcContext) {
  return sendSlips(ss, input.year, caller.email, langOf(input.lang), { batch: input.batch, session: input.session });
}

export function resendWithholdingSlip(input: { year: number; employeeCode: string; lang?: string }, { ss, caller }: RpcContext) {
  return resendSlip(ss, input.year, input.employeeCode, caller.email, langOf(input.lang));
}

export function withholdingSlipStatus(input: { year: number }, { ss }: RpcContext) {
  return slipStatus(ss, input.year);
}

/** The caller's own employee code: every "my" RPC reads and writes that employee's rows only, whatever the input. */
function own(context: RpcContext): string {
  const code = context.caller.employeeCode;
  if (!code) throw new KanriError('attendance.noEmployee');
  return code;
}

export function myWithholdingSlips(input: { lang?: string }, context: RpcContext) {
  return mySlips(context.ss, own(context), langOf(input.lang));
}

export function myWithholdingSlipPdf(input: { year: number; lang?: string }, context: RpcContext) {
  return mySlipPdf(context.ss, own(context), input.year, langOf(input.lang));
}

export function myYearEndDeclaration(input: { year: number }, context: RpcContext) {
  return myDeclaration(context.ss, own(context), input.year);
}

export function saveMyYearEndDeclaration(input: Parameters<typeof saveMyDeclaration>[3], context: RpcContext) {
  return saveMyDeclaration(context.ss, own(context), context.caller.email, input);
}

export function yearEndDeclarations(input: { year: number }, { ss }: RpcContext) {
  return declarationsForReview(ss, input.year);
}

export function lockYearEndDeclaration(input: { year: number; employeeCode: string }, { ss, caller }: RpcContext) {
  return lockDeclaration(ss, input.year, input.employeeCode, caller.email);
}

export function unlockYearEndDeclaration(input: { year: number; employeeCode: string; reason: string }, { ss, caller }: RpcContext) {
  return unlockDeclaration(ss, input.year, input.employeeCode, caller.email, input.reason);
}
