/**
 * What `clasp push` would upload is exactly the Apps Script build: Code.js, the pages, the lazy
 * project files and the manifest. Asked of clasp 3.4.1 itself, offline (scripts/clasp-files.mjs), on
 * a copy of build/ with .clasp.json.example and the repo's .claspignore. Apps Script runs the
 * top-level code of every pushed script file on every execution, so one stray browser script
 * (the sandbox's exec-bar.js touches localStorage at load) breaks every menu, page and trigger.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

function check(dir: string): { status: number | null; pushed?: string[]; problems?: string[]; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(dir, 'scripts/deploy.mjs'), '--check', '--json', '--no-build', '--profile', 'links'], { cwd: dir, encoding: 'utf8' });
  const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
  return { status: run.status, ...(line ? JSON.parse(line) : {}), stderr: run.stderr };
}

/** A copy of the repo's deploy inputs (build/, .clasp.json.example, .claspignore, scripts, node_modules link). */
function copy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-deploy-'));
  fs.cpSync(path.join(root, 'build'), path.join(dir, 'build'), { recursive: true });
  fs.cpSync(path.join(root, 'scripts'), path.join(dir, 'scripts'), { recursive: true });
  for (const f of ['.clasp.json.example', '.claspignore', 'package.json']) if (fs.existsSync(path.join(root, f))) fs.copyFileSync(path.join(root, f), path.join(dir, f));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

describe('clasp push uploads exactly the Apps Script build', () => {
  test('the files clasp would push, listed', () => {
    const r = check(root);
    const pages = fs.readdirSync(path.join(root, 'sidebar/pages')).filter((f) => f.endsWith('.html'));
    const lazy = ['data-withholding.html', 'messages-en.html', 'messages-ja-rest.html', 'module-assets.html', 'module-attendanceMonth.html', 'module-contracts.html', 'module-masters.html', 'module-outputs.html', 'module-overwork.html', 'module-payroll.html', 'module-routine.html', 'module-selftest.html', 'module-setup.html', 'module-yearend.html'];
    expect(r.pushed).toEqual(['Code.js', 'appsscript.json', ...pages, ...lazy].sort());
    expect(r.problems).toEqual([]);
    expect(r.status).toBe(0);
    // Only one server script: every .js pushed runs at load on every execution.
    expect(r.pushed!.filter((f) => /\.(js|gs)$/.test(f))).toEqual(['Code.js']);
    console.log(`clasp would push ${r.pushed!.length} files:\n  ${r.pushed!.join('\n  ')}`);
  });

  test('the sandbox browser files are built outside clasp\'s rootDir', () => {
    expect(fs.existsSync(path.join(root, 'build/local'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'build-local/exec-bar.js'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'build-local/admin.html'))).toBe(true);
  });

  test('without the .claspignore, a stray script under build/ makes the deploy refuse, naming it', () => {
    const dir = copy();
    try {
      fs.rmSync(path.join(dir, '.claspignore')); // clasp's defaults: every .js and .html under rootDir
      fs.mkdirSync(path.join(dir, 'build/local'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'build/local/exec-bar.js'), 'localStorage.getItem("x");');
      fs.writeFileSync(path.join(dir, 'build/Extra.js'), 'var x = 1;');
      const r = check(dir);
      expect(r.status).toBe(1);
      expect(r.problems).toEqual([
        'clasp would push Extra.js, which is not part of the Apps Script build',
        'clasp would push local/exec-bar.js, which is not part of the Apps Script build',
      ]);
      expect(r.stderr).toMatch(/refused/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('with the .claspignore, the stray files are not pushed', () => {
    const dir = copy();
    try {
      fs.mkdirSync(path.join(dir, 'build/local'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'build/local/exec-bar.js'), 'localStorage.getItem("x");');
      fs.writeFileSync(path.join(dir, 'build/local/admin.html'), '<p>');
      fs.writeFileSync(path.join(dir, 'build/Extra.js'), 'var x = 1;');
      expect(check(dir).pushed).toEqual(check(root).pushed);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a page the .claspignore leaves out makes the deploy refuse too', () => {
    const dir = copy();
    try {
      fs.writeFileSync(path.join(dir, '.claspignore'), '**/**\n!Code.js\n!appsscript.json\n');
      const r = check(dir);
      expect(r.status).toBe(1);
      expect(r.problems!.some((p) => /would not push attendance\.html/.test(p))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
