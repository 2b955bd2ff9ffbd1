/**
 * Closed data (issue 7 item 8): once October 2026 is closed, every write into it is refused for
 * every role, the admin included (punch, importPunches, requestCorrection, requestLeave,
 * decideRequest of a request dated in it), with the workbook unchanged; after the audited
 * reopenAttendance (an audit-log row with the reason) the same writes succeed.
 */
import { message } from '../../src/core/i18n';
import { allCells, copyFixture, NOW, PEOPLE, USERS, workbookDigest } from './fixture';

const closedText = message('ja', 'attendance.monthClosed', { month: '2026-10' });
const inOctober = new Date('2026-10-30T01:00:00Z'); // 2026-10-30 10:00 in Tokyo

describe('a closed attendance month refuses every write until it is reopened', () => {
  const company = copyFixture();
  const run = (name: string, input: unknown, user: string, at = NOW) => company.run(name, [input], { kind: 'rpc', user, at });
  const ok = (name: string, input: unknown, user: string, at = NOW) => {
    const r = run(name, input, user, at);
    if (!r.ok) throw new Error(`${name}: ${r.error?.message}`);
    return r.value as any;
  };
  let leaveId = '';
  let correctionId = '';

  beforeAll(() => {
    leaveId = ok('requestLeave', { date: '2026-10-28', days: 1 }, PEOPLE.e1.email).id;
    correctionId = ok('requestCorrection', { at: '2026-10-27T09:00', kind: 'clockIn', reason: '忘れ' }, PEOPLE.e2.email).id;
    expect(ok('closeAttendance', { month: '2026-10' }, USERS.admin).closed).toBe(true);
  });

  const writes = (role: 'admin' | 'manager' | 'employee') => [
    { name: 'punch', input: { kind: 'clockIn' }, at: inOctober },
    { name: 'importPunches', input: { punches: [{ id: `CL-${role}`, employeeCode: PEOPLE.e1.code, at: '2026-10-06T09:00', kind: 'clockIn' }] } },
    { name: 'requestCorrection', input: { at: '2026-10-07T09:00', kind: 'clockIn', reason: `${role}` } },
    { name: 'requestLeave', input: { date: '2026-10-19', days: 1 } },
    { name: 'decideRequest', input: { id: leaveId, decision: 'approved' } },
    { name: 'decideRequest', input: { id: correctionId, decision: 'approved' } },
  ];

  test.each(['admin', 'manager', 'employee'] as const)('as %s: every write into the closed month fails, nothing changes', (role) => {
    let refusedAsClosed = 0;
    for (const w of writes(role)) {
      const before = workbookDigest(company.dir);
      const r = run(w.name, w.input, USERS[role], w.at);
      expect(r.ok).toBe(false);
      expect(workbookDigest(company.dir)).toBe(before);
      if (r.error!.message.startsWith(closedText)) refusedAsClosed++;
      else expect(r.error!.message).toMatch(/^この操作|^あなたの社員情報/); // a role that may not call it at all
    }
    // the admin may import and decide (3 writes), employees punch and request (3): each refused as closed
    expect(refusedAsClosed).toBe(3);
  });

  test('reopen is audited with its reason; then the same writes succeed', () => {
    ok('reopenAttendance', { month: '2026-10', reason: '打刻漏れの訂正のため' }, USERS.admin);
    const audit = allCells(company.dir).filter((c) => c.sheet === '監査ログ' && c.value === '打刻漏れの訂正のため');
    expect(audit.length).toBeGreaterThanOrEqual(1);
    expect(ok('importPunches', { punches: [{ id: 'CL-after', employeeCode: PEOPLE.e1.code, at: '2026-10-06T09:00', kind: 'clockIn' }] }, USERS.admin).imported).toBe(1);
    expect(ok('requestLeave', { date: '2026-10-19', days: 1 }, PEOPLE.e1.email).status).toBe('pending');
    expect(ok('requestCorrection', { at: '2026-10-07T09:00', kind: 'clockIn', reason: 'after' }, PEOPLE.e1.email).status).toBe('pending');
    expect(ok('decideRequest', { id: leaveId, decision: 'approved' }, USERS.admin).status).toBe('approved');
    expect(ok('punch', { kind: 'clockIn' }, PEOPLE.e1.email, inOctober).kind).toBe('clockIn');
  });
});
