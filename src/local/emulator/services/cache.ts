/**
 * `CacheService` (reference/cache): script, user and document caches. Keys up to 250 characters,
 * values up to 100 kB, expiry 600 s by default and at most 21,600 s, on the simulated clock; at
 * most 1,000 items (beyond, the oldest are evicted: the cache is best effort).
 */
import type { CallStats, ExecutionOptions } from '../types';
import { AppsScriptError } from '../types';
import { modelledCost } from './costs';
import type { CacheEntry, ServiceEnvironment, ServiceState } from './environment';

export const KEY_LIMIT_CHARS = 250;
export const VALUE_LIMIT_BYTES = 100 * 1024;
export const DEFAULT_EXPIRY_S = 600;
export const MAX_EXPIRY_S = 21_600;
export const MAX_ITEMS = 1000;

type Scope = 'script' | 'user' | 'document';

class Cache {
  constructor(
    private readonly env: ServiceEnvironment,
    private readonly execution: ExecutionOptions,
    private readonly stats: CallStats,
    private readonly scope: Scope,
  ) {}

  private entries(state: ServiceState): Record<string, CacheEntry> {
    if (this.scope === 'user') return (state.cache.user[this.execution.effectiveUser] ??= {});
    return state.cache[this.scope];
  }

  private checkKey(key: unknown): string {
    if (key === undefined || key === null) throw new AppsScriptError('Invalid argument: key');
    const k = String(key);
    if (k.length > KEY_LIMIT_CHARS) throw new AppsScriptError('Argument too large: key');
    return k;
  }

  private checkPut(key: unknown, value: unknown, expirationInSeconds: unknown): { key: string; value: string; expiresAt: number } {
    const k = this.checkKey(key);
    if (value === undefined || value === null) throw new AppsScriptError('Invalid argument: value');
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > VALUE_LIMIT_BYTES) throw new AppsScriptError('Argument too large: value');
    const seconds = expirationInSeconds === undefined ? DEFAULT_EXPIRY_S : Number(expirationInSeconds);
    // The reference: "the minimum is 1 second and the maximum is 21600 seconds (6 hours)".
    if (!Number.isFinite(seconds) || seconds < 1 || seconds > MAX_EXPIRY_S) throw new AppsScriptError('Invalid argument: expirationInSeconds');
    return { key: k, value: v, expiresAt: this.execution.now().getTime() + Math.floor(seconds) * 1000 };
  }

  private live(entries: Record<string, CacheEntry>, key: string): string | null {
    const e = entries[key];
    return e && e.expiresAt > this.execution.now().getTime() ? e.value : null;
  }

  private store(puts: { key: string; value: string; expiresAt: number }[]): void {
    this.env.update((state) => {
      const entries = this.entries(state);
      const now = this.execution.now().getTime();
      for (const [k, e] of Object.entries(entries)) if (e.expiresAt <= now) delete entries[k];
      for (const p of puts) entries[p.key] = { value: p.value, expiresAt: p.expiresAt, storedAt: now };
      const keys = Object.keys(entries);
      if (keys.length > MAX_ITEMS) {
        keys.sort((a, b) => entries[a]!.storedAt - entries[b]!.storedAt);
        for (const k of keys.slice(0, keys.length - MAX_ITEMS)) delete entries[k];
      }
    });
  }

  get(key: string): string | null {
    this.stats.record('CacheService.get', modelledCost.cacheGet);
    const k = this.checkKey(key);
    return this.env.read((state) => this.live(this.entries(structuredClone(state)), k));
  }
  getAll(keys: string[]): Record<string, string> {
    this.stats.record('CacheService.getAll', modelledCost.cacheGet);
    if (!Array.isArray(keys)) throw new AppsScriptError('Invalid argument: keys');
    const ks = keys.map((k) => this.checkKey(k));
    return this.env.read((state) => {
      const entries = this.entries(structuredClone(state));
      const out: Record<string, string> = {};
      for (const k of ks) {
        const v = this.live(entries, k);
        if (v !== null) out[k] = v;
      }
      return out;
    });
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.stats.record('CacheService.put', modelledCost.cachePut);
    this.store([this.checkPut(key, value, expirationInSeconds)]);
  }
  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    this.stats.record('CacheService.putAll', modelledCost.cachePut);
    this.store(Object.entries(values ?? {}).map(([k, v]) => this.checkPut(k, v, expirationInSeconds)));
  }
  remove(key: string): void {
    this.stats.record('CacheService.remove', modelledCost.cachePut);
    const k = this.checkKey(key);
    this.env.update((state) => {
      delete this.entries(state)[k];
    });
  }
  removeAll(keys: string[]): void {
    this.stats.record('CacheService.removeAll', modelledCost.cachePut);
    const ks = keys.map((k) => this.checkKey(k));
    this.env.update((state) => {
      const entries = this.entries(state);
      for (const k of ks) delete entries[k];
    });
  }
}

export function createCacheService(env: ServiceEnvironment, execution: ExecutionOptions, stats: CallStats): Record<string, unknown> {
  return {
    getScriptCache: () => new Cache(env, execution, stats, 'script'),
    getUserCache: () => new Cache(env, execution, stats, 'user'),
    /** null when the script is not bound to a document (reference/cache/cache-service#getDocumentCache). */
    getDocumentCache: () => (execution.documentBound ? new Cache(env, execution, stats, 'document') : null),
  };
}
