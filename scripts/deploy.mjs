// npm run deploy -- --profile domain|links [--check] [<clasp push flags>]
// Builds with the chosen deploy profile (scripts/manifest.mjs; or KANRI_PROFILE), checks offline that
// clasp would push exactly the Apps Script build (scripts/clasp-files.mjs), then runs `clasp push`.
// Refuses without a profile, and when the pushed set is not exactly what the build shipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pushProblems, claspConfig } from './clasp-files.mjs';
import { PROFILES, profileNamed } from './manifest.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const take = (flag) => {
  const i = args.indexOf(flag);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
};
const checkOnly = take('--check');
const json = take('--json');
const noBuild = take('--no-build');
let profile = process.env.KANRI_PROFILE;
const p = args.indexOf('--profile');
if (p >= 0) {
  profile = args[p + 1];
  args.splice(p, 2);
}
const refuse = (text) => {
  console.error(`deploy: refused: ${text}`);
  process.exit(1);
};
if (!profile) refuse(`choose a deploy profile: npm run deploy -- --profile ${Object.keys(PROFILES).join('|')} (docs/DEPLOY.md)`);
try {
  profileNamed(profile);
} catch (e) {
  refuse(e.message);
}

if (!noBuild) {
  const b = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit', env: { ...process.env, KANRI_PROFILE: profile } });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const config = claspConfig(root);
const manifest = JSON.parse(fs.readFileSync(path.join(root, config.rootDir || '.', 'appsscript.json'), 'utf8'));
const want = PROFILES[profile];
if (manifest.webapp?.access !== want.access || manifest.webapp?.executeAs !== want.executeAs) {
  refuse(`the built appsscript.json has webapp ${JSON.stringify(manifest.webapp)}, not the ${profile} profile ${JSON.stringify(want)}: build with KANRI_PROFILE=${profile}`);
}
const { pushed, problems } = pushProblems(root, config);
if (json) console.log(JSON.stringify({ profile, pushed, problems }));
if (problems.length) refuse(`the files clasp would push are not exactly the Apps Script build:\n  ${problems.join('\n  ')}\n(check .claspignore and rootDir in .clasp.json)`);
if (!json) console.log(`deploy: profile ${profile} (webapp access ${want.access}); clasp would push ${pushed.length} files: ${pushed.join(', ')}`);
if (checkOnly) process.exit(0);
const push = spawnSync(path.join(root, 'node_modules/.bin/clasp'), ['push', ...args], { stdio: 'inherit', cwd: root });
process.exit(push.status ?? 1);
