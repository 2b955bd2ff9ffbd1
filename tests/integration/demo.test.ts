/**
 * The demo company: built through Kanri's own functions, deterministic, three closed months and an
 * open one, and the design team overworked (the signal the product exists to show).
 */
import { createDemoCompany } from '../../src/local/demo';
import { Company } from '../../src/local/company';
import { tempDir } from '../support/company';
import { sheetValues, workbookDigest } from '../support/digest';

const AS_OF = '2026-11-25';
let dir: string;
let admin: string;

beforeAll(() => {
  dir = tempDir('kanri-demo-');
  admin = createDemoCompany(dir, { asOf: AS_OF }).admin;
});

test('same seed and as-of date, same workbook', () => {
  const again = tempDir('kanri-demo-');
  createDemoCompany(again, { asOf: AS_OF });
  expect(workbookDigest(again)).toBe(workbookDigest(dir));
});

test('about forty people in 設計, 施工管理, 営業 and 管理部; the three months before the as-of date are closed', () => {
  const sheets = sheetValues(dir);
  const employees = sheets['従業員']!.slice(1);
  expect(employees.length).toBeGreaterThanOrEqual(38);
  expect(employees.length).toBeLessThanOrEqual(45);
  const departments = new Set(employees.map((r) => r[4]));
  expect([...departments].sort()).toEqual(['営業', '施工管理', '管理部', '設計'].sort());
  const closures = sheets['締め状態']!.slice(1).map((r) => `${r[0]}/${r[1]}/${r[2]}`);
  expect(closures).toEqual([
    'attendance/2026-08/closed', 'attendance/2026-09/closed', 'attendance/2026-10/closed',
    'payroll/2026-08/closed', 'payroll/2026-09/closed', 'payroll/2026-10/closed',
  ]);
});

test('the design team works about 80 h of legal overtime a month; the other teams far less', () => {
  const company = new Company(dir);
  const report = company.rpc('agreement36Report', { month: '2026-10' }, admin) as { departments: { department: string; averageMinutesPerEmployee: number }[] };
  const average = (d: string) => report.departments.find((x) => x.department === d)!.averageMinutesPerEmployee / 60;
  expect(average('設計')).toBeGreaterThan(70);
  expect(average('設計')).toBeLessThan(95);
  expect(average('営業')).toBeLessThan(30);
  expect(report.departments[0]!.department).toBe('設計');
});

test('the open month has one missing clock-out waiting to be fixed, and the workbook has no invalid row', () => {
  const company = new Company(dir);
  const preview = company.rpc('attendancePreview', { month: '2026-11' }, admin) as { problems: { ja: string }[]; closed: boolean };
  expect(preview.closed).toBe(false);
  expect(preview.problems).toHaveLength(1);
  expect(preview.problems[0]!.ja).toContain('退勤');
  const check = company.call('kanriCheck', [], { kind: 'menu', user: admin }) as { errors: unknown[] };
  expect(check.errors).toEqual([]);
});

describe('payroll on the demo company', () => {
  test('the three closed months have closed salary runs; each run total is the sum of its ledger rows', () => {
    const sheets = sheetValues(dir);
    const runs = sheets['給与計算']!;
    const ledger = sheets['賃金台帳']!;
    const col = (rows: unknown[][], header: string) => (rows[0] as string[]).indexOf(header);
    expect(runs.slice(1).map((r) => r[col(runs, '計算ID')])).toEqual(['2026-08', '2026-09', '2026-10']);
    for (const run of runs.slice(1)) {
      const id = run[col(runs, '計算ID')];
      const rows = ledger.slice(1).filter((r) => r[col(ledger, '計算ID')] === id);
      expect(rows).toHaveLength(42);
      const net = rows.reduce((s, r) => s + (r[col(ledger, '差引支給額')] as number), 0);
      expect(run[col(runs, '差引支給額合計')]).toBe(net);
      // every row: gross − deductions = net
      for (const r of rows) expect((r[col(ledger, '総支給額')] as number) - (r[col(ledger, '控除合計')] as number)).toBe(r[col(ledger, '差引支給額')]);
    }
  });

  test('the open month cannot be paid before its attendance is closed', () => {
    const company = new Company(dir);
    const preview = company.rpc('payrollPreview', { month: '2026-11' }, admin) as { problems: { ja: string; blocking: boolean }[] };
    expect(preview.problems.some((p) => p.blocking && p.ja.includes('勤怠が締められていません'))).toBe(true);
  });

  test('a closed run is reopened only with a reason (audited with the totals before) and closes again without duplicating its rows', () => {
    const copy = tempDir('kanri-demo-reopen-');
    require('node:fs').cpSync(dir, copy, { recursive: true });
    const company = new Company(copy);
    expect(() => company.rpc('closePayroll', { month: '2026-10', reviewed: true }, admin)).toThrow(/すでに確定/);
    expect(() => company.rpc('reopenPayroll', { runId: '2026-10', reason: '' }, admin)).toThrow();
    company.rpc('reopenPayroll', { runId: '2026-10', reason: '通勤手当の誤り' }, admin);
    const audit = sheetValues(copy)['監査ログ']!;
    const reopen = audit.find((r) => r.includes('reopen') && r.includes('payroll/2026-10'))!;
    expect(reopen).toContain('通勤手当の誤り');
    expect(String(reopen.find((c) => typeof c === 'string' && c.includes('totalsBefore')))).toMatch(/"net":\d+/);
    expect(() => company.rpc('closePayroll', { month: '2026-10', reviewed: false }, admin)).toThrow(/差額を確認/);
    const closed = company.rpc('closePayroll', { month: '2026-10', reviewed: true }, admin) as { closed: boolean; count: number };
    expect(closed).toMatchObject({ closed: true, count: 42 });
    const ledger = sheetValues(copy)['賃金台帳']!;
    expect(ledger.filter((r) => r[0] === '2026-10')).toHaveLength(42);
  });
});
