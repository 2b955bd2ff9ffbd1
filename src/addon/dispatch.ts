/** Runs an entry point by name: the only way from a generated global function into the bundle. */
import { safeParse } from 'zod/mini';
import { entryPoints } from './registry';
import type { EntryPoint, RpcEntry } from './entrypoints';
import { activeUserEmail, mayCall, resolveCaller } from './auth';
import { openWorkbook } from './workbook';
import { callerFromToken } from './signedLink';
import { KanriError } from '../core/errors';
import { describeProblem } from '../schema/problems';
import { fieldPath } from '../schema/issues';

function find(name: string): EntryPoint {
  const entry = entryPoints.find((e) => e.name === name);
  if (!entry) throw new Error(`Unknown entry point: ${name}`);
  return entry;
}

export function callEntry(name: string, args: unknown[]): unknown {
  const entry = find(name);
  if (entry.kind === 'rpc') throw new Error(`${name} is an RPC`);
  return entry.handler(args[0]);
}

/**
 * An RPC: the caller's role is checked against the entry's declared roles before anything else is
 * read, then the input is validated with the entry's schema, then the handler runs. When Session
 * has no e-mail (staff without a Workspace account), a page may pass the signed personal link's
 * token as the second argument: it identifies one employee, with the employee role only.
 */
export function callRpc(name: string, args: unknown[]): unknown {
  const entry = find(name) as RpcEntry;
  if (entry.kind !== 'rpc') throw new Error(`${name} is not an RPC`);
  const ss = openWorkbook();
  const email = activeUserEmail();
  const token = typeof args[1] === 'string' ? args[1] : '';
  const caller = !email && token ? callerFromToken(ss, token) : resolveCaller(ss, email);
  if (!mayCall(caller, entry.roles)) throw new KanriError('access.denied', { action: name });
  const parsed = safeParse(entry.input, args[0] ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new KanriError('field.invalid', { field: fieldPath(issue.path, 'input'), problem: describeProblem(issue, 'ja') },
      parsed.error.issues.map((i) => `${fieldPath(i.path, 'input')}: ${describeProblem(i, 'en')}`));
  }
  return entry.handler(parsed.data, { caller, ss });
}
