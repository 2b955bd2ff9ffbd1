/**
 * The foundation's promises, on the built bundle inside the emulator: init and check through the
 * CLI, a corrupted cell named by sheet, row and column, one call per table read and write at
 * 10,000 rows, and concurrent writers under the lock losing nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { kanri, kanriAsync, newCompany, tempDir, ADMIN } from '../support/company';
import { employeesTable } from '../../src/schema/tables/employees';
import { allTables } from '../../src/schema/tables';
import { Company } from '../../src/local/company';

const employee = (code: string, email: string) => ({
  code, name: `社員 ${code}`, kana: 'シャイン', email, department: '設計', employmentType: 'regular',
  hireDate: '2020-04-01', workRule: 'STD', weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400,
});

describe('kanri init and check', () => {
  test('init then check exits 0 on a new folder; a corrupted cell makes check exit 1 naming sheet, row and column', async () => {
    const dir = path.join(tempDir(), 'company');
    const init = kanri(['init', dir]);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(kanri(['check', dir]).status).toBe(0);

    const add = kanri(['rpc', dir, '--as', ADMIN, 'saveMasterRows', JSON.stringify({ table: 'employees', rows: [employee('E001', 'a@example.jp'), employee('E002', 'b@example.jp')] })]);
    expect(add.stderr).toBe('');
    expect(add.status).toBe(0);
    expect(kanri(['check', dir]).status).toBe(0);

    // Corrupt 入社日 of the second employee (row 3) with another tool, as a user editing the file would.
    const file = path.join(dir, 'Kanri.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('従業員')!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('入社日');
    sheet.getRow(3).getCell(column).value = '2026-02-30';
    await wb.xlsx.writeFile(file);

    const check = kanri(['check', dir]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('従業員');
    expect(check.stdout).toContain('3行目');
    expect(check.stdout).toContain('入社日');
    const en = kanri(['check', dir, '--lang', 'en']);
    expect(en.stdout).toMatch(/Employees", row 3, column "Hire date"/);
  });

  test('usage errors exit 2; every command has --help', () => {
    expect(kanri(['check']).status).toBe(2);
    expect(kanri(['nonsense']).status).toBe(2);
    for (const c of ['init', 'check', 'tick', 'rpc', 'entrypoints', 'attendance', 'calc']) expect(kanri([c, '--help']).status).toBe(0);
  });
});

describe('one call per table, whatever the number of rows', () => {
  test('10,000 punches are written with one setValues and read back with one getValues', () => {
    const company = newCompany();
    company.rpc('saveMasterRows', { table: 'employees', rows: [employee('E001', 'a@example.jp')] }, ADMIN);
    const punches = Array.from({ length: 10_000 }, (_, i) => ({
      id: `P${i}`, employeeCode: 'E001', at: `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00`, kind: 'clockIn',
    }));
    const write = company.run('importPunches', [{ punches }], { kind: 'rpc', user: ADMIN });
    expect(write.error).toBeUndefined();
    expect(write.stats.count('SpreadsheetApp.Range.setValues')).toBe(2); // 打刻 once, 監査ログ once
    const read = company.run('kanriCheck', [], { kind: 'menu', user: ADMIN });
    expect((read.value as { rows: number }).rows).toBeGreaterThanOrEqual(10_000);
    // one getValues per table, plus 設定 once more for the dialog's language and 権限 once for the
    // menu's admin check (dispatch.ts); none per row
    expect(read.stats.count('SpreadsheetApp.Range.getValues')).toBe(allTables.length + 2);
    expect(read.stats.count('SpreadsheetApp.Range.getValue')).toBe(0);
  });
});

describe('concurrent writers under LockService', () => {
  // Five rounds of three processes punching at the same moment: a lost update (a write made on a
  // stale copy of the workbook) shows up as a missing punch. It did, in 2 rounds of 8, before the
  // emulator read a workbook's version before its content.
  test('three processes punching at once, five times: every punch is there, none lost', async () => {
    const people = [['E001', 'a@example.jp'], ['E002', 'b@example.jp'], ['E003', 'c@example.jp']] as const;
    for (let round = 0; round < 5; round++) {
      const company = newCompany();
      company.rpc('saveMasterRows', { table: 'employees', rows: people.map(([code, email]) => employee(code, email)) }, ADMIN);
      const runs = await Promise.all(people.map(([, email]) => kanriAsync(['rpc', company.dir, '--as', email, '--web', 'punch', '{"kind":"clockIn"}'])));
      for (const r of runs) expect(r.stderr).toBe('');
      const again = new Company(company.dir);
      const month = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 7);
      for (const [, email] of people) expect((again.rpc('myPunches', { month }, email) as { punches: unknown[] }).punches).toHaveLength(1);
    }
  }, 300_000); // 15 CLI processes: minutes on a busy 2-core machine; the test is about lost rows, not speed
});

test('the employees table definition names every column the init creates', () => {
  expect(employeesTable.columns.length).toBeGreaterThan(10);
  expect(fs.existsSync(path.join(__dirname, '../../build/Code.js'))).toBe(true);
});
