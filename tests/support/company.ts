/** Test helpers: a fresh company folder set up by the built bundle, and the CLI as a child process. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync, spawn } from 'node:child_process';
import { Company } from '../../src/local/company';

export const ROOT = path.resolve(__dirname, '../..');
export const ADMIN = 'owner@kanri.local';

export function tempDir(prefix = 'kanri-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A new company folder, set up through the bundle's own menu function. */
export function newCompany(at = new Date('2026-11-25T01:00:00Z')): Company {
  const company = new Company(tempDir());
  company.clock = () => at;
  company.call('kanriSetUp', [], { kind: 'menu', user: ADMIN });
  return company;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function kanri(args: string[], input?: string, timeoutMs = 120_000): CliRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/kanri.cjs'), ...args], { encoding: 'utf8', input, cwd: ROOT, timeout: timeoutMs });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function kanriAsync(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/kanri.cjs'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
