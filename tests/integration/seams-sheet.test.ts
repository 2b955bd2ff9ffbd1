/**
 * Issue 12 item 4: edits typed straight into the sheet. What Kanri alone writes is protected so
 * only the owning account can edit it (the sandbox's grid refuses anyone else, as Sheets does);
 * an edit of a master through the grid is recorded in 監査ログ by the installable edit trigger
 * (who, where, before, after); a 締め状態 row altered outside Kanri stops the close rules.
 */
import { newCompany, ADMIN } from '../support/company';
import { sheetValues } from '../support/digest';
import { Bridge } from '../../src/local/sandbox/bridge';

const SECOND = 'second.admin@example.jp';

function company() {
  const c = newCompany();
  c.rpc('saveMasterRows', { table: 'roles', rows: [{ email: SECOND, role: 'admin' }] }, ADMIN);
  c.rpc('saveMasterRows', { table: 'employees', rows: [{
    code: 'E001', name: '社員 一', kana: 'シャイン', email: 'e1@example.jp', department: '設計', employmentType: 'regular',
    hireDate: '2020-04-01', workRule: 'STD', weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400,
  }] }, ADMIN);
  return c;
}

describe('item 4: edits typed straight into the sheet leave no trace, and protections are warning-only', () => {
  test('the sheets Kanri alone writes are protected for the owner only, not warning-only', () => {
    const c = company();
    const data = (require('../../src/local/store/store') as typeof import('../../src/local/store/store')).CompanyFolder;
    const wb = new data(c.dir).admin().load();
    for (const name of ['賃金台帳', '締め状態', '監査ログ', '給与計算', '月次勤怠']) {
      const sheet = wb.sheets.find((s) => s.name === name)!;
      expect(sheet.protections).toHaveLength(1);
      expect(sheet.protections[0]!.warningOnly).toBe(false);
      expect(sheet.protections[0]!.editors).toEqual([ADMIN]);
    }
  });

  test('a second admin typing into 監査ログ, 締め状態 or 賃金台帳 in the grid is refused; the workbook is unchanged', () => {
    const c = company();
    const bridge = new Bridge(c);
    const before = JSON.stringify(sheetValues(c.dir));
    for (const sheet of ['監査ログ', '締め状態', '賃金台帳']) {
      const out = bridge.editCell(sheet, 2, 2, 'x', SECOND);
      expect(out.ok).toBe(false);
      expect(out.error?.message).toMatch(/protected/);
    }
    expect(JSON.stringify(sheetValues(c.dir))).toBe(before);
  });

  test('an edit of a master in the grid is recorded in 監査ログ: who, where, before, after', () => {
    const c = company();
    const bridge = new Bridge(c);
    const employees = sheetValues(c.dir)['従業員']!;
    const column = employees[0]!.indexOf('氏名') + 1;
    const out = bridge.editCell('従業員', 2, column, '社員 改', SECOND);
    expect(out.error).toBeUndefined();
    const audit = sheetValues(c.dir)['監査ログ']!;
    const h = audit[0]!;
    const row = audit.slice(1).find((r) => r[h.indexOf('操作')] === 'シートで直接編集')!;
    expect(row).toBeDefined();
    expect(row[h.indexOf('実行者')]).toBe(SECOND);
    expect(row[h.indexOf('表')]).toBe('従業員');
    expect(row[h.indexOf('行キー')]).toBe('2行目');
    expect(row[h.indexOf('列')]).toBe('氏名');
    expect(row[h.indexOf('変更前')]).toBe('社員 一');
    expect(row[h.indexOf('変更後')]).toBe('社員 改');
    expect(c.run('kanriCheck', [], { kind: 'menu', user: ADMIN }).value).toMatchObject({ errors: [] });
  });

  test('a closed month whose 締め状態 row was altered outside Kanri is refused with a clear message', () => {
    const c = company();
    // E001 joins on the month's last day (a Saturday, no scheduled day): nothing blocks the close
    c.rpc('saveMasterRows', { table: 'employees', rows: [{ code: 'E001', hireDate: '2026-10-31' }] }, ADMIN);
    c.rpc('saveMasterRows', { table: 'workRules', rows: [{
      code: 'STD', name: '通常', scheduledStart: '09:00', scheduledEnd: '18:00', breakMinutes: 60,
      workdays: 'monday,tuesday,wednesday,thursday,friday', publicHolidaysOff: true, weekStart: 'sunday', legalHoliday: 'sunday',
      rounding: 'none', premiumWithinLegal: false,
    }] }, ADMIN);
    expect(c.rpc('closeAttendance', { month: '2026-10' }, ADMIN)).toMatchObject({ closed: true, problems: [] });
    // before: closed, so leave in that month is refused as closed
    const closedRefusal = c.run('recordLeave', [{ rows: [{ employeeCode: 'E001', date: '2026-10-31', days: 1 }] }], { kind: 'rpc', user: ADMIN });
    expect(closedRefusal.error?.message).toMatch(/締め/);
    // the owner (who may edit the protected sheet) turns 「closed」 into 「reopened」 in the grid
    const bridge = new Bridge(c);
    const closures = sheetValues(c.dir)['締め状態']!;
    const status = closures[0]!.indexOf('状態') + 1;
    expect(bridge.editCell('締め状態', 2, status, 'reopened', ADMIN).error).toBeUndefined();
    const r = c.run('recordLeave', [{ rows: [{ employeeCode: 'E001', date: '2026-10-31', days: 1 }] }], { kind: 'rpc', user: ADMIN });
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('シート「締め状態」2行目');
    expect(r.error?.message).toContain('Kanriの外で変更されています');
    expect(sheetValues(c.dir)['休暇申請']!.slice(1).filter((row) => row.some((x) => x !== ''))).toHaveLength(0);
    const check = c.run('kanriCheck', [], { kind: 'menu', user: ADMIN }).value as { errors: { ja: string }[] };
    expect(check.errors.map((e) => e.ja).join('\n')).toContain('シート「締め状態」2行目');
  });
});
