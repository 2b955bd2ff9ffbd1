/**
 * The one list of everything Apps Script may call: menu items, triggers, the web app and every
 * RPC a page can reach through `google.script.run`. The build turns this list into the top-level
 * `function` declarations of build/Code.js; nothing else in the bundle is reachable from a page.
 */
import type { ZodMiniType } from 'zod/mini';
import type { MessageKey } from '../core/i18n';

export type Role = 'admin' | 'manager' | 'employee';
export const ROLES: readonly Role[] = ['admin', 'manager', 'employee'];

interface Base {
  /** The global function name in build/Code.js. */
  readonly name: string;
  /** What the entry does, for `kanri entrypoints` and the docs. */
  readonly summary: string;
}

/** A simple trigger (onOpen, onInstall, onEdit): runs with the document, sees no user e-mail. */
export interface SimpleTriggerEntry extends Base {
  readonly kind: 'simple';
  readonly handler: (event?: unknown) => unknown;
}
/** A Kanri menu item, run by whoever has the admin workbook open (the back office). */
export interface MenuEntry extends Base {
  readonly kind: 'menu';
  /** The item's caption in the Kanri menu; a separator is drawn before items with `separatorBefore`. */
  readonly caption: MessageKey;
  readonly separatorBefore?: boolean;
  /**
   * The caption as things stand, read by onOpen when it may (AuthMode.LIMITED: the bound document and
   * the script properties, no mail); a failure falls back to `caption`.
   */
  readonly captionNow?: () => MessageKey;
  readonly handler: () => unknown;
}
/** An installable time-based trigger's handler. */
export interface TriggerEntry extends Base {
  readonly kind: 'trigger';
  readonly handler: (event?: unknown) => unknown;
}
/** The web app (`doGet`). */
export interface WebEntry extends Base {
  readonly kind: 'web';
  readonly handler: (event?: unknown) => unknown;
}
/** A function called from a page; the roles are checked on the server before anything is read. */
export interface RpcEntry<I = unknown> extends Base {
  readonly kind: 'rpc';
  readonly roles: readonly [Role, ...Role[]];
  readonly input: ZodMiniType<I>;
  readonly handler: (input: I, context: RpcContext) => unknown;
}

export type EntryPoint = SimpleTriggerEntry | MenuEntry | TriggerEntry | WebEntry | RpcEntry<any>;

/** Who is calling an RPC, established on the server from the Roles table. */
export interface Caller {
  readonly email: string;
  readonly role: Role;
  /** Departments a manager manages; empty for others. */
  readonly departments: readonly string[];
  /** The caller's employee code, when the e-mail belongs to an employee. */
  readonly employeeCode: string | null;
}

/** What an RPC handler gets besides its validated input. */
export interface RpcContext {
  readonly caller: Caller;
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

export function rpc<I>(entry: Omit<RpcEntry<I>, 'kind'>): RpcEntry<I> {
  return { kind: 'rpc', ...entry };
}
