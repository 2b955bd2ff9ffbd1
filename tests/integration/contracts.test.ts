/**
 * The contracts module through the built bundle (issue 17): the register with its deadlines as of a
 * date and the 印紙税 note; fixed-term employment with the 無期転換 right; roles (amounts admin-only, an
 * employee sees only their own terms); reminders sent once when the daily trigger runs twice a day.
 * Expected dates are counted by hand (民法143条2項) in the comments.
 */
import { newCompany, ADMIN } from '../support/company';
import { sheetValues } from '../support/digest';
import type { Company } from '../../src/local/company';
import { outbox } from '../support/outbox';

const employee = (code: string, email: string, employmentType = 'regular') => ({
  code, name: `社員 ${code}`, kana: 'シャイン', email, department: '管理部', employmentType,
  hireDate: '2021-12-01', workRule: 'STD', weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400,
});
const E1 = 'e1@example.jp';
const E2 = 'e2@example.jp';

function company(): Company {
  const c = newCompany(); // 2026-11-25 10:00 Tokyo
  c.rpc('saveMasterRows', { table: 'employees', rows: [employee('E001', E1), employee('E002', E2, 'fixedTerm')] }, ADMIN);
  return c;
}
const rows = (c: Company, sheet: string) => {
  const [head, ...rest] = sheetValues(c.dir)[sheet]!;
  return rest.filter((r) => r.some((x) => x !== '' && x !== null)).map((r) => Object.fromEntries(head!.map((h, i) => [String(h), r[i]])));
};
const fails = (c: Company, name: string, input: unknown, user: string, pattern: RegExp) => {
  const r = c.run(name, [input], { kind: 'rpc', user });
  expect(r.ok).toBe(false);
  expect(r.error?.message).toMatch(pattern);
};

// the office: 2 years from 2022-06-01, renewed 24 months at a time, notice 6 months before the end
const office = { id: 'C-OFFICE', title: '本社事務所 賃貸借契約', counterparty: '丸の内ビル株式会社', type: 'rent', status: 'active', start: '2022-06-01', end: '2024-05-31',
  autoRenew: true, renewalMonths: 24, noticeMonths: 6, amount: 480_000, billingCycle: 'monthly', owner: 'E001' };
// web production (請負): 200,000円 a month for 12 months, a paper original → 第2号, 2,400,000円 → 1,000円
const web = { id: 'C-WEB', title: 'Webサイト制作', counterparty: '山田デザイン', type: 'outsourcing', status: 'signed', start: '2026-04-01', end: '2027-03-31',
  autoRenew: false, noticeDays: 30, amount: 200_000, billingCycle: 'monthly', stampDocument: 'no2' };
// the printer: yearly to 2026-12-31, 1 month's notice → 2026-11-30 (a month-end maps to the month-end)
const printer = { id: 'C-MFP', title: '複合機リース', counterparty: 'OAリース株式会社', type: 'lease', status: 'active', start: '2022-01-01', end: '2026-12-31',
  autoRenew: true, renewalMonths: 12, noticeMonths: 1, amount: 18_000, billingCycle: 'monthly', owner: 'E001' };
/** Yearly terms of E002 from 2021-12-01. */
const yearly = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `EC-${i + 1}`, employeeCode: 'E002', start: `${2021 + i}-12-01`, end: `${2022 + i}-11-30`, renewal: 'possible', status: 'signed' }));

describe('contracts: the register', () => {
  test('saved with Japanese labels and the 印紙税 note; deadlines as of a date; the 90-day list', () => {
    const c = company();
    expect(c.rpc('saveContract', office, ADMIN)).toMatchObject({ id: 'C-OFFICE', created: true });
    const saved = c.rpc('saveContract', web, ADMIN) as { stampNote: string };
    expect(saved.stampNote).toMatch(/第2号文書.*2,400,000円.*1,000円/);
    const sheet = rows(c, '契約');
    expect(sheet[0]).toMatchObject({ 契約番号: 'C-OFFICE', 種類: '賃貸借', 状態: '有効', 担当者: 'E001' });
    expect(String(sheet[0]!['印紙税'])).toContain('不課税');
    expect(sheet[1]).toMatchObject({ 種類: '業務委託', 状態: '締結', 印紙区分: '第2号文書（請負）' });
    // as of 2026-11-25 the office is in its third term 2026-06-01〜2028-05-31; notice 6 months before: 2027-11-30
    const list = c.rpc('listContracts', {}, ADMIN) as { contracts: any[]; upcoming: any[] };
    expect(list.contracts[0]).toMatchObject({ currentTermStart: '2026-06-01', currentTermEnd: '2028-05-31', termNumber: 3, nextNoticeDeadline: '2027-11-30', nextRenewal: '2028-06-01', termStatus: 'active', amount: 480_000 });
    expect(list.contracts[1]).toMatchObject({ statedAmount: 2_400_000, stampDuty: 1_000, nextRenewal: null, nextNoticeDeadline: '2027-03-01' });
    // within 90 days of 2026-11-25 (to 2027-02-23): nothing; as of 2027-01-15 (to 2027-04-15): the web notice 03-01 and its end 03-31
    expect(list.upcoming).toEqual([]);
    const later = c.rpc('listContracts', { asOf: '2027-01-15' }, ADMIN) as { upcoming: any[] };
    expect(later.upcoming.map((u) => [u.id, u.kind, u.date])).toEqual([['C-WEB', 'notice', '2027-03-01'], ['C-WEB', 'end', '2027-03-31']]);
    expect(rows(c, '監査ログ').filter((a) => a['表'] === '契約').length).toBeGreaterThanOrEqual(2);
  });
  test('amounts are admin-only; bad input names the field and writes nothing', () => {
    const c = company();
    c.rpc('saveContract', office, ADMIN);
    fails(c, 'listContracts', {}, E1, /権限|permission/i);
    fails(c, 'saveContract', office, E1, /権限|permission/i);
    const before = JSON.stringify(sheetValues(c.dir));
    fails(c, 'saveContract', { ...office, id: 'C-2', renewalMonths: undefined }, ADMIN, /renewalMonths/);
    fails(c, 'saveContract', { ...office, id: 'C-2', end: '2022-05-31' }, ADMIN, /input\.end/);
    fails(c, 'saveContract', { ...office, id: 'C-2', owner: 'E404' }, ADMIN, /E404/);
    fails(c, 'saveContract', { ...office, id: 'C-2', noticeDays: 30 }, ADMIN, /noticeDays/);
    fails(c, 'importContracts', { contracts: [office, { ...office, title: '二重' }], employmentContracts: [] }, ADMIN, /C-OFFICE.*重複/);
    expect(JSON.stringify(sheetValues(c.dir))).toBe(before);
  });
});

describe('contracts: fixed-term employment and the 無期転換 right', () => {
  test('five yearly terms from 2021-12-01: 60 months, the right with a sixth from 2026-12-01', () => {
    const c = company();
    expect(c.rpc('importContracts', { contracts: [], employmentContracts: yearly(5) }, ADMIN)).toMatchObject({ employmentContractsCreated: 5 });
    const before = c.rpc('employmentContracts', { employeeCode: 'E002' }, ADMIN) as { employees: any[] };
    expect(before.employees[0].conversion).toMatchObject({ totalMonths: 60, rightArisesOn: null, projectedRightArisesOn: '2026-12-01' });
    c.rpc('saveEmploymentContract', { id: 'EC-6', employeeCode: 'E002', start: '2026-12-01', end: '2027-11-30', renewal: 'possible', status: 'signed' }, ADMIN);
    const after = c.rpc('employmentContracts', {}, ADMIN) as { employees: any[] };
    expect(after.employees[0].conversion).toMatchObject({ totalMonths: 60, rightArisesOn: '2026-12-01', arisen: false });
    expect(rows(c, '有期雇用契約')[0]).toMatchObject({ 社員番号: 'E002', 更新の有無: '更新する場合があり得る', 状態: '締結' });
  });
  test('an employee sees only their own terms; others are refused the admin list; overlaps are refused', () => {
    const c = company();
    c.rpc('importContracts', { contracts: [], employmentContracts: yearly(2) }, ADMIN);
    const mine = c.rpc('myEmploymentContracts', {}, E2) as { terms: any[]; conversion: any };
    expect(mine.terms.map((t) => t.id)).toEqual(['EC-1', 'EC-2']);
    expect(mine.conversion.totalMonths).toBe(24); // both terms (2021-12-01〜2023-11-30) have started
    const other = c.rpc('myEmploymentContracts', {}, E1) as { terms: unknown[] };
    expect(other.terms).toEqual([]);
    expect(JSON.stringify(other)).not.toContain('E002');
    fails(c, 'employmentContracts', {}, E2, /権限|permission/i);
    fails(c, 'saveEmploymentContract', { id: 'EC-X', employeeCode: 'E002', start: '2022-06-01', end: '2023-05-31', renewal: 'possible', status: 'signed' }, ADMIN, /重なって/);
    fails(c, 'saveEmploymentContract', { id: 'EC-X', employeeCode: 'E404', start: '2030-06-01', end: '2031-05-31', renewal: 'possible', status: 'signed' }, ADMIN, /E404/);
  });
});

describe('contracts: reminders in the daily trigger', () => {
  const tokyo = (at: string) => new Date(`${at}:00+09:00`);
  test('sent once to the owner and the admins when the trigger runs twice a day; 通知済み期限 written; the 無期転換 right in the digest', () => {
    const c = company();
    c.call('kanriInstallTriggers', [], { kind: 'menu', user: ADMIN, at: tokyo('2026-11-25T09:00') });
    c.rpc('importContracts', { contracts: [printer, office], employmentContracts: yearly(5) }, ADMIN);
    const contractMails = () => outbox(c.dir).filter((m) => m.subject.includes('契約の期限'));
    const employmentMails = () => outbox(c.dir).filter((m) => m.subject.includes('有期雇用契約'));
    expect(c.fireTrigger('kanriDaily', tokyo('2026-11-25T06:10')).ok).toBe(true);
    // the printer's notice deadline 2026-11-30 is within 30 days (設定 default); the office's 2027-11-30 is not
    expect(contractMails().map((m) => m.to)).toEqual([[E1], [ADMIN]]);
    expect(contractMails()[0]!.text).toMatch(/通知期限: 2026-11-30[\s\S]*2027-01-01から自動更新/);
    // E002's term ends 2026-11-30 unrenewed (the 30-day notice date 10-31 has passed): the admins are told, with the right a renewal brings
    expect(employmentMails().map((m) => m.to)).toEqual([[ADMIN]]);
    expect(employmentMails()[0]!.text).toMatch(/2026-11-30で満了[\s\S]*2026-12-01/);
    expect(rows(c, '契約').find((r) => r['契約番号'] === 'C-MFP')!['通知済み期限']).toBeTruthy();
    c.fireTrigger('kanriDaily', tokyo('2026-11-25T06:40')); // the same day again: nothing more
    c.fireTrigger('kanriDaily', tokyo('2026-11-26T06:10')); // and the next day: the same deadline, nothing more
    expect(contractMails()).toHaveLength(2);
    expect(employmentMails()).toHaveLength(1);
    const digest = outbox(c.dir).filter((m) => m.subject.startsWith('Kanri 日次ダイジェスト'))[0]!;
    expect(digest.text).toMatch(/契約の期限（14日以内）: 1件[\s\S]*2026-11-30 通知期限 — 複合機リース/);
    expect(digest.text).toMatch(/無期転換申込権: 1人[\s\S]*社員 E002（E002）: 更新すると2026-12-01から発生/);
  });
});
