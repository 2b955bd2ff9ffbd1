/**
 * The sandbox's admin view: the workbook as Sheets shows it (tabs, a grid with a frozen header and
 * virtual scrolling), the Kanri menu built by the bundle's onOpen, sidebars and dialogs in frames.
 * Every user value goes into the DOM as text (textContent), never as HTML.
 */
import { sandboxMessages } from '../../../core/messages/sandbox';
import { frameId, readFrameMessage } from './frame-messages';

type Lang = 'ja' | 'en';
type Key = keyof typeof sandboxMessages.ja;
type MenuItem = { kind: 'item'; caption: string; functionName: string } | { kind: 'separator' } | { kind: 'submenu'; caption: string; items: MenuItem[] };
type UiEvent =
  | { type: 'sidebar'; title: string; frame: string }
  | { type: 'modalDialog' | 'modelessDialog'; title: string; frame: string; width?: number; height?: number }
  | { type: 'alert'; title: string; prompt: string; buttons: string }
  | { type: 'toast'; message: string; title: string };
interface Outcome { ok: boolean; error?: { message: string }; ui: UiEvent[] }
interface SheetInfo { name: string; rows: number; columns: number; frozenRows: number; widths?: number[]; dropdowns?: { column: number; row: number; numRows: number; values: string[] }[] }
interface Workbook { name: string; sheets: SheetInfo[]; admins: { email: string; label: string }[]; admin: string }

const ROW_H = 24;
const PAGE = 200;
const OVERSCAN = 10;
/** Empty rows below the data, to type new rows into. */
const EXTRA_ROWS = 30;
const MIN_COLUMNS = 8;

let lang: Lang = localStorage.getItem('kanri.lang') === 'en' ? 'en' : 'ja';
let workbook: Workbook = { name: '', sheets: [], admins: [], admin: '' };
let current = '';
let generation = 0;
const pages = new Map<string, string[][] | 'loading'>();
let selected: { row: number; col: number } | null = null;
let editing = false;
let busy = 0;
let progressTimer: ReturnType<typeof setTimeout> | undefined;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const t = (key: Key, params: Record<string, string | number> = {}) =>
  sandboxMessages[lang][key].replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Omit<Partial<HTMLElementTagNameMap[K]>, 'dataset'> & { dataset?: Record<string, string> } = {} as never, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { dataset, ...rest } = props;
  Object.assign(node, rest);
  if (dataset) Object.assign(node.dataset, dataset);
  for (const c of children) node.append(c);
  return node;
}

// ------------------------------------------------------------ progress (any execution over a second)

function setBusy(delta: number): void {
  busy = Math.max(0, busy + delta);
  const bar = $('progress');
  if (busy > 0 && !progressTimer && bar.hidden) progressTimer = setTimeout(() => { progressTimer = undefined; bar.hidden = busy === 0; }, 1000);
  if (busy === 0) {
    if (progressTimer) clearTimeout(progressTimer);
    progressTimer = undefined;
    bar.hidden = true;
  }
  document.body.dataset.busy = String(busy);
}

/** This server start's token (in the page it served): every API call carries it in a header. */
const TOKEN = document.querySelector<HTMLMetaElement>('meta[name="kanri-token"]')?.content ?? '';

async function api<T>(path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'X-Kanri-Token': TOKEN };
  const r = await fetch(path, body === undefined ? { headers } : { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const value = (await r.json()) as T & { error?: string };
  if (!r.ok) throw new Error(typeof value.error === 'string' ? value.error : r.statusText);
  return value;
}

/** An execution started from this page: progress while it runs, its UI events and a refresh after. */
async function execute(path: string, body: unknown): Promise<void> {
  setBusy(1);
  try {
    const o = await api<Outcome>(path, body);
    handleUi(o.ui);
    if (!o.ok && o.error) showAlert(t('sandbox.error'), o.error.message, 'OK');
  } catch (e) {
    showAlert(t('sandbox.error'), e instanceof Error ? e.message : String(e), 'OK');
  } finally {
    setBusy(-1);
    await refresh();
  }
}

// ------------------------------------------------------------ chrome

function renderChrome(): void {
  document.documentElement.lang = lang;
  document.title = `${workbook.name || 'Kanri'} — ${t('sandbox.title')}`;
  $('doc-title').textContent = workbook.name && workbook.name !== 'Kanri' ? `${t('sandbox.title')} · ${workbook.name}` : t('sandbox.title');
  $('admin-label').textContent = `${t('sandbox.adminAs')} (${t('sandbox.localOnly')})`;
  $('webapp-link').textContent = t('sandbox.openWebApp');
  $('lang').textContent = t('sandbox.language');
  $('sidebar-close').title = t('sandbox.close');
  $('modal-close').title = t('sandbox.close');
  const select = $<HTMLSelectElement>('admin-user');
  select.replaceChildren(...workbook.admins.map((a) => el('option', { value: a.email, textContent: a.label, selected: a.email === workbook.admin })));
  renderTabs();
}

function renderTabs(): void {
  const tabs = $('tabs');
  const info = workbook.sheets.find((s) => s.name === current);
  tabs.replaceChildren(
    ...workbook.sheets.map((s) => el('button', { type: 'button', textContent: s.name, onclick: () => openSheet(s.name) }, )),
    el('span', { className: 'count', textContent: info ? t('sandbox.rows', { rows: info.rows }) : '' }),
  );
  for (const b of Array.from(tabs.querySelectorAll('button'))) b.setAttribute('aria-selected', String(b.textContent === current));
}

async function loadMenu(): Promise<void> {
  const bar = $('menubar');
  bar.replaceChildren(el('span', { className: 'empty', textContent: t('sandbox.menuLoading') }));
  const { menus } = await api<{ menus: { caption: string; items: MenuItem[] }[] }>('/api/menu');
  bar.replaceChildren(...(menus.length ? menus.map(renderMenu) : [el('span', { className: 'empty', textContent: t('sandbox.noMenu') })]));
}

function renderMenu(menu: { caption: string; items: MenuItem[] }): HTMLElement {
  const wrap = el('div', { className: 'menu' });
  const list = el('div', { className: 'menu-list', hidden: true, role: 'menu'});
  const items = (xs: MenuItem[], into: HTMLElement) => {
    for (const item of xs) {
      if (item.kind === 'separator') into.append(el('hr'));
      else if (item.kind === 'item') {
        into.append(el('button', { type: 'button', role: 'menuitem', textContent: item.caption, onclick: () => { closeMenus(); void execute('/api/menu/run', { functionName: item.functionName }); }}));
      } else {
        const sub = el('div', { className: 'submenu' });
        items(item.items, sub);
        into.append(el('div', { className: 'submenu-caption', textContent: item.caption }), sub);
      }
    }
  };
  items(menu.items, list);
  const button = el('button', { type: 'button', textContent: menu.caption, onclick: (e: Event) => {
    e.stopPropagation();
    const open = list.hidden;
    closeMenus();
    list.hidden = !open;
    wrap.classList.toggle('open', open);
  } });
  wrap.append(button, list);
  return wrap;
}

function closeMenus(): void {
  for (const m of Array.from(document.querySelectorAll('.menu'))) {
    m.classList.remove('open');
    (m.querySelector('.menu-list') as HTMLElement).hidden = true;
  }
}

// ------------------------------------------------------------ UI events: alert, sidebar, dialogs, toasts

function handleUi(events: UiEvent[]): void {
  for (const e of events) {
    if (e.type === 'alert') showAlert(e.title, e.prompt, e.buttons);
    else if (e.type === 'sidebar') openSidebar(e.title, e.frame);
    else if (e.type === 'toast') toast(e.title ? `${e.title}: ${e.message}` : e.message);
    else openDialog(e.title, e.frame, e.width ?? 600, e.height ?? 400);
  }
}

/** The frames open now (their ids): a frame's UI events are asked for by its id. */
const frames: { sidebar: string | null; modal: string | null } = { sidebar: null, modal: null };

function openSidebar(title: string, frame: string): void {
  const id = frameId(frame);
  if (!id) return;
  frames.sidebar = id;
  $('sidebar-title').textContent = title;
  $<HTMLIFrameElement>('sidebar-frame').src = `/frame/${id}`;
  $('sidebar').hidden = false;
}

function closeSidebar(): void {
  frames.sidebar = null;
  $('sidebar').hidden = true;
  $<HTMLIFrameElement>('sidebar-frame').src = 'about:blank';
}

function openDialog(title: string, frame: string, width: number, height: number): void {
  const id = frameId(frame);
  if (!id) return;
  frames.modal = id;
  $('modal-title').textContent = title;
  const iframe = el('iframe', { src: `/frame/${id}`, title });
  iframe.style.width = `${width}px`;
  iframe.style.height = `${height}px`;
  $('modal-body').replaceChildren(iframe);
  $('modal').hidden = false;
}

const BUTTONS: Record<string, Key[]> = { OK: ['sandbox.ok'], OK_CANCEL: ['sandbox.cancel', 'sandbox.ok'], YES_NO: ['sandbox.no', 'sandbox.yes'], YES_NO_CANCEL: ['sandbox.cancel', 'sandbox.no', 'sandbox.yes'] };

/** Ui.alert: the bundle already had its answer (the emulator presses OK/YES); the dialog shows what it said. */
function showAlert(title: string, prompt: string, buttons: string): void {
  $('modal-title').textContent = title || 'Kanri';
  const keys = BUTTONS[buttons] ?? BUTTONS.OK!;
  $('modal-body').replaceChildren(
    el('pre', { id: 'alert-text', textContent: prompt }),
    el('div', { className: 'buttons' }, ...keys.map((k, i) => el('button', { type: 'button', className: i === keys.length - 1 ? 'primary' : '', textContent: t(k), onclick: closeModal }))),
  );
  $('modal').hidden = false;
  ($('modal-body').querySelector('button.primary') as HTMLButtonElement | null)?.focus();
}

function closeModal(): void {
  frames.modal = null;
  $('modal').hidden = true;
  $('modal-body').replaceChildren();
}

function toast(text: string): void {
  const box = el('div', { className: 'toast', textContent: text });
  $('toasts').append(box);
  setTimeout(() => box.remove(), 5000);
}

/**
 * Messages from this page's own frames only (item 11): the stand-in's google.script.host and the
 * notifier injected by the server, of the shapes frame-messages.ts allows, from the sidebar's or
 * the dialog's window. After a frame's call the UI events it produced come from the server (by the
 * frame's id), never from the message.
 */
window.addEventListener('message', (e: MessageEvent) => {
  const m = readFrameMessage(e.origin, location.origin, e.data);
  if (!m) return;
  const sidebar = $<HTMLIFrameElement>('sidebar-frame');
  const dialog = $('modal-body').querySelector('iframe');
  const from = frames.sidebar && e.source === sidebar.contentWindow ? 'sidebar' : frames.modal && dialog && e.source === dialog.contentWindow ? 'modal' : null;
  if (!from) return;
  if (m.kind === 'start') setBusy(1);
  else if (m.kind === 'done') {
    const id = frames[from]!;
    void api<{ ui: UiEvent[] }>(`/api/ui?frame=${encodeURIComponent(id)}`).then((r) => handleUi(r.ui), () => undefined).finally(() => {
      setBusy(-1);
      void refresh();
    });
  } else if (m.kind === 'close') {
    if (from === 'sidebar') closeSidebar();
    else closeModal();
  } else if (m.kind === 'resize' && from === 'modal' && dialog) dialog.style[m.side] = `${m.px}px`;
});

// ------------------------------------------------------------ the grid (virtual scrolling)

function sheetInfo(): SheetInfo | undefined {
  return workbook.sheets.find((s) => s.name === current);
}

function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const frozenCount = () => Math.max(0, Math.min(sheetInfo()?.frozenRows ?? 0, 5));
const columnCount = () => Math.max(MIN_COLUMNS, (sheetInfo()?.columns ?? 0) + 1);
const bodyRows = () => Math.max(0, (sheetInfo()?.rows ?? 0) - frozenCount()) + EXTRA_ROWS;

/** The display values of a row (1-based), or null while its page loads. */
function rowValues(row: number): string[] | null {
  const info = sheetInfo();
  if (!info || row > info.rows) return [];
  const page = Math.floor((row - 1) / PAGE);
  const key = `${generation}:${current}:${page}`;
  const got = pages.get(key);
  if (got === 'loading') return null;
  if (got) return got[row - 1 - page * PAGE] ?? [];
  pages.set(key, 'loading');
  const gen = generation;
  const sheet = current;
  api<{ rows: string[][] }>(`/api/rows?sheet=${encodeURIComponent(sheet)}&from=${page * PAGE + 1}&count=${PAGE}`).then((r) => {
    if (gen !== generation) return;
    pages.set(key, r.rows);
    if (sheet === current) renderGrid();
  }, () => pages.delete(key));
  return null;
}

/** The column's width as the sheet sets it (Sheets' default 100 px). */
const widthOf = (col: number) => sheetInfo()?.widths?.[col - 1] ?? 100;

/** The dropdown of a cell (the last rule set over it wins), if any. */
function dropdownAt(row: number, col: number): string[] | undefined {
  const list = sheetInfo()?.dropdowns ?? [];
  for (let i = list.length - 1; i >= 0; i--) {
    const d = list[i]!;
    if (d.column === col && row >= d.row && row < d.row + d.numRows) return d.values;
  }
  return undefined;
}

function cell(row: number, col: number, text: string): HTMLElement {
  const c = el('div', { className: 'c', textContent: text, title: text, dataset: { row: String(row), col: String(col) } });
  c.style.width = `${widthOf(col)}px`;
  const list = dropdownAt(row, col);
  if (list) {
    c.classList.add('dd');
    c.title = list.join(' / ');
  }
  if (selected && selected.row === row && selected.col === col) c.classList.add('sel');
  return c;
}

function rowElement(row: number, className: string): HTMLElement {
  const values = rowValues(row) ?? [];
  const r = el('div', { className: `r ${className}`, dataset: { row: String(row) } }, el('div', { className: 'c n', textContent: String(row) }));
  for (let c = 1; c <= columnCount(); c++) r.append(cell(row, c, values[c - 1] ?? ''));
  return r;
}

function renderGrid(): void {
  if (editing) return;
  const grid = $('grid');
  const head = $('grid-head');
  const rows = $('grid-rows');
  const info = sheetInfo();
  if (!info) {
    head.replaceChildren();
    rows.replaceChildren(el('div', { className: 'empty', textContent: t('sandbox.emptySheet') }));
    return;
  }
  const letters = el('div', { className: 'r letters' }, el('div', { className: 'c n' }));
  for (let c = 1; c <= columnCount(); c++) {
    const letter = el('div', { className: 'c', textContent: columnName(c) });
    letter.style.width = `${widthOf(c)}px`;
    letters.append(letter);
  }
  const frozen: HTMLElement[] = [];
  for (let r = 1; r <= frozenCount(); r++) frozen.push(rowElement(r, 'frozen'));
  head.replaceChildren(letters, ...frozen);
  const headHeight = (1 + frozen.length) * ROW_H;
  const total = bodyRows();
  rows.style.height = `${total * ROW_H}px`;
  let width = 48;
  for (let c = 1; c <= columnCount(); c++) width += widthOf(c);
  rows.style.width = `${width}px`;
  const first = Math.max(0, Math.floor(grid.scrollTop / ROW_H) - OVERSCAN);
  const last = Math.min(total, Math.ceil((grid.scrollTop + grid.clientHeight - headHeight) / ROW_H) + OVERSCAN);
  const out: HTMLElement[] = [];
  for (let i = first; i < last; i++) {
    const r = rowElement(frozenCount() + 1 + i, 'abs');
    r.style.top = `${i * ROW_H}px`;
    out.push(r);
  }
  rows.replaceChildren(...out);
}

let scheduled = false;
$('grid').addEventListener('scroll', () => {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => { scheduled = false; renderGrid(); });
});
window.addEventListener('resize', () => renderGrid());

function select(row: number, col: number): void {
  selected = { row: Math.max(1, row), col: Math.max(1, Math.min(columnCount(), col)) };
  renderGrid();
}

function cellElement(row: number, col: number): HTMLElement | null {
  return $('grid').querySelector(`.c[data-row="${row}"][data-col="${col}"]`);
}

/** Typing into a cell, as in Sheets: Enter writes it (one execution), Escape cancels. */
function startEdit(initial: string | null): void {
  if (!selected) return;
  const target = cellElement(selected.row, selected.col);
  if (!target) return;
  const { row, col } = selected;
  const input = el('input', { type: 'text', value: initial ?? target.textContent ?? '', id: 'cell-editor' });
  editing = true;
  target.append(input);
  input.focus();
  let done = false;
  const finish = (commit: boolean, move: [number, number]) => {
    if (done) return;
    done = true;
    editing = false;
    const text = input.value;
    input.remove();
    selected = { row: row + move[0], col: col + move[1] };
    if (commit) void execute('/api/edit', { sheet: current, row, column: col, text });
    else renderGrid();
    $('grid').focus();
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); finish(true, [1, 0]); }
    else if (e.key === 'Tab') { e.preventDefault(); finish(true, [0, 1]); }
    else if (e.key === 'Escape') { e.preventDefault(); finish(false, [0, 0]); }
    e.stopPropagation();
  });
  input.addEventListener('blur', () => finish(true, [0, 0]));
}

$('grid').addEventListener('click', (e) => {
  const c = (e.target as HTMLElement).closest('.c[data-col]') as HTMLElement | null;
  if (c && !editing) select(Number(c.dataset.row), Number(c.dataset.col));
});
$('grid').addEventListener('dblclick', (e) => {
  const c = (e.target as HTMLElement).closest('.c[data-col]') as HTMLElement | null;
  if (c && !editing) { select(Number(c.dataset.row), Number(c.dataset.col)); startEdit(null); }
});
$('grid').addEventListener('keydown', (e) => {
  if (!selected || editing) return;
  const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  const m = moves[e.key];
  if (m) { e.preventDefault(); select(selected.row + m[0], selected.col + m[1]); cellElement(selected.row, selected.col)?.scrollIntoView({ block: 'nearest' }); }
  else if (e.key === 'Enter' || e.key === 'F2') { e.preventDefault(); startEdit(null); }
  else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); startEdit(e.key); }
  else if (e.key === 'Delete' || e.key === 'Backspace') { e.preventDefault(); void execute('/api/edit', { sheet: current, row: selected.row, column: selected.col, text: '' }); }
});

// ------------------------------------------------------------ workbook and sheets

async function refresh(): Promise<void> {
  workbook = await api<Workbook>('/api/workbook');
  generation++;
  pages.clear();
  if (!workbook.sheets.some((s) => s.name === current)) current = workbook.sheets[0]?.name ?? '';
  renderChrome();
  renderGrid();
}

function openSheet(name: string): void {
  current = name;
  selected = null;
  $('grid').scrollTop = 0;
  $('grid').scrollLeft = 0;
  location.hash = encodeURIComponent(name);
  renderTabs();
  renderGrid();
}

$('lang').addEventListener('click', () => {
  lang = lang === 'ja' ? 'en' : 'ja';
  localStorage.setItem('kanri.lang', lang);
  renderChrome();
});
$<HTMLSelectElement>('admin-user').addEventListener('change', (e) => {
  void api('/api/admin-user', { email: (e.target as HTMLSelectElement).value }).then(refresh);
});
$('sidebar-close').addEventListener('click', closeSidebar);
$('modal-close').addEventListener('click', closeModal);
document.addEventListener('click', closeMenus);
// Executions from elsewhere (the web app in another tab, the CLI) show when the view comes back.
window.addEventListener('focus', () => { if (!editing && busy === 0) void refresh(); });
document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !$('modal').hidden) closeModal(); });

void (async () => {
  const wanted = decodeURIComponent(location.hash.slice(1));
  await refresh();
  if (wanted && workbook.sheets.some((s) => s.name === wanted)) openSheet(wanted);
  await loadMenu();
  document.body.dataset.ready = 'true';
})();
