/**
 * The persistent, per-company state behind the emulated services (properties, caches, triggers,
 * mail quota usage, Drive metadata), kept in `<dir>/.kanri/state.json`. Several executions — in one
 * process or in several — may work on one folder at once, as on Google's servers, so every change
 * is a short transaction: take `state.lock`, re-read the file, change, write a temp file, rename.
 * A property set by one execution is therefore seen at once by every other, as in Apps Script.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { declaredScopes, enabledAdvancedServices } from '../authorization';
import { acquireLockFile, releaseLockFile } from './filelock';
import { ensurePrivateDir, writePrivateFile } from '../../store/private-files';

/** `<buildDir>/appsscript.json`, or null when there is none (emulator unit tests without a build). */
export function readManifest(buildDir: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(path.join(buildDir, 'appsscript.json'), 'utf8')) as unknown;
  } catch {
    return null;
  }
}

export interface CacheEntry {
  value: string;
  /** Simulated-clock ms after which the entry is gone. */
  expiresAt: number;
  /** Insertion order, for the best-effort eviction beyond 1,000 items. */
  storedAt: number;
}

export type TriggerSchedule =
  | { type: 'minutes'; every: number }
  | { type: 'hours'; every: number; minute?: number }
  | { type: 'days'; every: number; hour?: number; minute?: number }
  | { type: 'weeks'; every: number; weekDay: number; hour?: number; minute?: number }
  | { type: 'monthDay'; day: number; hour?: number; minute?: number }
  | { type: 'at'; at: string };

export interface TriggerRecord {
  id: string;
  handler: string;
  /** 'CLOCK' for time-driven triggers; 'ON_OPEN', 'ON_EDIT', 'ON_CHANGE', 'ON_FORM_SUBMIT' for spreadsheet ones. */
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId?: string;
  schedule?: TriggerSchedule;
  timeZone: string;
  /** The effective user who created it: an installable trigger runs as its creator. */
  creator: string;
  createdAt: string;
}

export interface DriveItem {
  id: string;
  kind: 'file' | 'folder';
  name: string;
  parents: string[];
  owner: string;
  editors: string[];
  viewers: string[];
  access: string;
  permission: string;
  trashed: boolean;
  mimeType?: string;
  description?: string;
  created: string;
  updated: string;
  /** Created by this script (DriveApp or the Drive API): what drive.file lets it see. */
  app?: boolean;
}

export interface ServiceState {
  version: 1;
  properties: { script: Record<string, string>; document: Record<string, string>; user: Record<string, Record<string, string>> };
  cache: { script: Record<string, CacheEntry>; document: Record<string, CacheEntry>; user: Record<string, Record<string, CacheEntry>> };
  triggers: TriggerRecord[];
  /** Mail recipients counted per user in the current 24-hour quota window. */
  mailQuota: Record<string, { windowStart: number; used: number }>;
  /** Properties reads + writes per user in the current 24-hour quota window. */
  propertiesQuota: Record<string, { windowStart: number; used: number }>;
  drive: { rootId: string; items: Record<string, DriveItem> };
  /** Files converted (Blob.getAs to PDF) per user in the current 24-hour quota window. */
  conversionQuota?: Record<string, { windowStart: number; used: number }>;
  mailSequence: number;
  /** The simulated time of the last `kanri tick`. */
  lastTick?: string;
  /** With `idSeed`, how many ids Utilities.getUuid has given (so the sequence survives executions). */
  idSequence?: number;
}

export interface ServiceEnvironmentOptions {
  /** Which quota column applies (quotas page): 'workspace' (default) or 'consumer'. */
  accountType?: 'consumer' | 'workspace';
  /** Where `createHtmlOutputFromFile(name)` finds `<name>.html` (default `<repo>/build`). */
  buildDir?: string;
  /** appsscript.json's timeZone. */
  scriptTimeZone?: string;
  locale?: string;
  /** MailApp recipients a day: 100 for a consumer account, 1,500 for Google Workspace (quotas page). */
  mailDailyRecipients?: number;
  /** Properties reads + writes a day: 50,000 consumer, 500,000 Workspace (quotas page). */
  propertiesDailyCalls?: number;
  /** Files converted a day: 2,000 consumer, 4,000 Workspace (quotas page). */
  conversionsDaily?: number;
  /** Base of `ScriptApp.getService().getUrl()`; null before any web-app deployment (as on Google: Class Service). */
  webAppBaseUrl?: string | null;
  scriptId?: string;
  /** The Drive owner of the root folder (the script owner). */
  owner?: string;
  onLockAcquired?: () => void;
  onLockReleased?: () => void;
  /** Makes Utilities.getUuid deterministic (the demo company: same seed, same workbook). */
  idSeed?: number;
  /** The manifest (default: `<buildDir>/appsscript.json`, read once). */
  manifest?: unknown;
}

/** The folder of Kanri's package.json, from this module whether run from src/ or bundled in build/. */
export function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export function emptyState(owner: string): ServiceState {
  const rootId = 'root' + crypto.randomBytes(12).toString('hex');
  const now = new Date(0).toISOString();
  return {
    version: 1,
    properties: { script: {}, document: {}, user: {} },
    cache: { script: {}, document: {}, user: {} },
    triggers: [],
    mailQuota: {},
    propertiesQuota: {},
    drive: {
      rootId,
      items: {
        [rootId]: { id: rootId, kind: 'folder', name: 'マイドライブ', parents: [], owner, editors: [], viewers: [], access: 'PRIVATE', permission: 'NONE', trashed: false, created: now, updated: now },
      },
    },
    mailSequence: 0,
  };
}

export class ServiceEnvironment {
  readonly dir: string;
  readonly buildDir: string;
  readonly scriptTimeZone: string;
  readonly locale: string;
  readonly accountType: 'consumer' | 'workspace';
  readonly mailDailyRecipients: number;
  /** Mail body limit: 200 kB consumer, 400 kB Workspace (quotas page). */
  readonly mailBodyBytes: number;
  readonly propertiesDailyCalls: number;
  /** "Files converted" a day: 2,000 consumer, 4,000 Workspace (guides/services/quotas). */
  readonly conversionsDaily: number;
  readonly webAppBaseUrl: string | null;
  readonly scriptId: string;
  readonly owner: string;
  onLockAcquired?: () => void;
  onLockReleased?: () => void;
  /**
   * The script's global scope (the vm context the bundle runs in), set by the runtime, so that
   * template scriptlets can call the script's own functions, as in Apps Script.
   */
  scriptGlobals?: Record<string, unknown>;
  readonly idSeed?: number | undefined;
  /** appsscript.json: its oauthScopes and enabledAdvancedServices decide what the script may call. */
  readonly manifest: unknown;

  /** A random UUID, or with `idSeed` the next of a deterministic sequence (UUID-shaped, from SHA-256). */
  nextUuid(): string {
    if (this.idSeed === undefined) return crypto.randomUUID();
    let n = 0;
    this.update((state) => {
      n = state.idSequence = (state.idSequence ?? 0) + 1;
    });
    const h = crypto.createHash('sha256').update(`${this.idSeed}:${n}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  private cached: { key: string; state: ServiceState } | null = null;

  constructor(dir: string, options: ServiceEnvironmentOptions = {}) {
    this.dir = path.resolve(dir);
    this.buildDir = options.buildDir ?? path.join(packageRoot(), 'build');
    this.scriptTimeZone = options.scriptTimeZone ?? 'Asia/Tokyo';
    this.locale = options.locale ?? 'ja';
    this.accountType = options.accountType ?? 'workspace';
    const consumer = this.accountType === 'consumer';
    this.mailDailyRecipients = options.mailDailyRecipients ?? (consumer ? 100 : 1500);
    this.mailBodyBytes = (consumer ? 200 : 400) * 1024;
    this.propertiesDailyCalls = options.propertiesDailyCalls ?? (consumer ? 50_000 : 500_000);
    this.conversionsDaily = options.conversionsDaily ?? (consumer ? 2_000 : 4_000);
    this.webAppBaseUrl = options.webAppBaseUrl === undefined ? 'http://localhost:8080' : options.webAppBaseUrl;
    this.scriptId = options.scriptId ?? 'kanri-local';
    this.owner = options.owner ?? 'owner@example.com';
    this.onLockAcquired = options.onLockAcquired;
    this.idSeed = options.idSeed;
    this.onLockReleased = options.onLockReleased;
    this.manifest = options.manifest !== undefined ? options.manifest : readManifest(this.buildDir);
    // Kanri's own folders: 0700 (tightened when an older version made them wider), files 0600.
    for (const d of [this.kanriDir, this.outboxDir, this.driveDir]) ensurePrivateDir(d, true);
    if (!fs.existsSync(this.statePath)) this.update(() => undefined);
  }

  /** The manifest's oauthScopes (null: none set, detected from the code). */
  get declaredScopes(): string[] | null {
    return declaredScopes(this.manifest);
  }
  /** The advanced services the manifest enables (their userSymbol: 'Drive'). */
  get advancedServices(): string[] {
    return enabledAdvancedServices(this.manifest);
  }

  get kanriDir(): string {
    return path.join(this.dir, '.kanri');
  }
  get statePath(): string {
    return path.join(this.kanriDir, 'state.json');
  }
  get outboxDir(): string {
    return path.join(this.dir, 'outbox');
  }
  get driveDir(): string {
    return path.join(this.dir, 'drive');
  }
  lockPath(scope: string): string {
    return path.join(this.kanriDir, 'locks', `${scope}.lock`);
  }

  private loadFresh(): ServiceState {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(this.statePath);
    } catch {
      return emptyState(this.owner);
    }
    // rename() gives each save a new inode, so (ino, size, mtime) identifies a version.
    const key = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    if (this.cached?.key !== key) this.cached = { key, state: JSON.parse(fs.readFileSync(this.statePath, 'utf8')) as ServiceState };
    return this.cached.state;
  }

  /** Reads the latest saved state (do not mutate it). */
  read<T>(fn: (state: ServiceState) => T): T {
    return fn(this.loadFresh());
  }

  /** Changes the state in one transaction, saved atomically (temp file + rename). */
  update<T>(fn: (state: ServiceState) => T): T {
    const token = crypto.randomUUID();
    const lock = this.lockPath('state');
    if (!acquireLockFile(lock, token, 30_000, 30_000)) throw new Error(`kanri: could not lock ${this.statePath}`);
    try {
      const state = structuredClone(this.loadFresh());
      const result = fn(state);
      writePrivateFile(this.statePath, JSON.stringify(state, null, 1));
      this.cached = null;
      return result;
    } finally {
      releaseLockFile(lock, token);
    }
  }
}
