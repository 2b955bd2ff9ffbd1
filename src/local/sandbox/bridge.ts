/**
 * Executions of the bundle on behalf of the sandbox's pages: onOpen (the menu), a menu item, a
 * page's `google.script.run` call, a cell edited in the grid (then the bundle's onEdit), the web
 * app's doGet. Each is one Apps Script execution through `Company.run`; what it asked the UI to
 * show (alert, sidebar, dialog) comes back as events for the page, HTML kept here under an id.
 */
import crypto from 'node:crypto';
import type { Company } from '../company';
import type { ExecutionResult } from '../emulator/runtime';
import type { MenuItemSpec, UiEvent } from '../emulator/ui';
import { serializeForScriptRun, serializeScriptRunArguments } from '../emulator/services';

/** A UI event as the admin page gets it: HTML replaced by the URL of a frame that serves it. */
export type PageUiEvent =
  | { type: 'sidebar'; title: string; frame: string }
  | { type: 'modalDialog' | 'modelessDialog'; title: string; frame: string; width?: number; height?: number }
  | { type: 'alert'; title: string; prompt: string; buttons: string }
  | { type: 'toast'; message: string; title: string };

export interface Outcome {
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string };
  ui: PageUiEvent[];
  /** Wall-clock milliseconds the execution took here, and the modelled Apps Script time (an estimate). */
  ms: number;
  modelledMs: number;
}

/** How many frames' HTML the server keeps (oldest dropped): a page opened long ago can be reopened from its menu. */
const MAX_FRAMES = 50;

export class Bridge {
  private readonly frames = new Map<string, string>();

  constructor(readonly company: Company) {}

  frame(id: string): string | undefined {
    return this.frames.get(id);
  }

  private keep(html: string): string {
    const id = crypto.randomBytes(9).toString('base64url');
    this.frames.set(id, html);
    while (this.frames.size > MAX_FRAMES) this.frames.delete(this.frames.keys().next().value as string);
    return `/frame/${id}`;
  }

  private outcome(result: ExecutionResult, started: number, value?: unknown): Outcome {
    const ui: PageUiEvent[] = [];
    for (const e of result.ui as UiEvent[]) {
      if (e.type === 'sidebar') ui.push({ type: 'sidebar', title: e.title, frame: this.keep(e.html) });
      else if (e.type === 'modalDialog' || e.type === 'modelessDialog') ui.push({ type: e.type, title: e.title, frame: this.keep(e.html), ...(e.width ? { width: e.width } : {}), ...(e.height ? { height: e.height } : {}) });
      else if (e.type === 'alert') ui.push(e);
      else if (e.type === 'toast') ui.push({ type: 'toast', message: e.message, title: e.title });
    }
    const base = { ui, ms: Date.now() - started, modelledMs: Math.round(result.stats.modelledMs) };
    if (!result.ok) return { ok: false, error: { name: result.error?.name ?? 'Error', message: result.error?.message ?? 'error' }, ...base };
    return { ok: true, value, ...base };
  }

  /** onOpen as the simple trigger it is (no user e-mail); the menus it added. */
  menus(): { caption: string; items: MenuItemSpec[] }[] {
    const result = this.company.run('onOpen', [], { kind: 'simple', user: '', sheetsEvent: { authMode: 'LIMITED' } });
    if (!result.ok) throw new Error(result.error?.message ?? 'onOpen failed');
    return result.ui.filter((e): e is Extract<UiEvent, { type: 'menu' }> => e.type === 'menu').map((m) => ({ caption: m.caption, items: m.items }));
  }

  /** A menu item's function, run by the admin who clicked it. Only functions the menu names may run. */
  runMenuItem(functionName: string, user: string): Outcome {
    const started = Date.now();
    const allowed = new Set<string>();
    const walk = (items: MenuItemSpec[]) => items.forEach((i) => (i.kind === 'item' ? allowed.add(i.functionName) : i.kind === 'submenu' ? walk(i.items) : undefined));
    this.menus().forEach((m) => walk(m.items));
    if (!allowed.has(functionName)) return { ok: false, error: { name: 'Error', message: `Not a menu item: ${functionName}` }, ui: [], ms: 0, modelledMs: 0 };
    const result = this.company.run(functionName, [], { kind: 'menu', user });
    return this.outcome(result, started);
  }

  /**
   * A `google.script.run` call from a page: the arguments and the result cross by Apps Script's
   * rules (a Date, a function or a cycle fails the call), as `kind` 'rpc' (admin pages) or 'web'.
   */
  rpc(name: string, args: unknown, user: string, kind: 'rpc' | 'web'): Outcome {
    const started = Date.now();
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name) || name.endsWith('_')) {
      return { ok: false, error: { name: 'Error', message: `Script function not found: ${name}` }, ui: [], ms: 0, modelledMs: 0 };
    }
    let list: unknown[];
    try {
      list = serializeScriptRunArguments(Array.isArray(args) ? args : []);
    } catch (e) {
      return { ok: false, error: { name: 'Error', message: (e as Error).message }, ui: [], ms: 0, modelledMs: 0 };
    }
    const result = this.company.run(name, list, { kind, user });
    if (!result.ok) return this.outcome(result, started);
    try {
      return this.outcome(result, started, serializeForScriptRun(result.value));
    } catch (e) {
      return { ...this.outcome(result, started), ok: false, error: { name: 'Error', message: (e as Error).message } };
    }
  }

  /**
   * A cell typed in the grid by `editor` (the admin picked in the top bar): one execution of kind
   * 'simple', running as that person as a simple trigger does, that writes the text through
   * SpreadsheetApp (parsed as Sheets parses typed input; a protected sheet refuses a person who is
   * not one of its editors, reference/spreadsheet/protection) and then calls the bundle's onEdit, if
   * it has one, with the event object Sheets passes (reference: guides/triggers/events#edit). Then
   * every installable edit trigger of the workbook fires, each its own execution running as the
   * trigger's creator, with `e.user` the person who edited (guides/triggers/installable).
   */
  editCell(sheet: string, row: number, column: number, text: string, editor = this.company.owner): Outcome {
    const started = Date.now();
    const result = this.company.run('kanriSandboxEdit', [sheet, row, column, text], {
      kind: 'simple',
      user: '',
      effectiveUser: editor,
      globals: (env) => {
        // Defined in the bundle's realm, so it sees the execution's globals (SpreadsheetApp, onEdit) as Apps Script code does.
        const RealmFunction = (env.realm.Array as unknown as { constructor: FunctionConstructor }).constructor;
        return { kanriSandboxEdit: new RealmFunction('sheetName', 'row', 'column', 'text', EDIT_BODY) };
      },
    });
    if (!result.ok) return this.outcome(result, started);
    const edit = result.value as { oldValue?: unknown; value: unknown };
    const triggers = this.company.services.read((s) => s.triggers.filter((t) => t.eventType === 'ON_EDIT'));
    for (const t of triggers) {
      const fired = this.company.run('kanriSandboxEditTrigger', [t.handler, t.id, sheet, row, column, edit.value, edit.oldValue, editor], {
        kind: 'trigger',
        globals: (env) => {
          const RealmFunction = (env.realm.Array as unknown as { constructor: FunctionConstructor }).constructor;
          return { kanriSandboxEditTrigger: new RealmFunction('handler', 'uid', 'sheetName', 'row', 'column', 'value', 'oldValue', 'editor', EDIT_TRIGGER_BODY) };
        },
      });
      if (!fired.ok) return this.outcome(fired, started);
    }
    return this.outcome(result, started);
  }

  /** doGet as the web app runs it for `user`; the HTML it serves, or the error. */
  doGet(user: string, query: Record<string, string>): { ok: true; html: string; title: string } | { ok: false; message: string } {
    const result = this.company.run('doGet', [{ parameter: query, parameters: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, [v]])), queryString: new URLSearchParams(query).toString(), contextPath: '', contentLength: -1 }], { kind: 'web', user });
    if (!result.ok) return { ok: false, message: result.error?.message ?? 'doGet failed' };
    const out = result.value as { getContent?: () => string; getTitle?: () => string } | null;
    if (!out || typeof out.getContent !== 'function') return { ok: false, message: 'doGet did not return an HtmlOutput' };
    return { ok: true, html: out.getContent(), title: out.getTitle?.() ?? '' };
  }
}

/** The body of the edit function (plain ES5 in the bundle's realm). */
const EDIT_BODY = `
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.getSheetByName(sheetName);
  if (!sheet) throw new Error('Sheet not found: ' + sheetName);
  var range = sheet.getRange(row, column);
  var oldValue = range.getValue();
  // Typed input is checked against the cell's data validation, as Sheets does: a strict rule
  // (setAllowInvalid(false)) rejects a value outside its list; a script's setValues is not checked.
  var rule = text === '' ? null : range.getDataValidation();
  if (rule && !rule.getAllowInvalid() && String(rule.getCriteriaType()) === 'VALUE_IN_LIST' && rule.getCriteriaValues()[0].indexOf(text) < 0) {
    throw new Error('The data you entered in cell ' + range.getA1Notation() + ' violates the data validation rules set on this cell.');
  }
  range.setValue(text);
  if (typeof onEdit === 'function') {
    var e = { source: ss, range: range, value: text, authMode: ScriptApp.AuthMode.LIMITED, triggerUid: '', user: Session.getActiveUser() };
    if (oldValue !== '') e.oldValue = oldValue;
    onEdit(e);
  }
  var done = { value: text };
  if (oldValue !== '') done.oldValue = oldValue instanceof Date ? oldValue.toISOString() : oldValue;
  return done;
`;

/** An installable edit trigger's execution: the event object of guides/triggers/events#edit. */
const EDIT_TRIGGER_BODY = `
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var e = { source: ss, range: ss.getSheetByName(sheetName).getRange(row, column), value: value, authMode: ScriptApp.AuthMode.FULL, triggerUid: uid,
    user: { getEmail: function () { return editor; }, toString: function () { return editor; } } };
  if (oldValue !== undefined) e.oldValue = oldValue;
  var fn = globalThis[handler];
  if (typeof fn !== 'function') throw new Error('Script function not found: ' + handler);
  fn(e);
  return true;
`;
