// Runs the whole jest suite twice, with the host in UTC and in Asia/Tokyo: core code must not
// depend on the host's zone. Extra arguments go to jest (e.g. a test path).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jest = require.resolve('jest/bin/jest');
for (const tz of ['UTC', 'Asia/Tokyo']) {
  console.log(`\n=== jest with TZ=${tz} ===`);
  // The hostile-caller sweep (every global × every caller, ~25 min on 2 cores) tests roles, not time
  // zones: it runs in the UTC pass only, so the suite stays well inside CI's 90 minutes.
  const only = tz === 'UTC' ? [] : ['--testPathIgnorePatterns', 'tests/security/rpc-hostile.test.ts'];
  const run = spawnSync(process.execPath, [jest, ...only, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, TZ: tz } });
  if (run.status !== 0) {
    console.error(`jest failed with TZ=${tz}`);
    process.exit(run.status ?? 1);
  }
}
