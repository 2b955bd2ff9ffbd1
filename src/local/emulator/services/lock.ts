/**
 * `LockService` (reference/lock): real mutual exclusion between executions working on the same
 * company folder, in this process or in others, through lock files (see filelock.ts).
 * - getScriptLock: no user runs the section concurrently; getUserLock: the current (effective) user
 *   only; getDocumentLock: any user of the document, and null when the script is not bound to a
 *   document, e.g. in a web app (reference/lock/lock-service#getDocumentLock).
 * - tryLock returns false on timeout; waitLock throws. Apps Script releases a lock when the
 *   execution ends: `releaseAll` does that, and a lock file is abandoned after the 6-minute
 *   execution limit (+ margin) or when its process dies.
 */
import crypto from 'node:crypto';
import type { CallStats, ExecutionOptions } from '../types';
import { AppsScriptError } from '../types';
import { modelledCost } from './costs';
import type { ServiceEnvironment } from './environment';
import { acquireLockFile, releaseLockFile, tryAcquireLockFile } from './filelock';

/** An execution lasts at most 6 minutes (quotas page); a lock older than that is abandoned. */
const HOLD_MS = 6 * 60 * 1000 + 30 * 1000;

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** The locks one execution holds, by scope file; several Lock objects of one scope share it. */
export class ExecutionLocks {
  readonly token = crypto.randomUUID();
  private readonly held = new Set<string>();

  constructor(private readonly env: ServiceEnvironment) {}

  has(file: string): boolean {
    return this.held.has(file);
  }

  acquire(file: string, timeoutMs: number): boolean {
    if (this.held.has(file)) return true;
    const ok = timeoutMs <= 0 ? tryAcquireLockFile(file, this.token, HOLD_MS) : acquireLockFile(file, this.token, HOLD_MS, timeoutMs);
    if (ok) {
      this.held.add(file);
      this.env.onLockAcquired?.();
    }
    return ok;
  }

  release(file: string): void {
    if (!this.held.delete(file)) return;
    try {
      this.env.onLockReleased?.();
    } finally {
      releaseLockFile(file, this.token);
    }
  }

  /** At the end of the execution, as Apps Script does. */
  releaseAll(): void {
    for (const file of [...this.held]) this.release(file);
  }
}

class Lock {
  constructor(
    private readonly locks: ExecutionLocks,
    private readonly file: string,
    private readonly stats: CallStats,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.stats.record('LockService.tryLock', modelledCost.lock);
    return this.locks.acquire(this.file, Number(timeoutInMillis) || 0);
  }
  waitLock(timeoutInMillis: number): void {
    this.stats.record('LockService.waitLock', modelledCost.lock);
    if (!this.locks.acquire(this.file, Number(timeoutInMillis) || 0)) throw new AppsScriptError(LOCK_TIMEOUT_MESSAGE);
  }
  hasLock(): boolean {
    this.stats.record('LockService.hasLock', 0);
    return this.locks.has(this.file);
  }
  releaseLock(): void {
    this.stats.record('LockService.releaseLock', modelledCost.lock);
    this.locks.release(this.file);
  }
}

function userScope(email: string): string {
  return 'user-' + crypto.createHash('sha256').update(email).digest('hex').slice(0, 16);
}

export function createLockService(env: ServiceEnvironment, execution: ExecutionOptions, stats: CallStats, locks: ExecutionLocks): Record<string, unknown> {
  return {
    getScriptLock: () => new Lock(locks, env.lockPath('script'), stats),
    getUserLock: () => new Lock(locks, env.lockPath(userScope(execution.effectiveUser)), stats),
    getDocumentLock: () => (execution.documentBound ? new Lock(locks, env.lockPath('document'), stats) : null),
  };
}
