/**
 * The demo company's contracts (issue 17 item 7) as of 2026-11-25: the office lease (2 years from
 * 2020-10-01, renewed 24 months, notice 6 months), the printer lease (60 months 2022-01-01〜2026-12-31,
 * 1 month's notice → 2026-11-30), two 業務委託, an NDA, and the part-timers' fixed-term terms: one at
 * exactly 5 years (the right with a renewal from 2027-04-01), one past it through a 1-month gap
 * (26 + 36 months: from 2026-04-01), one reset by a 6-month gap (48 months since 2023-04-01).
 * Dates counted by hand by 民法143条2項; then the daily trigger's reminder and digest.
 */
import { tempDir } from '../support/company';
import { demoCompany } from '../support/demo';
import { Company } from '../../src/local/company';
import { outbox } from '../support/outbox';

let dir: string;
let admin: string;
beforeAll(() => {
  dir = tempDir('kanri-contracts-demo-');
  admin = demoCompany(dir, { asOf: '2026-11-25' }).admin;
}, 600_000);

const company = () => {
  const c = new Company(dir);
  c.clock = () => new Date('2026-11-25T01:00:00Z');
  return c;
};

test('the register: the office in its third term, the printer\'s notice due, 印紙税 by class', () => {
  const list = company().rpc('listContracts', {}, admin) as { contracts: any[]; upcoming: any[] };
  const byId = Object.fromEntries(list.contracts.map((c) => [c.id, c]));
  expect(Object.keys(byId).sort()).toEqual(['C-CGP', 'C-MFP', 'C-NDA', 'C-OFFICE', 'C-WEB']);
  // 2020-10-01〜2022-09-30, then 2022-10-01〜2024-09-30, 2024-10-01〜2026-09-30, 2026-10-01〜2028-09-30; 6 months before → 2028-03-31
  expect(byId['C-OFFICE']).toMatchObject({ termNumber: 4, currentTermStart: '2026-10-01', currentTermEnd: '2028-09-30', nextNoticeDeadline: '2028-03-31', stampDuty: 0 });
  expect(byId['C-MFP']).toMatchObject({ start: '2022-01-01', currentTermEnd: '2026-12-31', nextNoticeDeadline: '2026-11-30', nextRenewal: '2027-01-01' });
  // 1,650,000円 is over 100万 and up to 200万: 400円 (第2号)
  expect(byId['C-CGP']).toMatchObject({ statedAmount: 1_650_000, stampDuty: 400 });
  expect(list.upcoming.map((u) => [u.id, u.kind, u.date])).toEqual(expect.arrayContaining([['C-MFP', 'notice', '2026-11-30'], ['C-MFP', 'renewal', '2027-01-01']]));
});

test('fixed-term part-timers: near five years, past it through a short gap, reset by a long one', () => {
  const r = company().rpc('employmentContracts', {}, admin) as { employees: { employeeCode: string; conversion: any }[] };
  expect(r.employees).toHaveLength(3);
  const [near, reset, past] = r.employees.map((e) => e.conversion);
  expect(near).toMatchObject({ totalMonths: 60, totalDays: 0, rightArisesOn: null, projectedRightArisesOn: '2027-04-01' });
  expect(reset).toMatchObject({ totalMonths: 48, rightArisesOn: null });
  expect(reset.explanation.join('\n')).toMatch(/空白期間 2022-10-01〜2023-03-31（6か月0日）.*リセット/);
  expect(past).toMatchObject({ totalMonths: 62, rightArisesOn: '2026-04-01', arisen: true });
});

test('the daily trigger: the printer\'s reminder once to each admin, and the rights in the digest', () => {
  const c = company();
  const at = new Date('2026-11-25T21:10:00Z'); // 06:10 Tokyo on the 26th
  expect(c.fireTrigger('kanriDaily', at).ok).toBe(true);
  expect(c.fireTrigger('kanriDaily', new Date('2026-11-25T21:40:00Z')).ok).toBe(true);
  const reminders = outbox(dir).filter((m) => m.subject.includes('契約の期限'));
  expect(reminders.map((m) => m.subject)).toEqual(['【Kanri】契約の期限のお知らせ: 複合機リース（リコー IM C3010）', '【Kanri】契約の期限のお知らせ: 複合機リース（リコー IM C3010）']);
  expect(new Set(reminders.map((m) => m.to[0])).size).toBe(2);
  const digest = outbox(dir).find((m) => m.subject === 'Kanri 日次ダイジェスト 2026-11-26')!;
  expect(digest.text).toMatch(/無期転換申込権: 2人/);
  expect(digest.text).toContain('2026-04-01に始まる契約で発生済み');
  expect(digest.text).toContain('更新すると2027-04-01から発生');
});
