/**
 * 動作確認 (the self-test dialog): runs runSelfTest once when opened and shows one table of what
 * Kanri expects and what the real service returned, with a verdict and what to do for each failure.
 */
import { el, clear } from '../lib/dom';
import { call, errorText } from '../lib/run';
import type { RpcAnswer } from '../../src/addon/surface';
import { savedLang, saveLang } from '../lib/page';
import type { PageLang } from '../messages';


const TEXT = {
  ja: {
    title: '動作確認', intro: '一時シートと一時フォルダで、Kanri が前提とする Google の動作を確かめます (作ったものは最後に削除します)。',
    running: '確認中…', again: 'もう一度確認', check: '確認項目', expected: '期待値', got: '実際', verdict: '判定', todo: '対処',
    pass: 'OK', fail: 'NG', allPassed: 'すべて合格 ({count} 件)。この環境で Kanri を使えます。',
    someFailed: '{failed} 件が不合格 (合格 {passed} 件)。各行の「対処」に従ってください。ローカルの検証環境との食い違いは開発者に報告してください。',
    other: 'English',
  },
  en: {
    title: 'Self-test', intro: 'Checks, on a scratch sheet and folder, the Google behaviour Kanri relies on (what it makes is deleted at the end).',
    running: 'Checking…', again: 'Check again', check: 'Check', expected: 'Expected', got: 'Got', verdict: 'Verdict', todo: 'What to do',
    pass: 'OK', fail: 'FAIL', allPassed: 'All {count} checks passed. Kanri can be used here.',
    someFailed: '{failed} failed ({passed} passed). Follow "What to do" on each row; report any disagreement with the local emulator to the developers.',
    other: '日本語',
  },
};

let lang: PageLang = savedLang();
let last: RpcAnswer<'runSelfTest'> | null = null;
const app = document.getElementById('app')!;
const fill = (s: string, p: Record<string, number>) => s.replace(/\{(\w+)\}/g, (a, k: string) => (k in p ? String(p[k]) : a));

function render(): void {
  const T = TEXT[lang];
  document.documentElement.lang = lang;
  clear(app);
  const toggle = el('button', { id: 'selftest-lang', onclick: () => { lang = lang === 'ja' ? 'en' : 'ja'; saveLang(lang); render(); } }, T.other);
  const again = el('button', { class: 'primary', id: 'selftest-run', onclick: run }, T.again);
  app.append(el('h1', {}, T.title), el('p', { class: 'muted' }, T.intro), el('p', {}, again, ' ', toggle));
  if (!last) {
    app.append(el('p', { id: 'selftest-status' }, T.running));
    return;
  }
  const verdict = last.failed === 0 ? fill(T.allPassed, { count: last.passed }) : fill(T.someFailed, { failed: last.failed, passed: last.passed });
  app.append(el('p', { class: `verdict ${last.failed ? 'fail' : 'pass'}`, id: 'selftest-verdict' }, verdict));
  const head = el('tr', {}, ...[T.check, T.expected, T.got, T.verdict, T.todo].map((h) => el('th', {}, h)));
  const body = last.rows.map((r) => el('tr', { class: r.ok ? '' : 'failed' },
    el('td', {}, r.label[lang]), el('td', {}, el('code', {}, r.expected)), el('td', {}, el('code', {}, r.got)),
    el('td', { class: r.ok ? 'pass' : 'fail' }, r.ok ? T.pass : T.fail), el('td', {}, r.ok ? '' : r.todo[lang])));
  app.append(el('div', { class: 'table-wrap' }, el('table', { class: 'selftest', id: 'selftest-table' }, el('thead', {}, head), el('tbody', {}, ...body))));
}

function run(): void {
  last = null;
  render();
  call('runSelfTest', {}).then((r) => { last = r; render(); }, (e) => {
    clear(app);
    app.append(el('p', { class: 'msg error' }, errorText(e, lang)));
  });
}

run();
