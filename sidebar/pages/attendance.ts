/** The admin's attendance sidebar: pick a month, preview each employee's totals and the problems, close it. */
import { el, clear } from '../lib/dom';
import { call, errorText } from '../lib/run';
import { t, type PageLang } from '../messages';
import { previousTokyoMonth, savedLang } from '../lib/page';

interface Summary { workedMinutes: number; legalOvertimeMinutes: number }
interface Preview {
  month: string;
  closed: boolean;
  employees: { code: string; name: string; department: string; summary: Summary }[];
  problems: { employeeCode: string; name: string; ja: string; en: string }[];
}
interface CloseReport { month: string; closed: boolean; count: number; problems: Preview['problems'] }

const lang: PageLang = savedLang();
const app = document.getElementById('app')!;
document.documentElement.lang = lang;

const hours = (minutes: number) => t(lang, 'hours', { h: (minutes / 60).toFixed(1) });

const month = el('input', { type: 'month', id: 'close-month', name: 'month', required: true, value: previousTokyoMonth() });
const result = el('div', { id: 'close-result', role: 'status' });
const out = el('div', { id: 'preview' });

function showPreview(p: Preview): void {
  clear(out);
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
  call<Preview>('attendancePreview', { month: month.value }).then(showPreview, (e) => {
    clear(out);
    out.append(el('p', { class: 'msg error' }, errorText(e, lang)));
  });
}

const form = el('form', { id: 'close-form', onsubmit: async (e: Event) => {
  e.preventDefault();
  clear(result);
  try {
    const r = await call<CloseReport>('closeAttendance', { month: month.value });
    result.append(r.closed
      ? el('p', { class: 'msg' }, t(lang, 'closedCount', { month: r.month, count: r.count }))
      : el('div', { class: 'msg error' }, t(lang, 'cannotClose', { month: r.month, count: r.problems.length }),
        el('ul', {}, ...r.problems.map((x) => el('li', {}, `${x.name}: ${lang === 'ja' ? x.ja : x.en}`)))));
    preview();
  } catch (err) {
    result.append(el('p', { class: 'msg error' }, errorText(err, lang)));
  }
} },
el('label', { for: 'close-month' }, t(lang, 'month')), month,
el('p', { class: 'row' },
  el('button', { type: 'button', id: 'preview-button', onclick: preview }, t(lang, 'preview')),
  el('button', { type: 'submit', class: 'primary', id: 'close-button' }, t(lang, 'closeMonth'))));

month.addEventListener('change', () => { clear(result); preview(); });
app.append(el('main', {}, form, result, out));
preview();

// The routine's heartbeat: the menu can only mark ⚠ (onOpen may not send mail), so the sidebar asks
// the server, which also mails a second admin when the daily run is late (src/addon/routine.ts).
interface RoutineStatus { state: 'ok' | 'stale' | 'notInstalled'; ja: string; en: string }
call<RoutineStatus>('routineStatus').then((r) => {
  if (r.state !== 'ok') app.prepend(el('div', { class: 'msg error', id: 'routine-status', role: 'alert' }, lang === 'ja' ? r.ja : r.en));
}, () => undefined);
