/**
 * Runs an entry point by name: the only way from a generated global function into the bundle.
 *
 * Every global of Code.js can be called from any page through google.script.run (guides/html/
 * reference/run), so every kind of entry establishes its caller here before its handler runs:
 * - rpc: the caller's role (権限/従業員, or a signed link) against the entry's declared roles;
 * - menu: an admin of the workbook (Session's active user is the person who chose the item);
 * - trigger: an installed trigger of this project for this handler (the event's `triggerUid`,
 *   guides/triggers/events: "Events produced by installable triggers contain a triggerUid");
 * - simple (onOpen…): the event Sheets passes, whose `source` is a Spreadsheet, never a page call.
 * A lock timeout becomes the Kanri error `busy` (nothing was written: the lock is taken first).
 */
import { safeParse } from 'zod/mini';
import { entryPoints } from './registry';
import type { Caller, EntryPoint, RpcEntry } from './entrypoints';
import { activeUserEmail, mayCall, resolveCaller } from './auth';
import { openWorkbook } from './workbook';
import { callerFromToken } from './signedLink';
import { readTable } from './tables';
import { rolesTable } from '../schema/tables/roles';
import { KanriError } from '../core/errors';
import { BUSY_CODE, errorMarker } from '../core/error-codes';
import { describeProblem } from '../schema/problems';
import { fieldPath } from '../schema/issues';

function find(name: string): EntryPoint {
  const entry = (entryPoints as readonly EntryPoint[]).find((e) => e.name === name);
  if (!entry) throw new Error(`Unknown entry point: ${name}`);
  return entry;
}

/** LockService's waitLock text on Google (and in the emulator); it becomes `busy` (src/core/error-codes.ts) for the pages. */
const LOCK_TIMEOUT = /^Lock timeout\b/;


function translated(e: unknown): unknown {
  if (e instanceof Error && !(e instanceof KanriError) && LOCK_TIMEOUT.test(e.message)) return new KanriError('access.busy', {}, [errorMarker(BUSY_CODE)]);
  return e;
}

function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw translated(e);
  }
}

/** True for the event object Sheets passes a trigger: its `source` is a Spreadsheet (a page cannot send a function). */
function isSheetsEvent(event: unknown): boolean {
  const source = (event as { source?: { getId?: unknown } } | null | undefined)?.source;
  return !!source && typeof source === 'object' && typeof source.getId === 'function';
}

/** The installed trigger behind this execution, or an error: a page passes no such event. */
function installedTrigger(name: string, event: unknown): void {
  const uid = (event as { triggerUid?: unknown } | null | undefined)?.triggerUid;
  const ok = typeof uid === 'string' && uid !== '' && ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === uid && t.getHandlerFunction() === name);
  if (!ok) throw new KanriError('access.notTrigger', { action: name });
}

/**
 * The admin who chose a menu item: an admin row of 権限 for Session's active user (one read). A
 * workbook being set up has no admin yet: whoever runs set-up becomes the first (setup.ts).
 */
function menuCaller(name: string): Caller {
  // A menu item runs in the admin workbook (its menu or its sidebars), never from the web app.
  if (!SpreadsheetApp.getActiveSpreadsheet()) throw new KanriError('access.menuOnly', { action: name });
  const email = activeUserEmail();
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  try {
    ss = openWorkbook();
  } catch {
    // not set up at all: only set-up may run, and it fails outside the bound workbook
  }
  const admins = ss ? readTable(ss, rolesTable).rows.filter((r) => r.value.role === 'admin') : [];
  if (name === 'kanriSetUp' && !admins.length) return { email, role: 'admin', departments: [], employeeCode: null };
  if (!email) throw new KanriError('access.noEmail');
  if (!admins.some((r) => r.value.email.toLowerCase() === email)) throw new KanriError('access.denied', { action: name });
  return { email, role: 'admin', departments: [], employeeCode: null };
}

/** The stubs of Code.js pass their `arguments`: copied into an array first. */
export function callEntry(name: string, given: ArrayLike<unknown>): unknown {
  const args = Array.prototype.slice.call(given) as unknown[];
  const entry = find(name);
  return guarded(() => {
    switch (entry.kind) {
      case 'rpc':
        throw new Error(`${name} is an RPC`);
      case 'simple':
        if (!isSheetsEvent(args[0])) throw new KanriError('access.notTrigger', { action: name });
        return entry.handler(args[0]);
      case 'trigger':
        installedTrigger(name, args[0]);
        return entry.handler(args[0], { actor: Session.getEffectiveUser().getEmail() });
      case 'menu':
        return entry.handler({ caller: menuCaller(name) });
      case 'web':
        return entry.handler(args[0]);
    }
  });
}

/**
 * An RPC: the caller's role is checked against the entry's declared roles before anything else is
 * read, then the input is validated with the entry's schema, then the handler runs. When Session
 * has no e-mail (staff without a Workspace account), a page may pass the signed personal link's
 * token as the second argument: it identifies one employee, with the employee role only.
 */
export function callRpc(name: string, given: ArrayLike<unknown>): unknown {
  const args = Array.prototype.slice.call(given) as unknown[];
  const entry = find(name) as RpcEntry;
  if (entry.kind !== 'rpc') throw new Error(`${name} is not an RPC`);
  return guarded(() => {
    const ss = openWorkbook();
    const email = activeUserEmail();
    const token = typeof args[1] === 'string' ? args[1] : '';
    const caller = !email && token ? callerFromToken(ss, token) : resolveCaller(ss, email);
    if (!mayCall(caller, entry.roles)) throw new KanriError('access.denied', { action: name });
    // reportInput: the issue carries the value given, so a wrong type is told from a missing value (problems.ts)
    const parsed = safeParse(entry.input, args[0] ?? {}, { reportInput: true });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new KanriError('field.invalid', { field: fieldPath(issue.path, 'input'), problem: describeProblem(issue, 'ja') },
        parsed.error.issues.map((i) => `${fieldPath(i.path, 'input')}: ${describeProblem(i, 'en')}`));
    }
    return entry.handler(parsed.data, { caller, ss });
  });
}
