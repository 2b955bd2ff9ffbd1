/**
 * The web app's 年末調整 tab: the employee's own 扶養控除等申告書 and 保険料控除申告書 (a form checked with the server's
 * schema, src/schema/forms/yearEnd.ts, before it is sent; read-only once the admin has locked it), and their own
 * 源泉徴収票 (the figures, and the PDF once the December pay is closed).
 */
import { el, clear } from '../lib/dom';
import { call, errorText } from '../lib/run';
import { checkForm } from '../lib/form';
import type { RpcAnswer } from '../../src/addon/surface';
import { insuranceKinds, myDeclarationForm } from '../../src/schema/forms/yearEnd';
import type { PageLang } from '../messages';
import { yt, type YearEndKey } from './webapp-yearend-messages';
import { tokyoNow } from '../lib/page';

type Answer = RpcAnswer<'myYearEndDeclaration'>;
type Person = Answer['people'][number];
type Premium = Omit<Answer['insurance'][number], 'certificateChecked'> & { certificateChecked?: boolean };

export interface YearEndPage {
  lang: PageLang;
  /** The page's end message (or error), shown above the tab. */
  show(text: string, error?: boolean): void;
}

let view: 'declaration' | 'slip' = 'declaration';

const KIND_KEYS: Record<(typeof insuranceKinds)[number], YearEndKey> = {
  '一般(新)': 'kind_newGeneral', '介護医療': 'kind_care', '個人年金(新)': 'kind_newPension', '一般(旧)': 'kind_oldGeneral', '個人年金(旧)': 'kind_oldPension',
  '地震': 'kind_earthquake', '旧長期損害': 'kind_oldLongTerm', '社会保険料': 'kind_social', '小規模企業共済等': 'kind_mutualAid',
};
const DISABILITY_KEYS = { 'なし': 'disability_none', '障害者': 'disability_general', '特別障害者': 'disability_special' } as const;
const WIDOW_KEYS = { 'なし': 'widow_none', '寡婦': 'widow_widow', 'ひとり親': 'widow_single' } as const;
/** The label of each field the schema may name (a wrong field is named with it). */
const FIELD_KEYS: Record<string, YearEndKey> = {
  name: 'name', relation: 'relation', birthDate: 'birthDate', estimatedIncome: 'estimatedIncome', disability: 'disability', widowOrSingleParent: 'widow',
  housingLoanCredit: 'housingLoanCredit', kind: 'kind', insurer: 'insurer', policy: 'policy', holder: 'holder', beneficiary: 'beneficiary', paid: 'paid',
};

export function renderYearEnd(main: HTMLElement, page: YearEndPage): void {
  const { lang } = page;
  const seg = (name: typeof view, key: YearEndKey) => el('button', { id: `ye-${name}`, 'aria-pressed': String(view === name), class: view === name ? 'primary' : '',
    onclick: () => { view = name; clear(main); renderYearEnd(main, page); } }, yt(lang, key));
  main.append(el('div', { class: 'row seg' }, seg('declaration', 'declarationView'), seg('slip', 'slipView')));
  if (view === 'slip') renderSlips(main, page);
  else renderDeclaration(main, page);
}

/** The declaration being edited: the answer's rows split into 本人, 配偶者 and the others. */
interface Draft { self: Person; spouse: Person | null; dependants: Person[]; insurance: Premium[] }

function draftOf(a: Answer): Draft {
  const self = a.people.find((p) => p.person === '本人') ?? { person: '本人', name: a.name, birthDate: '', estimatedIncome: 0 };
  return { self, spouse: a.people.find((p) => p.person === '配偶者') ?? null, dependants: a.people.filter((p) => p.person === '扶養親族'), insurance: a.insurance };
}

function renderDeclaration(main: HTMLElement, page: YearEndPage): void {
  const { lang } = page;
  const year = Number(tokyoNow().slice(0, 4));
  const out = el('div', { id: 'declaration' });
  main.append(out);
  call('myYearEndDeclaration', { year }).then((a) => form(out, page, year, a), (e) => out.append(el('p', { class: 'msg error' }, errorText(e, lang))));
}

function form(out: HTMLElement, page: YearEndPage, year: number, a: Answer): void {
  const { lang } = page;
  const t = (key: YearEndKey, p: Record<string, string | number> = {}) => yt(lang, key, p);
  const draft = draftOf(a);
  const locked = a.status === 'locked';
  const controls: Record<string, HTMLElement> = {};
  const problem = el('p', { id: 'declaration-problem', class: 'msg error', role: 'alert', hidden: true });

  // inputs bound to the draft: each change is written back at once, so adding a row keeps what was typed
  const input = (path: string, label: YearEndKey, value: string, set: (v: string) => void, attrs: Record<string, string | boolean> = {}) => {
    const id = `ye-${path.replace(/\./g, '-')}`;
    const box = el('input', { id, value, disabled: locked, ...attrs, oninput: (e: Event) => set((e.target as HTMLInputElement).value) });
    controls[path] = box;
    return [el('label', { for: id }, t(label)), box];
  };
  const amount = (path: string, label: YearEndKey, value: number | undefined, set: (v: number) => void) =>
    input(path, label, value === undefined ? '' : String(value), (v) => set(v.trim() === '' ? 0 : Number(v)), { type: 'number', inputmode: 'numeric', min: '0', step: '1' });
  const check = (path: string, label: YearEndKey, value: boolean | undefined, set: (v: boolean) => void) => {
    const id = `ye-${path.replace(/\./g, '-')}`;
    return el('label', { class: 'check', for: id }, el('input', { type: 'checkbox', id, checked: !!value, disabled: locked, onchange: (e: Event) => set((e.target as HTMLInputElement).checked) }), t(label));
  };
  const select = <V extends string>(path: string, label: YearEndKey, options: Record<V, YearEndKey>, value: V | undefined, set: (v: V) => void) => {
    const id = `ye-${path.replace(/\./g, '-')}`;
    const box = el('select', { id, disabled: locked, onchange: (e: Event) => set((e.target as HTMLSelectElement).value as V) },
      ...(Object.keys(options) as V[]).map((k) => el('option', { value: k, selected: k === (value ?? Object.keys(options)[0]) }, t(options[k]))));
    controls[path] = box;
    return [el('label', { for: id }, t(label)), box];
  };
  const rerender = () => { clear(out); formFrom(draft); };

  const personFields = (p: Person, at: string, self: boolean) => [
    ...input(`${at}.name`, 'name', p.name, (v) => { p.name = v; }, { maxlength: '100', autocomplete: self ? 'name' : 'off' }),
    ...(self || p.person === '配偶者' ? [] : input(`${at}.relation`, 'relation', p.relation ?? '', (v) => { p.relation = v || undefined; }, { maxlength: '20' })),
    ...input(`${at}.birthDate`, 'birthDate', p.birthDate, (v) => { p.birthDate = v; }, { type: 'date' }),
    ...amount(`${at}.estimatedIncome`, self ? 'estimatedIncomeSelf' : 'estimatedIncome', p.estimatedIncome, (v) => { p.estimatedIncome = v; }),
    ...(self ? [] : [check(`${at}.livingTogether`, 'livingTogether', p.livingTogether, (v) => { p.livingTogether = v; })]),
    ...(p.person === '扶養親族' ? [check(`${at}.linealAscendant`, 'linealAscendant', p.linealAscendant, (v) => { p.linealAscendant = v; })] : []),
    ...select(`${at}.disability`, 'disability', DISABILITY_KEYS, p.disability, (v) => { p.disability = v; }),
    ...(self ? [
      ...select(`${at}.widowOrSingleParent`, 'widow', WIDOW_KEYS, p.widowOrSingleParent, (v) => { p.widowOrSingleParent = v; }),
      check(`${at}.workingStudent`, 'workingStudent', p.workingStudent, (v) => { p.workingStudent = v; }),
      ...amount(`${at}.housingLoanCredit`, 'housingLoanCredit', p.housingLoanCredit, (v) => { p.housingLoanCredit = v || undefined; }),
    ] : []),
  ];
  const removeButton = (onclick: () => void, id: string) => locked ? null : el('button', { type: 'button', class: 'remove', id, onclick }, t('remove'));

  function formFrom(d: Draft): void {
    for (const k of Object.keys(controls)) delete controls[k];
    // the order the server receives: 本人, 配偶者, then the dependants (their paths name them in the form)
    const people = [d.self, ...(d.spouse ? [d.spouse] : []), ...d.dependants];
    const spouseAt = d.spouse ? 1 : -1;
    const firstDependant = d.spouse ? 2 : 1;
    const status = a.status === 'submitted' ? t('status_submitted', { at: (a.updatedAt ?? '').replace('T', ' ') }) : t(`status_${a.status}`);
    out.append(
      el('h2', {}, t('declarationTitle', { year })),
      el('p', {}, el('span', { class: `pill ye-${a.status}`, id: 'declaration-status' }, status)),
      locked ? el('div', { class: 'msg', id: 'declaration-locked', role: 'status' }, t('lockedNote')) : el('p', { class: 'muted' }, t('declarationHint')),
    );
    const f = el('form', { id: 'declaration-form', novalidate: true, onsubmit: async (e: Event) => {
      e.preventDefault();
      if (locked) return;
      const value = { year, people, insurance: d.insurance.map(({ certificateChecked: _c, ...p }) => p) };
      const checked = checkForm(myDeclarationForm, value, controls);
      if (!checked.ok) {
        const [list, index, key] = checked.path.split('.');
        const n = Number(index);
        const field = t(FIELD_KEYS[key ?? ''] ?? 'name');
        problem.textContent = list === 'insurance' ? t('checkPremiumField', { n: n + 1, field })
          : t('checkPersonField', { field, who: n === 0 ? t('self') : n === spouseAt ? t('spouse') : t('dependantN', { n: n - firstDependant + 1 }) });
        problem.hidden = false;
        return;
      }
      problem.hidden = true;
      try {
        const r = await call('saveMyYearEndDeclaration', checked.value);
        page.show(t(r.changed ? 'saved' : 'savedNoChange', { year, people: r.people, insurance: r.insurance }));
      } catch (err) { page.show(errorText(err, lang), true); }
    } });
    f.append(el('fieldset', { id: 'ye-self' }, el('legend', {}, t('self')), el('p', { class: 'muted' }, t('selfHint')), ...personFields(d.self, 'people.0', true)));
    const spouseBox = el('fieldset', { id: 'ye-spouse' }, el('legend', {}, t('spouse')),
      check('hasSpouse', 'hasSpouse', !!d.spouse, (v) => { d.spouse = v ? { person: '配偶者', name: '', birthDate: '', estimatedIncome: 0, livingTogether: true } : null; rerender(); }),
      ...(d.spouse ? personFields(d.spouse, `people.${spouseAt}`, false) : []));
    f.append(spouseBox);
    f.append(el('fieldset', { id: 'ye-dependants' }, el('legend', {}, t('dependants')),
      ...(d.dependants.length ? [] : [el('p', { class: 'muted' }, t('noDependants'))]),
      ...d.dependants.map((p, i) => el('div', { class: 'card', id: `ye-dependant-${i + 1}` },
        el('div', { class: 'card-head' }, el('strong', {}, t('dependantN', { n: i + 1 })), removeButton(() => { d.dependants.splice(i, 1); rerender(); }, `ye-remove-dependant-${i + 1}`)),
        ...personFields(p, `people.${firstDependant + i}`, false))),
      locked ? null : el('button', { type: 'button', id: 'ye-add-dependant', onclick: () => { d.dependants.push({ person: '扶養親族', name: '', birthDate: '', estimatedIncome: 0, livingTogether: true }); rerender(); } }, t('addDependant'))));
    f.append(el('fieldset', { id: 'ye-insurance' }, el('legend', {}, t('insurance')),
      ...(d.insurance.length ? [] : [el('p', { class: 'muted' }, t('noPremiums'))]),
      ...d.insurance.map((p, i) => el('div', { class: 'card', id: `ye-premium-${i + 1}` },
        el('div', { class: 'card-head' }, el('strong', {}, t('premiumN', { n: i + 1 })), p.certificateChecked ? el('span', { class: 'pill' }, t('certificateChecked')) : null,
          removeButton(() => { d.insurance.splice(i, 1); rerender(); }, `ye-remove-premium-${i + 1}`)),
        ...select(`insurance.${i}.kind`, 'kind', KIND_KEYS, p.kind, (v) => { p.kind = v; }),
        ...input(`insurance.${i}.insurer`, 'insurer', p.insurer, (v) => { p.insurer = v; }, { maxlength: '100' }),
        ...input(`insurance.${i}.policy`, 'policy', p.policy ?? '', (v) => { p.policy = v || undefined; }, { maxlength: '100' }),
        ...input(`insurance.${i}.holder`, 'holder', p.holder ?? '', (v) => { p.holder = v || undefined; }, { maxlength: '100' }),
        ...input(`insurance.${i}.beneficiary`, 'beneficiary', p.beneficiary ?? '', (v) => { p.beneficiary = v || undefined; }, { maxlength: '100' }),
        ...amount(`insurance.${i}.paid`, 'paid', p.paid, (v) => { p.paid = v; }))),
      locked ? null : el('button', { type: 'button', id: 'ye-add-premium', onclick: () => { d.insurance.push({ kind: '一般(新)', insurer: '', paid: 0 }); rerender(); } }, t('addPremium'))));
    f.append(problem);
    if (!locked) f.append(el('p', {}, el('button', { class: 'primary', type: 'submit', id: 'ye-submit' }, t('submit'))));
    out.append(f);
  }
  formFrom(draft);
}

function renderSlips(main: HTMLElement, page: YearEndPage): void {
  const { lang } = page;
  const t = (key: YearEndKey, p: Record<string, string | number> = {}) => yt(lang, key, p);
  const out = el('div', { id: 'slips' });
  main.append(out);
  const yen = (n: number) => t('yen', { n: n.toLocaleString('ja-JP') });
  const line = (key: YearEndKey, amount: number, id: string) => el('tr', { id }, el('td', {}, t(key)), el('td', { class: 'num' }, yen(amount)));
  call('myWithholdingSlips', lang === 'en' ? { lang: 'en' } : {}).then((list) => {
    if (!list.length) out.append(el('p', { class: 'muted', id: 'no-slips' }, t('noSlips')));
    for (const s of list) {
      const settlement = s.settlement === '還付' ? t('settlement_refund', { amount: (-s.difference).toLocaleString('ja-JP'), payDate: s.payDate })
        : s.settlement === '徴収' ? t('settlement_collection', { amount: s.difference.toLocaleString('ja-JP'), payDate: s.payDate }) : t('settlement_none');
      const open = s.pdfReady
        ? el('button', { class: 'primary', id: `slip-pdf-${s.year}`, onclick: () => {
          call('myWithholdingSlipPdf', { year: s.year, ...(lang === 'en' ? { lang: 'en' as const } : {}) }).then((r) => {
            const a = el('a', { href: `data:application/pdf;base64,${r.base64}`, download: r.fileName });
            document.body.append(a);
            a.click();
            a.remove();
            page.show(t('pdfSaved', { file: r.fileName }));
          }, (err) => page.show(errorText(err, lang), true));
        } }, t('openPdf'))
        : el('p', { class: 'muted' }, t('pdfLater'));
      out.append(el('section', { id: `slip-${s.year}` },
        el('h2', {}, t('slipTitle', { era: s.era })),
        el('table', {}, el('tbody', {},
          line('slipPaid', s.salaryTotal, 'slip-paid'), line('slipEmploymentIncome', s.employmentIncome, 'slip-employment-income'),
          line('slipDeductions', s.deductionsTotal, 'slip-deductions'), line('slipWithheld', s.annualTax, 'slip-withheld'),
          line('slipSocial', s.socialInsurance, 'slip-social'), s.housingLoanCredit ? line('slipHousing', s.housingLoanCredit, 'slip-housing') : null)),
        el('p', { id: `slip-settlement-${s.year}` }, settlement), el('p', {}, open)));
    }
  }, (e) => out.append(el('p', { class: 'msg error' }, errorText(e, lang))));
}
