/**
 * The filings after the 年末調整 in the workbook (issue 14), in the year-end lazy module: the 給与支払報告書 per municipality
 * (総括表 + 個人別明細書 PDFs, kept in the private Drive folder) and the 法定調書合計表 figures, from the closed December pay and
 * the confirmed 年末調整 (compute.ts) and the 従業員 columns 住所 / 市区町村コード / 市区町村名 / 住民税 普通徴収の理由.
 * No eLTAX CSV: the public layouts found (municipal transcriptions of the 光ディスク等 record, 平成 era) predate the
 * 令和8年分 items (特定親族特別控除), and the 令和8年分 layout is not available here (README).
 */
import { KanriError } from '../../core/errors';
import { message, type Lang } from '../../core/i18n';
import { withholdingSlipOf, type WithholdingSlip } from '../../core/year-end/slip';
import { reiwaYear, renderSalaryReportHtml, salaryPaymentReports, statutorySummary, type MunicipalityReport, type RecipientStatus, type ReportRecipient, type SubmissionKind } from '../../core/year-end/salary-report';
import { employeesTable } from '../../schema/tables/employees';
import { withLock } from '../lock';
import { nowTokyo } from '../clock';
import { Transaction } from '../transaction';
import { pdfOf, privateFolder, replaceFile } from '../outputs/common';
import { computeYearEnd, type YearEndEmployee, type YearEndRun } from './compute';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The 源泉徴収票 items of one employee: the confirmed adjustment recomputed from the closed ledger (both must agree). */
export function slipOfEmployee(run: YearEndRun, e: YearEndEmployee, lang: Lang): WithholdingSlip {
  const r = e.result && e.result.eligible && e.coverage.covered ? e.result : undefined;
  const c = run.confirmed.find((x) => x.employeeCode === e.code);
  if (r && c && c.annualTax !== r.annualTax) throw new KanriError('yeShell.slipStale', { code: e.code, now: r.annualTax, confirmed: c.annualTax });
  if (r && !c) throw new KanriError('yeShell.notAdjusted', { year: run.year });
  return withholdingSlipOf({
    year: run.year,
    employee: { code: e.code, name: e.name, hireDate: e.hireDate, ...(e.kana ? { kana: e.kana } : {}), ...(e.address ? { address: e.address } : {}), ...(e.birthDate ? { birthDate: e.birthDate } : {}), ...(e.leaveDate ? { leaveDate: e.leaveDate } : {}) },
    payer: { name: run.companyName, ...(run.settings['company.address'] ? { address: run.settings['company.address'] } : {}) },
    pay: e.pay, ...(e.input ? { input: e.input } : {}), ...(r ? { result: r } : {}), otsu: e.result?.eligible === false && e.result.reason === 'otsu',
    people: e.people,
  }, lang);
}

function statusOf(e: YearEndEmployee): RecipientStatus {
  if (e.result && e.result.eligible && e.coverage.covered) return 'adjusted';
  if (e.result && !e.result.eligible) return e.result.reason === 'otsu' ? 'otsu' : 'over20M';
  // not adjusted because they left: on 乙欄 they never submitted the 扶養控除等申告書
  return e.taxColumn === 'otsu' ? 'otsu' : 'leaver';
}

const header = (key: 'address' | 'municipalityCode' | 'municipality') => employeesTable.columns.find((c) => c.key === key)!.header;

/** Each blank 住所 / 市区町村コード / 市区町村名 the 給与支払報告書 needs, naming the employee and the column. */
function missingForReport(run: YearEndRun): { ja: string; en: string; params: { name: string; code: string; column: string } }[] {
  return run.employees.flatMap((e) => (['address', 'municipalityCode', 'municipality'] as const).filter((key) => !(e[key] ?? '').trim()).map((key) => {
    const params = { name: e.name, code: e.code, column: header(key) };
    return { ja: message('ja', 'sr.missing', params), en: message('en', 'sr.missing', params), params };
  }));
}

/** Everyone paid in the year with the slip items; with `needMunicipality`, refuses a blank 住所 / 市区町村コード / 市区町村名 (all listed). */
export function reportRecipientsOf(run: YearEndRun, lang: Lang, needMunicipality: boolean): ReportRecipient[] {
  if (!run.runClosed) throw new KanriError('yeShell.slipNeedsClosedRun', { year: run.year, run: run.runId });
  if (!run.employees.length) throw new KanriError('sr.noRecipients', { year: run.year });
  const missing = needMunicipality ? missingForReport(run) : [];
  if (missing.length) throw new KanriError('sr.missing', missing[0]!.params, missing.slice(1).map((m) => `${m.ja} / ${m.en}`));
  return run.employees.map((e) => {
    return {
      code: e.code, name: e.name, municipalityCode: e.municipalityCode ?? '', municipality: e.municipality ?? '', ordinaryReason: e.residentTaxOrdinaryReason,
      officer: e.officer, leaveDate: e.leaveDate, status: statusOf(e), slip: slipOfEmployee(run, e, lang),
    };
  });
}

/** 設定 yearEnd.designatedNumbers: {"<市区町村コード>": "<指定番号>"}. */
function designatedNumbers(run: YearEndRun): Record<string, string> {
  const text = (run.settings['yearEnd.designatedNumbers'] ?? '').trim();
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new KanriError('sr.designatedInvalid', { detail: (e as Error).message });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new KanriError('sr.designatedInvalid', { detail: '{"131032":"00012345"} の形にしてください / write it as {"131032":"00012345"}' });
  const out: Record<string, string> = {};
  for (const [code, v] of Object.entries(parsed as Record<string, unknown>)) {
    if (!/^\d{6}$/.test(code) || (typeof v !== 'string' && typeof v !== 'number')) throw new KanriError('sr.designatedInvalid', { detail: `${code}: 市区町村コード6桁 → 指定番号 (文字列) / a 6-digit municipality code → the number as text` });
    out[code] = String(v);
  }
  return out;
}

const counts = (m: MunicipalityReport) => ({ code: m.code, name: m.name, designatedNumber: m.designatedNumber, recipientsTotal: m.recipientsTotal, reported: m.reported, special: m.special, ordinary: m.ordinary, submission: m.submission });

/**
 * The 法定調書合計表 figures and the 給与支払報告書 counts per municipality, without writing. The figures need no
 * municipality: while a 住所 / 市区町村 is blank, `municipalities` is empty and `missing` names each one.
 */
export function yearEndFilingSummary(ss: Spreadsheet, year: number, lang: Lang) {
  const run = computeYearEnd(ss, year, lang);
  const recipients = reportRecipientsOf(run, lang, false);
  const missing = missingForReport(run).map(({ ja, en }) => ({ ja, en }));
  return {
    year, statutory: statutorySummary(year, recipients, lang), missing,
    municipalities: missing.length ? [] : salaryPaymentReports(year, recipients, designatedNumbers(run)).map(counts),
  };
}

/** Municipalities one call renders at most (a bounded reply, as payslipPdfs). */
const REPORT_PAGE = 3;

/** The 給与支払報告書 PDFs (one per municipality: 総括表 then the 個人別明細書), saved in the private Drive folder too. */
export function salaryPaymentReportPdfs(ss: Spreadsheet, input: { year: number; municipalityCode?: string; submission?: SubmissionKind; from?: number }, user: string, lang: Lang) {
  const run = computeYearEnd(ss, input.year, lang);
  const all = salaryPaymentReports(input.year, reportRecipientsOf(run, lang, true), designatedNumbers(run), input.submission ?? '新規');
  const reports = all.filter((m) => !input.municipalityCode || m.code === input.municipalityCode);
  const from = input.from ?? 0;
  const page = reports.slice(from, from + REPORT_PAGE);
  const now = nowTokyo();
  const files = page.map((m) => {
    const fileName = `令和${reiwaYear(input.year)}年分_給与支払報告書_${m.code}_${m.name}.pdf`;
    return { m, fileName, pdf: pdfOf(renderSalaryReportHtml(input.year, m, { name: run.companyName, address: run.settings['company.address'] }, now.slice(0, 10), lang), fileName) };
  });
  // under the one lock: the audit rows first, then the files they record (a file replaced by name: idempotent)
  withLock(() => {
    const folder = privateFolder([message('ja', 'sr.folder'), `${input.year}`]);
    const tx = new Transaction({ ss, user, now });
    for (const f of files) tx.note('給与支払報告書', 'export', `${input.year}:${f.m.code}`, JSON.stringify(counts(f.m)));
    tx.commit();
    for (const f of files) replaceFile(folder, f.pdf);
  });
  return {
    year: input.year, municipalities: reports.map(counts), total: reports.length, next: from + page.length < reports.length ? from + page.length : null,
    pdfs: files.map((f) => ({ municipalityCode: f.m.code, fileName: f.fileName, reported: f.m.reported, base64: Utilities.base64Encode(f.pdf.getBytes()) })),
  };
}
