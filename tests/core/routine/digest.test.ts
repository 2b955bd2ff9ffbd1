/** The digest's text: every section, the English catalog, and no money in it. */
import { digestMail, type DigestInput } from '../../../src/core/routine/digest';

const input: DigestInput = {
  date: '2026-11-26', month: '2026-11', horizonDays: 14,
  corrections: [{ id: 'C-1', name: '設計 二郎', at: '2026-11-03T09:00', kind: 'clockIn' }],
  leaveRequests: [{ id: 'L-1', name: '設計 一郎', date: '2026-12-01', days: 0.5 }],
  agreement: [
    { name: '設計 一郎', department: '設計', overtimeMinutes: 2750, limit: 'monthly45', exceeded: true, crossesOn: null },
    { name: '設計 二郎', department: '設計', overtimeMinutes: 2400, limit: 'monthly45', exceeded: false, crossesOn: '2026-11-27' },
  ],
  obligations: [{ name: '営業 三子', neededDays: 3, deadline: '2026-12-31', impossible: false }],
  deadlines: [{ id: 'attendanceClose', date: '2026-11-30' }, { id: 'annualRevisionReport', date: '2027-07-12', opens: '2027-07-01' }],
};

test('Japanese digest lists every section', () => {
  const { subject, body, items } = digestMail('ja', input);
  expect(subject).toBe('Kanri 日次ダイジェスト 2026-11-26');
  expect(items).toBe(5);
  expect(body).toContain('■ 承認待ちの申請 (2件)');
  expect(body).toContain('・打刻修正 C-1: 設計 二郎 2026-11-03 09:00 出勤');
  expect(body).toContain('・有給休暇 L-1: 設計 一郎 2026-12-01 (0.5日)\n→ Kanriメニューの「申請」で承認・却下できます。');
  // 2750 min = 45 h 50 min = 45.8 h (one decimal, truncated); 2400 min = 40.0 h
  expect(body).toContain('・設計 一郎 (設計) 時間外 45.8時間: 月45時間を超えています');
  expect(body).toContain('・設計 二郎 (設計) 時間外 40.0時間: このペースでは 2026-11-27 に月45時間を超えます');
  expect(body).toContain('・営業 三子: あと 3日、期限 2026-12-31');
  expect(body).toContain('・2026-11-30 勤怠の締め (月末)');
  expect(body).toContain('・2027-07-01〜2027-07-12 算定基礎届の提出');
  expect(body).not.toMatch(/円|¥|￥/);
});

test('English by the language setting; an empty day says so', () => {
  expect(digestMail('en', input).body).toContain('- 設計 二郎 (設計) overtime 40.0 h: at this pace passes 45 h a month on 2026-11-27');
  const empty = digestMail('en', { ...input, corrections: [], leaveRequests: [], agreement: [], obligations: [], deadlines: [] });
  expect(empty.items).toBe(0);
  expect(empty.body).toContain('Nothing needs attention.');
});
