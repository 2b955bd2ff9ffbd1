/**
 * Issue 12, the seams (items 6, 7, 8, 10, 14, 15, 16; item 5 is in rpc-hostile.test.ts): each test
 * is named after its item and failed on the code before the fix.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { guardedRows, numberFormatOf, safeTextCell, toCell } from '../../src/schema/cells';
import { interpretWritten } from '../../src/local/emulator/values';
import { message } from '../../src/core/i18n';
import { allCells, copyFixture, NOW, PEOPLE, USERS, workbookDigest } from './fixture';
import { CompanyFolder } from '../../src/local/store/store';
import { AppsScriptError } from '../../src/local/emulator/types';
import { LOCK_TIMEOUT_MESSAGE } from '../../src/local/emulator/services/lock';
import type { Company } from '../../src/local/company';

const done = (c: Company) => fs.rmSync(path.dirname(c.dir), { recursive: true, force: true });

describe('item 15: one formula guard, full-width forms too', () => {
  test.each(['＝IMPORTXML("http://x","//a")', '＋cmd', '－1+1', '＠SUM(1)', '=1', '+1', '-1', '@A1'])('%s is stored as text', (s) => {
    expect(safeTextCell(s)).toBe(`'${s}`);
    expect(guardedRows([[s, 1, true]])).toEqual([[`'${s}`, 1, true]]);
    // Table text goes into plain-text ('@') columns as it is: there Sheets keeps it literally (an
    // apostrophe would stay part of the text). The column format is what guards it.
    expect(numberFormatOf('text')).toBe('@');
    expect(toCell('text', s)).toBe(s);
    expect(interpretWritten(toCell('text', s), '@', 'Asia/Tokyo')).toEqual({ value: s });
  });
  test('plain Japanese text and numbers pass unchanged', () => {
    expect(guardedRows([['山田 太郎', 12, '基本給']])).toEqual([['山田 太郎', 12, '基本給']]);
  });
});

describe('item 16: a lock timeout is the Kanri error "busy", in both languages, nothing recorded', () => {
  test('a punch while another execution holds the lock', () => {
    const company = copyFixture();
    const before = workbookDigest(company.dir);
    const held = { waitLock: () => { throw new AppsScriptError(LOCK_TIMEOUT_MESSAGE); }, tryLock: () => false, releaseLock: () => undefined, hasLock: () => false };
    const r = company.run('punch', [{ kind: 'clockIn' }], {
      kind: 'web', user: PEOPLE.e1.email, at: NOW,
      globals: () => ({ LockService: { getScriptLock: () => held, getDocumentLock: () => null, getUserLock: () => held } }),
    });
    expect(r.ok).toBe(false);
    const text = r.error!.message;
    expect(text.startsWith(`${message('ja', 'access.busy')} / ${message('en', 'access.busy')}`)).toBe(true);
    expect(text).toMatch(/\[kanri:busy\]/); // the stable code a page tests for
    expect(text).not.toContain('Lock timeout');
    expect(workbookDigest(company.dir)).toBe(before);
    done(company);
  });
});

describe('item 6: each refresh makes a view\'s viewers exactly the current managers, audited', () => {
  test('a demoted manager and a viewer added by hand lose the view', () => {
    const company = copyFixture();
    const refresh = () => company.call('refreshManagerViews', [], { kind: 'menu', user: USERS.admin, at: NOW }) as { views: { department: string; id: string }[] };
    const first = refresh();
    const design = first.views.find((v) => v.department === '設計')!.id;
    const folder = new CompanyFolder(company.dir);
    // someone shares the view by hand
    const store = folder.spreadsheet(design);
    const data = store.load();
    data.viewers.push('outsider@example.jp');
    store.save(data);
    // the manager moves to 営業
    company.rpc('saveMasterRows', { table: 'roles', rows: [{ email: PEOPLE.manager.email, role: 'manager', departments: '営業' }] }, USERS.admin, { at: NOW });
    const second = refresh();
    expect(second.views.map((v) => v.department)).toEqual(['営業']);
    expect(folder.spreadsheet(design).load().viewers).toEqual([]);
    const sales = second.views[0]!.id;
    expect(folder.spreadsheet(sales).load().viewers).toEqual([PEOPLE.manager.email]);
    const audit = allCells(company.dir).filter((c) => c.sheet === '監査ログ').map((c) => String(c.value));
    expect(audit).toContain(`設計/${PEOPLE.manager.email}`);
    expect(audit).toContain('設計/outsider@example.jp');
    expect(audit.filter((v) => v === '閲覧者の削除')).toHaveLength(2);
    done(company);
  });
});

describe('item 7: access ends the day after 退職日', () => {
  const company = copyFixture();
  afterAll(() => done(company));
  const employeeRow = (p: typeof PEOPLE.e1, leaveDate: string) => ({ code: p.code, leaveDate });
  const call = (name: string, input: unknown, user: string) => company.run(name, [input], { kind: 'web', user, at: NOW });

  test('on 退職日 itself the employee still punches', () => {
    company.rpc('saveMasterRows', { table: 'employees', rows: [employeeRow(PEOPLE.e1, '2026-11-25')] }, USERS.admin, { at: NOW });
    expect(call('punch', { kind: 'clockIn' }, PEOPLE.e1.email).ok).toBe(true);
  });

  test('the day after, punching, leave requests and payslips are refused, and a manager who left gets no team data', () => {
    company.rpc('saveMasterRows', { table: 'employees', rows: [employeeRow(PEOPLE.e1, '2026-11-24'), employeeRow(PEOPLE.manager, '2026-11-24')] }, USERS.admin, { at: NOW });
    const before = workbookDigest(company.dir);
    const left = message('ja', 'access.left', { email: PEOPLE.e1.email, leaveDate: '2026-11-24' });
    for (const [name, input] of [['punch', { kind: 'clockOut' }], ['requestLeave', { date: '2026-11-24', days: 1, reason: '私用' }], ['myPayslips', {}], ['myPunches', { month: '2026-11' }]] as const) {
      const r = call(name, input, PEOPLE.e1.email);
      expect([name, r.ok, (r.error?.message ?? '').startsWith(left)]).toEqual([name, false, true]);
    }
    for (const [name, input] of [['agreement36Report', { month: '2026-11' }], ['leaveStatus', {}], ['me', {}]] as const) {
      const r = call(name, input, PEOPLE.manager.email);
      expect([name, r.ok, (r.error?.message ?? '').startsWith(message('ja', 'access.left', { email: PEOPLE.manager.email, leaveDate: '2026-11-24' }))]).toEqual([name, false, true]);
    }
    expect(workbookDigest(company.dir)).toBe(before);
    // the others are unaffected
    expect(call('punch', { kind: 'clockIn' }, PEOPLE.e2.email).ok).toBe(true);
  });
});

describe('item 8: e-mails are unique, case-insensitively; the save and check name both rows', () => {
  test('a second employee with another\'s e-mail in capitals is refused, nothing saved', () => {
    const company = copyFixture();
    const before = workbookDigest(company.dir);
    const row = { code: 'KE130', name: '清水 由美', kana: 'シミズ', email: PEOPLE.e1.email.toUpperCase(), department: '設計', employmentType: 'regular', hireDate: '2026-11-01', workRule: 'STD', weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400 };
    const r = company.run('saveMasterRows', [{ table: 'employees', rows: [row] }], { kind: 'rpc', user: USERS.admin, at: NOW });
    expect(r.ok).toBe(false);
    // e1 is on row 3 of 従業員 (manager row 2); the new row would be row 6
    expect(r.error!.message).toContain(message('ja', 'table.emailClash', { sheet: '従業員', row: 6, column: 'メールアドレス', email: row.email, first: 3 }));
    expect(workbookDigest(company.dir)).toBe(before);
    // two 権限 rows differing only in case
    const r2 = company.run('saveMasterRows', [{ table: 'roles', rows: [{ email: 'MGR@example.jp', role: 'admin' }] }], { kind: 'rpc', user: USERS.admin, at: NOW });
    expect(r2.ok).toBe(false);
    expect(r2.error!.message).toMatch(/シート「権限」4行目「メールアドレス」: MGR@example\.jp は3行目と同じメールアドレスです/);
    done(company);
  });

  test('kanri check reports a clash typed into the sheet, naming both rows; the caller of such an e-mail is refused', () => {
    const company = copyFixture();
    const store = new CompanyFolder(company.dir).admin();
    const data = store.load();
    const sheet = data.sheets.find((s) => s.name === '従業員')!;
    const col = sheet.rows[0]!.indexOf('メールアドレス');
    sheet.rows[4]![col] = PEOPLE.e2.email.toUpperCase(); // s1 (row 5) typed with e2's address (row 4)
    store.save(data);
    const report = company.call('kanriCheck', [], { kind: 'menu', user: USERS.admin, at: NOW }) as { errors: { ja: string; row: number; sheet: string }[] };
    expect(report.errors.map((e) => e.ja)).toContain(message('ja', 'table.duplicateEmail', { sheet: '従業員', row: 5, column: 'メールアドレス', email: PEOPLE.e2.email.toUpperCase(), first: 4 }));
    const r = company.run('myPayslips', [{}], { kind: 'web', user: PEOPLE.e2.email, at: NOW });
    expect(r.error?.message ?? '').toContain(message('ja', 'access.ambiguousEmail', { email: PEOPLE.e2.email }));
    done(company);
  });
});

describe('item 10: signed links expire, start unissued, are audited, and take canonical versions only', () => {
  const company = copyFixture();
  afterAll(() => done(company));
  const issue = (input: object) => company.rpc('issueEmployeeLink', input, USERS.admin, { at: NOW }) as { url: string; expiresOn: string };
  const tokenOf = (url: string) => new URL(url).searchParams.get('k')!;
  const withToken = (token: string, at = NOW) => company.run('me', [{}, token], { kind: 'web', user: '', at });
  const secret = () => company.services.read((s) => s.properties.script['KANRI_LINK_SECRET'])!;
  /** A token signed with the real secret, as anyone holding it could make one. */
  const forge = (code: string, version: string, expiry: string) =>
    `${code}.${version}.${expiry}.${crypto.createHmac('sha256', secret()).update(`${code}.${version}.${expiry}`).digest('base64url')}`;

  test('the default life is 設定 link.expiryDays (90 days); the admin may choose another', () => {
    expect(issue({ employeeCode: PEOPLE.e1.code }).expiresOn).toBe('2027-02-23');
    expect(issue({ employeeCode: PEOPLE.e1.code, days: 7 }).expiresOn).toBe('2026-12-02');
    company.rpc('saveMasterRows', { table: 'settings', rows: [{ key: 'link.expiryDays', value: '30' }] }, USERS.admin, { at: NOW });
    expect(issue({ employeeCode: PEOPLE.e1.code }).expiresOn).toBe('2026-12-25');
  });

  test('a link works through its last day and says 期限切れ with the date after it', () => {
    const token = tokenOf(issue({ employeeCode: PEOPLE.e1.code, days: 1 }).url);
    expect(withToken(token, new Date('2026-11-26T14:59:00Z')).ok).toBe(true); // 23:59 Tokyo on the last day
    const r = withToken(token, new Date('2026-11-26T15:00:00Z'));
    expect(r.error?.message).toContain(message('ja', 'link.expired', { date: '2026-11-26' }));
  });

  test('an employee whose link was never issued has no valid token, even signed with the real secret', () => {
    issue({ employeeCode: PEOPLE.e1.code }); // the secret exists now
    expect(withToken(forge(PEOPLE.e2.code, '1', '20261231')).error?.message).toContain(message('ja', 'link.invalid'));
    // nor in the earlier form without an expiry (code.version.signature), valid for everyone before
    const old = `${PEOPLE.e2.code}.1.${crypto.createHmac('sha256', secret()).update(`${PEOPLE.e2.code}.1`).digest('base64url')}`;
    expect(withToken(old).error?.message).toContain(message('ja', 'link.invalid'));
  });

  test('non-canonical versions are refused', () => {
    const token = tokenOf(issue({ employeeCode: PEOPLE.s1.code }).url);
    const [, version, expiry] = token.split('.') as [string, string, string];
    expect(withToken(forge(PEOPLE.s1.code, version, expiry)).ok).toBe(true);
    for (const v of [`0${version}`, `${version}.0`, `+${version}`, ` ${version}`]) {
      expect([v, withToken(forge(PEOPLE.s1.code, v, expiry)).error?.message.includes(message('ja', 'link.invalid'))]).toEqual([v, true]);
    }
  });

  test('issuing and revoking write 監査ログ rows', () => {
    const audit = () => allCells(company.dir).filter((c) => c.sheet === '監査ログ').map((c) => String(c.value));
    const before = audit().filter((v) => v === 'リンクの発行').length;
    issue({ employeeCode: PEOPLE.e2.code, days: 10 });
    company.rpc('revokeEmployeeLink', { employeeCode: PEOPLE.e2.code }, USERS.admin, { at: NOW });
    const after = audit();
    expect(after.filter((v) => v === 'リンクの発行').length).toBe(before + 1);
    expect(after).toContain('リンクの無効化');
    expect(after.some((v) => v.includes('2026-12-05まで有効'))).toBe(true);
  });
});

describe('item 14: bad input that got through is refused, naming the field', () => {
  const company = copyFixture();
  afterAll(() => done(company));
  const asE1 = (name: string, input: unknown) => company.run(name, [input], { kind: 'web', user: PEOPLE.e1.email, at: NOW });
  const asAdmin = (name: string, input: unknown) => company.run(name, [input], { kind: 'rpc', user: USERS.admin, at: NOW });
  const window = { from: '2025-10-21', to: '2027-11-26' }; // 設定 input.daysBehind 400, input.daysAhead 366 from 2026-11-25

  test('leave on 9999-12-31 and 0001-01-01, a correction for 2001-01-05: outside the window, nothing written', () => {
    const before = workbookDigest(company.dir);
    for (const date of ['9999-12-31', '0001-01-01']) {
      expect(asE1('requestLeave', { date, days: 1 }).error?.message).toContain(message('ja', 'input.outsideWindow', { field: 'input.date', value: date, ...window }));
      expect(asAdmin('recordLeave', { rows: [{ employeeCode: PEOPLE.e1.code, date, days: 1 }] }).error?.message)
        .toContain(message('ja', 'input.outsideWindow', { field: 'input.rows[0].date', value: date, ...window }));
    }
    expect(asE1('requestCorrection', { at: '2001-01-05T09:00', kind: 'clockIn', reason: '打刻忘れ' }).error?.message)
      .toContain(message('ja', 'input.outsideWindow', { field: 'input.at', value: '2001-01-05T09:00', ...window }));
    expect(workbookDigest(company.dir)).toBe(before);
  });

  test('leave before 入社日 is outside the employment', () => {
    company.rpc('saveMasterRows', { table: 'employees', rows: [{ code: PEOPLE.e2.code, hireDate: '2026-11-01' }] }, USERS.admin, { at: NOW });
    expect(asAdmin('recordLeave', { rows: [{ employeeCode: PEOPLE.e2.code, date: '2026-10-30', days: 1 }] }).error?.message)
      .toContain(message('ja', 'input.outsideEmployment', { field: 'input.rows[0].date', value: '2026-10-30', code: PEOPLE.e2.code, hireDate: '2026-11-01', leaveDate: '—' }));
  });

  test('importPunches for an unknown employee and for a future time', () => {
    const before = workbookDigest(company.dir);
    const ok = { id: 'IMP-OK', employeeCode: PEOPLE.e1.code, at: '2026-11-20T09:00', kind: 'clockIn' };
    expect(asAdmin('importPunches', { punches: [ok, { ...ok, id: 'IMP-X', employeeCode: 'NOBODY' }] }).error?.message)
      .toContain(message('ja', 'input.unknownEmployee', { field: 'input.punches[1].employeeCode', code: 'NOBODY' }));
    expect(asAdmin('importPunches', { punches: [{ ...ok, at: '2026-11-25T10:01' }] }).error?.message)
      .toContain(message('ja', 'input.future', { field: 'input.punches[0].at', value: '2026-11-25T10:01' }));
    expect(workbookDigest(company.dir)).toBe(before);
  });

  test('wrong types say what is expected: days "1" is not a number, year 2026.5 not a whole number', () => {
    const days = asE1('requestLeave', { date: '2026-12-03', days: '1' }).error?.message ?? '';
    expect(days).toContain(message('ja', 'field.invalid', { field: 'input.days', problem: message('ja', 'table.problem.expectedType', { expected: '数値', received: '文字列' }) }));
    expect(days).not.toContain(message('ja', 'table.problem.required'));
    const year = asAdmin('exportWageLedger', { year: 2026.5 }).error?.message ?? '';
    expect(year).toContain(message('ja', 'field.invalid', { field: 'input.year', problem: message('ja', 'table.problem.integer') }));
    // a missing value still says it is missing
    expect(asE1('requestLeave', { date: '2026-12-03' }).error?.message).toContain(message('ja', 'field.invalid', { field: 'input.days', problem: message('ja', 'table.problem.required') }));
  });

  test('reopening attendance under a closed payroll of that month is refused: reopen the payroll first', () => {
    expect(asAdmin('closeAttendance', { month: '2026-10' }).error?.message).toBeUndefined();
    // the salary run of 2026-10 closed through Kanri (a row typed into 締め状態 is refused as tampered)
    const pay = (code: string) => ({
      employeeCode: code, effectiveFrom: '2026-04', payType: 'monthly', basePay: 300_000, allowances: [], commutingAllowance: 0,
      dependents: 0, taxColumn: 'kou', residentTaxJune: 0, residentTaxMonthly: 0, prefecture: '東京都', employmentInsuranceType: 'general',
      employmentInsuranceEnrolled: true, standardMonthlyRemuneration: 300_000, officer: false, otherDeductions: [],
      bankCode: '0001', bankNameKana: 'ﾐｽﾞﾎ', branchCode: '001', branchNameKana: 'ﾎﾝﾃﾝ', accountType: '1', accountNumber: '1234567', accountHolderKana: 'ｶﾝﾘ ﾀﾛｳ',
    });
    const codes = Object.values(PEOPLE).map((p) => p.code);
    expect(asAdmin('saveMasterRows', { table: 'paySettings', rows: codes.map(pay) }).error?.message).toBeUndefined();
    const closed = asAdmin('closePayroll', { month: '2026-10', reviewed: true });
    expect(closed.error?.message).toBeUndefined();
    expect((closed.value as { closed: boolean; problems: unknown[] }).problems).toEqual([]);
    expect((closed.value as { closed: boolean }).closed).toBe(true);
    const before = workbookDigest(company.dir);
    const r = asAdmin('reopenAttendance', { month: '2026-10', reason: '誤り訂正' });
    expect(r.error?.message).toContain(message('ja', 'attendance.payrollClosed', { month: '2026-10', runs: '2026-10' }));
    expect(workbookDigest(company.dir)).toBe(before);
  });
});
