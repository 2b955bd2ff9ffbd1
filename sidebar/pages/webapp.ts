/** The employee web app: punch from a phone, see this month, ask for leave or a correction, payslips, the year-end declarations and 源泉徴収票. */
import { el, clear } from '../lib/dom';
import { call, callRetryingBusy, errorText, isBusy, useLinkToken } from '../lib/run';
import type { RpcAnswer } from '../../src/addon/surface';
import { checkForm } from '../lib/form';
import { correctionRequestForm, leaveRequestForm } from '../../src/schema/forms/requests';
import { punchKinds, type PunchKind } from '../../src/schema/fields';
import { t, type PageLang, type PageKey } from '../messages';
import { saveLang, savedLang, tokyoNow } from '../lib/page';
import { renderAssets } from './webapp-assets';
import { at } from './assets-messages';
import { renderYearEnd } from './webapp-yearend';
import { yt } from './webapp-yearend-messages';


let lang: PageLang = savedLang();
let tab: 'punch' | 'month' | 'requests' | 'assets' | 'payslips' | 'yearEnd' = 'punch';
let me: RpcAnswer<'me'> | null = null;
let flash: { text: string; error: boolean } | null = null;
const app = document.getElementById('app')!;
// A signed personal link (?k=…): doGet put the token on <body>; kept in memory only (not in
// localStorage), and the attribute removed so nothing else in the page reads it later.
useLinkToken(document.body.dataset.k ?? '');
document.body.removeAttribute('data-k');


function render(): void {
  clear(app);
  document.documentElement.lang = lang;
  app.append(
    el('header', {},
      el('h1', {}, t(lang, 'appTitle')),
      me ? el('span', { class: 'muted' }, t(lang, 'signedInAs', { name: me.name, department: me.department })) : null,
      el('button', { id: 'lang', onclick: () => { lang = lang === 'ja' ? 'en' : 'ja'; saveLang(lang); render(); } }, t(lang, 'language')),
    ),
    el('nav', { role: 'tablist' }, ...(['punch', 'month', 'requests', 'assets', 'payslips', 'yearEnd'] as const).map((name) =>
      el('button', { role: 'tab', 'aria-selected': String(tab === name), id: `tab-${name}`, onclick: () => { tab = name; flash = null; render(); } },
        name === 'assets' ? at(lang, 'tabAssets') : name === 'yearEnd' ? yt(lang, 'tab') : t(lang, name === 'punch' ? 'punch' : name === 'month' ? 'myMonth' : name === 'requests' ? 'requests' : 'payslipsTab')))),
  );
  const main = el('main', {});
  app.append(main);
  if (flash) main.append(el('div', { class: flash.error ? 'msg error' : 'msg', role: 'status' }, flash.text));
  if (tab === 'punch') renderPunch(main);
  else if (tab === 'month') renderMonth(main);
  else if (tab === 'payslips') renderPayslips(main);
  else if (tab === 'assets') renderAssets(main, lang, me?.role, show);
  else if (tab === 'yearEnd') renderYearEnd(main, { lang, show });
  else renderRequests(main);
}

function show(text: string, error = false): void {
  flash = { text, error };
  render();
}

function renderPunch(main: HTMLElement): void {
  const kinds = ['clockIn', 'clockOut', 'breakStart', 'breakEnd'] as const;
  main.append(el('div', { class: 'grid' }, ...kinds.map((kind, i) =>
    el('button', { class: i < 2 ? 'big primary' : 'big', id: `punch-${kind}`, onclick: async () => {
      try {
        // Busy (another execution held the lock, nothing recorded): tried once more, then said so.
        const r = await callRetryingBusy('punch', { kind }, () => show(t(lang, 'punchRetrying')));
        show(t(lang, 'punched', { kind: t(lang, kind), time: r.at.slice(11, 16) }));
      } catch (e) { show(isBusy(e) ? t(lang, 'punchBusy') : errorText(e, lang), true); }
    } }, t(lang, kind)))));
  const list = el('div', { id: 'today' }, el('h2', {}, t(lang, 'today')));
  main.append(list);
  const today = tokyoNow().slice(0, 10);
  call('myPunches', { month: today.slice(0, 7) }).then((r) => {
    const rows = r.punches.filter((p) => p.at.startsWith(today));
    list.append(rows.length
      ? el('table', {}, el('tbody', {}, ...rows.map((p) => el('tr', {}, el('td', {}, p.at.slice(11, 16)), el('td', {}, t(lang, p.kind)), el('td', { class: 'muted' }, p.note)))))
      : el('p', { class: 'muted' }, t(lang, 'none')));
  }, (e) => list.append(el('p', { class: 'msg error' }, errorText(e, lang))));
}

/** The employee's month: totals, 有給 and the five-day obligation, their requests, warnings, then the punches. */
function renderMonth(main: HTMLElement): void {
  const month = el('input', { type: 'month', id: 'month', value: tokyoNow().slice(0, 7) });
  const out = el('div', { id: 'my-month' });
  const hm = (minutes: number) => t(lang, 'hoursMinutes', { h: Math.floor(minutes / 60), m: minutes % 60 });
  const fact = (label: PageKey, value: string, id: string) => el('div', { class: 'fact', id }, el('span', { class: 'muted' }, t(lang, label)), el('strong', {}, value));
  const load = () => {
    clear(out);
    call('myMonth', { month: month.value }).then((r) => {
      out.append(el('p', {}, el('span', { class: 'pill' }, t(lang, r.closed ? 'closed' : 'open'))));
      if (r.warnings.length) out.append(el('div', { class: 'msg error', id: 'month-warnings', role: 'alert' }, el('ul', {}, ...r.warnings.map((w) => el('li', {}, lang === 'ja' ? w.ja : w.en)))));
      if (r.totals) out.append(el('div', { class: 'facts' },
        fact('worked', hm(r.totals.workedMinutes), 'total-worked'), fact('legalOvertime', hm(r.totals.legalOvertimeMinutes), 'total-overtime'),
        fact('lateNight', hm(r.totals.lateNightMinutes), 'total-late-night'), fact('workDays', t(lang, 'daysCount', { n: r.totals.workDays }), 'total-days')));
      const o = r.leave.obligation;
      out.append(el('h2', {}, t(lang, 'paidLeave')), el('div', { class: 'facts' },
        fact('leaveBalance', t(lang, 'daysCount', { n: r.leave.balanceDays }), 'leave-balance'),
        fact('nextExpiry', r.leave.nextExpiry ? t(lang, 'expiryLine', { date: r.leave.nextExpiry.date, n: r.leave.nextExpiry.days }) : t(lang, 'none'), 'leave-expiry'),
        o ? fact('fiveDay', t(lang, `five_${o.status}` as PageKey, { taken: o.takenDays, needed: o.neededDays, deadline: o.deadline }), 'five-day') : null));
      out.append(el('h2', {}, t(lang, 'myRequests')), r.requests.length
        ? el('table', { id: 'my-requests' }, el('tbody', {}, ...r.requests.map((q) => el('tr', {},
          el('td', {}, q.kind === 'leave' ? t(lang, 'leaveShort', { date: q.date, days: q.days ?? 1 }) : t(lang, 'correctionShort', { at: (q.at ?? '').replace('T', ' '), kind: t(lang, q.punchKind ?? 'clockIn') })),
          el('td', {}, el('span', { class: `pill status-${q.status}` }, t(lang, `status_${q.status}` as PageKey)))))))
        : el('p', { class: 'muted' }, t(lang, 'none')));
      out.append(el('h2', {}, t(lang, 'punchesOfMonth')),
        el('table', {}, el('tbody', {}, ...r.punches.map((p) => el('tr', {}, el('td', {}, p.at.slice(5, 10)), el('td', {}, p.at.slice(11, 16)), el('td', {}, t(lang, p.kind)))))));
    }, (e) => out.append(el('p', { class: 'msg error' }, errorText(e, lang))));
  };
  month.addEventListener('change', load);
  main.append(el('label', { for: 'month' }, t(lang, 'month')), month, out);
  load();
}

/** The caller's own payslips of closed runs: figures, lines, and the PDF through a data URL. */
function renderPayslips(main: HTMLElement): void {
  const out = el('div', { id: 'payslips' });
  main.append(out);
  const yen = (n: number) => n.toLocaleString('ja-JP');
  const line = (name: string, amount: number) => el('tr', {}, el('td', {}, name), el('td', { class: 'num' }, yen(amount)));
  call('myPayslips', {}).then((list) => {
    if (!list.length) out.append(el('p', { class: 'muted' }, t(lang, 'noPayslips')));
    for (const p of list) {
      const link = el('a', { href: '#', id: `pdf-${p.runId}`, onclick: (e: Event) => {
        e.preventDefault();
        // a PDF takes a few seconds on Google: say so, ignore a second tap meanwhile, and end with a message
        if (link.getAttribute('aria-busy') === 'true') return;
        link.setAttribute('aria-busy', 'true');
        show(t(lang, 'pdfMaking'));
        call('myPayslipPdf', { runId: p.runId, ...(lang === 'en' ? { lang: 'en' } : {}) }).then((r) => {
          const a = el('a', { href: `data:application/pdf;base64,${r.base64}`, download: r.fileName });
          document.body.append(a);
          a.click();
          a.remove();
          show(t(lang, 'pdfSaved', { file: r.fileName }));
        }, (err) => show(errorText(err, lang), true)).finally(() => link.removeAttribute('aria-busy'));
      } }, t(lang, 'pdf'));
      out.append(el('section', {},
        el('h2', {}, `${p.month} · ${p.payDate} `, link),
        el('table', {}, el('tbody', {},
          // the fixed lines in the page's language; an allowance keeps the name the company gave it
          ...p.earnings.map((x) => line(x.key === 'allowance' ? x.name : t(lang, `earn_${x.key}` as PageKey), x.amount)),
          el('tr', {}, el('th', {}, t(lang, 'grossPay')), el('th', { class: 'num' }, yen(p.grossPay))),
          ...p.deductions.map((x) => line(lang === 'ja' ? x.name : x.nameEn, x.amount)),
          el('tr', {}, el('th', {}, t(lang, 'totalDeductions')), el('th', { class: 'num' }, yen(p.totalDeductions))),
          el('tr', {}, el('th', {}, t(lang, 'netPay')), el('th', { class: 'num' }, yen(p.netPay)))))));
    }
  }, (e) => out.append(el('p', { class: 'msg error' }, errorText(e, lang))));
}

/** Shows which field of a form is wrong (in `box`); true when the form is fine to send. */
function invalid<C extends { ok: boolean; field?: string }>(box: HTMLElement, checked: C, labels: Record<string, PageKey>): checked is C & { ok: true } {
  box.hidden = checked.ok;
  if (!checked.ok) box.textContent = t(lang, 'checkField', { field: t(lang, labels[checked.field ?? ''] ?? 'reason') });
  return checked.ok;
}

/** Sends a form once: its button disabled and saying 処理中… until the answer, then the end message (or the error). */
async function sending(form: HTMLFormElement, send: () => Promise<void>): Promise<void> {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const label = button.textContent;
  button.disabled = true;
  button.textContent = t(lang, 'loading');
  try {
    await send();
  } catch (err) {
    show(errorText(err, lang), true);
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

function renderRequests(main: HTMLElement): void {
  const date = el('input', { type: 'date', id: 'leave-date', required: true });
  const days = el('select', { id: 'leave-days' }, el('option', { value: '1' }, t(lang, 'fullDay')), el('option', { value: '0.5' }, t(lang, 'halfDay')));
  const leaveReason = el('input', { type: 'text', id: 'leave-reason', maxlength: '500' });
  const leaveProblem = el('p', { id: 'leave-problem', class: 'msg error', role: 'alert', hidden: true });
  const leaveForm = el('form', { id: 'leave-form', novalidate: true, onsubmit: async (e: Event) => {
    e.preventDefault();
    // the server's schema, checked here first: the wrong field is named and focused
    const checked = checkForm(leaveRequestForm, { date: date.value, days: Number(days.value), reason: leaveReason.value || undefined }, { date, days, reason: leaveReason });
    if (!invalid(leaveProblem, checked, { date: 'date', days: 'days', reason: 'reason' })) return;
    await sending(leaveForm, async () => {
      const r = await call('requestLeave', checked.value);
      show(t(lang, 'sent', { id: r.id }));
    });
  } }, el('h2', {}, t(lang, 'leave')), el('label', { for: 'leave-date' }, t(lang, 'date')), date,
    el('label', { for: 'leave-days' }, t(lang, 'days')), days, el('label', { for: 'leave-reason' }, t(lang, 'reason')), leaveReason,
    leaveProblem, el('p', {}, el('button', { class: 'primary', type: 'submit' }, t(lang, 'send'))));

  const at = el('input', { type: 'datetime-local', id: 'corr-at', required: true });
  const kind = el('select', { id: 'corr-kind' }, ...punchKinds.map((k) => el('option', { value: k }, t(lang, k))));
  const reason = el('input', { type: 'text', id: 'corr-reason', required: true, maxlength: '500' });
  const corrProblem = el('p', { id: 'correction-problem', class: 'msg error', role: 'alert', hidden: true });
  const corrForm = el('form', { id: 'correction-form', novalidate: true, onsubmit: async (e: Event) => {
    e.preventDefault();
    const checked = checkForm(correctionRequestForm, { at: at.value.slice(0, 16), kind: kind.value as PunchKind, reason: reason.value }, { at, kind, reason });
    if (!invalid(corrProblem, checked, { at: 'dateTime', kind: 'kind', reason: 'reason' })) return;
    await sending(corrForm, async () => {
      const r = await call('requestCorrection', checked.value);
      show(t(lang, 'sent', { id: r.id }));
    });
  } }, el('h2', {}, t(lang, 'correction')), el('label', { for: 'corr-at' }, t(lang, 'dateTime')), at,
    el('label', { for: 'corr-kind' }, t(lang, 'kind')), kind, el('label', { for: 'corr-reason' }, t(lang, 'reason')), reason,
    corrProblem, el('p', {}, el('button', { class: 'primary', type: 'submit' }, t(lang, 'send'))));
  main.append(leaveForm, corrForm);
}

call('me').then((r) => { me = r; render(); }, (e) => show(errorText(e, lang), true));
render();
