/**
 * A company folder run through the emulator: the built bundle (build/Code.js) executes with every
 * Apps Script service the emulator has, as the user and at the time given. The CLI, the sandbox
 * server, the demo and the integration tests all go through here, so they run the code that ships.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadBundle, runExecution, type ExecutionEnv, type ExecutionResult } from './emulator/runtime';
import { createServices, endServices, ServiceEnvironment } from './emulator/services';
import { packageRoot } from './emulator/services/environment';
import type { ExecutionKind } from './emulator/types';

export const DEFAULT_OWNER = 'owner@kanri.local';

export interface RunAs {
  kind: ExecutionKind;
  /** The active user's e-mail ('' in simple triggers). */
  user?: string;
  /** The simulated time of the execution (default: now). */
  at?: Date;
  /** Extra globals for this execution only (the sandbox's cell edit runs through one). */
  globals?: (env: ExecutionEnv) => Record<string, unknown>;
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

  constructor(dir: string, options: { buildDir?: string; owner?: string; idSeed?: number; mailDailyRecipients?: number } = {}) {
    this.dir = path.resolve(dir);
    this.buildDir = options.buildDir ?? path.join(packageRoot(), 'build');
    // The script's owner is the folder's: recorded the first time, read back every time after.
    const ownerFile = path.join(this.dir, '.kanri', 'owner');
    const owner = fs.existsSync(ownerFile) ? fs.readFileSync(ownerFile, 'utf8').trim() : options.owner ?? DEFAULT_OWNER;
    this.services = new ServiceEnvironment(this.dir, {
      buildDir: this.buildDir,
      owner,
      ...(options.idSeed !== undefined ? { idSeed: options.idSeed } : {}),
      ...(options.mailDailyRecipients !== undefined ? { mailDailyRecipients: options.mailDailyRecipients } : {}),
      onLockAcquired: () => this.current?.documents.refreshFromStore(),
      onLockReleased: () => this.current?.documents.commitToStore(),
    });
    if (!fs.existsSync(ownerFile)) fs.writeFileSync(ownerFile, owner);
  }

  get owner(): string {
    return this.services.owner;
  }

  /** Runs one top-level function of the bundle as one Apps Script execution. */
  run(functionName: string, args: unknown[], as: RunAs): ExecutionResult {
    const now = as.at ?? this.clock();
    const offset = now.getTime() - Date.now();
    let globals: Record<string, unknown> | undefined;
    const result = runExecution({
      bundle: loadBundle(path.join(this.buildDir, 'Code.js')),
      folder: this.dir,
      functionName,
      args,
      execution: {
        kind: as.kind,
        activeUser: as.user ?? '',
        effectiveUser: this.owner,
        // the simulated clock advances with real time from `now`, so durations inside an execution are real
        now: () => new Date(Date.now() + offset),
        documentBound: as.kind !== 'web',
      },
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
