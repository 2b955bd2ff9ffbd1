/**
 * The overwork view on the demo company (as of 2026-11-25: 2026-08..10 closed, 2026-11 open), through
 * the bundle as the attendance sidebar calls it: E004's 36協定 violation (the 2–6-month average of 80 h,
 * 80 h 42 min in 2026-10, as issue 15 reports it), the 設計 department's month-end pace, the role
 * scoping of the RPC, the bounded read of 月次勤怠, the executive report (sheet and PDF), and the CLI's
 * table and exit code.
 */
import { demoCompany } from '../support/demo';
import { Company } from '../../src/local/company';
import { kanri, tempDir } from '../support/company';
import { sheetValues } from '../support/digest';
import type { OverworkView } from '../../src/core/attendance/overwork';

const AS_OF = '2026-11-25';
let dir: string;
let admin: string;
let company: Company;
let managerOf: (department: string) => string;
let employee: string;

beforeAll(() => {
  dir = tempDir('kanri-overwork-');
  admin = demoCompany(dir, { asOf: AS_OF }).admin;
  company = new Company(dir);
  company.clock = () => new Date(`${AS_OF}T03:00:00Z`); // noon in Tokyo on the demo's as-of date
  const sheets = sheetValues(dir);
  const roles = sheets['権限']!.slice(1) as string[][];
  managerOf = (department) => roles.find((r) => r[1] === '所属長' && String(r[2]).split(/[,、]/).includes(department))![0]!;
  employee = roles.find((r) => r[1] === '従業員')?.[0] ?? (sheets['従業員']!.slice(1) as string[][]).map((r) => r.find((c) => /@/.test(String(c)))!)
    .find((e) => !roles.some((r) => r[0] === e))!;
}, 120_000);

const viewAs = (user: string, month?: string) => company.rpc('overworkView', month ? { month } : {}, user) as OverworkView & { cellsRead: number };

test('2026-10: E004 violates the 2–6-month average of 80 h (80 h 42 min) and comes first', () => {
  const v = viewAs(admin, '2026-10');
  const e004 = v.people.find((p) => p.code === 'E004')!;
  expect(e004.department).toBe('設計');
  expect(e004.limits.find((l) => l.id === 'average80')).toMatchObject({ status: 'violation', value: 80 * 60 + 42, limit: 80 * 60, article: '労基法36条6項3号' });
  expect(v.people[0]!.code).toBe('E004');
  expect(v.totals.violations).toBeGreaterThanOrEqual(1);
  expect(v.departments[0]!.department).toBe('設計');
  expect(v.departments[0]!.trend.map((t) => t.month)).toEqual(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
  expect(v.open).toBe(false);
});

test('the open month (the sidebar\'s first view): 設計 projected on its pace, who crosses 45 h and when, E004\'s October breach listed', () => {
  const v = viewAs(admin);
  expect(v.month).toBe('2026-11');
  expect(v.open).toBe(true);
  const design = v.departments.find((d) => d.department === '設計')!;
  const people = v.people.filter((p) => p.department === '設計');
  expect(design.people).toBe(people.length);
  // each person's month end is minutes so far × scheduled days / days elapsed (rounded down), summed per department
  const pace = (p: (typeof people)[number]) => Math.floor(((p.soFar.overtimeMinutes) * p.totalDays!) / p.elapsedDays!) + Math.floor((p.soFar.holidayMinutes * p.totalDays!) / p.elapsedDays!);
  expect(design.projectedMinutes).toBe(people.reduce((s, p) => s + pace(p), 0));
  expect(design.projectedMinutes).toBeGreaterThan(design.soFarMinutes);
  expect(people[0]!.elapsedDays).toBeLessThan(people[0]!.totalDays!);
  // someone under 45 h today crosses it later this month on the pace: the first scheduled day n with so far × n / elapsed > 45 h
  const crosser = v.people.find((p) => p.soFar.overtimeMinutes <= 45 * 60 && p.crosses45On && p.crosses45On > AS_OF)!;
  expect(crosser).toBeDefined();
  const daily = crosser.soFar.overtimeMinutes / crosser.elapsedDays!;
  expect(Math.floor(daily * crosser.elapsedDays!)).toBeLessThanOrEqual(45 * 60);
  const e004 = v.people.find((p) => p.code === 'E004')!;
  expect(e004.earlier).toEqual([expect.objectContaining({ month: '2026-10', id: 'average80', value: 4842 })]);
  expect(e004.worst).toBe('violation');
  // people at risk first
  const firstOk = v.people.findIndex((p) => p.worst === 'ok');
  expect(v.people.slice(firstOk).every((p) => p.worst === 'ok')).toBe(true);
});

test('role scoping: an admin sees everyone, a manager only their department, an employee is refused', () => {
  expect(viewAs(admin, '2026-10').totals.people).toBe(42);
  const manager = managerOf('設計');
  const mine = viewAs(manager, '2026-10');
  expect(new Set(mine.people.map((p) => p.department))).toEqual(new Set(['設計']));
  expect(mine.departments.map((d) => d.department)).toEqual(['設計']);
  expect(mine.people.length).toBe(14);
  const sales = viewAs(managerOf('営業'), '2026-10');
  expect(sales.people.some((p) => p.code === 'E004')).toBe(false);
  const refused = company.run('overworkView', [{ month: '2026-10' }], { kind: 'rpc', user: employee });
  expect(refused.ok).toBe(false);
  expect(company.run('overworkReport', [{ month: '2026-10' }], { kind: 'rpc', user: manager }).ok).toBe(false);
});

test('月次勤怠 is read from the bottom, a bounded number of cells: the window\'s rows, not the whole history', () => {
  const v = viewAs(admin, '2026-10');
  const columns = (sheetValues(dir)['月次勤怠']![0] as unknown[]).length;
  // three closed months of 42 people, plus the header: the demo's whole table is within the window
  expect(v.cellsRead).toBe(columns * (1 + 42 * 3));
});

test('the executive report: the sheet 「36協定レポート」 in Japanese and a PDF, audited', () => {
  const r = company.rpc('overworkReport', { month: '2026-10' }, admin) as { sheet: string; rows: number; fileName: string; base64: string; violations: number };
  expect(r.sheet).toBe('36協定レポート');
  expect(r.fileName).toBe('36協定レポート_2026-10.pdf');
  expect(Buffer.from(r.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  const sheet = sheetValues(dir)['36協定レポート']!.map((row) => row.join('|')).join('\n');
  expect(sheet).toContain('部署別の比較');
  expect(sheet).toContain('部署別の推移（時間外＋休日、6か月）');
  expect(sheet).toMatch(/E004\|[^|]+\|設計\|82時間46分/);
  expect(sheet).toContain('2〜6か月平均80時間 違反（80時間42分）');
  expect(sheet).not.toMatch(/average80|violation|monthly45/);
  const audit = sheetValues(dir)['監査ログ']!.map((row) => row.join('|')).join('\n');
  expect(audit).toContain('36協定レポート');
}, 60_000);

describe('kanri attendance report', () => {
  test('2026-10 on the demo: a readable table, exit 1 (E004 violates a limit)', () => {
    const r = kanri(['attendance', 'report', dir, '2026-10']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('36協定レポート 2026年10月');
    expect(r.stdout).toMatch(/E004\s+\S+ \S+\s+設計\s+82時間46分/);
    expect(r.stdout).toContain('2〜6か月平均80時間 違反(80時間42分)');
    expect(r.stdout).toContain('36協定の上限を超えた人がいます（終了コード 1）。');
    expect(r.stdout.trim().startsWith('{')).toBe(false);
  }, 120_000);
  test('--json for machines, --lang en; 2026-08 has no violation: exit 0', () => {
    const json = kanri(['attendance', 'report', dir, '--month', '2026-10', '--json']);
    expect(json.status).toBe(1);
    expect((JSON.parse(json.stdout) as OverworkView).people[0]!.code).toBe('E004');
    const en = kanri(['attendance', 'report', dir, '2026-08', '--lang', 'en']);
    expect(en.stdout).toContain('36 Agreement report 2026-08');
    expect(en.stdout).toContain('No 36 Agreement limit is violated this month.');
    expect(en.status).toBe(0);
  }, 120_000);
});
