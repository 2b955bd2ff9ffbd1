/**
 * The demo company for tests, built once per as-of date and copied into each test's folder.
 *
 * Building it runs ~100 RPCs through the bundle (about 3 minutes on a 2-core machine); a dozen
 * test files need it, in two time-zone passes. The first caller builds it into a cache under the
 * system's temp folder, keyed by the as-of date, the seed and the content of build/ and src/ (so a
 * changed bundle or demo never reuses an old one); later callers, in this or another jest worker or
 * pass, copy it. The key leaves out the host's time zone on purpose: the demo must not depend on it,
 * and tests/integration/demo.test.ts builds it afresh and compares the two workbooks.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoCompany, type DemoOptions, type DemoSummary } from '../../src/local/demo';
import { ROOT } from './company';

const CACHE = path.join(os.tmpdir(), 'kanri-demo-cache');
/** A build that has held the lock this long has died (a build takes minutes, not this). */
const STALE_LOCK_MS = 20 * 60_000;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

let sourceHash: string | undefined;
/** What the demo is made of: the bundle (build/) and the TypeScript the test runs (src/). */
function sourcesHash(): string {
  if (sourceHash) return sourceHash;
  const h = crypto.createHash('sha256');
  for (const f of [...filesUnder(path.join(ROOT, 'build')), ...filesUnder(path.join(ROOT, 'src'))]) {
    h.update(path.relative(ROOT, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  }
  return (sourceHash = h.digest('hex').slice(0, 16));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The cached demo's folder, built first if no test has built it yet (one builder at a time). */
function cachedDemo(options: Pick<DemoOptions, 'asOf' | 'seed'>): { dir: string; summary: DemoSummary } {
  const key = `${options.asOf}-seed${options.seed ?? 1}-${sourcesHash()}`;
  const dir = path.join(CACHE, key);
  const summaryFile = path.join(CACHE, `${key}.json`);
  const lock = path.join(CACHE, `${key}.lock`);
  fs.mkdirSync(CACHE, { recursive: true });
  for (;;) {
    if (fs.existsSync(summaryFile)) return { dir, summary: JSON.parse(fs.readFileSync(summaryFile, 'utf8')) as DemoSummary };
    try {
      fs.mkdirSync(lock);
    } catch {
      const age = Date.now() - fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs!;
      if (age > STALE_LOCK_MS) fs.rmSync(lock, { recursive: true, force: true });
      else sleep(500);
      continue;
    }
    try {
      fs.rmSync(dir, { recursive: true, force: true });
      const summary = createDemoCompany(dir, { asOf: options.asOf, seed: options.seed ?? 1 });
      // the summary is written last: its presence says the folder is complete
      fs.writeFileSync(`${summaryFile}.tmp`, JSON.stringify(summary));
      fs.renameSync(`${summaryFile}.tmp`, summaryFile);
      return { dir, summary };
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

/**
 * Same answer as createDemoCompany(dir, options), from the cache: `dir` (new or empty) receives a
 * copy of the demo company built for that as-of date and seed. The summary's `dir` is the copy's.
 */
export function demoCompany(dir: string, options: Pick<DemoOptions, 'asOf' | 'seed'>): DemoSummary {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: the demo is copied only into a new folder`);
  const cached = cachedDemo(options);
  fs.cpSync(cached.dir, dir, { recursive: true });
  return { ...cached.summary, dir };
}
