/** Test harness: a fresh company folder, a settable simulated clock, and a tiny CallStats. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CallStats, ExecutionOptions } from '../../../src/local/emulator/types';
import { createServices, ServiceEnvironment, type ServiceEnvironmentOptions } from '../../../src/local/emulator/services';

export class TestStats implements CallStats {
  readonly counts = new Map<string, number>();
  modelledMs = 0;
  record(key: string, modelledMs: number): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.modelledMs += modelledMs;
  }
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-services-'));
}

export interface Harness {
  dir: string;
  env: ServiceEnvironment;
  stats: TestStats;
  clock: { now: Date };
  execution: ExecutionOptions;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  g: Record<string, any>;
}

export function harness(options: ServiceEnvironmentOptions & { dir?: string; execution?: Partial<ExecutionOptions> } = {}): Harness {
  const dir = options.dir ?? tempDir();
  const env = new ServiceEnvironment(dir, options);
  const stats = new TestStats();
  const clock = { now: new Date('2025-04-01T00:00:00Z') };
  const execution: ExecutionOptions = {
    kind: 'menu', activeUser: 'admin@example.co.jp', effectiveUser: 'admin@example.co.jp',
    now: () => clock.now, documentBound: true, ...options.execution,
  };
  return { dir, env, stats, clock, execution, g: createServices(env, execution, stats) };
}

/** Another execution (another user, say) on the same folder and clock. */
export function another(h: Harness, execution: Partial<ExecutionOptions>): Harness {
  const stats = new TestStats();
  const ex: ExecutionOptions = { ...h.execution, ...execution };
  return { ...h, stats, execution: ex, g: createServices(h.env, ex, stats) };
}
