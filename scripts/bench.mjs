// `npm run bench`: runs every benchmark in scripts/bench/ in turn; each prints its own figures
// (service-call counts, which are exact, and modelled times, which are estimates).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv[2];
for (const file of fs.readdirSync(dir).filter((f) => /\.(mjs|cjs)$/.test(f)).sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n## ${file}`);
  const run = spawnSync(process.execPath, [path.join(dir, file)], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
