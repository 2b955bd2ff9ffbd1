/**
 * Service-call statistics and the latency model (an ESTIMATE, never slept).
 *
 * Counts are exact: one per emulated call, keyed 'Service.Class.method'. Modelled time is added up
 * on a counter from the constants below. Sources (see /work/shared/APPS-SCRIPT-NOTES.md, "A latency model"):
 * - Google, "Best practices" (developers.google.com/apps-script/guides/support/best-practices):
 *   a per-cell loop over 100×100 cells ≈ 70 s, one batched call ≈ 1 s.
 * - Google, "Optimizing Spreadsheet Operations" (Apps Script blog): "every time you do a read, we
 *   must first commit the write cache"; 400 flushed single-row writes ≈ 12 s (→ ≈ 30 ms a round trip),
 *   400 unflushed ones 164 ms (→ ≈ 0.4 ms a queued write), a 4,000-cell setValues under 50 ms,
 *   a flush() of a 4,000-cell batch ≈ 0.5 s.
 * - Published averages over 100 calls for Properties (30 / 60 ms) and Cache (3 / 90 ms).
 */
import { AppsScriptError, type CallStats } from './types';

export const LATENCY_MS = {
  /** A call that forces a round trip to Google: a read, a flush, a structural change, a lock acquire. */
  roundTrip: 30,
  /** Per cell carried back by a read. */
  readCell: 0.01,
  /** Per cell handed to a (queued) write call. */
  writeCell: 0.02,
  /** A write call that only enters the write cache. */
  queuedWrite: 0.4,
  /**
   * Per cell applied when the write cache is committed: (0.5 s − one round trip) / 4,000 cells,
   * from "flush() of a 4,000-cell batch ≈ 0.5 s".
   */
  commitCell: (500 - 30) / 4000,
  propertiesGet: 30,
  propertiesSet: 60,
  cacheGet: 3,
  cachePut: 90,
  lockAcquire: 30,
} as const;

/** Apps Script's limit for one execution (guides/services/quotas): 6 minutes. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/** Simple triggers "cannot run for longer than 30 seconds" (guides/triggers#restrictions). */
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;

/** The key under which write-cache commits are counted (not a method of Apps Script: a modelled round trip). */
export const COMMIT_KEY = 'SpreadsheetApp.(write cache commit)';

export class ExecutionStats implements CallStats {
  private readonly map = new Map<string, number>();
  private readonly time = new Map<string, number>();
  private total = 0;

  /**
   * @param limitMs when set, a call that brings the modelled time over it throws
   *   "Exceeded maximum execution time", as Google would stop a script that slow.
   */
  constructor(readonly limitMs: number | null = null) {}

  record(key: string, modelledMs: number): void {
    this.map.set(key, (this.map.get(key) ?? 0) + 1);
    this.time.set(key, (this.time.get(key) ?? 0) + modelledMs);
    this.total += modelledMs;
    if (this.limitMs !== null && this.total > this.limitMs) {
      throw new AppsScriptError('Exceeded maximum execution time');
    }
  }

  get counts(): ReadonlyMap<string, number> {
    return this.map;
  }

  get modelledMs(): number {
    return this.total;
  }

  /** Modelled time by key (estimates). */
  get modelledByKey(): ReadonlyMap<string, number> {
    return this.time;
  }

  count(key: string): number {
    return this.map.get(key) ?? 0;
  }

  /** Total number of calls recorded, commits included. */
  get totalCalls(): number {
    let n = 0;
    for (const v of this.map.values()) n += v;
    return n;
  }
}

function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return `${ms.toFixed(1)} ms`;
}

/** The `--stats` block: exact call counts by method, then the modelled time, labelled as an estimate. */
export function formatStats(stats: CallStats): string {
  const byKey = stats instanceof ExecutionStats ? stats.modelledByKey : null;
  const keys = [...stats.counts.keys()].sort();
  const width = Math.max(10, ...keys.map((k) => k.length));
  const lines = ['Service calls (exact counts):'];
  let calls = 0;
  for (const key of keys) {
    const n = stats.counts.get(key) ?? 0;
    calls += n;
    const t = byKey?.get(key);
    lines.push(`  ${key.padEnd(width)}  ${String(n).padStart(7)}${t === undefined ? '' : `  ~${formatMs(t)}`}`);
  }
  lines.push(`  ${'total'.padEnd(width)}  ${String(calls).padStart(7)}`);
  lines.push(`Modelled time on Google (an estimate, see src/local/emulator/stats.ts): ~${formatMs(stats.modelledMs)}`);
  return lines.join('\n');
}
