import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { harness, tempDir } from './harness';

/** The services bundled for child Node processes (real concurrent executions on one folder). */
function bundleServices(): string {
  const out = path.join(tempDir(), 'services.cjs');
  buildSync({
    entryPoints: [path.resolve(__dirname, '../../../src/local/emulator/services/index.ts')],
    bundle: true, platform: 'node', format: 'cjs', outfile: out, external: ['playwright-core'], logLevel: 'error',
  });
  return out;
}

function childScript(bundle: string, body: string): string {
  return `
const { ServiceEnvironment, createServices, endServices } = require(${JSON.stringify(bundle)});
const stats = { counts: new Map(), modelledMs: 0, record() {} };
const [dir, user] = process.argv.slice(1);
const env = new ServiceEnvironment(dir);
const g = createServices(env, { kind: 'cli', activeUser: user, effectiveUser: user, now: () => new Date(), documentBound: true }, stats);
${body}
endServices(g);
`;
}

function run(script: string, args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script, ...args]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

let bundle: string;
beforeAll(() => {
  bundle = bundleServices();
});

describe('LockService', () => {
  test('two processes incrementing one counter 50 times each under waitLock end at 100', async () => {
    const dir = tempDir();
    const counter = path.join(dir, 'counter.txt');
    fs.writeFileSync(counter, '0');
    const script = childScript(bundle, `
const fs = require('node:fs');
const file = require('node:path').join(dir, 'counter.txt');
for (let i = 0; i < 50; i++) {
  const lock = g.LockService.getScriptLock();
  lock.waitLock(30000);
  try {
    const n = Number(fs.readFileSync(file, 'utf8'));
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1); // widen the race window
    fs.writeFileSync(file, String(n + 1));
  } finally {
    lock.releaseLock();
  }
}`);
    const results = await Promise.all([run(script, [dir, 'a@example.co.jp']), run(script, [dir, 'b@example.co.jp'])]);
    for (const r of results) expect(r).toMatchObject({ code: 0, err: '' });
    expect(fs.readFileSync(counter, 'utf8')).toBe('100');
  });

  test('the same counter without the lock loses increments (the test can fail)', async () => {
    const dir = tempDir();
    const counter = path.join(dir, 'counter.txt');
    fs.writeFileSync(counter, '0');
    const script = childScript(bundle, `
const fs = require('node:fs');
const path = require('node:path');
const file = path.join(dir, 'counter.txt');
// start together (a slow machine may start one process long after the other): wait for both
fs.writeFileSync(path.join(dir, 'ready-' + process.pid), '');
while (fs.readdirSync(dir).filter((f) => f.startsWith('ready-')).length < 2) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
for (let i = 0; i < 50; i++) {
  const n = Number(fs.readFileSync(file, 'utf8'));
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
  fs.writeFileSync(file, String(n + 1));
}`);
    await Promise.all([run(script, [dir, 'a@x.jp']), run(script, [dir, 'b@x.jp'])]);
    // without the lock the two read-modify-write loops interleave: increments are lost (or a read
    // catches a half-written file), so the counter is not the 100 the locked run reaches
    expect(Number(fs.readFileSync(counter, 'utf8'))).not.toBe(100);
  });

  test('while another process holds the lock, tryLock returns false and waitLock throws', async () => {
    const h = harness();
    const holder = run(childScript(bundle, `
g.LockService.getScriptLock().waitLock(1000);
process.stdout.write('held\\n');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);`), [h.dir, 'other@example.co.jp']);
    const lockFile = h.env.lockPath('script');
    const started = Date.now();
    while (!fs.existsSync(lockFile) && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 10));
    const lock = h.g.LockService.getScriptLock();
    const t0 = Date.now();
    expect(lock.tryLock(200)).toBe(false);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(100)).toThrow('Lock timeout: another process was holding the lock for too long.');
    await holder;
    expect(lock.tryLock(1000)).toBe(true); // released when the holder's execution ended
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test('the lock of a dead process is broken', () => {
    const h = harness();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const pid = Number(dead.stdout.toString());
    fs.mkdirSync(path.dirname(h.env.lockPath('script')), { recursive: true });
    fs.writeFileSync(h.env.lockPath('script'), JSON.stringify({ pid, host: require('node:os').hostname(), token: 'x', expiresAt: Date.now() + 600_000 }));
    expect(h.g.LockService.getScriptLock().tryLock(500)).toBe(true);
  });

  test('user locks are per user; script and user locks are distinct', () => {
    const h = harness();
    const other = harness({ dir: h.dir, execution: { effectiveUser: 'b@example.co.jp' } });
    expect(h.g.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(other.g.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(other.g.LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(h.g.LockService.getScriptLock().tryLock(0)).toBe(false);
  });

  test('getDocumentLock is null outside a document (web app); hooks run on acquire and release', () => {
    const web = harness({ execution: { kind: 'web', documentBound: false } });
    expect(web.g.LockService.getDocumentLock()).toBeNull();
    const events: string[] = [];
    const h = harness({ onLockAcquired: () => events.push('acquired'), onLockReleased: () => events.push('released') });
    const lock = h.g.LockService.getDocumentLock();
    lock.waitLock(100);
    lock.waitLock(100); // already held by this execution: no second acquisition
    lock.releaseLock();
    expect(events).toEqual(['acquired', 'released']);
    expect(h.stats.counts.get('LockService.waitLock')).toBe(2);
  });

  test('item 1: the document lock and the script lock are distinct locks, as on Google', () => {
    const h = harness();
    const other = harness({ dir: h.dir, execution: { effectiveUser: 'b@example.co.jp' } });
    expect(h.g.LockService.getDocumentLock().tryLock(0)).toBe(true);
    // another execution still gets the script lock: the two do not exclude each other
    expect(other.g.LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(other.g.LockService.getDocumentLock().tryLock(0)).toBe(false);
    expect(h.g.LockService.getScriptLock().tryLock(0)).toBe(false);
  });
});
