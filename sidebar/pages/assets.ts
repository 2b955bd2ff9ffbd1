/**
 * 資産 (the admin's assets sidebar, issue 16): four sections —
 * - 備品: the register as cards (status, holder, due date, overdue), lending and recording a return
 *   on each card, and registering an asset (the server checks the 税務処理 and the SME annual cap);
 * - 消耗品: stock as the sum of 入出庫, a movement (入庫・出庫・調整), a 棚卸 per item, the order list;
 * - 申請: the employees' equipment requests, approved (the issue or the loan lands with it) or rejected with a reason;
 * - 減価償却: the value of every owned asset on a date, by category, and the sheet and CSV for the accountant.
 * Every form is checked with the server's own schema first; every action ends with a message and the
 * section read again. User content goes in as text (lib/dom).
 */
import { el, clear } from '../lib/dom';
import { call, errorText } from '../lib/run';
import { checkForm } from '../lib/form';
import { savedLang, tokyoNow } from '../lib/page';
import type { PageLang } from '../messages';
import { at, yenText, type AssetsKey } from './assets-messages';
import { categoryName } from './asset-categories-en';
import { assetForm, assetStatusForm, lendForm, returnForm, movementForm, stockTakeForm, assetDecisionForm, depreciationReportForm, ownerships, taxTreatments, depreciationMethodLabels } from '../../src/schema/forms/assets';
import type { RpcAnswer } from '../../src/addon/surface';

type Register = RpcAnswer<'listAssets'>;
type Section = 'assets' | 'stock' | 'requests' | 'depreciation';

const lang: PageLang = savedLang();
document.documentElement.lang = lang;
const app = document.getElementById('app')!;
const result = el('div', { id: 'assets-result', role: 'status' });
const out = el('div', { id: 'assets-section' });
let section: Section = 'assets';
const today = () => tokyoNow().slice(0, 10);
const yen = (n: number) => yenText(lang, n);

function say(text: string, error = false): void {
  clear(result);
  result.append(el('p', { class: error ? 'msg error' : 'msg' }, text));
}
const fail = (e: unknown) => say(errorText(e, lang), true);

/** A labelled control; `id` ties the label to it. */
function field(label: AssetsKey, control: HTMLElement): HTMLElement[] {
  return [el('label', { for: control.id }, at(lang, label)), control];
}
const input = (id: string, type = 'text', attrs: Record<string, string> = {}) => el('input', { id, type, ...attrs });
const select = (id: string, options: readonly (readonly [string, string])[]) => el('select', { id }, ...options.map(([v, text]) => el('option', { value: v }, text)));
const opt = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);
const problemBox = (id: string) => el('p', { id, class: 'msg error', role: 'alert', hidden: true });

/** Marks the wrong field (the server's schema) and names it in `box`; true when fine. */
function valid<C extends { ok: boolean; field?: string }>(box: HTMLElement, checked: C, labels: Record<string, AssetsKey>): checked is C & { ok: true } {
  box.hidden = checked.ok;
  if (!checked.ok) box.textContent = at(lang, 'checkField', { field: at(lang, labels[checked.field ?? ''] ?? 'note') });
  return checked.ok;
}

// ---------------------------------------------------------------- 備品

function lendBox(a: Register['assets'][number], reg: Register): HTMLElement {
  const who = select(`lend-to-${a.id}`, [['', at(lang, 'chooseEmployee')], ...reg.employees.map((e) => [e.code, `${e.name}（${e.department}）`] as const)]);
  const lentOn = input(`lend-on-${a.id}`, 'date', { value: reg.today });
  const due = input(`lend-due-${a.id}`, 'date');
  const site = input(`lend-site-${a.id}`, 'text', { maxlength: '100' });
  const problem = problemBox(`lend-problem-${a.id}`);
  const form = el('form', { id: `lend-form-${a.id}`, novalidate: true, onsubmit: async (e: Event) => {
    e.preventDefault();
    const checked = checkForm(lendForm, { assetId: a.id, employeeCode: who.value, lentOn: lentOn.value, dueOn: opt(due.value), site: opt(site.value) }, { employeeCode: who, lentOn, dueOn: due, site });
    if (!valid(problem, checked, { employeeCode: 'lendTo', lentOn: 'lentOn', dueOn: 'dueDate', site: 'site' })) return;
    try {
      const r = await call('lendAsset', checked.value);
      const name = reg.employees.find((x) => x.code === r.employeeCode)?.name ?? r.employeeCode;
      say(r.dueOn ? at(lang, 'lent', { asset: a.name, name, due: r.dueOn }) : at(lang, 'lentNoDue', { asset: a.name, name }));
    } catch (err) { fail(err); }
    load();
  } }, ...field('lendTo', who), ...field('lentOn', lentOn), ...field('dueDate', due), ...field('site', site), problem,
  el('p', {}, el('button', { class: 'primary', type: 'submit', id: `lend-${a.id}` }, at(lang, 'lend'))));
  return el('details', {}, el('summary', {}, at(lang, 'lend')), form);
}

function returnBox(a: Register['assets'][number], reg: Register): HTMLElement {
  const on = input(`return-on-${a.id}`, 'date', { value: reg.today });
  const condition = input(`return-condition-${a.id}`, 'text', { maxlength: '200' });
  const repair = input(`return-repair-${a.id}`, 'checkbox');
  const problem = problemBox(`return-problem-${a.id}`);
  const form = el('form', { id: `return-form-${a.id}`, novalidate: true, onsubmit: async (e: Event) => {
    e.preventDefault();
    const checked = checkForm(returnForm, { assetId: a.id, returnedOn: on.value, conditionIn: opt(condition.value), needsRepair: repair.checked }, { returnedOn: on, conditionIn: condition });
    if (!valid(problem, checked, { returnedOn: 'returnedOn', conditionIn: 'conditionIn' })) return;
    try {
      const r = await call('returnAsset', checked.value);
      say(at(lang, 'returned', { asset: a.name, status: at(lang, `status_${r.status}`) }));
    } catch (err) { fail(err); }
    load();
  } }, ...field('returnedOn', on), ...field('conditionIn', condition),
  el('label', { class: 'check', for: repair.id }, repair, at(lang, 'needsRepair')), problem,
  el('p', {}, el('button', { class: 'primary', type: 'submit', id: `return-${a.id}` }, at(lang, 'giveBack'))));
  return el('details', {}, el('summary', {}, at(lang, 'giveBack')), form);
}

/** 在庫 ↔ 修理中, or 廃棄 (not while on loan: the return comes first); the reason is audited. */
function statusBox(a: Register['assets'][number], reg: Register): HTMLElement {
  const status = select(`status-${a.id}`, (['在庫', '修理中', '廃棄'] as const).filter((s) => s !== a.status).map((s) => [s, at(lang, `status_${s}`)] as const));
  const on = input(`status-on-${a.id}`, 'date', { value: reg.today });
  const reason = input(`status-reason-${a.id}`, 'text', { maxlength: '500' });
  const problem = problemBox(`status-problem-${a.id}`);
  const form = el('form', { id: `status-form-${a.id}`, novalidate: true, onsubmit: async (e: Event) => {
    e.preventDefault();
    const checked = checkForm(assetStatusForm, { assetId: a.id, status: status.value as '在庫' | '修理中' | '廃棄', on: on.value, reason: reason.value.trim() }, { status, on, reason });
    if (!valid(problem, checked, { status: 'newStatus', on: 'statusOn', reason: 'statusReason' })) return;
    try {
      const r = await call('setAssetStatus', checked.value);
      say(at(lang, 'statusChanged', { asset: a.name, status: at(lang, `status_${r.status}`) }));
    } catch (err) { fail(err); }
    load();
  } }, ...field('newStatus', status), ...field('statusOn', on), ...field('statusReason', reason), problem,
  el('p', {}, el('button', { type: 'submit', id: `status-save-${a.id}` }, at(lang, 'setStatus'))));
  return el('details', {}, el('summary', {}, at(lang, 'changeStatus')), form);
}

function assetCard(a: Register['assets'][number], reg: Register): HTMLElement {
  const overdue = !!a.loan?.overdue;
  return el('li', { class: `request${overdue ? ' overdue' : ''}`, id: `asset-${a.id}` },
    el('div', { class: 'ow-head' }, el('strong', {}, a.name), el('span', { class: `pill asset-${a.status}` }, at(lang, `status_${a.status}`))),
    el('div', { class: 'muted' }, `${a.id} · ${categoryName(lang, a.categoryKey, a.categoryName)}${a.location ? ` · ${a.location}` : ''}`),
    a.loan ? el('div', {}, at(lang, 'heldBy', { name: a.holderName }), ' ', el('span', { class: 'muted' }, at(lang, 'since', { date: a.loan.lentOn }))) : null,
    a.loan ? el('div', { class: overdue ? 'ow-earlier' : '' }, overdue ? `${at(lang, 'overdue')} · ` : '', a.loan.dueOn ? at(lang, 'dueOn', { date: a.loan.dueOn }) : at(lang, 'noDue'),
      a.loan.site ? el('span', { class: 'muted' }, ` · ${a.loan.site}`) : null) : null,
    a.ownership === '自社' ? el('div', { class: 'muted' }, at(lang, 'cost', { cost: yen(a.acquisitionCost) })) : el('div', { class: 'muted' }, a.ownership),
    a.status === '在庫' ? lendBox(a, reg) : a.status === '貸出中' ? returnBox(a, reg) : null,
    a.status === '在庫' || a.status === '修理中' ? statusBox(a, reg) : null);
}

function registerForm(reg: Register): HTMLElement {
  const id = input('reg-id', 'text', { maxlength: '40', autocapitalize: 'characters' });
  const name = input('reg-name', 'text', { maxlength: '100' });
  const category = select('reg-category', reg.categories.map((c) => [c.key, lang === 'ja' ? `${c.name}（${c.years}年）` : `${categoryName(lang, c.key, c.name)} (${c.years} y)`] as const));
  const life = input('reg-life', 'number', { min: '2', max: '50', inputmode: 'numeric', value: String(reg.categories[0]?.years ?? '') });
  category.addEventListener('change', () => { life.value = String(reg.categories.find((c) => c.key === category.value)?.years ?? life.value); });
  const maker = input('reg-maker', 'text', { maxlength: '100' });
  const model = input('reg-model', 'text', { maxlength: '100' });
  const serial = input('reg-serial', 'text', { maxlength: '100' });
  const location = input('reg-location', 'text', { maxlength: '100' });
  const ownership = select('reg-ownership', ownerships.map((o) => [o, o] as const));
  const acquiredOn = input('reg-acquired', 'date', { value: reg.today });
  const cost = input('reg-cost', 'number', { min: '0', inputmode: 'numeric' });
  const treatment = select('reg-treatment', taxTreatments.map((x) => [x, x] as const));
  const method = select('reg-method', depreciationMethodLabels.map((x) => [x, x] as const));
  const problem = problemBox('reg-problem');
  const form = el('form', { id: 'register-form', novalidate: true, onsubmit: async (e: Event) => {
    e.preventDefault();
    const value = {
      id: id.value.trim(), name: name.value.trim(), category: category.value, usefulLifeYears: life.value ? Number(life.value) : undefined,
      maker: opt(maker.value), model: opt(model.value), serial: opt(serial.value), location: opt(location.value),
      ownership: ownership.value as (typeof ownerships)[number], acquiredOn: acquiredOn.value, acquisitionCost: cost.value === '' ? NaN : Number(cost.value),
      taxTreatment: treatment.value as (typeof taxTreatments)[number], method: method.value as (typeof depreciationMethodLabels)[number],
    };
    const checked = checkForm(assetForm, value, { id, name, category, usefulLifeYears: life, maker, model, serial, location, ownership, acquiredOn, acquisitionCost: cost, taxTreatment: treatment, method });
    if (!valid(problem, checked, { id: 'tag', name: 'name', category: 'category', usefulLifeYears: 'usefulLife', maker: 'maker', model: 'model', serial: 'serial', location: 'location',
      ownership: 'ownership', acquiredOn: 'acquiredOn', acquisitionCost: 'acquisitionCost', taxTreatment: 'taxTreatment', method: 'method' })) return;
    try {
      const r = await call('saveAsset', checked.value);
      say(at(lang, r.created ? 'saved' : 'updated', { asset: checked.value.name, tag: r.id }));
      load();
    } catch (err) { fail(err); } // the form keeps what was typed
  } },
  ...field('tag', id), ...field('name', name), ...field('category', category), ...field('usefulLife', life), ...field('maker', maker), ...field('model', model),
  ...field('serial', serial), ...field('location', location), ...field('ownership', ownership), ...field('acquiredOn', acquiredOn), ...field('acquisitionCost', cost),
  ...field('taxTreatment', treatment), ...field('method', method), problem,
  el('p', {}, el('button', { class: 'primary', type: 'submit', id: 'register-save' }, at(lang, 'save'))));
  return el('details', { id: 'register' }, el('summary', {}, at(lang, 'register')), form);
}

function showAssets(reg: Register): void {
  clear(out);
  const outCount = reg.assets.filter((a) => a.loan).length;
  const overdue = reg.assets.filter((a) => a.loan?.overdue).length;
  out.append(el('p', { id: 'asset-count' }, at(lang, 'assetCount', { count: reg.assets.length, out: outCount, overdue })));
  if (reg.errors.length) out.append(el('div', { class: 'msg error' }, el('ul', {}, ...reg.errors.slice(0, 10).map((x) => el('li', {}, x)))));
  out.append(registerForm(reg));
  // overdue first, then on loan, then the rest, by tag
  const rank = (a: Register['assets'][number]) => (a.loan?.overdue ? 0 : a.loan ? 1 : a.status === '廃棄' ? 3 : 2);
  const sorted = [...reg.assets].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
  out.append(el('ul', { class: 'requests', id: 'asset-list' }, ...sorted.map((a) => assetCard(a, reg))));
}

// ---------------------------------------------------------------- 消耗品

type Stock = RpcAnswer<'stockLevels'>;

function showStock(s: Stock): void {
  clear(out);
  const low = s.items.filter((i) => i.low).length;
  out.append(el('p', { id: 'stock-count' }, at(lang, 'stockCount', { count: s.items.length, low })));
  const items = [...s.items].sort((a, b) => Number(b.low) - Number(a.low) || (a.code < b.code ? -1 : 1));
  out.append(el('ul', { class: 'requests', id: 'stock-list' }, ...items.map((i) => el('li', { class: 'request', id: `item-${i.code}` },
    el('div', { class: 'ow-head' }, el('strong', {}, i.name), i.low ? el('span', { class: 'pill ow-warning' }, at(lang, 'low')) : null),
    el('div', {}, at(lang, 'stockLine', { stock: i.stock, unit: i.unit, reorderPoint: i.reorderPoint })),
    el('div', { class: 'muted' }, `${i.code}${i.place ? ` · ${i.place}` : ''}${i.vendor ? ` · ${i.vendor}` : ''}`)))));

  // a movement
  const item = select('move-item', s.items.map((i) => [i.code, `${i.name}（${i.unit}）`] as const));
  const kind = select('move-kind', (['入庫', '出庫', '調整'] as const).map((k) => [k, at(lang, `kind_${k}`)] as const));
  const quantity = input('move-quantity', 'number', { inputmode: 'numeric' });
  const reason = input('move-reason', 'text', { maxlength: '500' });
  const problem = problemBox('move-problem');
  out.append(el('form', { id: 'movement-form', novalidate: true, onsubmit: async (e: Event) => {
    e.preventDefault();
    const checked = checkForm(movementForm, { itemCode: item.value, kind: kind.value as '入庫' | '出庫' | '調整', quantity: quantity.value === '' ? NaN : Number(quantity.value), reason: opt(reason.value) },
      { itemCode: item, kind, quantity, reason });
    if (!valid(problem, checked, { itemCode: 'item', kind: 'kind', quantity: 'quantity', reason: 'reason' })) return;
    try {
      const r = await call('recordStockMovement', checked.value);
      const it = s.items.find((x) => x.code === r.itemCode)!;
      say(at(lang, 'moved', { item: it.name, kind: at(lang, `kind_${checked.value.kind}`), quantity: Math.abs(checked.value.quantity), unit: it.unit, stock: r.stock }));
    } catch (err) { fail(err); }
    loadSection();
  } }, el('h2', {}, at(lang, 'movement')), ...field('item', item), ...field('kind', kind), ...field('quantity', quantity), ...field('reasonMove', reason), problem,
  el('p', {}, el('button', { class: 'primary', type: 'submit', id: 'movement-save' }, at(lang, 'record')))));

  // 棚卸: a count per item; blank = not counted
  const counts = s.items.map((i) => ({ item: i, control: input(`count-${i.code}`, 'number', { min: '0', inputmode: 'numeric', placeholder: String(i.stock) }) }));
  const takeReason = input('take-reason', 'text', { maxlength: '500' });
  const takeProblem = problemBox('take-problem');
  out.append(el('details', { id: 'stock-take' }, el('summary', {}, at(lang, 'stockTake')), el('form', { id: 'stock-take-form', novalidate: true, onsubmit: async (e: Event) => {
    e.preventDefault();
    const filled = counts.filter((c) => c.control.value !== '');
    if (!filled.length) { takeProblem.hidden = false; takeProblem.textContent = at(lang, 'noCounts'); return; }
    const checked = checkForm(stockTakeForm, { counts: filled.map((c) => ({ itemCode: c.item.code, counted: Number(c.control.value) })), reason: takeReason.value.trim() }, { reason: takeReason });
    if (!valid(takeProblem, checked, { counts: 'counted', reason: 'reason' })) return;
    try {
      const r = await call('stockTake', checked.value);
      say(at(lang, 'stockTaken', { counted: r.counted, differences: r.differences.length }));
    } catch (err) { fail(err); }
    loadSection();
  } }, ...counts.flatMap((c) => [el('label', { for: c.control.id }, `${c.item.name}（${at(lang, 'stockLine', { stock: c.item.stock, unit: c.item.unit, reorderPoint: c.item.reorderPoint })}）`), c.control]),
  ...field('stockTakeReason', takeReason), takeProblem, el('p', {}, el('button', { class: 'primary', type: 'submit', id: 'stock-take-save' }, at(lang, 'book'))))));

  if (s.orders.length) {
    out.append(el('h2', {}, at(lang, 'orders')), el('div', { id: 'orders' }, ...s.orders.map((o) => el('div', { class: 'fact' },
      el('strong', {}, o.vendor || '—'), ...o.lines.map((i) => el('span', {}, at(lang, 'orderLine', { item: i.name, quantity: i.quantity, unit: i.unit, stock: i.stock })))))));
  }
}

// ---------------------------------------------------------------- 申請

type Inbox = RpcAnswer<'assetRequestsInbox'>;

function requestCard(q: Inbox[number], inStock: Register['assets']): HTMLElement {
  const reasonInput = input(`reason-${q.id}`, 'text', { maxlength: '500' });
  const asset = q.kind === '貸出' ? select(`asset-for-${q.id}`, [['', '—'], ...inStock.map((a) => [a.id, `${a.id} ${a.name}`] as const)]) : null;
  const due = q.kind === '貸出' ? input(`due-for-${q.id}`, 'date', q.neededBy ? { value: q.neededBy } : {}) : null;
  const problem = problemBox(`problem-${q.id}`);
  const buttons: HTMLButtonElement[] = [];
  const decide = async (decision: 'approved' | 'rejected') => {
    const checked = checkForm(assetDecisionForm, { id: q.id, decision, reason: opt(reasonInput.value), assetId: opt(asset?.value), dueOn: opt(due?.value) }, { reason: reasonInput, ...(asset ? { assetId: asset } : {}), ...(due ? { dueOn: due } : {}) });
    problem.hidden = checked.ok;
    if (!checked.ok) { problem.textContent = checked.field === 'reason' ? at(lang, 'rejectReasonRequired') : at(lang, 'checkField', { field: at(lang, checked.field === 'assetId' ? 'lendAsset' : 'dueDate') }); return; }
    for (const b of buttons) b.disabled = true;
    try {
      const r = await call('decideAssetRequest', checked.value);
      say(at(lang, r.status === 'approved' ? 'approvedMsg' : 'rejectedMsg', { name: q.name, id: r.id }));
    } catch (err) { fail(err); }
    loadSection();
  };
  const approve = el('button', { class: 'primary', id: `approve-${q.id}`, onclick: () => decide('approved') }, at(lang, 'approve'));
  const reject = el('button', { id: `reject-${q.id}`, onclick: () => decide('rejected') }, at(lang, 'reject'));
  buttons.push(approve, reject);
  return el('li', { class: 'request', id: `request-${q.id}` },
    el('div', {}, el('strong', {}, q.name)),
    el('div', {}, at(lang, 'requestLine', { kind: at(lang, `req_${q.kind}`), item: q.itemName, quantity: q.quantity })),
    q.stock !== null ? el('div', { class: 'muted' }, at(lang, 'stockNow', { stock: q.stock, unit: q.unit })) : null,
    q.site || q.neededBy ? el('div', { class: 'muted' }, [q.site, q.neededBy ? at(lang, 'neededBy', { date: q.neededBy }) : ''].filter(Boolean).join(' · ')) : null,
    el('div', {}, `${at(lang, 'reason')}: ${q.reason}`),
    el('div', { class: 'muted' }, at(lang, 'requestedAt', { at: q.requestedAt.replace('T', ' ') }), ` · ${q.id}`),
    ...(asset ? field('lendAsset', asset) : []), ...(due ? field('dueDate', due) : []),
    ...field('rejectReason', reasonInput), problem, el('p', { class: 'row' }, approve, reject));
}

function showInbox(inbox: Inbox, reg: Register): void {
  clear(out);
  out.append(el('p', { id: 'inbox-count' }, inbox.length ? at(lang, 'inboxCount', { count: inbox.length }) : at(lang, 'inboxEmpty')));
  const inStock = reg.assets.filter((a) => a.status === '在庫');
  out.append(el('ul', { class: 'requests', id: 'asset-requests' }, ...inbox.map((q) => requestCard(q, inStock))));
}

// ---------------------------------------------------------------- 減価償却

function showDepreciation(): void {
  clear(out);
  const asOf = input('dep-as-of', 'date', { value: today() });
  const basis = select('dep-basis', [['tax', at(lang, 'basis_tax')], ['book', at(lang, 'basis_book')]]);
  const problem = problemBox('dep-problem');
  const view = el('div', { id: 'dep-view' });
  const show = async () => {
    const checked = checkForm(depreciationReportForm, { asOf: asOf.value, basis: basis.value as 'tax' | 'book' }, { asOf, basis });
    if (!valid(problem, checked, { asOf: 'asOf', basis: 'basis' })) return;
    clear(view);
    try {
      const r = await call('depreciationReport', checked.value);
      view.append(el('p', { id: 'dep-total' }, el('strong', {}, at(lang, 'reportTotal', { count: r.total.count, cost: yen(r.total.acquisitionCost), value: yen(r.total.bookValue) }))),
        el('h2', {}, at(lang, 'byCategory')),
        el('table', { id: 'dep-categories' }, el('tbody', {}, ...r.byCategory.map((c) => el('tr', {},
          el('td', {}, categoryName(lang, c.categoryKey, c.categoryName), el('div', { class: 'muted' }, `${c.count} · ${at(lang, 'thisYear', { amount: yen(c.depreciationThisYear) })}`)),
          el('td', { class: 'num' }, yen(c.bookValue)))))));
    } catch (err) { fail(err); }
  };
  const exportButton = el('button', { id: 'dep-export', onclick: async () => {
    const checked = checkForm(depreciationReportForm, { asOf: asOf.value }, { asOf });
    if (!valid(problem, checked, { asOf: 'asOf' })) return;
    exportButton.disabled = true;
    try {
      const r = await call('exportDepreciationReport', { asOf: checked.value.asOf });
      say(at(lang, 'exported', { sheet: r.sheet, file: r.fileName, count: r.assets, tax: yen(r.taxBookValue), book: yen(r.bookBookValue) }));
      result.append(el('p', {}, el('a', { href: `data:text/csv;base64,${r.base64}`, download: r.fileName, id: 'dep-csv' }, at(lang, 'downloadCsv'))));
    } catch (err) { fail(err); }
    exportButton.disabled = false;
  } }, at(lang, 'exportReport'));
  out.append(...field('asOf', asOf), ...field('basis', basis), problem,
    el('p', { class: 'row' }, el('button', { class: 'primary', id: 'dep-show', onclick: show }, at(lang, 'show')), exportButton),
    el('p', { class: 'muted' }, at(lang, 'exportHint')), view);
  show();
}

// ---------------------------------------------------------------- the frame

function loadSection(): void {
  clear(out);
  out.append(el('p', { class: 'muted' }, at(lang, 'loading')));
  const failed = (e: unknown) => { clear(out); out.append(el('p', { class: 'msg error' }, errorText(e, lang))); };
  if (section === 'assets') call('listAssets').then(showAssets, failed);
  else if (section === 'stock') call('stockLevels').then(showStock, failed);
  else if (section === 'requests') Promise.all([call('assetRequestsInbox'), call('listAssets')]).then(([inbox, reg]) => showInbox(inbox, reg), failed);
  else showDepreciation();
}
const load = loadSection;

const tabs = (['assets', 'stock', 'requests', 'depreciation'] as const).map((s) => el('button', { role: 'tab', id: `section-${s}`, 'aria-selected': String(s === section), onclick: () => {
  section = s;
  for (const b of tabs) b.setAttribute('aria-selected', String(b.id === `section-${s}`));
  clear(result);
  loadSection();
} }, at(lang, s === 'assets' ? 'tabAssets' : s === 'stock' ? 'tabStock' : s === 'requests' ? 'tabRequests' : 'tabDepreciation')));

app.append(el('nav', { role: 'tablist', class: 'compact' }, ...tabs),
  el('main', {}, el('p', { class: 'row' }, el('button', { id: 'assets-refresh', onclick: () => { clear(result); loadSection(); } }, at(lang, 'refresh'))), result, out));
loadSection();
