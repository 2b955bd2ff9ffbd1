/** The year-end lazy module (see ../lazy.ts): 年末調整 preview and confirmation, 源泉徴収票 PDFs. Admin only. */
import { bootstrap } from '../bootstrap';
import type { RpcContext } from '../entrypoints';
import { KanriError } from '../../core/errors';
import { message, type Lang } from '../../core/i18n';
import { pdfOf } from '../outputs/common';
import { computeYearEnd, confirmYearEnd as confirm, exclusionText, summaryOf, type YearEndEmployee, type YearEndRun } from './compute';
import { renderWithholdingSlipsHtml, withholdingSlipOf, yearEndColumnLines } from '../../core/year-end/slip';
import { salaryPaymentReportPdfs as reportPdfs, yearEndFilingSummary as filingSummary } from './reports';
import type { SubmissionKind } from '../../core/year-end/salary-report';

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
  const run = computeYearEnd(ss, input.year, lang);
  if (!run.runClosed) throw new KanriError('yeShell.slipNeedsClosedRun', { year: input.year, run: run.runId });
  const rows = run.employees.filter((e) => !input.employeeCode || e.code === input.employeeCode);
  const from = input.from ?? 0;
  const page = rows.slice(from, from + SLIP_PAGE);
  const pdfs = page.map((e) => {
    const r = e.result && e.result.eligible && e.coverage.covered ? e.result : undefined;
    const c = run.confirmed.find((x) => x.employeeCode === e.code);
    // The slip is the confirmed adjustment recomputed from the closed ledger: both must agree.
    if (r && c && c.annualTax !== r.annualTax) throw new KanriError('yeShell.slipStale', { code: e.code, now: r.annualTax, confirmed: c.annualTax });
    if (r && !c) throw new KanriError('yeShell.notAdjusted', { year: input.year });
    const slip = withholdingSlipOf({
      year: input.year,
      employee: { code: e.code, name: e.name, hireDate: e.hireDate, ...(e.kana ? { kana: e.kana } : {}), ...(e.address ? { address: e.address } : {}), ...(e.birthDate ? { birthDate: e.birthDate } : {}), ...(e.leaveDate ? { leaveDate: e.leaveDate } : {}) },
      payer: { name: run.companyName, ...(run.settings['company.address'] ? { address: run.settings['company.address'] } : {}) },
      pay: e.pay, ...(e.input ? { input: e.input } : {}), ...(r ? { result: r } : {}), otsu: e.result?.eligible === false && e.result.reason === 'otsu',
      people: e.people,
    }, lang);
    const html = renderWithholdingSlipsHtml([slip], lang, [input.withColumn && r ? yearEndColumnLines(r, e.pay) : null]);
    const fileName = `${message('ja', 'slip.title', { era: slip.era }).replace(/\s+/g, '_')}_${e.code}.pdf`;
    return { employeeCode: e.code, fileName, adjusted: !!r, base64: Utilities.base64Encode(pdfOf(html, fileName).getBytes()) };
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
