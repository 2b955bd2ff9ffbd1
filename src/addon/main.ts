/**
 * The Apps Script entry: exposes the registry to the generated top-level functions of
 * build/Code.js (scripts/build.mjs) and nothing else. Logic lives in plain modules.
 */
import { entryPoints } from './registry';
import { callEntry, callRpc } from './dispatch';
import { bootstrap } from './bootstrap';

// The English catalog and the large legal tables are project files read when first needed.
bootstrap();

export { callEntry, callRpc };

/** Read by the build to generate one top-level function per entry point. */
export function describeEntryPoints(): { name: string; kind: string; summary: string; roles?: readonly string[] }[] {
  return entryPoints.map((e) => ({ name: e.name, kind: e.kind, summary: e.summary, ...(e.kind === 'rpc' ? { roles: e.roles } : {}) }));
}
