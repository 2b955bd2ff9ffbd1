/**
 * `PropertiesService` (reference/properties): script, user and document stores of strings,
 * persisted in state.json and shared at once with every other execution. Limits from the quotas
 * page: 9 kB a value, 500 kB a store, and a daily count of reads and writes per user.
 */
import type { CallStats, ExecutionOptions } from '../types';
import { AppsScriptError } from '../types';
import { modelledCost } from './costs';
import type { ServiceEnvironment, ServiceState } from './environment';
import { currentWindow } from './quota';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

type Scope = 'script' | 'user' | 'document';

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function storeBytes(store: Record<string, string>): number {
  let n = 0;
  for (const [k, v] of Object.entries(store)) n += byteLength(k) + byteLength(v);
  return n;
}

class Properties {
  constructor(
    private readonly env: ServiceEnvironment,
    private readonly execution: ExecutionOptions,
    private readonly stats: CallStats,
    private readonly scope: Scope,
  ) {}

  private store(state: ServiceState): Record<string, string> {
    if (this.scope === 'user') return (state.properties.user[this.execution.effectiveUser] ??= {});
    return state.properties[this.scope];
  }

  /** Counts the call, enforces the daily quota, then runs `fn` on the store in one transaction. */
  private call<T>(method: string, write: boolean, fn: (store: Record<string, string>) => T): T {
    this.stats.record(`PropertiesService.${method}`, write ? modelledCost.propertiesSet : modelledCost.propertiesGet);
    return this.env.update((state) => {
      const user = this.execution.effectiveUser;
      const window = currentWindow(state.propertiesQuota[user], this.execution.now().getTime());
      if (window.used >= this.env.propertiesDailyCalls) throw new AppsScriptError('Service invoked too many times for one day: properties.');
      state.propertiesQuota[user] = { ...window, used: window.used + 1 };
      const store = this.store(state);
      if (!write) return fn(store);
      const before = { ...store };
      const result = fn(store);
      for (const v of Object.values(store)) {
        if (byteLength(v) > VALUE_LIMIT_BYTES) {
          this.restore(store, before);
          throw new AppsScriptError('Argument too large: value');
        }
      }
      if (storeBytes(store) > STORE_LIMIT_BYTES) {
        this.restore(store, before);
        throw new AppsScriptError('You have exceeded the property storage quota. Please remove some properties and try again.');
      }
      return result;
    });
  }

  private restore(store: Record<string, string>, before: Record<string, string>): void {
    for (const k of Object.keys(store)) delete store[k];
    Object.assign(store, before);
  }

  getProperty(key: string): string | null {
    if (key === undefined || key === null) throw new AppsScriptError('Invalid argument: key');
    return this.call('getProperty', false, (s) => (Object.prototype.hasOwnProperty.call(s, String(key)) ? s[String(key)]! : null));
  }
  getProperties(): Record<string, string> {
    return this.call('getProperties', false, (s) => ({ ...s }));
  }
  getKeys(): string[] {
    return this.call('getKeys', false, (s) => Object.keys(s));
  }
  setProperty(key: string, value: unknown): Properties {
    if (key === undefined || key === null || key === '') throw new AppsScriptError('Invalid argument: key');
    this.call('setProperty', true, (s) => {
      s[String(key)] = String(value);
    });
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    this.call('setProperties', true, (s) => {
      if (deleteAllOthers) for (const k of Object.keys(s)) delete s[k];
      for (const [k, v] of Object.entries(properties ?? {})) s[k] = String(v);
    });
    return this;
  }
  deleteProperty(key: string): Properties {
    this.call('deleteProperty', true, (s) => {
      delete s[String(key)];
    });
    return this;
  }
  deleteAllProperties(): Properties {
    this.call('deleteAllProperties', true, (s) => {
      for (const k of Object.keys(s)) delete s[k];
    });
    return this;
  }
}

export function createPropertiesService(env: ServiceEnvironment, execution: ExecutionOptions, stats: CallStats): Record<string, unknown> {
  return {
    getScriptProperties: () => new Properties(env, execution, stats, 'script'),
    getUserProperties: () => new Properties(env, execution, stats, 'user'),
    /** "Returns null if the script is not bound to a document" (reference/properties/properties-service). */
    getDocumentProperties: () => (execution.documentBound ? new Properties(env, execution, stats, 'document') : null),
  };
}
