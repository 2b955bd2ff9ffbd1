/**
 * The demo company: built through Kanri's own functions, deterministic, three closed months and an
 * open one, and the design team overworked (the signal the product exists to show).
 */
import path from 'node:path';
import { Company } from '../../src/local/company';
import { kanri, tempDir } from '../support/company';
import { demoCompany } from '../support/demo';
import { sheetValues, workbookDigest } from '../support/digest';

const AS_OF = '2026-11-25';
let dir: string;
let admin: string;

beforeAll(() => {
  dir = tempDir('kanri-demo-');
  admin = demoCompany(dir, { asOf: AS_OF }).admin;
});

// The copy above may have been built by another test, in another jest worker or the other time-zone
// pass (tests/support/demo.ts): a fresh build here must give the same workbook, whatever the host's zone.
test('same seed and as-of date, same workbook: `kanri demo` builds it afresh, printing each step', () => {
  const again = path.join(tempDir('kanri-demo-'), 'company');
  const run = kanri(['demo', again, '--as-of', AS_OF, '--lang', 'ja'], undefined, 290_000);
  expect(run.status).toBe(0);
  expect(run.stderr).toContain('デモ会社：従業員・給与設定・権限を登録しています');
  expect(workbookDigest(again)).toBe(workbookDigest(dir));
}, 300_000);

test('about forty people in 設計, 施工管理, 営業 and 管理部; the three months before the as-of date are closed', () => {
  const sheets = sheetValues(dir);
  const employees = sheets['従業員']!.slice(1);
  expect(employees.length).toBeGreaterThanOrEqual(38);
  expect(employees.length).toBeLessThanOrEqual(45);
  const departments = new Set(employees.map((r) => r[4]));
  expect([...departments].sort()).toEqual(['営業', '施工管理', '管理部', '設計'].sort());
  const closures = sheets['締め状態']!.slice(1).map((r) => `${r[0]}/${r[1]}/${r[2]}`);
  expect(closures).toEqual([
    '勤怠/2026-08/締め済み', '勤怠/2026-09/締め済み', '勤怠/2026-10/締め済み',
    '給与/2026-08/締め済み', '給与/2026-09/締め済み', '給与/2026-10/締め済み',
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
    const reopen = audit.find((r) => r.includes('締めの解除') && r.includes('給与/2026-10'))!;
    expect(reopen).toContain('通勤手当の誤り');
    // the totals before, in words (nothing parses them back: the close rules read 締め状態)
    expect(String(reopen.find((c) => typeof c === 'string' && c.startsWith('確定時の合計')))).toMatch(/^確定時の合計 人数：42、総支給額合計：[\d,]+円、控除合計：[\d,]+円、差引支給額合計：[\d,]+円、会社負担合計：[\d,]+円$/);
    expect(() => company.rpc('closePayroll', { month: '2026-10', reviewed: false }, admin)).toThrow(/差額を確認/);
    const closed = company.rpc('closePayroll', { month: '2026-10', reviewed: true }, admin) as { closed: boolean; count: number };
    expect(closed).toMatchObject({ closed: true, count: 42 });
    const ledger = sheetValues(copy)['賃金台帳']!;
    expect(ledger.filter((r) => r[0] === '2026-10')).toHaveLength(42);
  });
});

describe('a bonus run on the demo company', () => {
  test('標準賞与額, premiums and income tax worked by hand from the official rates; closing writes its ledger rows once', () => {
    const fs = require('node:fs') as typeof import('node:fs');
    const copy = tempDir('kanri-demo-bonus-');
    fs.cpSync(dir, copy, { recursive: true });
    const company = new Company(copy);
    const sheets = sheetValues(copy);
    const at = (rows: unknown[][], header: string) => (rows[0] as string[]).indexOf(header);
    const ledger = sheets['賃金台帳']!;
    const e001 = ledger.slice(1).find((r) => r[at(ledger, '計算ID')] === '2026-10' && r[at(ledger, '社員番号')] === 'E001')!;
    const previousTaxable = e001[at(ledger, '社会保険料等控除後の金額')] as number; // the salary paid 2026-11-25
    const dependents = e001[at(ledger, '扶養親族等の数')] as number;
    const employees = sheets['従業員']!;
    const birthIso = employees.slice(1).find((r) => r[0] === 'E001')![at(employees, '生年月日')] as string;
    const birth = new Date(Date.parse(birthIso) + 9 * 3600_000); // the Tokyo calendar date of the cell
    const bonus = 612_345;
    // 標準賞与額: 1,000円未満切り捨て → 612,000 (健保法45条, 厚年法24条の4)
    const standard = 612_000;
    // employee shares (half of each rate; 50銭以下切り捨て, 50銭超切り上げ), 協会けんぽ 東京 R8 9.85 %, 介護 1.62 % when 40–64,
    // 子ども・子育て支援金 0.23 %, 厚生年金 18.3 %, 雇用保険 一般 R8 労働者 5/1000 of the bonus
    const half = (yenTimesRate: number) => { const x = yenTimesRate / 2; return x - Math.floor(x) > 0.5 ? Math.ceil(x) : Math.floor(x); };
    // 介護保険 (40–64): due from the month containing the day before the 40th birthday, until the month
    // before the one containing the day before the 65th (年齢計算ニ関スル法律); bonus month 2026-12
    const dayBefore = (years: number) => new Date(Date.UTC(birth.getUTCFullYear() + years, birth.getUTCMonth(), birth.getUTCDate() - 1)).toISOString().slice(0, 7);
    const care = dayBefore(40) <= '2026-12' && dayBefore(65) > '2026-12';
    const healthAndCare = half(standard * (care ? 0.1147 : 0.0985));
    const child = half(standard * 0.0023);
    const pension = half(standard * 0.183);
    const employment = Math.round(bonus * 5 / 1000 * 100) / 100; // 3,061.725 → 50銭超 → 3,062
    const employmentInsurance = employment - Math.floor(employment) > 0.5 ? Math.ceil(employment) : Math.floor(employment);
    const after = bonus - healthAndCare - child - pension - employmentInsurance;
    // 賞与の算出率の表 令和8年分 甲欄: the row for the previous month's pay after social insurance and the dependents
    const table = fs.readFileSync(require('node:path').join(__dirname, '../../../shared/reference/withholding-tax/bonus_rate_2026.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const row = table.find(([c, d, from, to]) => c === 'kou' && Number(d) === Math.min(dependents, 7) && previousTaxable >= Number(from) && (to === '' || previousTaxable < Number(to)))!;
    const rate = Number(row[4]);
    const incomeTax = Math.floor(after * rate); // 1円未満切り捨て
    const preview = company.rpc('bonusPreview', { payDate: '2026-12-10', bonuses: [{ employeeCode: 'E001', amount: bonus }] }, admin) as { problems: unknown[]; employees: { socialInsurance: number; incomeTax: number; netPay: number }[] };
    expect(preview.problems).toEqual([]);
    expect(preview.employees[0]!.socialInsurance).toBe(healthAndCare + child + pension + employmentInsurance);
    expect(preview.employees[0]!.incomeTax).toBe(incomeTax);
    expect(preview.employees[0]!.netPay).toBe(after - incomeTax);
    const closed = company.rpc('closeBonus', { payDate: '2026-12-10', bonuses: [{ employeeCode: 'E001', amount: bonus }], reviewed: true }, admin) as { closed: boolean; runId: string };
    expect(closed).toMatchObject({ closed: true, runId: '2026-12B' });
    expect(() => company.rpc('closeBonus', { payDate: '2026-12-10', bonuses: [{ employeeCode: 'E001', amount: bonus }], reviewed: true }, admin)).toThrow(/すでに確定/);
    expect(sheetValues(copy)['賃金台帳']!.filter((r) => r[0] === '2026-12B')).toHaveLength(1);
  });
});

test('the admin overrides a legal rate in 設定 without a code change (a new 協会けんぽ rate for 東京都)', () => {
  const fs = require('node:fs') as typeof import('node:fs');
  const copy = tempDir('kanri-demo-override-');
  fs.cpSync(dir, copy, { recursive: true });
  const company = new Company(copy);
  const override = { kyokaiHealthRates: { 東京都: [{ from: '2026-10', ratePercent: '10.00', source: 'test: a hypothetical rate' }] } };
  company.rpc('saveMasterRows', { table: 'settings', rows: [{ key: 'payroll.rateOverrides', value: JSON.stringify(override) }] }, admin);
  const preview = company.rpc('payrollPreview', { month: '2026-10', employeeCode: 'E040' }, admin) as { employees: { code: string; ledger?: { healthInsurance: number; careInsurance: number; standardMonthlyRemuneration: number } }[] };
  const e = preview.employees.find((x) => x.code === 'E040')!;
  // E040 is a part-timer not enrolled in health insurance: nothing; take a regular instead
  expect(e.ledger?.healthInsurance).toBe(0);
  const regular = company.rpc('payrollPreview', { month: '2026-10', employeeCode: 'E010' }, admin) as typeof preview;
  const r = regular.employees.find((x) => x.code === 'E010')!.ledger!;
  // insurance month 2026-10 under the override: standard × 10.00 % ÷ 2, 50銭以下切り捨て
  const x = (r.standardMonthlyRemuneration * 0.1) / 2;
  expect(r.healthInsurance).toBe(x - Math.floor(x) > 0.5 ? Math.ceil(x) : Math.floor(x));
});

test('the payroll preview blocks a wage below the 地域別最低賃金 (最低賃金法4条) until the admin records a reason', () => {
  const fs = require('node:fs') as typeof import('node:fs');
  const copy = tempDir('kanri-demo-minwage-');
  fs.cpSync(dir, copy, { recursive: true });
  const company = new Company(copy);
  const sheet = sheetValues(copy)['給与設定']!;
  const head = sheet[0] as string[];
  const row = sheet.find((r) => r[head.indexOf('社員番号')] === 'E040')!;
  const effectiveFrom = String(row[head.indexOf('適用開始月')]);
  // E040, a part-timer in 東京都, paid 1,100円 an hour in 2026-10: 東京都 1,226円 from 2025-10-03 → 126円 short an hour.
  company.rpc('saveMasterRows', { table: 'paySettings', rows: [{ employeeCode: 'E040', effectiveFrom, basePay: 1100 }] }, admin);
  const preview = () => company.rpc('payrollPreview', { month: '2026-10', employeeCode: 'E040' }, admin) as { problems: { employeeCode: string; ja: string; en: string; blocking: boolean }[] };
  const found = preview().problems.filter((p) => p.employeeCode === 'E040');
  expect(found).toEqual([expect.objectContaining({ blocking: true })]);
  expect(found[0]!.ja).toMatch(/最低賃金を下回っています: 時間額 1100\.00円 < 1,226円（東京都、2025-10-03〜）、1時間当たり 126円 不足/);
  expect(found[0]!.en).toMatch(/short by 126円 an hour/);
  company.rpc('saveMasterRows', { table: 'settings', rows: [{ key: 'payroll.minimumWageReasons', value: JSON.stringify({ '2026-10': { E040: '試用期間の減額特例 許可申請中' } }) }] }, admin);
  const accepted = preview().problems.filter((p) => p.employeeCode === 'E040');
  expect(accepted).toEqual([expect.objectContaining({ blocking: false })]);
  expect(accepted[0]!.ja).toContain('理由記録済み: 試用期間の減額特例 許可申請中');
});
