/**
 * After the 年末調整 (issue 14), pure: the 給与支払報告書 per municipality (総括表 and 個人別明細書, 地方税法317条の6) and
 * the figures of the 給与所得の源泉徴収票等の法定調書合計表 (給与所得の源泉徴収票合計表: Ⓐ every slip of the year, Ⓑ the
 * slips filed with the tax office, by the 提出範囲 of rates/filings.ts). Each recipient comes with the 源泉徴収票 items
 * (slip.ts): the 個人別明細書 has the same items (国税庁: 源泉徴収票と給与支払報告書は同じ様式の複写).
 * Kanri holds no 個人番号 or 法人番号: those boxes stay blank for the admin to fill (said on the page).
 */
import { message, type Lang, type MessageKey } from '../i18n';
import { escapeHtml, htmlDocument } from '../render/html';
import { formatDate, groupThousands } from '../render/format';
import type { LocalDate } from '../calendar';
import { SLIP_CSS, withholdingSlipSections, type WithholdingSlip } from './slip';
import { SALARY_REPORT_RULE, slipFilingRuleFor } from './rates/filings';
import type { SubmissionKind } from './submission';
export { SUBMISSION_KINDS, type SubmissionKind } from './submission';

/** How the year ended for the recipient: adjusted, or why not (settlement.ts, adjustment.ts). */
export type RecipientStatus = 'adjusted' | 'leaver' | 'over20M' | 'otsu';

export interface ReportRecipient {
  readonly code: string;
  readonly name: string;
  readonly municipalityCode: string;
  readonly municipality: string;
  /** 住民税 普通徴収の理由 (従業員); blank = 特別徴収 unless a leaver. */
  readonly ordinaryReason?: string | undefined;
  /** 役員 at any time in the year (賃金台帳 役員): 「現に役員でなくても、その年中に役員だった者を含む」. */
  readonly officer: boolean;
  readonly leaveDate?: LocalDate | undefined;
  readonly status: RecipientStatus;
  readonly slip: WithholdingSlip;
}

export type Collection = '特別徴収' | '普通徴収';

export const leftInYear = (r: { leaveDate?: string | undefined }, year: number) => !!r.leaveDate && r.leaveDate <= `${year}-12-31`;

/**
 * 特別徴収 or 普通徴収: someone no longer paid on 1月1日 cannot have the tax deducted from pay (地方税法321条の3第1項:
 * 特別徴収 is for those paid by the employer), so a leaver is 普通徴収; anyone else is 特別徴収 unless the admin wrote the
 * municipality's 普通徴収切替理由 in 従業員 (the municipality decides whether it accepts it).
 */
export function collectionOf(r: ReportRecipient, year: number): { collection: Collection; reason?: string } {
  if (leftInYear(r, year)) return { collection: '普通徴収', reason: `退職 ${r.leaveDate}` };
  const reason = (r.ordinaryReason ?? '').trim();
  return reason ? { collection: '普通徴収', reason } : { collection: '特別徴収' };
}

export interface MunicipalityReport {
  readonly code: string;
  readonly name: string;
  /** 指定番号 (設定 yearEnd.designatedNumbers); null before the municipality assigned one. */
  readonly designatedNumber: string | null;
  /** 受給者総人員: paid on 1月1日 of the next year, every municipality included (総括表: 「他市町村分も含む」). */
  readonly recipientsTotal: number;
  readonly reported: number;
  readonly special: number;
  readonly ordinary: number;
  readonly submission: SubmissionKind;
  readonly recipients: readonly (ReportRecipient & { readonly collection: Collection; readonly reason?: string; readonly required: boolean })[];
}

/** One report per municipality (code order), recipients in employee-code order. */
export function salaryPaymentReports(year: number, recipients: readonly ReportRecipient[], designated: Readonly<Record<string, string>>, submission: SubmissionKind = '新規'): MunicipalityReport[] {
  const recipientsTotal = recipients.filter((r) => !leftInYear(r, year)).length;
  const byCode = new Map<string, ReportRecipient[]>();
  for (const r of [...recipients].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
    byCode.set(r.municipalityCode, [...(byCode.get(r.municipalityCode) ?? []), r]);
  }
  return [...byCode.keys()].sort().map((code) => {
    const list = byCode.get(code)!.map((r) => ({
      ...r, ...collectionOf(r, year),
      // 317条の6第3項 ただし書: a leaver paid 30万円 or less in the year need not be reported
      required: !leftInYear(r, year) || r.slip.paid > SALARY_REPORT_RULE.leaverThreshold,
    }));
    const special = list.filter((r) => r.collection === '特別徴収').length;
    return {
      code, name: list[0]!.municipality, designatedNumber: designated[code]?.trim() || null, recipientsTotal,
      reported: list.length, special, ordinary: list.length - special, submission, recipients: list,
    };
  });
}

/** Whether the recipient's 源泉徴収票 goes to the tax office, and by which line of the 提出範囲. */
export function filedWithTaxOffice(r: ReportRecipient, year: number): { filed: boolean; over: number; basis: MessageKey } {
  const rule = slipFilingRuleFor(year);
  const paid = r.slip.paid;
  const [over, basis]: [number, MessageKey] =
    r.status === 'adjusted' ? [r.officer ? rule.adjusted.officer : rule.adjusted.other, r.officer ? 'sr.basis.adjustedOfficer' : 'sr.basis.adjusted']
      : r.status === 'leaver' ? [r.officer ? rule.leaver.officer : rule.leaver.other, r.officer ? 'sr.basis.leaverOfficer' : 'sr.basis.leaver']
        : r.status === 'over20M' ? [rule.over20M, 'sr.basis.over20M'] : [rule.otsu, 'sr.basis.otsu'];
  return { filed: paid > over, over, basis };
}

export interface SummaryLine { readonly people: number; readonly paid: number; readonly withheld: number }
export interface StatutorySummary {
  readonly year: number;
  /** Ⓐ 俸給、給与、賞与等の総額: every 源泉徴収票 of the year. */
  readonly total: SummaryLine;
  /** Ⓑ うち 源泉徴収票を提出するもの. */
  readonly filed: SummaryLine;
  readonly filedRecipients: readonly { readonly code: string; readonly name: string; readonly paid: number; readonly withheld: number; readonly over: number; readonly basis: string }[];
  readonly source: string;
}

/**
 * 給与所得の源泉徴収票合計表 figures: 支払金額 is the slip's 支払金額, 源泉徴収税額 the slip's (年調年税額 when adjusted:
 * 合計表の注「超過額が徴収税額を上回る場合は0」 holds since the 年調年税額 is never negative).
 */
export function statutorySummary(year: number, recipients: readonly ReportRecipient[], lang: Lang = 'ja'): StatutorySummary {
  const line = (rs: readonly ReportRecipient[]): SummaryLine => ({ people: rs.length, paid: rs.reduce((s, r) => s + r.slip.paid, 0), withheld: rs.reduce((s, r) => s + r.slip.withheld, 0) });
  const filed = recipients.map((r) => ({ r, f: filedWithTaxOffice(r, year) })).filter((x) => x.f.filed);
  return {
    year, total: line(recipients), filed: line(filed.map((x) => x.r)),
    filedRecipients: filed.map(({ r, f }) => ({ code: r.code, name: r.name, paid: r.slip.paid, withheld: r.slip.withheld, over: f.over, basis: message(lang, f.basis, { over: groupThousands(f.over) }) })),
    source: slipFilingRuleFor(year).source,
  };
}

/** 令和 year of a Gregorian year (令和元年 = 2019: 元号を改める政令, 平成31年政令第143号). */
export const reiwaYear = (year: number) => year - 2018;

export interface ReportPayer {
  readonly name: string;
  readonly address?: string | undefined;
}

const REPORT_CSS = `${SLIP_CSS}
table.sum th { width: 32%; }
td.count { text-align: right; font-size: 12pt; font-weight: bold; white-space: nowrap; }
p.to { font-size: 11pt; margin: 2mm 0 3mm; }`;

/** One municipality's 給与支払報告書: the 総括表 page, then every 個人別明細書 (the 源泉徴収票 items). */
export function renderSalaryReportHtml(year: number, report: MunicipalityReport, payer: ReportPayer, submittedOn: LocalDate, lang: Lang = 'ja'): string {
  const t = (key: MessageKey, p: Record<string, string | number> = {}) => escapeHtml(message(lang, key, p));
  const fiscal = reiwaYear(year + 1);
  const title = message(lang, 'sr.summaryTitle', { fiscal, era: reiwaYear(year) });
  const ordinary = report.recipients.filter((r) => r.collection === '普通徴収');
  const summary = `<div class="slip">
<h1>${escapeHtml(title)}</h1>
<p class="to">${t('sr.to', { name: report.name })}</p>
<table class="sum"><tbody>
<tr><th>${t('sr.designated')}</th><td>${escapeHtml(report.designatedNumber ?? '')}</td><th>${t('sr.municipalityCode')}</th><td>${escapeHtml(report.code)}</td></tr>
<tr><th>${t('sr.submittedOn')}</th><td>${escapeHtml(formatDate(submittedOn, lang))}</td><th>${t('sr.submission')}</th><td>${t(`sr.kind.${report.submission}` as MessageKey)}</td></tr>
<tr><th>${t('sr.period')}</th><td colspan="3">${t('sr.periodValue', { era: reiwaYear(year) })}</td></tr>
<tr><th>${t('sr.payerName')}</th><td colspan="3">${escapeHtml(payer.name)}</td></tr>
<tr><th>${t('sr.payerAddress')}</th><td colspan="3">${escapeHtml(payer.address ?? '')}</td></tr>
<tr><th>${t('sr.corporateNumber')}</th><td colspan="3"></td></tr>
<tr><th>${t('sr.representative')}</th><td colspan="3"></td></tr>
<tr><th>${t('sr.contact')}</th><td colspan="3"></td></tr>
</tbody></table>
<table class="sum"><tbody>
<tr><th>${t('sr.recipientsTotal', { fiscal })}</th><td class="count">${report.recipientsTotal}${t('sr.people')}</td></tr>
<tr><th>${t('sr.reported')}</th><td class="count">${report.reported}${t('sr.people')}</td></tr>
<tr><th>${t('sr.special')}</th><td class="count">${report.special}${t('sr.people')}</td></tr>
<tr><th>${t('sr.ordinary')}</th><td class="count">${report.ordinary}${t('sr.people')}</td></tr>
</tbody></table>
${ordinary.length ? `<h2>${t('sr.ordinaryList')}</h2><table><tbody><tr><th>${t('slip.code')}</th><th>${t('slip.name')}</th><th>${t('sr.reason')}</th></tr>
${ordinary.map((r) => `<tr><td>${escapeHtml(r.code)}</td><td>${escapeHtml(r.name)}</td><td>${escapeHtml(r.reason ?? '')}${r.required ? '' : ` ${t('sr.notRequired', { limit: groupThousands(SALARY_REPORT_RULE.leaverThreshold) })}`}</td></tr>`).join('\n')}</tbody></table>` : ''}
<p class="note">${t('sr.note')}</p>
</div>`;
  const heading = { title: message(lang, 'sr.detailTitle', { era: reiwaYear(year) }), copy: message(lang, 'sr.detailCopy', { name: report.name }) };
  return htmlDocument(lang, title, REPORT_CSS, summary + '\n' + withholdingSlipSections(report.recipients.map((r) => r.slip), lang, undefined, heading));
}
