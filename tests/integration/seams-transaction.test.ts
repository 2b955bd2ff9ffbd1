/**
 * Issue 12 items 2 and 3 and the fault test: a transaction lands whole with its audit rows or
 * writes nothing, and an update writes only the rows it changed.
 */
import { newCompany, ADMIN } from '../support/company';
import { sheetValues } from '../support/digest';
import type { Company } from '../../src/local/company';

const employee = (code: string, email: string) => ({
  code, name: `社員 ${code}`, kana: 'シャイン', email, department: '設計', employmentType: 'regular',
  hireDate: '2020-04-01', workRule: 'STD', weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400,
});

const tables = (company: Company) => JSON.stringify(sheetValues(company.dir));
const filled = (company: Company, sheet: string) => sheetValues(company.dir)[sheet]!.slice(1).filter((r) => r.some((c) => c !== '' && c !== null));

function company3(): Company {
  const company = newCompany();
  company.rpc('saveMasterRows', { table: 'employees', rows: ['E001', 'E002', 'E003', 'E004', 'E005', 'E006'].map((c, i) => employee(c, `p${i}@example.jp`)) }, ADMIN);
  return company;
}

const payRow = (code: string, basePay: number, allowances: unknown[] = []) => ({
  employeeCode: code, effectiveFrom: '2026-04', payType: 'monthly', basePay, allowances, commutingAllowance: 10_000,
  dependents: 0, taxColumn: 'kou', residentTaxJune: 0, residentTaxMonthly: 0, prefecture: '東京都', employmentInsuranceType: 'general',
  employmentInsuranceEnrolled: true, standardMonthlyRemuneration: 300_000, officer: false, otherDeductions: [],
});

describe('item 2: a failed call can leave a change with no audit row', () => {
  test('給与設定: an update and a new row whose audit row is too long for a cell: nothing is written', () => {
    const company = company3();
    company.rpc('saveMasterRows', { table: 'paySettings', rows: [payRow('E001', 280_000), payRow('E002', 300_000)] }, ADMIN);
    const before = tables(company);
    // the allowances cell fits (under 50,000 characters: one line an item); the audit row of the new row does not
    // (監査ログ's 変更後 holds the whole row, the 手当 lines joined by 「 ／ 」)
    const many = Array.from({ length: 2500 }, (_, i) => ({ name: `手当${String(i).padStart(4, '0')}`, amount: 1, taxable: true, inOvertimeBase: true }));
    const lines = many.map((a) => `${a.name}：1円（課税・割増基礎）`);
    expect(lines.join('\n').length).toBeLessThan(50_000);
    expect(`手当：${lines.join(' ／ ')}`.length).toBeGreaterThan(50_000);
    const bad = company.run('saveMasterRows', [{ table: 'paySettings', rows: [payRow('E002', 999_999), payRow('E003', 250_000, many)] }], { kind: 'rpc', user: ADMIN });
    expect(bad.ok).toBe(false);
    expect(bad.error?.message).toMatch(/監査ログ/);
    expect(tables(company)).toBe(before); // E002's 基本給 is still 300000, and no audit row was added
  });
});

describe('item 3: an update rewrites every row between the first and last changed row', () => {
  test('a cell a person types into a row between two changed rows while the execution runs is kept', () => {
    const company = company3();
    const sheet = sheetValues(company.dir)['従業員']!;
    const nameColumn = sheet[0]!.indexOf('氏名');
    const r = company.run('saveMasterRows', [{ table: 'employees', rows: [
      { ...employee('E001', 'p0@example.jp'), name: '変更 E001' }, { ...employee('E006', 'p5@example.jp'), name: '変更 E006' },
    ] }], {
      kind: 'rpc', user: ADMIN,
      // after Kanri read 従業員 and before its first write, a person types into row 4 (E003)
      failWrite: (n, _key, host) => {
        if (n === 1) host.admin().apply((data) => { data.sheets.find((s) => s.name === '従業員')!.rows[3]![nameColumn] = '手入力'; });
        return false;
      },
    });
    expect(r.error).toBeUndefined();
    const after = sheetValues(company.dir)['従業員']!;
    expect(after[1]![nameColumn]).toBe('変更 E001');
    expect(after[6]![nameColumn]).toBe('変更 E006');
    expect(after[3]![nameColumn]).toBe('手入力');
    expect(r.stats.count('SpreadsheetApp.Range.setValues')).toBe(3); // 監査ログ, and one per run of changed rows
  });

  test('scattered rows: one block, the rows between written back as they are now, not as first read', () => {
    const company = company3();
    const nameColumn = sheetValues(company.dir)['従業員']![0]!.indexOf('氏名');
    const codes = ['E001', 'E003', 'E005'];
    const more = Array.from({ length: 8 }, (_, i) => employee(`F${i}`, `f${i}@example.jp`));
    company.rpc('saveMasterRows', { table: 'employees', rows: more }, ADMIN);
    // rows 2, 4, 6, 8, 10, 12: six runs, more than the few written one by one
    const changed = ['E001', 'E003', 'E005', 'F0', 'F2', 'F4'];
    void codes;
    const all = sheetValues(company.dir)['従業員']!;
    const codeColumn = all[0]!.indexOf('社員番号');
    const rowOf = (code: string) => all.findIndex((r) => r[codeColumn] === code);
    const r = company.run('saveMasterRows', [{ table: 'employees', rows: changed.map((c) => ({ ...employee(c, `x${c}@example.jp`), name: `変更 ${c}` })) }], {
      kind: 'rpc', user: ADMIN,
      failWrite: (n, _key, host) => {
        if (n === 1) host.admin().apply((data) => { data.sheets.find((s) => s.name === '従業員')!.rows[rowOf('E002')]![nameColumn] = '手入力'; });
        return false;
      },
    });
    expect(r.error).toBeUndefined();
    const after = sheetValues(company.dir)['従業員']!;
    for (const c of changed) expect(after[rowOf(c)]![nameColumn]).toBe(`変更 ${c}`);
    expect(after[rowOf('E002')]![nameColumn]).toBe('手入力');
    expect(r.stats.count('SpreadsheetApp.Range.setValues')).toBe(2); // 監査ログ, 従業員 once
  });
});

describe('fault test: a transaction made to fail at each of its writes in turn', () => {
  test('leaves the workbook table-identical, or complete with its audit rows; never in between', () => {
    const company = company3();
    // an update of two runs, new rows that grow the sheet past its 1,000 formatted rows, and the audit rows
    const base = company.run('saveMasterRows', [{ table: 'employees', rows: [{ ...employee('E001', 'p0@example.jp'), name: '基' }] }], { kind: 'rpc', user: ADMIN });
    expect(base.error).toBeUndefined();
    const input = { table: 'employees', rows: [
      { ...employee('E001', 'p0@example.jp'), name: '変更 E001' }, { ...employee('E004', 'p3@example.jp'), name: '変更 E004' },
      ...Array.from({ length: 1200 }, (_, i) => employee(`N${String(i).padStart(4, '0')}`, `n${i}@example.jp`)),
    ] };
    const writes: string[] = [];
    const probe = company.run('kanriCheck', [], { kind: 'menu', user: ADMIN });
    expect(probe.error).toBeUndefined();
    const dir = company.dir;
    const fs = require('node:fs') as typeof import('node:fs');
    const path = require('node:path') as typeof import('node:path');
    const os = require('node:os') as typeof import('node:os');
    const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-fault-'));
    fs.cpSync(dir, snapshot, { recursive: true });
    const before = tables(company);
    // count the writes of a successful run on a copy
    const { Company } = require('../../src/local/company') as typeof import('../../src/local/company');
    const countCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-fault-'));
    fs.cpSync(snapshot, countCopy, { recursive: true });
    const ok = new Company(countCopy).run('saveMasterRows', [input], { kind: 'rpc', user: ADMIN, failWrite: (_n, key) => { writes.push(key); return false; } });
    expect(ok.error).toBeUndefined();
    const complete = JSON.stringify(sheetValues(countCopy));
    expect(writes.length).toBeGreaterThanOrEqual(4);
    const outcomes: string[] = [];
    for (let n = 1; n <= writes.length; n++) {
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-fault-'));
      fs.cpSync(snapshot, copy, { recursive: true });
      const r = new Company(copy).run('saveMasterRows', [input], { kind: 'rpc', user: ADMIN, failWrite: (i) => i === n });
      expect(r.ok).toBe(false);
      expect(r.error?.message).toContain('Service Spreadsheets failed');
      const now = JSON.stringify(sheetValues(copy));
      if (now === before) outcomes.push('unchanged');
      else if (sameTables(now, complete)) outcomes.push('complete');
      else outcomes.push(`partial at write ${n} (${writes[n - 1]})`);
    }
    expect(outcomes.filter((o) => o.startsWith('partial'))).toEqual([]);
    void dir;
  });

  test('when the undo fails too, every change that stays has its audit rows', () => {
    const company = company3();
    const input = { table: 'employees', rows: [{ ...employee('E001', 'p0@example.jp'), name: '変更 E001' }, { ...employee('E004', 'p3@example.jp'), name: '変更 E004' }, employee('N001', 'n1@example.jp')] };
    // every write from the third on fails: the audit append and the first update landed, the undo cannot run
    const r = company.run('saveMasterRows', [input], { kind: 'rpc', user: ADMIN, failWrite: (i) => i >= 3 });
    expect(r.ok).toBe(false);
    const sheets = sheetValues(company.dir);
    const audit = sheets['監査ログ']!;
    const h = audit[0]!;
    const changed = audit.slice(1).filter((row) => row[h.indexOf('表')] === '従業員' && row[h.indexOf('列')] === '氏名');
    const names = sheets['従業員']!;
    const nameColumn = names[0]!.indexOf('氏名');
    for (const row of names.slice(1)) {
      if (String(row[nameColumn]).startsWith('変更')) expect(changed.some((a) => a[h.indexOf('変更後')] === row[nameColumn])).toBe(true);
    }
    expect(names.slice(1).some((row) => String(row[nameColumn]).startsWith('変更'))).toBe(true); // the case happened
  });
});

/** Two workbooks equal as tables: the same cells, audit IDs and times of the run aside. */
function sameTables(a: string, b: string): boolean {
  const strip = (s: string) => s.replace(/"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-\d+"/g, '"ID"').replace(/"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z"/g, '"T"');
  return strip(a) === strip(b);
}
