/**
 * The admin's payroll sidebar: pick a month, preview the run (totals, problems, each employee's difference
 * from last month, highlighted over the threshold), close it after ticking "reviewed", then send the
 * payslips (sent / pending counts), download the 全銀 file and the journal.
 */
import { el, clear } from '../lib/dom';
import { call, errorText } from '../lib/run';
import type { RpcAnswer } from '../../src/addon/surface';
import { t, type PageLang, type PageKey } from '../messages';
import { previousTokyoMonth, savedLang } from '../lib/page';

type Preview = RpcAnswer<'payrollPreview'>;

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

/** Payslips one batch mails: each batch is one execution; the page drives the next and shows the count between. */
const PAYSLIP_BATCH = 5;
const enLang = () => (lang === 'en' ? { lang: 'en' as const } : {});

function showActions(runId: string): void {
  clear(actions);
  const progress = el('p', { id: 'payslip-progress', class: 'muted', role: 'status' });
  const bar = el('progress', { id: 'payslip-bar', max: '1', value: '0', hidden: true });
  const send = el('button', { class: 'primary', id: 'send-payslips' }, t(lang, 'sendPayslips'));
  const shown = (sent: number, total: number, pending: number) => { progress.textContent = t(lang, 'payslipProgress', { sent, total, pending }); };
  const refresh = () => call('payslipStatus', { runId }).then((s) => {
    shown(s.sent, s.total, s.pending);
    // another admin's sending in progress: no second start from here (the server refuses one anyway)
    if (s.sending) { send.disabled = true; say(t(lang, 'sendingBy', { by: s.sending.by, since: s.sending.since, sent: s.sent, total: s.total }), true); }
  }, () => undefined);
  send.addEventListener('click', async () => {
    send.disabled = true;
    bar.hidden = false;
    let session: string | undefined;
    let count = 0;
    try {
      for (;;) {
        const r = await call('sendPayslips', { runId, batch: PAYSLIP_BATCH, ...(session ? { session } : {}), ...enLang() });
        session = r.session;
        count += r.sent;
        bar.max = r.total;
        bar.value = r.sentTotal;
        shown(r.sentTotal, r.total, r.total - r.sentTotal);
        if (!r.done) { say(t(lang, 'sendingPayslips', { sent: r.sentTotal, total: r.total })); continue; }
        const lines = [count ? t(lang, 'payslipsDone', { count, sent: r.sentTotal, total: r.total }) : t(lang, 'payslipsNone', { sent: r.sentTotal, total: r.total })];
        if (r.message) lines.push(lang === 'ja' ? r.message.ja : r.message.en);
        if (r.noEmail.length) lines.push(t(lang, 'payslipsNoEmail', { names: r.noEmail.map((x) => x.name).join('、') }));
        say(lines.join('\n'), !!r.message || r.noEmail.length > 0);
        break;
      }
    } catch (e) { say(errorText(e, lang), true); }
    send.disabled = false;
  });
  const saveFile = (fileName: string, base64: string, type: string) => { download(fileName, base64, type); say(t(lang, 'downloaded', { file: fileName })); };
  /** A file made on the server: the button is off and the page says so until the file is saved or the error is shown. */
  const making = (button: HTMLButtonElement, file: string, make: () => Promise<void>) => async () => {
    button.disabled = true;
    say(t(lang, 'preparing', { file }));
    try { await make(); } catch (e) { say(errorText(e, lang), true); }
    button.disabled = false;
  };
  const reason = el('input', { type: 'text', id: 'reopen-reason', maxlength: '1000' });
  const reopen = el('button', { id: 'reopen-payroll', onclick: async () => {
    if (!reason.value.trim()) { reason.setAttribute('aria-invalid', 'true'); reason.focus(); say(t(lang, 'reasonRequired'), true); return; }
    reopen.disabled = true;
    try {
      const r = await call('reopenPayroll', { runId, reason: reason.value.trim() });
      preview(t(lang, 'reopened', { run: r.runId }));
    } catch (e) { say(errorText(e, lang), true); reopen.disabled = false; }
  } }, t(lang, 'reopenPayroll'));
  const bank = el('button', { id: 'bank-file' }, t(lang, 'bankFile'));
  bank.onclick = making(bank, t(lang, 'bankFile'), async () => {
    const r = await call('exportBankFile', { runId, kind: 'salary' });
    saveFile(r.fileName, r.base64, 'text/plain');
  });
  const journals = (['generic', 'yayoi'] as const).map((format) => {
    const b = el('button', { id: `journal-${format}` }, t(lang, format === 'generic' ? 'journalGeneric' : 'journalYayoi'));
    b.onclick = making(b, t(lang, format === 'generic' ? 'journalGeneric' : 'journalYayoi'), async () => {
      const r = await call('exportJournal', { runId, format });
      saveFile(r.fileName, r.base64, 'text/csv');
    });
    return b;
  });
  actions.append(
    el('p', { class: 'row' }, send), bar, progress,
    el('p', { class: 'row' },
      bank,
      ...journals),
    el('h2', {}, t(lang, 'reopenPayroll')), el('label', { for: 'reopen-reason' }, t(lang, 'reopenReason')), reason, el('p', {}, reopen),
  );
  refresh();
}

type Problem = Preview['problems'][number];

/** Problems with the same text said once, with who: not one line per employee (issue 15 item 6). */
function grouped(list: readonly Problem[]): { text: string; blocking: boolean; names: string[] }[] {
  const out = new Map<string, { text: string; blocking: boolean; names: string[] }>();
  for (const x of list) {
    const text = lang === 'ja' ? x.ja : x.en;
    const g = out.get(text) ?? { text, blocking: x.blocking, names: [] };
    if (x.name) g.names.push(x.name);
    out.set(text, g);
  }
  return [...out.values()];
}

const NAMES_SHOWN = 8;
function problemItem(g: { text: string; blocking: boolean; names: string[] }): HTMLElement {
  const who = g.names.length > NAMES_SHOWN ? `${g.names.slice(0, NAMES_SHOWN).join('、')} ${t(lang, 'andMore', { n: g.names.length - NAMES_SHOWN })}` : g.names.join('、');
  return el('li', { class: g.blocking ? 'error' : '' }, g.blocking ? t(lang, 'blockedBy', { problem: g.text }) : g.text,
    g.names.length ? el('div', { class: 'muted' }, t(lang, 'blockedWho', { count: g.names.length, names: who })) : null);
}

function showPreview(p: Preview, done?: string): void {
  clear(out);
  clear(actions);
  if (done) say(done);
  out.append(el('p', {}, `${p.runId} · ${p.payDate} `, p.closed ? el('span', { class: 'pill' }, t(lang, 'runClosed')) : null));
  const groups = grouped(p.problems);
  const blocking = groups.filter((g) => g.blocking);
  if (blocking.length) out.append(el('div', { class: 'msg error', id: 'payroll-blocked', role: 'alert' }, el('ul', {}, ...blocking.map(problemItem))));
  if (p.employees.length) {
    // a reason every compared row shares (a new grade table, a rate change) is said once above the table
    const compared = p.employees.filter((e) => e.difference.previousNet !== null);
    const common = compared.length > 1 ? compared[0]!.difference.reasons.filter((r) => compared.every((e) => e.difference.reasons.includes(r))) : [];
    const reasonText = (rs: readonly string[]) => rs.filter((r) => !common.includes(r as never)).map((r) => t(lang, `r_${r}` as PageKey)).join('・');
    out.append(el('div', { class: 'facts', id: 'payroll-totals' },
      ...([['totalGross', p.totals.gross], ['totalDeductionsShort', p.totals.deductions], ['totalNet', p.totals.net]] as const).map(([k, v]) =>
        el('div', { class: 'fact' }, el('span', { class: 'muted' }, t(lang, k)), el('strong', {}, yen(v))))));
    if (common.length) out.append(el('p', { class: 'muted', id: 'common-reasons' }, t(lang, 'reasonsAll', { reasons: common.map((r) => t(lang, `r_${r}` as PageKey)).join('・') })));
    out.append(el('table', {},
      el('thead', {}, el('tr', {}, el('th', {}, t(lang, 'employee')), el('th', { class: 'num' }, t(lang, 'netPay')), el('th', { class: 'num' }, t(lang, 'difference')))),
      el('tbody', {}, ...p.employees.map((e) => el('tr', { class: e.difference.highlighted ? 'highlight' : '' },
        el('td', {}, e.name, el('div', { class: 'muted' }, e.department)),
        el('td', { class: 'num' }, yen(e.netPay)),
        el('td', { class: 'num' }, e.difference.previousNet === null ? '' : `${e.difference.delta >= 0 ? '+' : ''}${yen(e.difference.delta)}`,
          el('div', { class: 'muted' }, reasonText(e.difference.reasons)))))),
      el('tfoot', {}, el('tr', {}, el('th', {}, t(lang, 'totals', { count: p.totals.employees })), el('th', { class: 'num' }, yen(p.totals.net)), el('th', {}, '')))));
  }
  const warnings = groups.filter((g) => !g.blocking);
  out.append(el('h2', {}, p.problems.length ? t(lang, 'problems', { count: groups.length }) : t(lang, 'noProblems')));
  if (warnings.length) out.append(el('ul', {}, ...warnings.map(problemItem)));
  if (p.closed) {
    showActions(p.runId);
    return;
  }
  const reviewed = el('input', { type: 'checkbox', id: 'reviewed' });
  const close = el('button', { class: 'primary', id: 'close-payroll', disabled: true, onclick: async () => {
    close.disabled = true;
    say(t(lang, 'closing'));
    try {
      const r = await call('closePayroll', { month: month.value, reviewed: reviewed.checked });
      if (r.closed) preview(t(lang, 'payrollClosed', { run: r.runId, count: r.count }));
      else { say(grouped(r.problems).map((g) => `${t(lang, 'blockedBy', { problem: g.text })} ${g.names.join('、')}`).join('\n'), true); close.disabled = false; }
    } catch (e) { say(errorText(e, lang), true); close.disabled = false; }
  } }, t(lang, 'closePayroll'));
  reviewed.disabled = blocking.length > 0;
  reviewed.addEventListener('change', () => { close.disabled = !reviewed.checked || blocking.length > 0; });
  actions.append(el('label', { class: 'check', for: 'reviewed' }, reviewed, t(lang, 'reviewed')), el('p', {}, close));
}

function preview(done?: string): void {
  call('payrollPreview', { month: month.value, ...enLang() }).then((p) => showPreview(p, done), (e) => {
    clear(out);
    out.append(el('p', { class: 'msg error' }, errorText(e, lang)));
  });
}

month.addEventListener('change', () => { clear(result); preview(); });
app.append(el('main', {}, el('label', { for: 'payroll-month' }, t(lang, 'month')), month, result, out, actions));
preview();
