/**
 * 給与所得の源泉徴収票 (令和8年分, 受給者交付用: no 個人番号) and the 源泉徴収簿 年末調整欄 of one employee, from the
 * 年末調整 result (adjustment.ts) or, when not adjusted, the year's pay alone (未調整: 支払金額, 源泉徴収税額 and
 * 社会保険料等 only, 摘要「年末調整未済」). Items: ../shared/reference/year-end-adjustment/gensen_choshuhyo_items_r08.md
 * (item names high confidence; box positions not checked against the NTA PDF, said on the slip).
 */
import { message, type Lang, type MessageKey } from '../i18n';
import { escapeHtml, htmlDocument, DOCUMENT_FONT_STACK } from '../render/html';
import { formatDate, groupThousands } from '../render/format';
import type { YearEndAdjustment, YearEndInput } from './adjustment';
import { yearEndEditionFor } from './rates/year-end';

export interface SlipPerson {
  readonly person: '本人' | '配偶者' | '扶養親族';
  readonly name: string;
  readonly birthDate: string;
  readonly estimatedIncome: number;
  readonly disability?: string | undefined;
  readonly livingTogether?: boolean | undefined;
}
export interface WithholdingSlipInput {
  readonly year: number;
  readonly employee: { readonly code: string; readonly name: string; readonly kana?: string; readonly address?: string; readonly birthDate?: string; readonly hireDate: string; readonly leaveDate?: string };
  readonly payer: { readonly name: string; readonly address?: string };
  readonly pay: { readonly salaryTotal: number; readonly socialInsurance: number; readonly withheldTotal: number };
  readonly input?: YearEndInput;
  /** The adjustment; absent = 未調整. */
  readonly result?: YearEndAdjustment;
  readonly otsu?: boolean;
  readonly people: readonly SlipPerson[];
}

export interface WithholdingSlip {
  readonly year: number;
  readonly era: string;
  readonly employee: WithholdingSlipInput['employee'];
  readonly payer: WithholdingSlipInput['payer'];
  readonly adjusted: boolean;
  readonly paid: number;
  readonly employmentIncome: number | null;
  readonly deductionsTotal: number | null;
  readonly withheld: number;
  readonly spouse: { readonly has: boolean; readonly elderly: boolean; readonly deduction: number; readonly name?: string; readonly income?: number };
  readonly dependants: { readonly specific: number; readonly elderly: number; readonly elderlyTogether: number; readonly other: number; readonly young: number };
  readonly disabled: { readonly special: number; readonly specialTogether: number; readonly other: number };
  readonly socialInsurance: number;
  readonly mutualAid: number;
  readonly life: number | null;
  readonly quake: number | null;
  readonly housing: number | null;
  readonly housingPossible: number | null;
  readonly specificRelative: number | null;
  readonly lifePaid: { readonly newGeneral: number; readonly oldGeneral: number; readonly newCare: number; readonly newPension: number; readonly oldPension: number };
  readonly nationalPension: number;
  readonly oldLongTerm: number;
  readonly basic: number | null;
  readonly incomeAdjustment: number | null;
  readonly dependantNames: readonly { readonly name: string; readonly kind: string }[];
  readonly youngNames: readonly string[];
  readonly marks: readonly string[];
  readonly remarks: readonly string[];
}

const ageOn = (birth: string, date: string) => {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};

export function withholdingSlipOf(s: WithholdingSlipInput, lang: Lang = 'ja'): WithholdingSlip {
  const m = (key: MessageKey, p: Record<string, string | number> = {}) => message(lang, key, p);
  const r = s.result;
  const era = yearEndEditionFor(s.year).label;
  const dependants = { specific: 0, elderly: 0, elderlyTogether: 0, other: 0, young: 0 };
  const disabled = { special: 0, specialTogether: 0, other: 0 };
  const dependantNames: { name: string; kind: string }[] = [];
  const youngNames: string[] = [];
  const remarks: string[] = [];
  const family = s.people.filter((p) => p.person === '扶養親族');
  (r?.dependentKinds ?? []).forEach((kind, i) => {
    const p = family[i];
    const name = p?.name ?? '';
    if (kind === 'young') [dependants.young, youngNames[youngNames.length]] = [dependants.young + 1, name];
    else if (kind === 'specific') dependants.specific++;
    else if (kind === 'elderly') dependants.elderly++;
    else if (kind === 'elderlyParentLivingTogether') [dependants.elderly, dependants.elderlyTogether] = [dependants.elderly + 1, dependants.elderlyTogether + 1];
    else if (kind === 'general') dependants.other++;
    if (kind === 'specific' || kind === 'elderly' || kind === 'elderlyParentLivingTogether' || kind === 'general') {
      dependantNames.push({ name, kind: m(kind === 'specific' ? 'slip.remark.kind.specific' : kind === 'elderly' ? 'slip.remark.kind.elderly' : kind === 'general' ? 'slip.remark.kind.general' : 'slip.remark.kind.elderlyTogether') });
    }
    if (kind === 'specificRelative' && p) remarks.push(m('slip.remark.specificRelative', { name: p.name, income: `${groupThousands(p.estimatedIncome)}円` }));
    // 障害者の数 (本人を除く): the 扶養親族 who count (incl. 16歳未満)
    if (p && kind !== 'none' && kind !== 'specificRelative' && p.disability && p.disability !== 'なし') {
      if (p.disability === '特別障害者') [disabled.special, disabled.specialTogether] = [disabled.special + 1, disabled.specialTogether + (p.livingTogether ? 1 : 0)];
      else disabled.other++;
    }
  });
  // 5人目以降 of either list go to 摘要 (the form has four lines each)
  dependantNames.slice(4).forEach((d) => remarks.push(`${d.name}${d.kind ? `（${d.kind}）` : ''}`));
  youngNames.slice(4).forEach((n) => remarks.push(n));
  const spousePerson = s.people.find((p) => p.person === '配偶者');
  const d = r?.deductions;
  const spouseDeduction = (d?.spouse ?? 0) + (d?.spouseSpecial ?? 0);
  const edition = yearEndEditionFor(s.year);
  const spouseElderly = !!spousePerson && !!d?.spouse && ageOn(spousePerson.birthDate, `${s.year}-12-31`) >= edition.elderlyAge;
  if (spousePerson && d?.spouse && spousePerson.disability && spousePerson.disability !== 'なし') {
    if (spousePerson.disability === '特別障害者') [disabled.special, disabled.specialTogether] = [disabled.special + 1, disabled.specialTogether + (spousePerson.livingTogether ? 1 : 0)];
    else disabled.other++;
  }
  const self = s.input?.self;
  const marks: string[] = [];
  if (s.otsu) marks.push(m('slip.mark.otsu'));
  if (s.employee.birthDate && ageOn(s.employee.birthDate, `${s.year}-12-31`) < 18) marks.push(m('slip.mark.minor'));
  if (self?.disability === 'special') marks.push(m('slip.mark.disabledSpecial'));
  else if (self?.disability === 'general' || self?.disability === true) marks.push(m('slip.mark.disabledGeneral'));
  if (d?.widow) marks.push(m('slip.mark.widow'));
  if (d?.singleParent) marks.push(m('slip.mark.singleParent'));
  if (d?.workingStudent) marks.push(m('slip.mark.student'));
  if (r) remarks.push(...r.remarks);
  else remarks.push(m('slip.notAdjusted'));
  const li = s.input?.lifeInsurance ?? {};
  const mutual = s.input?.smallBusinessMutualAid ?? 0;
  const declaredSocial = s.input?.socialInsuranceDeclared ?? 0;
  return {
    year: s.year, era, employee: s.employee, payer: s.payer, adjusted: !!r,
    paid: r ? r.salaryTotal : s.pay.salaryTotal,
    employmentIncome: r ? r.employmentIncomeAfterAdjustment : null,
    deductionsTotal: r ? r.deductionsTotal : null,
    // 年調済み: the tax after the settlement (年調年税額); 未調整: what was withheld
    withheld: r ? r.annualTax : s.pay.withheldTotal,
    spouse: { has: spouseDeduction > 0 || (!!spousePerson && !!r && spousePerson.estimatedIncome <= edition.dependantIncomeLimit), elderly: spouseElderly, deduction: spouseDeduction,
      ...(spousePerson ? { name: spousePerson.name } : {}), ...(spousePerson && d?.spouseSpecial ? { income: spousePerson.estimatedIncome } : {}) },
    dependants, disabled,
    // 社会保険料等の金額: 未調整でも記載, 小規模企業共済等掛金 included (内書き)
    socialInsurance: (r ? d!.socialInsurance : s.pay.socialInsurance) + (r ? d!.smallBusinessMutualAid : 0), mutualAid: r ? mutual : 0,
    life: r ? d!.lifeInsurance : null, quake: r ? d!.earthquakeInsurance : null,
    housing: r ? r.housingLoanCredit : null, housingPossible: r && (r.housingLoanCredit + r.housingLoanCreditUnused) > 0 ? r.housingLoanCredit + r.housingLoanCreditUnused : null,
    specificRelative: r ? d!.specificRelative : null,
    lifePaid: { newGeneral: li.newGeneral ?? 0, oldGeneral: li.oldGeneral ?? 0, newCare: li.newCare ?? 0, newPension: li.newPension ?? 0, oldPension: li.oldPension ?? 0 },
    nationalPension: r ? declaredSocial : 0, oldLongTerm: s.input?.earthquakeInsurance?.oldLongTerm ?? 0,
    basic: r ? d!.basic : null, incomeAdjustment: r ? r.incomeAdjustment : null,
    dependantNames: dependantNames.slice(0, 4), youngNames: youngNames.slice(0, 4), marks, remarks,
  };
}

/** 源泉徴収簿 年末調整欄 (⑦〜㉗) of an adjustment, in the form's order. */
export function yearEndColumnLines(r: YearEndAdjustment, pay: { salaryTotal: number; socialInsurance: number; withheldTotal: number }): { no: string; item: string; amount: number }[] {
  const d = r.deductions;
  return [
    ['⑦', '給料・手当等・賞与等の総額', r.salaryTotal], ['⑧', '徴収税額', r.withheldTotal], ['⑨', '給与所得控除後の給与等の金額', r.employmentIncome],
    ['⑩', '所得金額調整控除額', r.incomeAdjustment], ['⑪', '給与所得控除後の給与等の金額（調整控除後）', r.employmentIncomeAfterAdjustment],
    ['⑫', '給与等からの控除分（社会保険料等）', pay.socialInsurance], ['⑬', '申告による社会保険料の控除分', d.socialInsurance - pay.socialInsurance],
    ['⑭', '申告による小規模企業共済等掛金の控除分', d.smallBusinessMutualAid], ['⑮', '生命保険料の控除額', d.lifeInsurance], ['⑯', '地震保険料の控除額', d.earthquakeInsurance],
    ['⑰', '配偶者（特別）控除額', d.spouse + d.spouseSpecial], ['⑱', '特定親族特別控除額', d.specificRelative],
    ['⑲', '扶養控除額及び障害者等の控除額の合計額', d.dependents + d.disability + d.widow + d.singleParent + d.workingStudent], ['⑳', '基礎控除額', d.basic],
    ['㉑', '所得控除額の合計額', r.deductionsTotal], ['㉒', '差引課税給与所得金額（1,000円未満切捨て）', r.taxableIncome], ['㉓', '算出所得税額', r.calculatedTax],
    ['㉔', '（特定増改築等）住宅借入金等特別控除額', r.housingLoanCredit], ['㉕', '年調所得税額', r.adjustedIncomeTax], ['㉖', '年調年税額（×102.1%、100円未満切捨て）', r.annualTax],
    ['㉗', r.difference < 0 ? '差引超過額（還付）' : '差引不足額（徴収）', Math.abs(r.difference)],
  ].map(([no, item, amount]) => ({ no: no as string, item: item as string, amount: amount as number }));
}

export const SLIP_CSS = `@page { size: A4 portrait; margin: 12mm; }
body { font-family: ${DOCUMENT_FONT_STACK}; font-size: 8pt; color: #111; margin: 0; }
h1 { font-size: 13pt; text-align: center; margin: 0 0 1mm; letter-spacing: 0.1em; }
p.copy { text-align: center; margin: 0 0 3mm; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2mm; }
th, td { border: 1px solid #333; padding: 1mm 1.5mm; vertical-align: top; }
th { background: #eef2f0; font-weight: normal; text-align: left; font-size: 7pt; }
td.n { text-align: right; white-space: nowrap; font-size: 9pt; }
td.big { text-align: right; font-size: 11pt; font-weight: bold; white-space: nowrap; }
p.note { font-size: 6.5pt; color: #555; margin: 1mm 0 0; }
div.slip { page-break-after: always; }
div.last { page-break-after: auto; }
h2 { font-size: 10pt; margin: 4mm 0 1mm; }`;

/** The same items under another heading: the 給与支払報告書（個人別明細書）, 市区町村提出用 (salary-report.ts). */
export interface SlipHeading { readonly title: string; readonly copy: string }

export function renderWithholdingSlipsHtml(slips: readonly WithholdingSlip[], lang: Lang = 'ja', columns?: readonly (ReturnType<typeof yearEndColumnLines> | null)[], heading?: SlipHeading): string {
  return htmlDocument(lang, heading?.title ?? message(lang, 'slip.title', { era: slips[0]?.era ?? '' }), SLIP_CSS, withholdingSlipSections(slips, lang, columns, heading));
}

/** The slips' pages (one `div.slip` each, the last without a page break), for a document with SLIP_CSS. */
export function withholdingSlipSections(slips: readonly WithholdingSlip[], lang: Lang = 'ja', columns?: readonly (ReturnType<typeof yearEndColumnLines> | null)[], heading?: SlipHeading): string {
  const t = (key: MessageKey, p: Record<string, string | number> = {}) => escapeHtml(message(lang, key, p));
  const n = (v: number | null) => (v === null ? '' : escapeHtml(groupThousands(v)));
  const sections = slips.map((s, i) => {
    const e = s.employee;
    const dep = s.dependants;
    const col = columns?.[i];
    const joined = e.hireDate.startsWith(`${s.year}-`) ? t('slip.joined', { date: formatDate(e.hireDate, lang) }) : '';
    const left = e.leaveDate && e.leaveDate.startsWith(`${s.year}-`) ? t('slip.left', { date: formatDate(e.leaveDate, lang) }) : '';
    return `<div class="slip${i === slips.length - 1 ? ' last' : ''}">
<h1>${heading ? escapeHtml(heading.title) : t('slip.title', { era: s.era })}</h1><p class="copy">${heading ? escapeHtml(heading.copy) : t('slip.copy')}</p>
<table><tbody>
<tr><th rowspan="2">${t('slip.recipient')}</th><th>${t('slip.address')}</th><td colspan="3">${escapeHtml(e.address ?? '')}</td></tr>
<tr><th>${t('slip.code')} / ${t('slip.name')}</th><td>${escapeHtml(e.code)}</td><td colspan="2">${e.kana ? `<span>${escapeHtml(e.kana)}</span><br>` : ''}<b>${escapeHtml(e.name)}</b></td></tr>
</tbody></table>
<table><tbody>
<tr><th>${t('slip.kind')}</th><th>${t('slip.paid')}</th><th>${t('slip.employmentIncome')}</th><th>${t('slip.deductions')}</th><th>${t('slip.withheld')}</th></tr>
<tr><td>${t('slip.kindValue')}</td><td class="big">${n(s.paid)}</td><td class="big">${n(s.employmentIncome)}</td><td class="big">${n(s.deductionsTotal)}</td><td class="big">${n(s.withheld)}</td></tr>
</tbody></table>
<table><tbody>
<tr><th>${t('slip.spouseKind')}</th><th>${t('slip.spouseDeduction')}</th><th colspan="3">${t('slip.dependants')}</th><th>${t('slip.young')}</th><th colspan="2">${t('slip.disabled')}</th><th>${t('slip.nonResident')}</th></tr>
<tr><th></th><th></th><th>${t('slip.specific')}</th><th>${t('slip.elderly')}</th><th>${t('slip.other')}</th><th></th><th>${t('slip.special')}</th><th>${t('slip.other')}</th><th></th></tr>
<tr><td>${s.spouse.has ? t('slip.has') : ''}${s.spouse.elderly ? ` ${t('slip.elderlySpouse')}` : ''}</td><td class="n">${s.adjusted ? n(s.spouse.deduction) : ''}</td>
<td class="n">${dep.specific || ''}</td><td class="n">${dep.elderly ? `${dep.elderly}（${dep.elderlyTogether}）` : ''}</td><td class="n">${dep.other || ''}</td><td class="n">${dep.young || ''}</td>
<td class="n">${s.disabled.special ? `${s.disabled.special}（${s.disabled.specialTogether}）` : ''}</td><td class="n">${s.disabled.other || ''}</td><td class="n"></td></tr>
</tbody></table>
<table><tbody>
<tr><th>${t('slip.social')}</th><th>${t('slip.life')}</th><th>${t('slip.quake')}</th><th>${t('slip.housing')}</th><th>${t('slip.specificRelative')}</th></tr>
<tr><td class="n">${n(s.socialInsurance)}${s.mutualAid ? `（${n(s.mutualAid)}）` : ''}</td><td class="n">${n(s.life)}</td><td class="n">${n(s.quake)}</td><td class="n">${n(s.housing)}</td><td class="n">${n(s.specificRelative)}</td></tr>
</tbody></table>
<table><tbody><tr><th>${t('slip.remarks')}</th></tr><tr><td>${s.remarks.map(escapeHtml).join('<br>') || '&nbsp;'}</td></tr></tbody></table>
<table><tbody>
<tr><th rowspan="2">${t('slip.lifeBreakdown')}</th><th>${t('slip.newLife')}</th><th>${t('slip.oldLife')}</th><th>${t('slip.care')}</th><th>${t('slip.newPension')}</th><th>${t('slip.oldPension')}</th></tr>
<tr><td class="n">${n(s.lifePaid.newGeneral || null)}</td><td class="n">${n(s.lifePaid.oldGeneral || null)}</td><td class="n">${n(s.lifePaid.newCare || null)}</td><td class="n">${n(s.lifePaid.newPension || null)}</td><td class="n">${n(s.lifePaid.oldPension || null)}</td></tr>
<tr><th>${t('slip.housingBreakdown')}</th><th>${t('slip.housingPossible')}</th><td class="n">${n(s.housingPossible)}</td><th>${t('slip.nationalPension')}</th><td class="n">${n(s.nationalPension || null)}</td><td></td></tr>
<tr><th>${t('slip.spouseName')}</th><td colspan="2">${escapeHtml(s.spouse.has || s.spouse.deduction ? s.spouse.name ?? '' : '')}</td><th>${t('slip.spouseIncome')}</th><td class="n">${n(s.spouse.income ?? null)}</td><td></td></tr>
<tr><th>${t('slip.oldLongTerm')}</th><td class="n">${n(s.oldLongTerm || null)}</td><th>${t('slip.basic')}</th><td class="n">${n(s.basic)}</td><th>${t('slip.adjustment')}</th><td class="n">${n(s.incomeAdjustment || null)}</td></tr>
</tbody></table>
<table><tbody>
<tr><th>${t('slip.dependantNames')}</th>${[0, 1, 2, 3].map((k) => `<td>${escapeHtml(s.dependantNames[k] ? `${s.dependantNames[k]!.name}${s.dependantNames[k]!.kind ? `（${s.dependantNames[k]!.kind}）` : ''}` : '')}</td>`).join('')}</tr>
<tr><th>${t('slip.youngNames')}</th>${[0, 1, 2, 3].map((k) => `<td>${escapeHtml(s.youngNames[k] ?? '')}</td>`).join('')}</tr>
</tbody></table>
<table><tbody>
<tr><th>${t('slip.marks')}</th><th>${t('slip.join')}</th><th>${t('slip.birth')}</th></tr>
<tr><td>${s.marks.map(escapeHtml).join('・') || '&nbsp;'}</td><td>${[joined, left].filter(Boolean).join('<br>')}</td><td>${e.birthDate ? escapeHtml(formatDate(e.birthDate, lang)) : ''}</td></tr>
</tbody></table>
<table><tbody><tr><th>${t('slip.payer')}</th><th>${t('slip.address')}</th><td>${escapeHtml(s.payer.address ?? '')}</td><th>${t('slip.payerName')}</th><td>${escapeHtml(s.payer.name)}</td></tr></tbody></table>
<p class="note">${t('slip.unverified')}</p>
${col ? `<h2>${t('slip.ledgerTitle', { era: s.era })}</h2><table><tbody><tr><th>${t('slip.col.no')}</th><th>${t('slip.col.item')}</th><th>${t('slip.col.amount')}</th></tr>
${col.map((l) => `<tr><td>${escapeHtml(l.no)}</td><td>${escapeHtml(l.item)}</td><td class="n">${n(l.amount)}</td></tr>`).join('\n')}</tbody></table>` : ''}
</div>`;
  });
  return sections.join('\n');
}
