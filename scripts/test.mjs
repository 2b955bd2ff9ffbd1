// Runs the whole jest suite twice, with the host in UTC and in Asia/Tokyo: core code must not
// depend on the host's zone. Extra arguments go to jest (e.g. a test path).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jest = require.resolve('jest/bin/jest');
for (const tz of ['UTC', 'Asia/Tokyo']) {
  console.log(`\n=== jest with TZ=${tz} ===`);
  // The hostile-caller sweep (every global × every caller, the suite's longest file) tests roles, not
  // time zones: it runs in the UTC pass only, so the suite stays well inside CI's 90 minutes.
  const only = tz === 'UTC' ? [] : ['--testPathIgnorePatterns', 'tests/security/rpc-hostile.test.ts'];
  // Two workers on CI's two cores (jest's default there is one): the browser and CLI tests wait on
  // other processes much of the time, so the other worker runs meanwhile.
  const run = spawnSync(process.execPath, [jest, '--maxWorkers=2', ...only, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, TZ: tz } });
  if (run.status !== 0) {
    console.error(`jest failed with TZ=${tz}`);
    process.exit(run.status ?? 1);
  }
}
