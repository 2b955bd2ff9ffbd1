/**
 * The routine on a small company (the security fixture plus a second admin): trigger installation
 * (idempotent, owner recorded, the 20-trigger limit), `kanri tick` firing kanriDaily, one digest per
 * admin per day, the heartbeat (⚠ in the menu, the second admin mailed once per missed day), and
 * the signed link through doGet.
 */
import { copyFixture, fixtureIds, NOW, PEOPLE, CONFIDENTIAL_VALUES } from '../security/fixture';
import { expectOneAddresseeEach, outbox } from '../support/outbox';
import { ADMIN, kanri } from '../support/company';
import { message } from '../../src/core/i18n';
import type { Company } from '../../src/local/company';

const SECOND_ADMIN = 'second.admin@example.jp';
/** Tokyo wall-clock → instant. */
const tokyo = (local: string) => new Date(`${local}:00+09:00`);

function prepared(): Company {
  const company = copyFixture();
  company.rpc('saveMasterRows', { table: 'roles', rows: [{ email: SECOND_ADMIN, role: 'admin', note: '管理部' }] }, ADMIN, { at: NOW });
  return company;
}
const triggers = (c: Company) => c.services.read((s) => s.triggers.map((t) => ({ handler: t.handler, creator: t.creator, schedule: t.schedule })));
const props = (c: Company) => c.services.read((s) => ({ ...s.properties.script }));
const daily = (c: Company, at: string) => c.fireTrigger('kanriDaily', tokyo(at));
const status = (c: Company, at: string, user = ADMIN) => c.run('routineStatus', [{}], { kind: 'rpc', user, at: tokyo(at) });
const digests = (dir: string) => outbox(dir).filter((m) => m.subject.startsWith('Kanri 日次ダイジェスト'));
const staleMails = (dir: string) => outbox(dir).filter((m) => m.subject.startsWith('Kanri: 定期処理が止まっています'));

describe('trigger installation', () => {
  test('installs kanriDaily at 6 and kanriManagerViewsDaily at 7, twice gives the same two, and records the owner', () => {
    const c = prepared();
    const first = c.run('kanriInstallTriggers', [], { kind: 'menu', user: ADMIN, at: NOW });
    expect(first.ok).toBe(true);
    const alert = first.ui.find((e) => e.type === 'alert') as { prompt: string } | undefined;
    expect(alert?.prompt).toContain('管理部の共有アカウント');
    expect(alert?.prompt).toContain(c.owner);
    c.call('kanriInstallTriggers', [], { kind: 'menu', user: ADMIN, at: NOW });
    // the time-based ones (初期設定 also installs the edit trigger kanriOnEdit, issue 12 item 4)
    expect(triggers(c).filter((t) => t.handler !== 'kanriOnEdit').map((t) => [t.handler, t.schedule])).toEqual([
      ['kanriDaily', { type: 'days', every: 1, hour: 6 }],
      ['kanriManagerViewsDaily', { type: 'days', every: 1, hour: 7 }],
    ]);
    // installed, never run: it must not say it runs (issue 15 item 3)
    const fresh = c.call('routineStatus', [{}], { kind: 'rpc', user: ADMIN, at: NOW }) as any;
    expect(fresh).toMatchObject({ owner: c.owner, installedAt: '2026-11-25T10:00', state: 'notYetRun' });
    expect(fresh.ja).toContain('まだ一度も実行されていません');
    expect(fresh.ja).not.toContain('動いています');
  });

  test('refuses, changing nothing, when the account would pass 20 triggers', () => {
    const c = prepared();
    c.services.update((s) => {
      // 18 others + kanriOnEdit (installed by 初期設定) = 19
      for (let i = 0; i < 18; i++) s.triggers.push({ id: `other${i}`, handler: `other${i}`, eventType: 'CLOCK', source: 'CLOCK', timeZone: 'Asia/Tokyo', schedule: { type: 'hours', every: 1 }, creator: c.owner, createdAt: NOW.toISOString() } as any);
    });
    const r = c.run('kanriInstallTriggers', [], { kind: 'menu', user: ADMIN, at: NOW });
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain(message('ja', 'routine.tooManyTriggers', { count: 19, limit: 20, needed: 1 }));
    expect(triggers(c)).toHaveLength(19);
  });
});

describe('daily run', () => {
  const c = prepared();
  c.call('kanriInstallTriggers', [], { kind: 'menu', user: ADMIN, at: NOW });

  test('kanri tick fires kanriDaily and kanriManagerViewsDaily; one digest per admin, alone in To', () => {
    // 05:00 Tokyo: nothing due yet, the tick is recorded; then 08:00 covers both trigger hours
    expect(kanri(['tick', c.dir, '--at', '2026-11-25T20:00:00Z']).stdout).toContain('実行するトリガーはありません');
    const r = kanri(['tick', c.dir, '--at', '2026-11-25T23:00:00Z']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/kanriDaily: ok/);
    expect(r.stdout).toMatch(/kanriManagerViewsDaily: ok/);
    expectOneAddresseeEach(c.dir);
    expect(digests(c.dir).map((m) => m.to[0]).sort()).toEqual([ADMIN, SECOND_ADMIN].sort());
  });

  test('the digest lists the pending requests and deadlines; no confidential value and no money', () => {
    const body = digests(c.dir)[0]!.text;
    expect(body).toContain(`打刻修正 ${fixtureIds.correction}: ${PEOPLE.e2.name} 2026-11-03 09:00 出勤`);
    expect(body).toContain(`有給休暇 ${fixtureIds.leave}: ${PEOPLE.e1.name} 2026-12-01 (1日)`);
    expect(body).toContain('2026-11-30 勤怠の締め (月末)');
    expect(body).toContain('2026-12-10 源泉所得税の納付');
    for (const secret of CONFIDENTIAL_VALUES) expect(body).not.toContain(secret);
    expect(body).not.toMatch(/円|¥|￥/);
  });

  test('running the daily check again the same day sends no second digest', () => {
    const before = digests(c.dir).length;
    expect(daily(c, '2026-11-26T15:00').ok).toBe(true);
    expect(digests(c.dir)).toHaveLength(before);
    expect(daily(c, '2026-11-27T06:10').ok).toBe(true); // the next day: one each again
    expect(digests(c.dir)).toHaveLength(before + 2);
  });
});

describe('heartbeat', () => {
  const c = prepared();
  c.call('kanriInstallTriggers', [], { kind: 'menu', user: ADMIN, at: NOW });
  const menuCaptions = (at: string) => {
    const r = c.run('onOpen', [], { kind: 'simple', user: '', sheetsEvent: { authMode: 'LIMITED' }, at: tokyo(at) });
    const menu = r.ui.find((e) => e.type === 'menu') as { items: { caption?: string }[] };
    return menu.items.map((i) => i.caption ?? '');
  };

  test('on time: no ⚠, nobody mailed', () => {
    expect(daily(c, '2026-11-26T06:30').ok).toBe(true);
    expect(menuCaptions('2026-11-27T08:30')).toContain('定期処理の状態');
    expect((status(c, '2026-11-27T08:30').value as any).state).toBe('ok');
    expect(staleMails(c.dir)).toHaveLength(0);
  });

  test('more than 26 h late: ⚠ in the menu, the admin told, the second admin (not the owner) mailed once that day', () => {
    expect(menuCaptions('2026-11-27T08:31')).toContain('⚠ 定期処理が止まっています');
    const r = status(c, '2026-11-27T08:31').value as any;
    expect(r.state).toBe('stale');
    expect(r.ja).toContain('2026-11-26 06:30 から実行されていません');
    expect(r.mailedTo).toBe(SECOND_ADMIN);
    expect((status(c, '2026-11-27T17:00', SECOND_ADMIN).value as any).mailedTo).toBeNull();
    const menu = c.run('kanriRoutineStatus', [], { kind: 'menu', user: ADMIN, at: tokyo('2026-11-27T18:00') });
    expect((menu.ui.find((e) => e.type === 'alert') as any).prompt).toContain('⚠');
    expect(staleMails(c.dir).map((m) => m.to)).toEqual([[SECOND_ADMIN]]);
    expect(staleMails(c.dir)[0]!.text).toContain(c.owner);
    expect(props(c).KANRI_HEARTBEAT_MAILED).toBe('2026-11-27');
  });

  test('the next missed day mails again; a run clears the ⚠', () => {
    status(c, '2026-11-28T09:00');
    status(c, '2026-11-28T10:00');
    expect(staleMails(c.dir)).toHaveLength(2);
    expect(daily(c, '2026-11-28T11:00').ok).toBe(true);
    expect(menuCaptions('2026-11-28T11:05')).not.toContain('⚠ 定期処理が止まっています');
    expect((status(c, '2026-11-28T11:05').value as any).state).toBe('ok');
  });

  test('AuthMode.NONE: onOpen reads no property and shows the plain caption', () => {
    const r = c.run('onOpen', [], { kind: 'simple', user: '', sheetsEvent: { authMode: 'NONE' }, at: tokyo('2026-12-05T09:00') });
    expect(r.stats.counts.get('PropertiesService.getProperties') ?? 0).toBe(0);
    expect(JSON.stringify(r.ui)).not.toContain('⚠');
  });
});

describe('signed link in the web app', () => {
  const c = prepared();
  const tokenOf = (url: string) => new URL(url).searchParams.get('k')!;

  test('doGet hands ?k= to the page; the page\'s RPCs with that token act as the employee', () => {
    const k = tokenOf((c.rpc('issueEmployeeLink', { employeeCode: PEOPLE.e1.code }, ADMIN, { at: NOW }) as any).url);
    const page = c.run('doGet', [{ parameter: { k } }], { kind: 'web', user: '', at: NOW });
    expect(page.ok).toBe(true);
    const html = (page.value as { getContent(): string }).getContent();
    expect(html).toContain(`<body data-k="${k}">`);
    const me = c.run('me', [{}, k], { kind: 'web', user: '', at: NOW });
    expect(me.value).toMatchObject({ employeeCode: PEOPLE.e1.code, role: 'employee' });
    expect(c.run('punch', [{ kind: 'clockIn' }, k], { kind: 'web', user: '', at: NOW }).ok).toBe(true);
  });

  test('a hostile k is escaped, an oversized one dropped; no k, no attribute', () => {
    const page = (k: unknown) => (c.run('doGet', [{ parameter: { k } }], { kind: 'web', user: '', at: NOW }).value as { getContent(): string }).getContent();
    expect(page('"><img src=x onerror=alert(1)>')).toContain('<body data-k="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">');
    expect(page('x'.repeat(101))).toContain('<body>');
    expect(c.run('doGet', [{ parameter: {} }], { kind: 'web', user: '', at: NOW }).ok).toBe(true);
  });
});
