/** The committed legal data modules are exactly what scripts/gen-rates.mjs makes of ../shared/reference/. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { referenceDir } from './reference';

test('src/core/payroll/rates/*.generated.ts match the reference tables', () => {
  const root = path.resolve(__dirname, '../../..');
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/gen-rates.mjs'), '--check', referenceDir], { encoding: 'utf8' });
  expect(run.stdout).not.toMatch(/DIFFERS/);
  expect(run.status).toBe(0);
});
