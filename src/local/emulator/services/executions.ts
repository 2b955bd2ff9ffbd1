/**
 * "Simultaneous executions: 30 per user" (developers.google.com/apps-script/guides/services/quotas,
 * "Current limitations"). Every execution of a company folder, in this process or another, is a
 * marker file in `.kanri/running/` while it runs; the 31st of one user fails before the script
 * starts. Markers of processes that have died are removed. Google documents the limit but not the
 * error text; this one is what users report ("There are too many scripts running.").
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppsScriptError } from '../types';
import type { ServiceEnvironment } from './environment';
import { acquireLockFile, releaseLockFile } from './filelock';
import { ensurePrivateDir, writePrivateFile } from '../../store/private-files';

export const SIMULTANEOUS_EXECUTIONS_PER_USER = 30;
export const TOO_MANY_EXECUTIONS = 'There are too many scripts running.';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Registers one execution of `user`; returns what ends it. Throws when 30 of theirs are running. */
export function enterExecution(env: ServiceEnvironment, user: string, limit = SIMULTANEOUS_EXECUTIONS_PER_USER): () => void {
  const dir = path.join(env.kanriDir, 'running');
  ensurePrivateDir(dir, true);
  const who = crypto.createHash('sha256').update(user).digest('hex').slice(0, 16);
  const marker = path.join(dir, `${who}.${process.pid}.${crypto.randomUUID()}`);
  const token = crypto.randomUUID();
  const lock = env.lockPath('running');
  if (!acquireLockFile(lock, token, 10_000, 10_000)) throw new Error(`kanri: could not lock ${lock}`);
  try {
    let mine = 0;
    for (const name of fs.readdirSync(dir)) {
      const [owner, pid] = name.split('.');
      if (!alive(Number(pid))) {
        fs.rmSync(path.join(dir, name), { force: true });
        continue;
      }
      if (owner === who) mine++;
    }
    if (mine >= limit) throw new AppsScriptError(TOO_MANY_EXECUTIONS);
    writePrivateFile(marker, '');
  } finally {
    releaseLockFile(lock, token);
  }
  return () => fs.rmSync(marker, { force: true });
}
