/**
 * Issue 12 item 1: one lock for every writer. Web-app executions (getDocumentLock() is null there)
 * and sidebar, CLI and trigger executions (bound to the workbook) ran under two different locks, so
 * a bulk import from a sidebar and punches from the web app overwrote each other's rows. Here they
 * all run at once, as separate processes on one company folder, and nothing may be lost.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { kanri, kanriAsync, newCompany, tempDir, ADMIN, ROOT } from '../support/company';
import { Company } from '../../src/local/company';
import { sheetValues } from '../support/digest';

const employee = (code: string, email: string, hireDate = '2020-04-01') => ({
  code, name: `社員 ${code}`, kana: 'シャイン', email, department: '設計', employmentType: 'regular',
  hireDate, workRule: 'STD', weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400,
});

jest.setTimeout(240_000);

/**
 * A child process that runs one execution of the built bundle on a folder, as the kind given (the
 * input is read from a file: a bulk import is too large for a command line).
 */
let runner: string;
beforeAll(() => {
  const dir = tempDir();
  const entry = path.join(dir, 'runner.ts');
  fs.writeFileSync(entry, `
import fs from 'node:fs';
import { Company } from ${JSON.stringify(path.join(ROOT, 'src/local/company'))};
const [dir, fn, kind, user, inputFile] = process.argv.slice(2);
const company = new Company(dir, { buildDir: ${JSON.stringify(path.join(ROOT, 'build'))} });
const input = JSON.parse(fs.readFileSync(inputFile, 'utf8'));
const r = company.run(fn, [input], { kind: kind as any, user });
if (!r.ok) { process.stderr.write(String(r.error && r.error.message)); process.exit(1); }
process.stdout.write(JSON.stringify(r.value));
`);
  runner = path.join(dir, 'runner.cjs');
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: runner, external: ['playwright-core', 'exceljs'], logLevel: 'error' });
});

function execution(dir: string, fn: string, kind: string, user: string, input: unknown): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const file = path.join(tempDir(), 'input.json');
  fs.writeFileSync(file, JSON.stringify(input));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [runner, dir, fn, kind, user, file], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('item 1: two locks that do not exclude each other', () => {
  test('web punches, a sidebar import, a CLI leave record and the daily trigger run at once: no row lost', async () => {
    const people = [['E001', 'a@example.jp'], ['E002', 'b@example.jp'], ['E003', 'c@example.jp']] as const;
    const company = newCompany(new Date('2026-11-24T00:00:00Z'));
    // E009 was hired six months before 2026-11-25: the daily trigger grants their first leave then.
    const rows = [...people.map(([code, email]) => employee(code, email)), employee('E009', 'z@example.jp', '2026-05-25')];
    company.rpc('saveMasterRows', { table: 'employees', rows }, ADMIN);
    company.call('kanriInstallTriggers', [], { kind: 'menu', user: ADMIN });
    expect(kanri(['tick', company.dir, '--at', '2026-11-24T00:00:00Z']).status).toBe(0); // the tick's starting point
    const punches = Array.from({ length: 4000 }, (_, i) => ({
      id: `IMP${i}`, employeeCode: 'E009', at: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:${String(Math.floor(i / 24) % 60).padStart(2, '0')}`, kind: 'clockIn',
    }));
    const leave = Array.from({ length: 1000 }, (_, i) => ({ employeeCode: people[i % 3]![0], date: `2026-09-${String(1 + (i % 28)).padStart(2, '0')}`, days: 0.5 }));
    const runs = await Promise.all([
      execution(company.dir, 'importPunches', 'rpc', ADMIN, { punches }), // a sidebar's google.script.run call
      execution(company.dir, 'recordLeave', 'cli', ADMIN, { rows: leave }), // the CLI
      kanriAsync(['tick', company.dir, '--at', '2026-11-25T00:00:00Z']), // kanriDaily, a trigger execution
      ...people.map(([, email]) => kanriAsync(['rpc', company.dir, '--as', email, '--web', 'punch', '{"kind":"clockIn"}'])),
    ]);
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    expect(runs[2]!.stdout).toContain('kanriDaily: ok');
    const again = new Company(company.dir);
    const month = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 7);
    for (const [, email] of people) expect((again.rpc('myPunches', { month }, email) as { punches: unknown[] }).punches).toHaveLength(1);
    const sheets = sheetValues(company.dir);
    const filled = (name: string) => sheets[name]!.slice(1).filter((r) => r.some((c) => c !== '' && c !== null));
    expect(filled('打刻')).toHaveLength(4000 + 3);
    expect(filled('休暇申請')).toHaveLength(1000);
    expect(filled('有給付与').length).toBeGreaterThanOrEqual(1); // E009's first grant, from the trigger
    // every row written is audited: 4,000 + 3 punches, 1,000 leave rows, the grants
    const audit = filled('監査ログ');
    const tableColumn = sheets['監査ログ']![0]!.indexOf('表');
    const audited = (sheet: string) => audit.filter((r) => r[tableColumn] === sheet && r.includes('追加')).length;
    expect(audited('打刻')).toBe(4003);
    expect(audited('休暇申請')).toBe(1000);
    expect(audited('有給付与')).toBe(filled('有給付与').length);
  });
});
