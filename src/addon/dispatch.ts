/** Runs an entry point by name: the only way from a generated global function into the bundle. */
import { entryPoints } from './registry';
import type { EntryPoint, RpcEntry } from './entrypoints';

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

export function callRpc(name: string, args: unknown[]): unknown {
  const entry = find(name) as RpcEntry;
  if (entry.kind !== 'rpc') throw new Error(`${name} is not an RPC`);
  throw new Error('RPCs are not wired yet');
}
