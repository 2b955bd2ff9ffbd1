/**
 * The admin's requests inbox (issue 15 item 2): requestsInbox lists the pending 休暇申請 and 打刻修正
 * (who, what, when, the leave balance left) for an admin only; decideRequest approves, or rejects
 * with a reason (required, audited); the Kanri menu's 「申請 (n)」 counts what is pending, read by
 * onOpen under AuthMode.LIMITED.
 */
import fs from 'node:fs';
import path from 'node:path';
import { message } from '../../src/core/i18n';
import { allCells, copyFixture, fixtureIds, NOW, PEOPLE, USERS, workbookDigest } from './fixture';

describe('requests inbox', () => {
  const company = copyFixture();
  afterAll(() => fs.rmSync(path.dirname(company.dir), { recursive: true, force: true }));
  const run = (name: string, input: unknown, user: string) => company.run(name, [input], { kind: 'rpc', user, at: NOW });
  const ok = (name: string, input: unknown, user: string = USERS.admin) => {
    const r = run(name, input, user);
    if (!r.ok) throw new Error(`${name}: ${r.error?.message}`);
    return r.value as any;
  };
  const menuCaptions = () => {
    const r = company.run('onOpen', [], { kind: 'simple', user: '', at: NOW, sheetsEvent: { authMode: 'LIMITED' } });
    expect(r.error?.message).toBeUndefined();
    return (r.ui.find((e) => e.type === 'menu') as { items: { caption?: string }[] }).items.map((i) => i.caption ?? '');
  };
  const statusOf = (sheet: string, id: string) => {
    const cells = allCells(company.dir).filter((c) => c.sheet === sheet);
    const headers = cells.slice(0, 9).map((c) => c.value);
    const idIndex = cells.findIndex((c) => c.value === id);
    return cells[idIndex + headers.indexOf('状態') - headers.indexOf('申請ID')]?.value;
  };
  const auditReasons = () => allCells(company.dir).filter((c) => c.sheet === '監査ログ').map((c) => c.value);

  test.each(['manager', 'employee', 'unknown'] as const)('%s may neither list nor decide: refused on the server, nothing written', (role) => {
    const before = workbookDigest(company.dir);
    for (const [name, input] of [['requestsInbox', {}], ['decideRequest', { id: fixtureIds.leave, decision: 'rejected', reason: 'x' }]] as const) {
      const r = run(name, input, USERS[role]);
      expect(r.ok).toBe(false);
      const denied = role === 'unknown' ? `${USERS.unknown} は Kanri に登録されていません` : message('ja', 'access.denied', { action: name });
      expect(r.error!.message.split('\n')[0]).toContain(denied);
    }
    expect(workbookDigest(company.dir)).toBe(before);
  });

  test("the admin sees both pending requests: who, what, when, the reason, and the leave balance left", () => {
    const inbox = ok('requestsInbox', {});
    expect(inbox.count).toBe(2);
    expect(inbox.leave).toEqual([{
      id: fixtureIds.leave, employeeCode: PEOPLE.e1.code, name: PEOPLE.e1.name, department: '設計', date: '2026-12-01', days: 1, reason: '私用',
      requestedAt: '2026-11-25T10:00',
      // hired 2020-04-01: on 2026-11-25 the grants of 2025-10-01 (5.5 years: 18 days) and 2026-10-01 (6.5 years: 20
      // days) are valid (労基法39条2項の表, 115条 two years); none taken
      balanceDays: 38, pendingDays: 1,
    }]);
    expect(inbox.corrections).toEqual([{
      id: fixtureIds.correction, employeeCode: PEOPLE.e2.code, name: PEOPLE.e2.name, department: '設計', at: '2026-11-03T09:00', kind: 'clockIn',
      reason: '打刻忘れ', requestedAt: '2026-11-25T10:00',
    }]);
    expect(menuCaptions()).toContain('申請 (2)');
  });

  test('rejecting needs a reason: refused with the field named, nothing written', () => {
    const before = workbookDigest(company.dir);
    for (const reason of [undefined, '   ']) {
      const r = run('decideRequest', { id: fixtureIds.leave, decision: 'rejected', ...(reason === undefined ? {} : { reason }) }, USERS.admin);
      expect(r.ok).toBe(false);
      expect(r.error!.message).toContain('input.reason');
      expect(r.error!.message).toContain(message('ja', 'attendance.rejectReasonRequired'));
    }
    expect(workbookDigest(company.dir)).toBe(before);
  });

  test('a rejection with its reason: the row rejected, the reason in the audit log, the inbox and the menu count one less', () => {
    const reason = '繁忙期のため12月2日以降にしてください';
    expect(ok('decideRequest', { id: fixtureIds.leave, decision: 'rejected', reason })).toEqual({ id: fixtureIds.leave, kind: 'leave', status: 'rejected' });
    expect(statusOf('休暇申請', fixtureIds.leave)).toBe('却下'); // the sheet shows the label of rejected
    expect(auditReasons()).toContain(reason);
    const inbox = ok('requestsInbox', {});
    expect(inbox.count).toBe(1);
    expect(inbox.leave).toEqual([]);
    expect(menuCaptions()).toContain('申請 (1)');
    // decided once: a second decision is refused
    expect(run('decideRequest', { id: fixtureIds.leave, decision: 'approved' }, USERS.admin).error!.message).toContain(message('ja', 'attendance.requestDecided', { id: fixtureIds.leave }));
  });

  test('approving a correction adds the punch through the existing path, audited; the inbox is empty and the menu says 申請', () => {
    expect(ok('decideRequest', { id: fixtureIds.correction, decision: 'approved' }).status).toBe('approved');
    expect(statusOf('打刻修正', fixtureIds.correction)).toBe('承認済み');
    const punches = ok('myPunches', { month: '2026-11', employeeCode: PEOPLE.e2.code }).punches as { at: string; source: string; note: string }[];
    expect(punches.filter((p) => p.source === 'correction')).toEqual([{ at: '2026-11-03T09:00', kind: 'clockIn', source: 'correction', note: `${fixtureIds.correction}: 打刻忘れ` }]);
    expect(auditReasons()).toContain(fixtureIds.correction);
    expect(ok('requestsInbox', {})).toMatchObject({ count: 0, leave: [], corrections: [] });
    const captions = menuCaptions();
    expect(captions).toContain('申請');
    expect(captions.some((c) => c.startsWith('申請 ('))).toBe(false);
  });
});
