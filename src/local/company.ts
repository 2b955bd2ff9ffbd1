/**
 * A company folder run through the emulator: the built bundle (build/Code.js) executes with every
 * Apps Script service the emulator has, as the user and at the time given. The CLI, the sandbox
 * server, the demo and the integration tests all go through here, so they run the code that ships.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadBundle, runExecution, type ExecutionEnv, type ExecutionResult } from './emulator/runtime';
import { clockEvent, createServices, endServices, ServiceEnvironment } from './emulator/services';
import { packageRoot } from './emulator/services/environment';
import { enterExecution } from './emulator/services/executions';
import type { ExecutionKind } from './emulator/types';
import { ExecutionStats } from './emulator/stats';
import { SheetsHost } from './emulator/documents';
import { CompanyFolder } from './store/store';
import { manifestWebAppAccess, webAppRefusal, type WebAppAccess } from './emulator/webapp';
import { writePrivateFile } from './store/private-files';

export const DEFAULT_OWNER = 'owner@kanri.local';

export interface RunAs {
  kind: ExecutionKind;
  /** The active user's e-mail ('' in simple triggers). */
  user?: string;
  /** The simulated time of the execution (default: now). */
  at?: Date;
  /** Extra globals for this execution only (the sandbox's cell edit runs through one). */
  globals?: (env: ExecutionEnv) => Record<string, unknown>;
  /** `Session.getEffectiveUser()`: the owner by default; an installable trigger runs as its creator, a grid edit as the person editing. */
  effectiveUser?: string;
  /** Fault injection (tests): which SpreadsheetApp writes of this execution fail. */
  failWrite?: (n: number, key: string, host: SheetsHost) => boolean;
  /** For a simple trigger: the event Sheets passes (these fields and `source`, the bound spreadsheet). */
  sheetsEvent?: Record<string, unknown>;
}

export class CompanyError extends Error {
  constructor(message: string, readonly result: ExecutionResult) {
    super(message);
  }
}

export class Company {
  readonly dir: string;
  readonly services: ServiceEnvironment;
  private current: ExecutionEnv | null = null;
  /** The clock used when a call gives no time: tests and the demo fix it. */
  clock: () => Date = () => new Date();

  readonly buildDir: string;
  /** Who may open the web app: the built manifest's webapp.access unless given (null: not modelled). */
  readonly webAppAccess: WebAppAccess | null;

  constructor(dir: string, options: { buildDir?: string; owner?: string; idSeed?: number; mailDailyRecipients?: number; webAppBaseUrl?: string | null; webAppAccess?: WebAppAccess } = {}) {
    this.dir = path.resolve(dir);
    this.buildDir = options.buildDir ?? path.join(packageRoot(), 'build');
    this.webAppAccess = options.webAppAccess ?? manifestWebAppAccess(this.buildDir);
    // The script's owner is the folder's: recorded the first time, read back every time after.
    const ownerFile = path.join(this.dir, '.kanri', 'owner');
    const owner = fs.existsSync(ownerFile) ? fs.readFileSync(ownerFile, 'utf8').trim() : options.owner ?? DEFAULT_OWNER;
    this.services = new ServiceEnvironment(this.dir, {
      buildDir: this.buildDir,
      owner,
      ...(options.idSeed !== undefined ? { idSeed: options.idSeed } : {}),
      ...(options.mailDailyRecipients !== undefined ? { mailDailyRecipients: options.mailDailyRecipients } : {}),
      ...(options.webAppBaseUrl !== undefined ? { webAppBaseUrl: options.webAppBaseUrl } : {}),
      onLockAcquired: () => this.current?.documents.refreshFromStore(),
      onLockReleased: () => this.current?.documents.commitToStore(),
    });
    if (!fs.existsSync(ownerFile)) writePrivateFile(ownerFile, owner);
  }

  get owner(): string {
    return this.services.owner;
  }

  /** Runs one top-level function of the bundle as one Apps Script execution. */
  run(functionName: string, args: unknown[], as: RunAs): ExecutionResult {
    const now = as.at ?? this.clock();
    if (as.kind === 'web' && this.webAppAccess) {
      const refusal = webAppRefusal(this.webAppAccess, as.user ?? '', this.owner);
      if (refusal) return this.refusedAtTheDoor(refusal, now);
    }
    const offset = now.getTime() - Date.now();
    let globals: Record<string, unknown> | undefined;
    const result = runExecution({
      bundle: loadBundle(path.join(this.buildDir, 'Code.js')),
      folder: this.dir,
      functionName,
      args,
      ...(as.failWrite ? { failWrite: as.failWrite } : {}),
      ...(as.sheetsEvent ? { sheetsEvent: as.sheetsEvent } : {}),
      execution: {
        kind: as.kind,
        activeUser: as.user ?? '',
        effectiveUser: as.effectiveUser ?? this.owner,
        // the simulated clock advances with real time from `now`, so durations inside an execution are real
        now: () => new Date(Date.now() + offset),
        documentBound: as.kind !== 'web',
      },
      // The manifest's scopes in every execution; a simple trigger holds AuthMode.LIMITED's only.
      // At most 30 simultaneous executions per user (quotas page), across processes.
      admit: () => enterExecution(this.services, this.owner),
      authorization: { declared: this.services.declaredScopes, mode: as.kind === 'simple' ? 'LIMITED' : 'FULL' },
      services: (env) => {
        this.current = env;
        globals = createServices(this.services, env.execution, env.stats);
        return as.globals ? { ...globals, ...as.globals(env) } : globals;
      },
    });
    if (globals) endServices(globals);
    this.current = null;
    return result;
  }

  /**
   * Fires an installed time-driven trigger of `handler` as Apps Script does: as its creator, with the
   * time-driven event object (its `triggerUid` is how Kanri knows a trigger, not a page, is calling).
   */
  fireTrigger(handler: string, at?: Date): ExecutionResult {
    const trigger = this.services.read((s) => s.triggers.find((t) => t.handler === handler));
    if (!trigger) throw new Error(`No installed trigger runs ${handler}`);
    const when = at ?? this.clock();
    return this.run(handler, [clockEvent(trigger, when)], { kind: 'trigger', at: when, effectiveUser: trigger.creator });
  }

  /** Google's answer to a visitor the web app's access level leaves out: no execution at all. */
  private refusedAtTheDoor(message: string, now: Date): ExecutionResult {
    const stats = new ExecutionStats();
    const execution = { kind: 'web' as const, activeUser: '', effectiveUser: this.owner, now: () => now, documentBound: false };
    return { ok: false, error: { name: 'WebAppAccessDenied', message }, stats, ui: [], logs: [], sheets: new SheetsHost({ folder: new CompanyFolder(this.dir), execution, stats }) };
  }

  /** Runs and returns the value, or throws the bundle's error as a CompanyError. */
  call(functionName: string, args: unknown[], as: RunAs): unknown {
    const result = this.run(functionName, args, as);
    if (!result.ok) throw new CompanyError(result.error?.message ?? 'unknown error', result);
    return result.value;
  }

  /** An RPC as a page calls it: through its global function, as `user`, with Apps Script's argument rules. */
  rpc(name: string, input: unknown, user: string, options: { at?: Date; fromWebApp?: boolean } = {}): unknown {
    return this.call(name, [input], { kind: options.fromWebApp ? 'web' : 'rpc', user, ...(options.at ? { at: options.at } : {}) });
  }
}
