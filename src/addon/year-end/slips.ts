/**
 * The 給与所得の源泉徴収票 (所得税法226条1項) of a year, per employee: the PDF (the admin's pages, the employee's own in
 * the web app) and the mailing of every employee's own, by the machinery the payslips use (../outputs/mailing.ts:
 * saved in the private Drive folder `Kanri 源泉徴収票/<year>`, mailed once each, in batches within the quota,
 * audited). Every slip is the confirmed 年末調整 recomputed from the closed December pay: both must agree.
 */
import { KanriError } from '../../core/errors';
import { message, type Lang } from '../../core/i18n';
import { pdfOf } from '../outputs/common';
import { mailingStatus, resendOne, sendMailing, type Mailing, type MailingOptions } from '../outputs/mailing';
import { readValidTable } from '../tables';
import { readClosures } from '../closures';
import { isClosed } from '../../core/closures';
import { yearEndAdjustmentsTable } from '../../schema/tables/yearEnd';
import { renderWithholdingSlipsHtml, withholdingSlipOf, yearEndColumnLines, type WithholdingSlip } from '../../core/year-end/slip';
import { yearEndEditionFor } from '../../core/year-end/rates/year-end';
import { MAX_SLIP_BATCH } from './rpc';
import { readSettings } from '../settings';
import { payDateOf } from '../payroll/run';
import { computeYearEnd, type YearEndEmployee, type YearEndRun } from './compute';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;


/** A year's run after the December pay is closed: the slips are final only then. */
export function closedYearEnd(ss: Spreadsheet, year: number, lang: Lang): YearEndRun {
  const run = computeYearEnd(ss, year, lang);
  if (!run.runClosed) throw new KanriError('yeShell.slipNeedsClosedRun', { year, run: run.runId });
  return run;
}

export interface SlipOf { employeeCode: string; name: string; fileName: string; adjusted: boolean; slip: WithholdingSlip; html: string }

/** One employee's slip (with the 源泉徴収簿 年末調整欄 when asked), checked against the confirmed adjustment. */
export function slipOf(run: YearEndRun, e: YearEndEmployee, lang: Lang, withColumn = false): SlipOf {
  const r = e.result && e.result.eligible && e.coverage.covered ? e.result : undefined;
  const c = run.confirmed.find((x) => x.employeeCode === e.code);
  if (r && c && c.annualTax !== r.annualTax) throw new KanriError('yeShell.slipStale', { code: e.code, now: r.annualTax, confirmed: c.annualTax });
  if (r && !c) throw new KanriError('yeShell.notAdjusted', { year: run.year });
  const slip = withholdingSlipOf({
    year: run.year,
    employee: { code: e.code, name: e.name, hireDate: e.hireDate, ...(e.kana ? { kana: e.kana } : {}), ...(e.address ? { address: e.address } : {}), ...(e.birthDate ? { birthDate: e.birthDate } : {}), ...(e.leaveDate ? { leaveDate: e.leaveDate } : {}) },
    payer: { name: run.companyName, ...(run.settings['company.address'] ? { address: run.settings['company.address'] } : {}) },
    pay: e.pay, ...(e.input ? { input: e.input } : {}), ...(r ? { result: r } : {}), otsu: e.result?.eligible === false && e.result.reason === 'otsu',
    people: e.people,
  }, lang);
  const html = renderWithholdingSlipsHtml([slip], lang, [withColumn && r ? yearEndColumnLines(r, e.pay) : null]);
  const fileName = `${message('ja', 'slip.title', { era: slip.era }).replace(/\s+/g, '_')}_${e.code}.pdf`;
  return { employeeCode: e.code, name: e.name, fileName, adjusted: !!r, slip, html };
}

export const slipPdf = (s: SlipOf) => pdfOf(s.html, s.fileName);

/** The employee's own confirmed 年末調整 rows, newest year first, with whether the slip's PDF can be opened yet. */
export function mySlips(ss: Spreadsheet, code: string, lang: Lang) {
  const closures = readClosures(ss);
  const settings = readSettings(ss);
  return readValidTable(ss, yearEndAdjustmentsTable).rows.map((r) => r.value).filter((r) => r.employeeCode === code)
    .sort((a, b) => b.year - a.year)
    .map((r) => ({
      // the pay that settled it, by its pay date (the run's ID is the work month: 2026-11 is paid in December)
      year: r.year, era: lang === 'ja' ? yearEndEditionFor(r.year).label : `${r.year}`, runId: r.runId, payDate: payDateOf(r.runId, settings),
      salaryTotal: r.salaryTotal, employmentIncome: r.employmentIncome, deductionsTotal: r.deductionsTotal, socialInsurance: r.socialInsurance,
      housingLoanCredit: r.housingLoanCredit, annualTax: r.annualTax, difference: r.difference, settlement: r.settlement,
      pdfReady: isClosed(closures, 'payroll', r.runId),
    }));
}

/** The caller's own slip of a year as a PDF (after the adjustment is confirmed and the December pay closed). */
export function mySlipPdf(ss: Spreadsheet, code: string, year: number, lang: Lang) {
  const run = computeYearEnd(ss, year, lang);
  const e = run.employees.find((x) => x.code === code);
  if (!run.runClosed || !e || !run.confirmed.length) throw new KanriError('yeShell.noOwnSlip', { year });
  const s = slipOf(run, e, lang);
  return { year, fileName: s.fileName, base64: Utilities.base64Encode(slipPdf(s).getBytes()) };
}

/** A year's slips as a mailing: every employee of the run (adjusted or not: each is given a slip). */
function slipMailing(run: YearEndRun, lang: Lang): Mailing<YearEndEmployee & { employeeCode: string }> {
  const items = run.employees.map((e) => ({ ...e, employeeCode: e.code }));
  return {
    sentKey: `kanri.withholdingSlipsSent.${run.year}`, sendingKey: `kanri.withholdingSlipSending.${run.year}`, items,
    folder: [message('ja', 'yeShell.folder.slips'), String(run.year)],
    prepare: () => (e) => {
      const s = slipOf(run, e, lang);
      const params = { company: run.companyName.replace(/[\r\n]+/g, ' ').trim(), era: s.slip.era, name: e.name.replace(/[\r\n]+/g, ' ').trim() };
      return { pdf: slipPdf(s), subject: message(lang, 'slip.mail.subject', params), body: message(lang, 'slip.mail.body', params), from: run.companyName };
    },
    audit: { table: '源泉徴収票', key: (code) => `${run.year}/${code}` },
    maxBatch: MAX_SLIP_BATCH, inProgressKey: 'yeShell.slipSendingInProgress', stoppedKey: 'yeShell.slipSendingStopped',
  };
}

/** Mails every employee's own slip of the year not mailed yet (idempotent; in batches the page drives). */
export function sendSlips(ss: Spreadsheet, year: number, user: string, lang: Lang, options: MailingOptions) {
  const run = closedYearEnd(ss, year, lang);
  if (!run.confirmed.length) throw new KanriError('yeShell.notAdjusted', { year });
  // every slip checked before the first mail: a stale adjustment stops the sending, not half-way
  for (const e of run.employees) slipOf(run, e, lang);
  return { year, ...sendMailing(ss, slipMailing(run, lang), user, options) };
}

export function resendSlip(ss: Spreadsheet, year: number, code: string, user: string, lang: Lang) {
  const run = closedYearEnd(ss, year, lang);
  const m = slipMailing(run, lang);
  const item = m.items.find((e) => e.employeeCode === code);
  if (!item) throw new KanriError('yeShell.noOwnSlip', { year });
  resendOne(ss, m, item, user);
  return { year, employeeCode: code, sent: true as const };
}

export function slipStatus(ss: Spreadsheet, year: number) {
  const run = closedYearEnd(ss, year, 'ja');
  return { year, ...mailingStatus(slipMailing(run, 'ja')) };
}
