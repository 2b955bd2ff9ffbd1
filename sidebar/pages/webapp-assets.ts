/**
 * The web app's 備品 tab (issue 16): what I hold with its due date (overdue marked), a fault or loss
 * report for one of them, a request for a consumable or a loan, my requests with their answer; for a
 * manager, the team's equipment. Never a cost: the server's answers (myAssets, teamAssets) hold none.
 */
import { el, clear } from '../lib/dom';
import { call, errorText } from '../lib/run';
import { checkForm } from '../lib/form';
import type { PageLang } from '../messages';
import { at, type AssetsKey } from './assets-messages';
import { categoryName } from './asset-categories-en';
import { assetRequestForm } from '../../src/schema/forms/assets';
import type { RpcAnswer } from '../../src/addon/surface';

type Mine = RpcAnswer<'myAssets'>;
type Show = (text: string, error?: boolean) => void;

const opt = (v: string) => (v.trim() ? v.trim() : undefined);

function holdingCard(lang: PageLang, h: Mine['holdings'][number], show: Show): HTMLElement {
  const reason = el('textarea', { id: `fault-reason-${h.asset.id}`, maxlength: '500', rows: '3' });
  const problem = el('p', { class: 'msg error', role: 'alert', hidden: true });
  const form = el('form', { id: `fault-form-${h.asset.id}`, novalidate: true, onsubmit: async (e: Event) => {
    e.preventDefault();
    const checked = checkForm(assetRequestForm, { kind: '故障・紛失', item: h.asset.id, quantity: 1, reason: reason.value.trim() }, { reason });
    problem.hidden = checked.ok;
    if (!checked.ok) { problem.textContent = at(lang, 'checkField', { field: at(lang, 'faultReason') }); return; }
    try {
      const r = await call('requestAssetItem', checked.value);
      show(at(lang, 'faultSent', { asset: h.asset.name, id: r.id }));
    } catch (err) { show(errorText(err, lang), true); }
  } }, el('label', { for: reason.id }, at(lang, 'faultReason')), reason, problem,
  el('p', {}, el('button', { type: 'submit', id: `fault-send-${h.asset.id}` }, at(lang, 'sendReport'))));
  return el('li', { class: `request${h.overdue ? ' overdue' : ''}`, id: `holding-${h.asset.id}` },
    el('div', { class: 'ow-head' }, el('strong', {}, h.asset.name), h.overdue ? el('span', { class: 'pill ow-violation' }, at(lang, 'overdue')) : null),
    el('div', { class: 'muted' }, [h.asset.id, categoryName(lang, h.asset.categoryKey, h.asset.category), [h.asset.maker, h.asset.model].filter(Boolean).join(' ')].filter(Boolean).join(' · ')),
    el('div', { class: h.overdue ? 'ow-earlier' : '' }, h.dueOn ? at(lang, 'dueOn', { date: h.dueOn }) : at(lang, 'noDue'), el('span', { class: 'muted' }, ` · ${at(lang, 'since', { date: h.lentOn })}`)),
    h.site ? el('div', { class: 'muted' }, h.site) : null,
    el('details', {}, el('summary', {}, at(lang, 'reportFault')), form));
}

function requestForm(lang: PageLang, mine: Mine, show: Show): HTMLElement {
  const kind = el('select', { id: 'ask-kind' }, el('option', { value: '消耗品' }, at(lang, 'askConsumable')), el('option', { value: '貸出' }, at(lang, 'askLoan')));
  const item = el('select', { id: 'ask-item' }, ...mine.consumables.map((c) => el('option', { value: c.code }, `${c.name}（${c.unit}）`)));
  const loanItem = el('input', { id: 'ask-loan-item', type: 'text', maxlength: '100', list: 'ask-categories' });
  const categories = el('datalist', { id: 'ask-categories' }, ...mine.categories.map((c) => el('option', { value: categoryName(lang, c.key, c.name) })));
  const quantity = el('input', { id: 'ask-quantity', type: 'number', min: '1', inputmode: 'numeric', value: '1' });
  const site = el('input', { id: 'ask-site', type: 'text', maxlength: '100' });
  const neededBy = el('input', { id: 'ask-needed-by', type: 'date' });
  const reason = el('input', { id: 'ask-reason', type: 'text', maxlength: '500' });
  const problem = el('p', { id: 'ask-problem', class: 'msg error', role: 'alert', hidden: true });
  const itemLabel = el('label', { for: 'ask-item' }, at(lang, 'askItem'));
  const loanLabel = el('label', { for: 'ask-loan-item' }, at(lang, 'askLoanItem'));
  const quantityLabel = el('label', { for: 'ask-quantity' }, at(lang, 'askQuantity'));
  const sync = () => {
    const loan = kind.value === '貸出';
    for (const n of [item, itemLabel, quantity, quantityLabel]) n.hidden = loan;
    for (const n of [loanItem, loanLabel]) n.hidden = !loan;
  };
  kind.addEventListener('change', sync);
  sync();
  const labels: Record<string, AssetsKey> = { kind: 'askKind', item: kind.value === '貸出' ? 'askLoanItem' : 'askItem', quantity: 'askQuantity', site: 'askSite', neededBy: 'askNeededBy', reason: 'askReason' };
  return el('form', { id: 'ask-form', novalidate: true, onsubmit: async (e: Event) => {
    e.preventDefault();
    const loan = kind.value === '貸出';
    const checked = checkForm(assetRequestForm, { kind: loan ? '貸出' : '消耗品', item: loan ? loanItem.value.trim() : item.value, quantity: loan ? 1 : Number(quantity.value || NaN),
      site: opt(site.value), neededBy: opt(neededBy.value), reason: reason.value.trim() }, { kind, item: loan ? loanItem : item, quantity, site, neededBy, reason });
    problem.hidden = checked.ok;
    if (!checked.ok) { problem.textContent = at(lang, 'checkField', { field: at(lang, checked.field === 'item' ? (loan ? 'askLoanItem' : 'askItem') : labels[checked.field] ?? 'askReason') }); return; }
    try {
      const r = await call('requestAssetItem', checked.value);
      show(at(lang, 'sent', { id: r.id }));
    } catch (err) { show(errorText(err, lang), true); }
  } }, el('h2', {}, at(lang, 'askFor')),
  el('label', { for: 'ask-kind' }, at(lang, 'askKind')), kind, itemLabel, item, loanLabel, loanItem, categories, quantityLabel, quantity,
  el('label', { for: 'ask-site' }, at(lang, 'askSite')), site, el('label', { for: 'ask-needed-by' }, at(lang, 'askNeededBy')), neededBy,
  el('label', { for: 'ask-reason' }, at(lang, 'askReason')), reason, problem,
  el('p', {}, el('button', { class: 'primary', type: 'submit', id: 'ask-send' }, at(lang, 'send'))));
}

function teamSection(lang: PageLang, box: HTMLElement): void {
  call('teamAssets').then((r) => {
    const overdue = r.holdings.filter((h) => h.overdue).length;
    box.append(el('h2', {}, at(lang, 'team')), r.holdings.length
      ? el('div', {}, el('p', { class: 'muted', id: 'team-count' }, at(lang, 'teamCount', { count: r.holdings.length, overdue })),
        el('table', { id: 'team-assets' }, el('tbody', {}, ...[...r.holdings].sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.employeeCode < b.employeeCode ? -1 : 1)).map((h) =>
          el('tr', { class: h.overdue ? 'highlight' : '' },
            el('td', {}, h.name, el('div', { class: 'muted' }, h.department)),
            el('td', {}, h.asset.name, el('div', { class: 'muted' }, h.asset.id)),
            el('td', { class: h.overdue ? 'ow-earlier' : '' }, h.dueOn ?? '—'))))))
      : el('p', { class: 'muted' }, at(lang, 'teamEmpty')));
  }, (e) => box.append(el('p', { class: 'msg error' }, errorText(e, lang))));
}

export function renderAssets(main: HTMLElement, lang: PageLang, role: string | undefined, show: Show): void {
  const box = el('div', { id: 'my-assets' }, el('p', { class: 'muted' }, at(lang, 'loading')));
  main.append(box);
  call('myAssets').then((mine) => {
    clear(box);
    box.append(el('h2', {}, at(lang, 'myHoldings')), mine.holdings.length
      ? el('ul', { class: 'requests', id: 'holdings' }, ...mine.holdings.map((h) => holdingCard(lang, h, show)))
      : el('p', { class: 'muted', id: 'holdings' }, at(lang, 'noHoldings')));
    // a manager's team right after their own, before the forms
    const team = el('div', { id: 'team' });
    box.append(team, requestForm(lang, mine, show));
    const itemName = (q: Mine['requests'][number]) => (q.kind === '消耗品' ? mine.consumables.find((c) => c.code === q.item)?.name
      : q.kind === '故障・紛失' ? mine.holdings.find((h) => h.asset.id === q.item)?.asset.name : undefined) ?? q.item;
    box.append(el('h2', {}, at(lang, 'myRequests')), mine.requests.length
      ? el('table', { id: 'my-asset-requests' }, el('tbody', {}, ...mine.requests.map((q) => el('tr', {},
        el('td', {}, `${at(lang, `req_${q.kind}`)}: ${itemName(q)}${q.kind === '消耗品' ? ` × ${q.quantity}` : ''}`, q.answer ? el('div', { class: 'muted' }, at(lang, 'answer', { answer: q.answer })) : null),
        el('td', {}, el('span', { class: `pill status-${q.status}` }, at(lang, `rs_${q.status}`)))))))
      : el('p', { class: 'muted' }, at(lang, 'none')));
    if (role === 'manager' || role === 'admin') teamSection(lang, team);
  }, (e) => { clear(box); box.append(el('p', { class: 'msg error' }, errorText(e, lang))); });
}
