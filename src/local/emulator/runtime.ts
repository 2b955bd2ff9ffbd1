/**
 * Runs build/Code.js the way Apps Script does: one execution = a fresh global scope holding only
 * the Apps Script services, the bundle's top level evaluated, one named function called, the write
 * cache committed and the workbooks saved at the end (also when the function throws: like Google,
 * what was written before an error stays written).
 *
 * The 6-minute limit ("Exceeded maximum execution time") is enforced twice:
 * - real time, by the vm's `timeout` (a runaway loop is stopped);
 * - modelled time, by the CallStats counter (stats.ts): a script whose service calls would take
 *   more than 6 minutes on Google fails here too, at the call that crosses the line, even though
 *   it runs in milliseconds locally.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { CompanyFolder } from '../store/store';
import { SheetsHost } from './documents';
import { isDate, realmOf, type Realm } from './realm';
import { Authorizer, type Authorization } from './authorization';
import { createSpreadsheetApp } from './spreadsheet';
import { EXECUTION_LIMIT_MS, ExecutionStats, SIMPLE_TRIGGER_LIMIT_MS } from './stats';
import { AppsScriptError, type DocumentHooks, type ExecutionOptions } from './types';
import type { UiEvent } from './ui';

export interface Bundle {
  readonly file: string;
  readonly script: vm.Script;
  readonly bytes: number;
}

const bundles = new Map<string, { stamp: string; bundle: Bundle }>();

/** Compiles build/Code.js once per process (again only when the file changes). */
export function loadBundle(file = path.resolve('build/Code.js')): Bundle {
  const abs = path.resolve(file);
  const st = fs.statSync(abs);
  const stamp = `${st.size}:${st.mtimeMs}`;
  const cached = bundles.get(abs);
  if (cached && cached.stamp === stamp) return cached.bundle;
  const code = fs.readFileSync(abs, 'utf8');
  const bundle = bundleFromSource(code, abs);
  bundles.set(abs, { stamp, bundle });
  return bundle;
}

/** A bundle from source text (tests, benchmarks). */
export function bundleFromSource(code: string, filename = 'Code.js'): Bundle {
  return { file: filename, script: new vm.Script(code, { filename }), bytes: Buffer.byteLength(code) };
}

/** What a services factory receives: everything one execution shares. */
export interface ExecutionEnv {
  readonly execution: ExecutionOptions;
  readonly stats: ExecutionStats;
  /** The spreadsheets: LockService calls refreshFromStore() on acquire and commitToStore() on release. */
  readonly documents: DocumentHooks;
  readonly sheets: SheetsHost;
  readonly realm: Realm;
  readonly folder: CompanyFolder;
  readonly logs: string[];
}

export interface RunOptions {
  bundle: Bundle | string;
  /** The company folder (Kanri.xlsx, spreadsheets/). */
  folder: string | CompanyFolder;
  functionName: string;
  args?: unknown[];
  execution?: Partial<ExecutionOptions>;
  /** The other Apps Script services (Properties, Cache, Lock, Session, Utilities, …), or a factory per execution. */
  services?: Record<string, unknown> | ((env: ExecutionEnv) => Record<string, unknown>);
  /** Real-time limit for the vm, default 6 minutes. */
  timeoutMs?: number;
  /** Modelled-time limit, default 6 minutes; null disables it. */
  modelledLimitMs?: number | null;
  /** Receives each console/Logger line as it is written (e.g. to stderr). */
  onLog?: (line: string) => void;
  respondToAlert?: (event: Extract<UiEvent, { type: 'alert' }>) => string;
  firstSheetName?: string;
  /** Fault injection: which SpreadsheetApp writes fail (documents.ts SheetsHostOptions.failWrite). */
  failWrite?: (n: number, key: string, host: SheetsHost) => boolean;
  /**
   * A Sheets trigger event (guides/triggers/events: open, edit): the fields given here plus `source`,
   * the bound Spreadsheet, made inside the execution. Passed as the only argument instead of `args`.
   */
  sheetsEvent?: Record<string, unknown>;
  /**
   * The scopes the execution holds (authorization.ts): each service call is checked against the
   * scopes its reference page requires. Omitted: nothing is checked (emulator unit tests).
   */
  authorization?: Authorization;
  /** Called before the script starts (may throw: too many simultaneous executions); returns what ends it. */
  admit?: () => () => void;
}

export interface ExecutionResult {
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string; stack?: string };
  stats: ExecutionStats;
  ui: UiEvent[];
  logs: string[];
  sheets: SheetsHost;
  /** With `authorization`: every `Class.method` the bundle called in this execution. */
  calls?: ReadonlySet<string>;
}

export const DEFAULT_EXECUTION: ExecutionOptions = {
  kind: 'cli',
  activeUser: '',
  effectiveUser: 'owner@kanri.local',
  now: () => new Date(),
  documentBound: true,
};

function formatLog(args: unknown[]): string {
  return args.map((a) => (typeof a === 'string' ? a : isDate(a) ? (a as Date).toString() : safeJson(a))).join(' ');
}

function safeJson(v: unknown): string {
  try {
    return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
  } catch {
    return String(v);
  }
}

/**
 * Wraps a host service so the bundle sees Apps Script behaviour across the realm boundary: errors
 * thrown by the service become the bundle's own `Error` (name 'Exception'), returned Dates become
 * the bundle's `Date`. Objects returned are wrapped the same way; arrays and typed arrays pass through.
 */
export function bridgeToRealm<T>(value: T, realm: Realm, cache = new WeakMap<object, unknown>()): T {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (isDate(value)) return (value instanceof realm.Date ? value : new realm.Date((value as unknown as Date).getTime())) as T;
  // Arrays and typed arrays (a Blob's bytes, read back by another service) pass as they are.
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return value;
  const target = value as unknown as object;
  const known = cache.get(target);
  if (known) return known as T;
  const convert = (e: unknown): unknown => {
    const RealmError = realm.Error as unknown as new () => object;
    if (!(e instanceof Error) || (realm.Error !== Error && (e as object) instanceof RealmError)) return e;
    const host = e as Error;
    const converted = realm.error(host.message);
    if (!(host instanceof AppsScriptError)) converted.name = host.name;
    return converted;
  };
  const proxy = new Proxy(target, {
    get(t, prop, receiver) {
      const v = Reflect.get(t, prop, receiver) as unknown;
      if (typeof v !== 'function' || typeof prop === 'symbol') return bridgeToRealm(v, realm, cache);
      return function (this: unknown, ...args: unknown[]) {
        try {
          return bridgeToRealm(Reflect.apply(v as (...a: unknown[]) => unknown, t, args), realm, cache);
        } catch (e) {
          throw convert(e);
        }
      };
    },
    apply(t, thisArg, args) {
      try {
        return bridgeToRealm(Reflect.apply(t as (...a: unknown[]) => unknown, thisArg, args), realm, cache);
      } catch (e) {
        throw convert(e);
      }
    },
  });
  cache.set(target, proxy);
  return proxy as T;
}

/** Runs one execution. Never throws for the bundle's errors: they come back in `error`. */
export function runExecution(o: RunOptions): ExecutionResult {
  const bundle = typeof o.bundle === 'string' ? loadBundle(o.bundle) : o.bundle;
  const folder = typeof o.folder === 'string' ? new CompanyFolder(o.folder) : o.folder;
  const execution: ExecutionOptions = { ...DEFAULT_EXECUTION, ...o.execution };
  // Simple triggers "cannot run for longer than 30 seconds" (guides/triggers#restrictions).
  const limitMs = execution.kind === 'simple' ? SIMPLE_TRIGGER_LIMIT_MS : EXECUTION_LIMIT_MS;
  const stats = new ExecutionStats(o.modelledLimitMs === undefined ? limitMs : o.modelledLimitMs === null ? null : Math.min(o.modelledLimitMs, limitMs));
  const logs: string[] = [];
  const log = (line: string): void => {
    logs.push(line);
    o.onLog?.(line);
  };

  const context = vm.createContext({}, { name: 'Apps Script', codeGeneration: { strings: true, wasm: false } });
  const realm = realmOf(context);
  installClock(context, () => execution.now().getTime());
  const sheets = new SheetsHost({ folder, execution, stats, realm, ...(o.respondToAlert ? { respondToAlert: o.respondToAlert } : {}), ...(o.firstSheetName ? { firstSheetName: o.firstSheetName } : {}), ...(o.failWrite ? { failWrite: o.failWrite } : {}) });
  const env: ExecutionEnv = { execution, stats, documents: sheets, sheets, realm, folder, logs };
  const services = typeof o.services === 'function' ? o.services(env) : o.services ?? {};

  const consoleObj = {
    log: (...a: unknown[]) => log(formatLog(a)),
    info: (...a: unknown[]) => log(formatLog(a)),
    warn: (...a: unknown[]) => log(`[warn] ${formatLog(a)}`),
    error: (...a: unknown[]) => log(`[error] ${formatLog(a)}`),
  };
  let loggerText: string[] = [];
  const Logger = {
    log(data: unknown, ...values: unknown[]) {
      let text = typeof data === 'string' ? data : formatLog([data]);
      for (const v of values) text = text.replace(/%s/, formatLog([v]));
      loggerText.push(text);
      log(text);
      return Logger;
    },
    getLog: () => loggerText.join('\n'),
    clear: () => {
      loggerText = [];
    },
  };
  const authorizer = o.authorization
    ? new Authorizer(o.authorization, (name, message) => Object.assign(realm.error(message), { name }))
    : null;
  const guard = <T>(name: string, v: T): T => (authorizer ? authorizer.global(name, v) : v);
  const globals: Record<string, unknown> = { SpreadsheetApp: guard('SpreadsheetApp', createSpreadsheetApp(sheets)), console: consoleObj, Logger };
  for (const [name, service] of Object.entries(services)) globals[name] = bridgeToRealm(guard(name, service), realm);
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(context, name, { value, writable: true, configurable: true, enumerable: false });
  }

  const timeout = Math.min(o.timeoutMs ?? limitMs, limitMs);
  let result: ExecutionResult;
  let leave: (() => void) | undefined;
  try {
    leave = o.admit?.();
    bundle.script.runInContext(context, { timeout });
    const fn = (context as Record<string, unknown>)[o.functionName];
    if (typeof fn !== 'function') throw realm.error(`Script function not found: ${o.functionName}`);
    const args = o.sheetsEvent
      ? [Object.assign(vm.runInContext('({})', context) as object, o.sheetsEvent, { source: vm.runInContext('SpreadsheetApp.getActiveSpreadsheet()', context) })]
      : o.args ?? [];
    Object.defineProperty(context, '__kanriInvoke__', { value: () => (fn as (...a: unknown[]) => unknown).apply(undefined, args), configurable: true });
    const value = vm.runInContext('__kanriInvoke__()', context, { timeout });
    result = { ok: true, value, stats, ui: sheets.ui, logs, sheets };
  } catch (e) {
    const err = e as { name?: string; message?: string; stack?: string; code?: string };
    const timedOut = err?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
    const message = timedOut ? 'Exceeded maximum execution time' : String(err?.message ?? e);
    result = { ok: false, error: { name: timedOut ? 'Exception' : String(err?.name ?? 'Error'), message, ...(err?.stack ? { stack: err.stack } : {}) }, stats, ui: sheets.ui, logs, sheets };
  } finally {
    delete (context as Record<string, unknown>).__kanriInvoke__;
    leave?.();
  }
  if (authorizer) result.calls = authorizer.called;
  // End of execution: commit the write cache (counted even past the limit) and save.
  try {
    sheets.endExecution();
  } catch (e) {
    if (!(e instanceof AppsScriptError)) throw e;
    sheets.commitToStore();
  }
  return result;
}

/**
 * The execution's clock inside the bundle: `new Date()` and `Date.now()` read `execution.now`, so
 * `kanri tick --at` and the demo's as-of date are what the code sees. Dates stay the realm's own
 * (a Proxy over the realm's Date), so `instanceof Date` holds for every Date either side makes.
 */
function installClock(context: vm.Context, nowMs: () => number): void {
  const install = vm.runInContext(`(function (nowMs) {
    var RealDate = Date;
    RealDate.now = function () { return nowMs(); };
    globalThis.Date = new Proxy(RealDate, {
      construct: function (target, args, newTarget) { return Reflect.construct(target, args.length ? args : [nowMs()], newTarget); },
      apply: function (target) { return new target(nowMs()).toString(); }
    });
  })`, context) as (now: () => number) => void;
  install(nowMs);
}

/** Like runExecution, but throws the bundle's error (as an AppsScriptError) — handy in tests and the CLI. */
export function callBundle(o: RunOptions): ExecutionResult {
  const r = runExecution(o);
  if (!r.ok) {
    const e = new AppsScriptError(r.error?.message ?? 'unknown error');
    if (r.error?.stack) e.stack = r.error.stack;
    throw Object.assign(e, { result: r });
  }
  return r;
}
