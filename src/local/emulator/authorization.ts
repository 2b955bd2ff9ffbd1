/**
 * Authorization as Apps Script enforces it: every call of a service method is checked against the
 * scopes its reference page requires (scopes.ts) and the scopes the execution holds.
 *
 * - FULL (menus, pages, installable triggers, the web app): the manifest's `oauthScopes`, and only
 *   those: "If you set scopes explicitly ... Apps Script does not add any" (concepts/scopes,
 *   "Setting explicit scopes").
 * - LIMITED (the simple triggers `onOpen` / `onEdit` of a bound script; guides/triggers#restrictions):
 *   "They cannot access services that require authorization", "They can modify the file they are
 *   bound to, but cannot access other files", "may or may not be able to determine the identity of
 *   the current user". Modelled as holding only spreadsheets.currentonly (the bound file) and
 *   userinfo.email (Session answers, with an empty e-mail): MailApp, DriveApp, the Drive API,
 *   ScriptApp's triggers, openById/create and sidebars are refused.
 *
 * Error texts. Apps Script: "You do not have permission to call MailApp.sendEmail. Required
 * permissions: https://www.googleapis.com/auth/script.send_mail" (alternatives as "(a || b)"). Google
 * does not print this text on a reference page; it is the text reported by users for both an
 * undeclared scope and a simple trigger (docs/APPS-SCRIPT-NOTES.md). The advanced Drive service
 * fails as the Drive API does: GoogleJsonResponseException "API call to drive.files.create failed
 * with error: Request had insufficient authentication scopes."
 */
import { SCOPE_BASE, SCOPE_TABLE, scopesOf } from './scopes';

export type AuthMode = 'FULL' | 'LIMITED';

export interface Authorization {
  /**
   * The manifest's oauthScopes; null when it sets none: then Apps Script "automatically determines
   * what scopes a script needs by scanning its code" (concepts/scopes), so a FULL execution is not
   * refused anything.
   */
  readonly declared: readonly string[] | null;
  readonly mode: AuthMode;
}

/** What a simple trigger of a bound script holds, whatever the manifest says. */
export const LIMITED_SCOPES: readonly string[] = [`${SCOPE_BASE}spreadsheets.currentonly`, `${SCOPE_BASE}userinfo.email`];

/** The emulator's classes and the Apps Script class each stands for. */
const TYPE_BY_CONSTRUCTOR: Readonly<Record<string, string>> = {
  EmuSpreadsheetApp: 'Spreadsheet.SpreadsheetApp',
  EmuSpreadsheet: 'Spreadsheet.Spreadsheet',
  EmuSheet: 'Spreadsheet.Sheet',
  EmuRange: 'Spreadsheet.Range',
  EmuProtection: 'Spreadsheet.Protection',
  EmuDataValidationBuilder: 'Spreadsheet.DataValidationBuilder',
  EmuDataValidation: 'Spreadsheet.DataValidation',
  EmuUser: 'Base.User',
  User: 'Base.User',
  EmuUi: 'Base.Ui',
  EmuMenu: 'Base.Menu',
  Blob: 'Base.Blob',
  HtmlOutput: 'HTML.HtmlOutput',
  HtmlTemplate: 'HTML.HtmlTemplate',
  DriveFolder: 'Drive.Folder',
  DriveFile: 'Drive.File',
  Iterator: 'Drive.FileIterator',
  Properties: 'Properties.Properties',
  Cache: 'Cache.Cache',
  Lock: 'Lock.Lock',
  Trigger: 'Script.Trigger',
  ClockTriggerBuilder: 'Script.ClockTriggerBuilder',
  SpreadsheetTriggerBuilder: 'Script.SpreadsheetTriggerBuilder',
  FilesCollection: 'Drive.Files',
  PermissionsCollection: 'Drive.Permissions',
};

/** The globals and their class. */
export const TYPE_BY_GLOBAL: Readonly<Record<string, string>> = {
  SpreadsheetApp: 'Spreadsheet.SpreadsheetApp',
  DriveApp: 'Drive.DriveApp',
  MailApp: 'Mail.MailApp',
  ScriptApp: 'Script.ScriptApp',
  HtmlService: 'HTML.HtmlService',
  Utilities: 'Utilities.Utilities',
  LockService: 'Lock.LockService',
  PropertiesService: 'Properties.PropertiesService',
  CacheService: 'Cache.CacheService',
  Session: 'Base.Session',
  Drive: 'Drive',
};

/** Methods that return a plain object standing for a class. */
const RETURNS: Readonly<Record<string, string>> = {
  'Script.ScriptApp.getService': 'Script.Service',
  'Script.ScriptApp.newTrigger': 'Script.TriggerBuilder',
};

function typeOfValue(v: unknown): string | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  const name = (v as { constructor?: { name?: string } }).constructor?.name;
  return name ? TYPE_BY_CONSTRUCTOR[name] : undefined;
}

/** The text Apps Script throws for a call the execution's scopes do not cover. */
export function permissionError(key: string, required: readonly string[]): { name: string; message: string } {
  const parts = key.split('.');
  if (parts[0] === 'Drive' && (parts[1] === 'Files' || parts[1] === 'Permissions')) {
    return {
      name: 'GoogleJsonResponseException',
      message: `API call to drive.${parts[1].toLowerCase()}.${parts[2]} failed with error: Request had insufficient authentication scopes.`,
    };
  }
  const call = parts.slice(-2).join('.');
  const list = required.length === 1 ? required[0] : `(${required.join(' || ')})`;
  return { name: 'Exception', message: `You do not have permission to call ${call}. Required permissions: ${list}` };
}

export class Authorizer {
  private readonly held: ReadonlySet<string> | null;
  private readonly proxies = new WeakMap<object, unknown>();
  /** Every `Class.method` called through this execution's globals (what the bundle really calls). */
  readonly called = new Set<string>();

  constructor(
    readonly authorization: Authorization,
    private readonly makeError: (name: string, message: string) => Error,
  ) {
    this.held = authorization.mode === 'LIMITED' ? new Set(LIMITED_SCOPES) : authorization.declared ? new Set(authorization.declared) : null;
  }

  /** Throws Google's error when `key`'s reference page requires a scope this execution does not hold. */
  check(key: string): void {
    this.called.add(key);
    const row = SCOPE_TABLE[key];
    if (!row || !this.held) return;
    const held = this.held;
    const required = scopesOf(row);
    if (required.length === 0 || required.some((s) => held.has(s))) return;
    const e = permissionError(key, required);
    throw this.makeError(e.name, e.message);
  }

  /** A global seen by the bundle: each method call checked first. */
  global<T>(name: string, value: T): T {
    const type = TYPE_BY_GLOBAL[name];
    return type ? this.wrap(value, type) : value;
  }

  private wrap<T>(value: T, type: string): T {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const target = value as unknown as object;
    const known = this.proxies.get(target);
    if (known) return known as T;
    const proxy = new Proxy(target, {
      get: (t, prop, receiver) => {
        const v = Reflect.get(t, prop, receiver) as unknown;
        if (typeof prop === 'symbol') return v;
        if (typeof v !== 'function') {
          const inner = typeOfValue(v);
          return inner ? this.wrap(v, inner) : v;
        }
        if (prop === 'toString' || prop === 'valueOf' || prop === 'constructor') return v;
        const key = `${type}.${prop}`;
        const self = this;
        return function (this: unknown, ...args: unknown[]) {
          self.check(key);
          return self.result(key, Reflect.apply(v as (...a: unknown[]) => unknown, t, args));
        };
      },
    });
    this.proxies.set(target, proxy);
    return proxy as T;
  }

  private result(key: string, value: unknown): unknown {
    const declared = RETURNS[key];
    if (declared) return this.wrap(value, declared);
    if (Array.isArray(value)) {
      const first = value[0] as unknown;
      const type = typeOfValue(first);
      return type ? value.map((v) => this.wrap(v, typeOfValue(v) ?? type)) : value;
    }
    const type = typeOfValue(value);
    return type ? this.wrap(value, type) : value;
  }
}

/** The manifest's scopes (appsscript.json), or null when it sets none (scopes detected from the code). */
export function declaredScopes(manifest: unknown): string[] | null {
  const scopes = (manifest as { oauthScopes?: unknown } | null)?.oauthScopes;
  return Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : null;
}

/** Advanced services the manifest enables (dependencies.enabledAdvancedServices[].userSymbol). */
export function enabledAdvancedServices(manifest: unknown): string[] {
  const list = (manifest as { dependencies?: { enabledAdvancedServices?: unknown } } | null)?.dependencies?.enabledAdvancedServices;
  return Array.isArray(list) ? list.map((s) => (s as { userSymbol?: unknown }).userSymbol).filter((s): s is string => typeof s === 'string') : [];
}
