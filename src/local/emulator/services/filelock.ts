/**
 * A lock file shared by every process working on one company folder: created with O_EXCL
 * (`open(..., 'wx')`), holding its owner's pid, host, token and expiry. A lock whose owner process
 * is dead, or whose expiry has passed, is stale and is broken. Waiting is synchronous
 * (`Atomics.wait`), because the bundle's code is synchronous.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../../store/private-files';

export interface LockOwner {
  pid: number;
  host: string;
  token: string;
  /** Wall-clock ms after which the lock is considered abandoned. */
  expiresAt: number;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread for `ms` real milliseconds without spinning. */
export function sleepSync(ms: number): void {
  if (ms > 0) Atomics.wait(sleeper, 0, 0, ms);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): { owner: LockOwner | null; raw: string; mtimeMs: number } | null {
  try {
    const raw = fs.readFileSync(file, 'utf8');
    const mtimeMs = fs.statSync(file).mtimeMs;
    try {
      return { owner: JSON.parse(raw) as LockOwner, raw, mtimeMs };
    } catch {
      return { owner: null, raw, mtimeMs };
    }
  } catch {
    return null; // gone meanwhile
  }
}

function isStale(info: { owner: LockOwner | null; mtimeMs: number }): boolean {
  const { owner } = info;
  // An unreadable file is a lock being written this very moment, unless it has stayed so for long.
  if (!owner) return Date.now() - info.mtimeMs > 10_000;
  if (owner.expiresAt < Date.now()) return true;
  return owner.host === os.hostname() && !pidAlive(owner.pid);
}

/** Breaks a stale lock: only one breaker wins the rename; a lock renewed meanwhile is put back. */
function breakStale(file: string, staleRaw: string): void {
  const aside = `${file}.stale.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return;
  }
  let raw = '';
  try {
    raw = fs.readFileSync(aside, 'utf8');
  } catch {
    /* ignore */
  }
  if (raw !== staleRaw) {
    try {
      fs.linkSync(aside, file); // someone took the lock between our read and rename: give it back
    } catch {
      /* a third process holds it now; the renamed owner will find its lock gone */
    }
  }
  fs.rmSync(aside, { force: true });
}

/** One attempt. True when this token now holds the lock (or already did). */
export function tryAcquireLockFile(file: string, token: string, holdMs: number): boolean {
  ensurePrivateDir(path.dirname(file), true);
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), token, expiresAt: Date.now() + holdMs };
  try {
    const fd = fs.openSync(file, 'wx', PRIVATE_FILE_MODE);
    try {
      fs.writeSync(fd, JSON.stringify(owner));
    } finally {
      fs.closeSync(fd);
    }
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const info = readOwner(file);
  if (!info) return false;
  if (info.owner?.token === token) return true;
  if (isStale(info)) breakStale(file, info.raw);
  return false;
}

/** Tries until `timeoutMs` real milliseconds have passed; polls with a short sleep. */
export function acquireLockFile(file: string, token: string, holdMs: number, timeoutMs: number): boolean {
  const deadline = Date.now() + Math.max(0, timeoutMs);
  let pause = 1;
  for (;;) {
    if (tryAcquireLockFile(file, token, holdMs)) return true;
    const left = deadline - Date.now();
    if (left <= 0) return false;
    sleepSync(Math.min(pause, left));
    pause = Math.min(pause * 2, 20);
  }
}

export function releaseLockFile(file: string, token: string): void {
  const info = readOwner(file);
  if (info?.owner?.token === token) fs.rmSync(file, { force: true });
}
