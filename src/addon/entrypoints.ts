/**
 * The one list of everything Apps Script may call: menu items, triggers, the web app and every
 * RPC a page can reach through `google.script.run`. The build turns this list into the top-level
 * `function` declarations of build/Code.js; nothing else in the bundle is reachable from a page.
 */
import type { ZodMiniType, output } from 'zod/mini';
import type { MessageKey } from '../core/i18n';

export type Role = 'admin' | 'manager' | 'employee';
export const ROLES: readonly Role[] = ['admin', 'manager', 'employee'];

interface Base {
  /** The global function name in build/Code.js. */
  readonly name: string;
  /** What the entry does, for `kanri entrypoints` and the docs. */
  readonly summary: string;
}

/**
 * A simple trigger (onOpen, onInstall, onEdit): runs with the document, sees no user e-mail. The
 * dispatcher runs it only with the event object Sheets passes (its `source` a Spreadsheet, which no
 * page can send through google.script.run: a function cannot cross).
 */
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
  readonly captionNow?: () => MessageKey | { readonly key: MessageKey; readonly params: Record<string, string | number> };
  /** Runs only for an admin of the workbook (checked by the dispatcher from Session's active user). */
  readonly handler: (context: MenuContext) => unknown;
}
/**
 * An installable trigger's handler. The dispatcher runs it only when the event's `triggerUid` is one
 * of this project's installed triggers for this very handler (ScriptApp.getProjectTriggers()).
 */
export interface TriggerEntry extends Base {
  readonly kind: 'trigger';
  readonly handler: (event: unknown, context: TriggerContext) => unknown;
}
/** The web app (`doGet`). */
export interface WebEntry extends Base {
  readonly kind: 'web';
  readonly handler: (event?: unknown) => unknown;
}
/**
 * A function called from a page; the roles are checked on the server before anything is read.
 * `N`, `S` and `O` keep the entry's literal name, its schema and its handler's answer, so the pages'
 * client (src/addon/surface.ts, sidebar/lib/run.ts) takes a call's name, input and answer from here.
 */
export interface RpcEntry<I = unknown, O = unknown, N extends string = string, S extends ZodMiniType = ZodMiniType<I>> extends Base {
  readonly name: N;
  readonly kind: 'rpc';
  readonly roles: readonly [Role, ...Role[]];
  readonly input: S;
  readonly handler: (input: I, context: RpcContext) => O;
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

/** What a menu handler gets: the admin who chose the item (audit rows name them). */
export interface MenuContext {
  readonly caller: Caller;
}
/** What a trigger handler gets: the account the trigger runs as (its creator), named in audit rows. */
export interface TriggerContext {
  readonly actor: string;
}

/** What an RPC handler gets besides its validated input. */
export interface RpcContext {
  readonly caller: Caller;
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/** Declares an RPC; the name, schema and answer are inferred (never widen: the pages' types come from here). */
export function rpc<const N extends string, S extends ZodMiniType, O>(entry: {
  readonly name: N;
  readonly summary: string;
  readonly roles: readonly [Role, ...Role[]];
  readonly input: S;
  readonly handler: (input: output<S>, context: RpcContext) => O;
}): RpcEntry<output<S>, O, N, S> {
  return { kind: 'rpc', ...entry };
}
