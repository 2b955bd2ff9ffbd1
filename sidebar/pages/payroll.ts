/**
 * The admin's payroll sidebar: pick a month, preview the run (totals, problems, each employee's difference
 * from last month, highlighted over the threshold), close it after ticking "reviewed", then send the
 * payslips (sent / pending counts), download the 全銀 file and the journal.
 */
import { el, clear } from '../lib/dom';
import { call, errorText } from '../lib/run';
import { t, type PageLang, type PageKey } from '../messages';
import { previousTokyoMonth, savedLang } from '../lib/page';

interface Problem { employeeCode: string; name: string; ja: string; en: string; blocking: boolean }
interface Preview {
  runId: string; payDate: string; closed: boolean;
  totals: { employees: number; gross: number; deductions: number; net: number };
  problems: Problem[];
  employees: { code: string; name: string; department: string; netPay: number; difference: { previousNet: number | null; delta: number; reasons: string[]; highlighted: boolean } }[];
}
interface SendReport { sent: number; pending: number; alreadySent: number; quotaExhausted: boolean; message?: { ja: string; en: string } }
interface Status { total: number; sent: number; pending: number }

const lang: PageLang = savedLang();
const app = document.getElementById('app')!;
document.documentElement.lang = lang;

const yen = (n: number) => n.toLocaleString('ja-JP');
const month = el('input', { type: 'month', id: 'payroll-month', required: true, value: previousTokyoMonth() });
const out = el('div', { id: 'payroll-preview' });
const actions = el('div', { id: 'payroll-actions' });
const result = el('div', { id: 'payroll-result', role: 'status' });

function say(text: string, error = false): void {
  clear(result);
  result.append(el('p', { class: error ? 'msg error' : 'msg' }, text));
}

/** Saves base64 bytes as a file through a data URL (no navigation of the sandboxed frame). */
function download(fileName: string, base64: string, type: string): void {
  const a = el('a', { href: `data:${type};base64,${base64}`, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
}

function showActions(runId: string): void {
  clear(actions);
  const progress = el('p', { id: 'payslip-progress', class: 'muted' });
  const refresh = () => call<Status>('payslipStatus', { runId }).then((s) => { progress.textContent = t(lang, 'payslipProgress', { sent: s.sent, total: s.total, pending: s.pending }); }, () => undefined);
  actions.append(
    el('p', { class: 'row' },
      el('button', { class: 'primary', id: 'send-payslips', onclick: async () => {
        try {
          const r = await call<SendReport>('sendPayslips', { runId });
          if (r.message) say(lang === 'ja' ? r.message.ja : r.message.en, true);
          else say(t(lang, 'payslipProgress', { sent: r.sent + r.alreadySent, total: r.sent + r.alreadySent + r.pending, pending: r.pending }));
        } catch (e) { say(errorText(e, lang), true); }
        refresh();
      } }, t(lang, 'sendPayslips'))),
    progress,
    el('p', { class: 'row' },
      el('button', { id: 'bank-file', onclick: async () => {
        try {
          const r = await call<{ fileName: string; base64: string }>('exportBankFile', { runId, kind: 'salary' });
          download(r.fileName, r.base64, 'text/plain');
        } catch (e) { say(errorText(e, lang), true); }
      } }, t(lang, 'bankFile')),
      ...(['generic', 'yayoi'] as const).map((format) => el('button', { id: `journal-${format}`, onclick: async () => {
        try {
          const r = await call<{ fileName: string; base64: string }>('exportJournal', { runId, format });
          download(r.fileName, r.base64, 'text/csv');
        } catch (e) { say(errorText(e, lang), true); }
      } }, t(lang, format === 'generic' ? 'journalGeneric' : 'journalYayoi')))),
  );
  refresh();
}

function showPreview(p: Preview): void {
  clear(out);
  clear(actions);
  out.append(el('p', {}, `${p.runId} · ${p.payDate} `, p.closed ? el('span', { class: 'pill' }, t(lang, 'runClosed')) : null));
  out.append(el('table', {},
    el('thead', {}, el('tr', {}, el('th', {}, t(lang, 'employee')), el('th', {}, t(lang, 'netPay')), el('th', {}, t(lang, 'difference')))),
    el('tbody', {}, ...p.employees.map((e) => el('tr', { class: e.difference.highlighted ? 'highlight' : '' },
      el('td', {}, e.name, el('div', { class: 'muted' }, e.department)),
      el('td', {}, yen(e.netPay)),
      el('td', {}, e.difference.previousNet === null ? '' : `${e.difference.delta >= 0 ? '+' : ''}${yen(e.difference.delta)}`,
        el('div', { class: 'muted' }, e.difference.reasons.map((r) => t(lang, `r_${r}` as PageKey)).join('・')))))),
    el('tfoot', {}, el('tr', {}, el('td', {}, t(lang, 'totals', { count: p.totals.employees })), el('td', {}, yen(p.totals.net)), el('td', {}, '')))));
  out.append(el('h2', {}, p.problems.length ? t(lang, 'problems', { count: p.problems.length }) : t(lang, 'noProblems')));
  if (p.problems.length) out.append(el('ul', {}, ...p.problems.map((x) => el('li', { class: x.blocking ? 'error' : '' }, `${x.name}: ${lang === 'ja' ? x.ja : x.en}`))));
  if (p.closed) {
    showActions(p.runId);
    return;
  }
  const reviewed = el('input', { type: 'checkbox', id: 'reviewed' });
  const close = el('button', { class: 'primary', id: 'close-payroll', disabled: true, onclick: async () => {
    try {
      const r = await call<{ runId: string; closed: boolean; count: number; problems: Problem[] }>('closePayroll', { month: month.value, reviewed: reviewed.checked });
      if (r.closed) say(t(lang, 'payrollClosed', { run: r.runId, count: r.count }));
      else say(r.problems.map((x) => `${x.name}: ${lang === 'ja' ? x.ja : x.en}`).join('\n'), true);
      preview();
    } catch (e) { say(errorText(e, lang), true); }
  } }, t(lang, 'closePayroll'));
  reviewed.addEventListener('change', () => { close.disabled = !reviewed.checked; });
  actions.append(el('p', {}, el('label', {}, reviewed, ' ', t(lang, 'reviewed'))), el('p', {}, close));
}

function preview(): void {
  call<Preview>('payrollPreview', { month: month.value }).then(showPreview, (e) => {
    clear(out);
    out.append(el('p', { class: 'msg error' }, errorText(e, lang)));
  });
}

month.addEventListener('change', () => { clear(result); preview(); });
app.append(el('main', {}, el('label', { for: 'payroll-month' }, t(lang, 'month')), month, result, out, actions));
preview();
