/** `kanri entrypoints [--json]`: every entry point of the bundle, its kind, roles and input schema. */
import { toJSONSchema } from 'zod/mini';
import { entryPoints } from '../../addon/registry';
import type { CliIo } from './io';

export function describeEntryPointsForCli() {
  return entryPoints.map((e) => ({
    name: e.name,
    kind: e.kind,
    summary: e.summary,
    roles: e.kind === 'rpc' ? [...e.roles] : e.kind === 'menu' ? ['admin'] : [],
    ...(e.kind === 'rpc' ? { input: toJSONSchema(e.input, { unrepresentable: 'any' }) } : {}),
  }));
}

export function runEntrypoints(json: boolean, io: CliIo): number {
  const list = describeEntryPointsForCli();
  if (json) io.out(JSON.stringify(list, null, 2));
  else for (const e of list) io.out(`${e.name.padEnd(24)} ${e.kind.padEnd(8)} ${(e.roles.join(',') || '-').padEnd(24)} ${e.summary}`);
  return 0;
}
