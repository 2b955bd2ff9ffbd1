#!/usr/bin/env node
// `npx kanri`: builds build/ when a source is newer than the last build, then runs build/cli.cjs.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const stamp = path.join(root, 'build/.stamp');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

const built = fs.existsSync(stamp) && fs.existsSync(path.join(root, 'build/cli.cjs')) ? fs.statSync(stamp).mtimeMs : 0;
const sources = ['src', 'sidebar'].filter((d) => fs.existsSync(path.join(root, d))).map((d) => newestMtime(path.join(root, d)));
if (!built || Math.max(...sources, fs.statSync(path.join(root, 'appsscript.json')).mtimeMs) > built) {
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, KANRI_QUIET_BUILD: '1' } });
}
require(path.join(root, 'build/cli.cjs'))
  .main(process.argv.slice(2))
  .then((code) => process.exit(code), (e) => {
    process.stderr.write(`kanri: ${e && e.stack ? e.stack : String(e)}\n`);
    process.exit(70);
  });
