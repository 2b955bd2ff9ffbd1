/**
 * The self-test (Kanri › 動作確認) in the emulator: `kanri selftest <dir>` on a new company folder
 * prints one row per check and exits 0 only when the emulator agrees with every expectation (the
 * values Google's references give). It deletes the scratch sheet and folder it made.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Company } from '../../src/local/company';
import { tempDir } from '../support/company';
import { sheetValues } from '../support/digest';

const root = path.resolve(__dirname, '../..');
const kanri = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin/kanri.cjs'), ...args], { encoding: 'utf8' });

test('kanri selftest: every check passes in the emulator, the table is printed, nothing is left behind', () => {
  const dir = path.join(tempDir('kanri-selftest-'), 'co');
  expect(kanri('init', dir).status).toBe(0);
  const run = kanri('selftest', dir);
  expect(run.stderr).toBe('');
  const checks = ['plainText', 'formulaGuard', 'codeRoundTrip', 'dateTokyo', 'timeZones', 'windows31j', 'shiftJis', 'hmac', 'pdf', 'lock', 'drive', 'lazyModule'];
  expect(run.stdout.match(/^OK {3}/gm)).toHaveLength(checks.length);
  expect(run.stdout).toContain(`合格 ${checks.length} / 不合格 0`);
  expect(run.status).toBe(0);
  // the scratch sheet is gone; the scratch folder is in the trash
  const company = new Company(dir);
  const sheets = company.call('runSelfTest', [{}], { kind: 'rpc', user: company.owner }) as { rows: { id: string }[] };
  expect(sheets.rows.map((r) => r.id)).toEqual(checks);
  expect(fs.existsSync(path.join(dir, 'Kanri.xlsx'))).toBe(true);
  expect(Object.keys(sheetValues(dir)).filter((n) => n.startsWith('Kanri動作確認'))).toEqual([]);
});

test('a non-admin cannot run it', () => {
  const dir = path.join(tempDir('kanri-selftest-'), 'co');
  expect(kanri('init', dir).status).toBe(0);
  const r = new Company(dir).run('runSelfTest', [{}], { kind: 'rpc', user: 'someone@example.jp' });
  expect(r.ok).toBe(false);
});
