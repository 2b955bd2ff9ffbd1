// What `clasp push` would upload, asked of clasp itself, offline: a copy of the content directory
// with the project's .clasp.json (a placeholder scriptId when there is none) and .claspignore, and
// `clasp show-file-status --json` run in it. clasp 3.4.1 (core/clasp.js, core/files.js) lists every
// file under rootDir, drops those its ignore patterns match (micromatch, dot files included; the
// defaults when there is no .claspignore are `**/**` except `**/*.js`, `**/*.gs`, `**/*.ts`,
// `**/*.html`, `**/appsscript.json`), then keeps .js/.gs/.html and appsscript.json. Nothing is sent.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The file the build writes: every file it made for Apps Script, relative to build/. */
export const SHIPPED_LIST = '.apps-script-files.json';

export function claspConfig(root) {
  const own = path.join(root, '.clasp.json');
  const file = fs.existsSync(own) ? own : path.join(root, '.clasp.json.example');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The files clasp would push, relative to its rootDir, sorted. */
export function claspWouldPush(root, config = claspConfig(root)) {
  const rootDir = config.rootDir || config.srcDir || '.';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-clasp-'));
  try {
    fs.writeFileSync(path.join(tmp, '.clasp.json'), JSON.stringify({ ...config, scriptId: 'offline-check' }));
    if (fs.existsSync(path.join(root, '.claspignore'))) fs.copyFileSync(path.join(root, '.claspignore'), path.join(tmp, '.claspignore'));
    const skip = new Set([path.join(root, 'node_modules'), path.join(root, '.git')]);
    fs.cpSync(path.join(root, rootDir), path.join(tmp, rootDir), { recursive: true, filter: (src) => !skip.has(src) });
    const clasp = path.join(root, 'node_modules', '.bin', 'clasp');
    const run = spawnSync(clasp, ['show-file-status', '--json'], { cwd: tmp, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    const line = (run.stdout || '').split('\n').find((l) => l.startsWith('{'));
    if (run.status !== 0 || !line) throw new Error(`clasp show-file-status failed (${run.status}): ${run.stderr || run.stdout}`);
    const base = path.join(tmp, rootDir);
    return JSON.parse(line).filesToPush.map((f) => path.relative(base, path.resolve(tmp, f)).split(path.sep).join('/')).sort();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** What the build made for Apps Script (build/.apps-script-files.json), sorted. */
export function shippedFiles(root, config = claspConfig(root)) {
  const file = path.join(root, config.rootDir || config.srcDir || '.', SHIPPED_LIST);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: run npm run build`);
  return JSON.parse(fs.readFileSync(file, 'utf8')).slice().sort();
}

/** The differences between what clasp would push and what the build shipped ([] when equal). */
export function pushProblems(root, config = claspConfig(root)) {
  const pushed = claspWouldPush(root, config);
  const shipped = shippedFiles(root, config);
  const problems = [];
  for (const f of pushed) if (!shipped.includes(f)) problems.push(`clasp would push ${f}, which is not part of the Apps Script build`);
  for (const f of shipped) if (!pushed.includes(f)) problems.push(`clasp would not push ${f}, which the Apps Script build needs`);
  return { pushed, shipped, problems };
}
