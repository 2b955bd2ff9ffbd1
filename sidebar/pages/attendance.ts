/** The admin's attendance sidebar: pick a month, preview each employee's totals and the problems, close it. */
import { el, clear } from '../lib/dom';
import { call, errorText } from '../lib/run';
import type { RpcAnswer } from '../../src/addon/surface';
import { checkForm } from '../lib/form';
import { monthForm } from '../../src/schema/forms/month';
import { t, type PageLang } from '../messages';
import { previousTokyoMonth, savedLang } from '../lib/page';
import { mountOverwork } from './overwork';

type Preview = RpcAnswer<'attendancePreview'>;

const lang: PageLang = savedLang();
const app = document.getElementById('app')!;
document.documentElement.lang = lang;

const hours = (minutes: number) => t(lang, 'hours', { h: (minutes / 60).toFixed(1) });

const month = el('input', { type: 'month', id: 'close-month', name: 'month', required: true, value: previousTokyoMonth() });
const result = el('div', { id: 'close-result', role: 'status' });
const out = el('div', { id: 'preview' });

const closeButton = el('button', { type: 'submit', class: 'primary', id: 'close-button' }, t(lang, 'closeMonth'));

function showPreview(p: Preview): void {
  clear(out);
  // a closed month cannot be closed again: the button says so instead of failing on the server
  closeButton.disabled = p.closed;
  closeButton.title = p.closed ? t(lang, 'alreadyClosed') : '';
  if (p.closed) out.append(el('p', {}, el('span', { class: 'pill' }, t(lang, 'alreadyClosed'))));
  out.append(el('table', {},
    el('thead', {}, el('tr', {}, el('th', {}, t(lang, 'employee')), el('th', {}, t(lang, 'worked')), el('th', {}, t(lang, 'legalOvertime')))),
    el('tbody', {}, ...p.employees.map((e) => el('tr', {},
      el('td', {}, e.name, el('div', { class: 'muted' }, e.department)),
      el('td', {}, hours(e.summary.workedMinutes)),
      el('td', {}, hours(e.summary.legalOvertimeMinutes)))))));
  out.append(el('h2', {}, p.problems.length ? t(lang, 'problems', { count: p.problems.length }) : t(lang, 'noProblems')));
  if (p.problems.length) out.append(el('ul', {}, ...p.problems.map((x) => el('li', {}, `${x.name}: ${lang === 'ja' ? x.ja : x.en}`))));
}

function preview(): void {
  closeButton.disabled = true; // until the preview says whether the month is open
  // a month of 40 people takes a few seconds on Google: the old preview goes, a line says it is coming
  clear(out);
  out.append(el('p', { class: 'muted', id: 'preview-loading', role: 'status' }, t(lang, 'loading')));
  call('attendancePreview', { month: month.value }).then(showPreview, (e) => {
    clear(out);
    out.append(el('p', { class: 'msg error' }, errorText(e, lang)));
  });
}

const form = el('form', { id: 'close-form', novalidate: true, onsubmit: async (e: Event) => {
  e.preventDefault();
  clear(result);
  const checked = checkForm(monthForm, { month: month.value }, { month });
  if (!checked.ok) {
    result.append(el('p', { class: 'msg error', role: 'alert' }, t(lang, 'checkField', { field: t(lang, 'month') })));
    return;
  }
  closeButton.disabled = true;
  result.append(el('p', { class: 'muted' }, t(lang, 'closingMonth')));
  try {
    const r = await call('closeAttendance', checked.value);
    clear(result);
    result.append(r.closed
      ? el('p', { class: 'msg' }, t(lang, 'closedCount', { month: r.month, count: r.count }))
      : el('div', { class: 'msg error' }, t(lang, 'cannotClose', { month: r.month, count: r.problems.length }),
        el('ul', {}, ...r.problems.map((x) => el('li', {}, `${x.name}: ${lang === 'ja' ? x.ja : x.en}`)))));
    preview();
  } catch (err) {
    clear(result);
    result.append(el('p', { class: 'msg error' }, errorText(err, lang)));
    preview();
  }
} },
el('label', { for: 'close-month' }, t(lang, 'month')), month,
el('p', { class: 'row' },
  el('button', { type: 'button', id: 'preview-button', onclick: preview }, t(lang, 'preview')),
  closeButton));

month.addEventListener('change', () => { clear(result); preview(); });
const main = el('main', {});
app.append(main);
mountOverwork(main, lang); // the overwork view first: the signal the back office looks for (issue 15)
main.append(el('h2', {}, t(lang, 'closeTitle')), form, result, out);
preview();

// The routine's heartbeat: the menu can only mark ⚠ (onOpen may not send mail), so the sidebar asks
// the server, which also mails a second admin when the daily run is late (src/addon/routine.ts).
call('routineStatus').then((r) => {
  if (r.state !== 'ok') app.prepend(el('div', { class: r.state === 'notYetRun' ? 'msg' : 'msg error', id: 'routine-status', role: r.state === 'notYetRun' ? 'status' : 'alert' }, lang === 'ja' ? r.ja : r.en));
}, () => undefined);
