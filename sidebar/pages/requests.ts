/**
 * 申請の承認 (the admin's requests inbox): every pending 休暇申請 and 打刻修正 with who asked, what,
 * when, and the leave balance left; approve, or reject with a reason (checked with the server's own
 * schema). The list is read again after each decision, and the decision ends with a message.
 */
import { el, clear } from '../lib/dom';
import { call, errorText } from '../lib/run';
import { checkForm } from '../lib/form';
import { t, type PageLang } from '../messages';
import { savedLang } from '../lib/page';
import { requestDecisionForm } from '../../src/schema/forms/requests';
import type { RpcAnswer } from '../../src/addon/surface';

type Inbox = RpcAnswer<'requestsInbox'>;
type Decision = 'approved' | 'rejected';

const lang: PageLang = savedLang();
const app = document.getElementById('app')!;
document.documentElement.lang = lang;

const result = el('div', { id: 'inbox-result', role: 'status' });
const out = el('div', { id: 'inbox' });
const days = (n: number) => String(n);
const when = (at: string) => at.replace('T', ' ');

function say(text: string, error = false): void {
  clear(result);
  result.append(el('p', { class: error ? 'msg error' : 'msg' }, text));
}

/** One request: who, what, when, why, and its two actions (rejecting asks for a reason first). */
function card(id: string, name: string, department: string, what: string, detail: string | null, requestedAt: string, reason: string): HTMLElement {
  const reasonInput = el('input', { type: 'text', id: `reason-${id}`, maxlength: '500' });
  const problem = el('p', { class: 'msg error', role: 'alert', hidden: true });
  const buttons: HTMLButtonElement[] = [];
  const decide = async (decision: Decision) => {
    const checked = checkForm(requestDecisionForm, { id, decision, reason: reasonInput.value.trim() || undefined }, { reason: reasonInput });
    problem.hidden = checked.ok;
    if (!checked.ok) {
      problem.textContent = t(lang, checked.messageKey ? 'rejectReasonRequired' : 'checkField', { field: t(lang, 'rejectReason') });
      return;
    }
    for (const b of buttons) b.disabled = true;
    try {
      const r = await call('decideRequest', checked.value);
      say(t(lang, r.status === 'approved' ? 'approved' : 'rejected', { name, id: r.id }));
    } catch (e) {
      say(errorText(e, lang), true);
    }
    load();
  };
  const approve = el('button', { class: 'primary', id: `approve-${id}`, onclick: () => decide('approved') }, t(lang, 'approve'));
  const reject = el('button', { id: `reject-${id}`, onclick: () => decide('rejected') }, t(lang, 'reject'));
  buttons.push(approve, reject);
  return el('li', { class: 'request', id: `request-${id}` },
    el('div', {}, el('strong', {}, name), ' ', el('span', { class: 'muted' }, department)),
    el('div', {}, what),
    detail ? el('div', { class: 'muted' }, detail) : null,
    reason ? el('div', {}, t(lang, 'reasonLine', { reason })) : null,
    el('div', { class: 'muted' }, t(lang, 'requestedAt', { at: when(requestedAt) }), ` · ${id}`),
    el('label', { for: `reason-${id}` }, t(lang, 'rejectReason')), reasonInput, problem,
    el('p', { class: 'row' }, approve, reject));
}

function show(inbox: Inbox): void {
  clear(out);
  out.append(el('p', { id: 'inbox-count' }, inbox.count ? t(lang, 'inboxCount', { count: inbox.count }) : t(lang, 'inboxEmpty')));
  if (inbox.leave.length) {
    out.append(el('h2', {}, t(lang, 'leaveRequestsCount', { count: inbox.leave.length })), el('ul', { class: 'requests', id: 'leave-requests' },
      ...inbox.leave.map((l) => card(l.id, l.name, l.department, t(lang, 'leaveLine', { date: l.date, days: days(l.days) }),
        t(lang, 'balanceLeft', { balance: days(l.balanceDays), pending: days(l.pendingDays) }), l.requestedAt, l.reason))));
  }
  if (inbox.corrections.length) {
    out.append(el('h2', {}, t(lang, 'correctionRequestsCount', { count: inbox.corrections.length })), el('ul', { class: 'requests', id: 'correction-requests' },
      ...inbox.corrections.map((c) => card(c.id, c.name, c.department, t(lang, 'correctionLine', { at: when(c.at), kind: t(lang, c.kind) }), null, c.requestedAt, c.reason))));
  }
}

function load(): void {
  call('requestsInbox').then(show, (e) => {
    clear(out);
    out.append(el('p', { class: 'msg error' }, errorText(e, lang)));
  });
}

app.append(el('main', {},
  el('p', { class: 'row' }, el('button', { id: 'inbox-refresh', onclick: () => { clear(result); load(); } }, t(lang, 'refresh'))), result, out));
load();
