/**
 * `kanri tick` on the demo company and on a new `kanri init` folder: both install Kanri's triggers,
 * so a tick across 6–8 a.m. fires kanriDaily and kanriManagerViewsDaily, and both succeed.
 */
import path from 'node:path';
import { kanri, tempDir } from '../support/company';
import { demoCompany } from '../support/demo';
import { expectOneAddresseeEach } from '../support/outbox';

describe('kanri tick on the demo company', () => {
  const dir = path.join(tempDir('kanri-routine-demo-'), 'demo');
  let tick: { status: number | null; stdout: string; stderr: string };
  beforeAll(() => {
    demoCompany(dir, { asOf: '2026-11-25' }); // what `kanri demo <dir> --as-of 2026-11-25` makes (tests/integration/demo.test.ts)
    kanri(['tick', dir, '--at', '2026-11-25T20:00:00Z']); // 05:00 Tokyo on the 26th: nothing due, tick recorded
    tick = kanri(['tick', dir, '--at', '2026-11-25T23:00:00Z', '--stats']); // 08:00 Tokyo
  }, 120_000);

  test('fires both daily triggers once, each ok', () => {
    expect(tick.status).toBe(0);
    const lines = tick.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^2026-11-25T21:\d\d:00\.000Z kanriDaily: ok$/);
    expect(lines[1]).toMatch(/^2026-11-25T22:\d\d:00\.000Z kanriManagerViewsDaily: ok$/);
    expect(tick.stderr).toContain('MailApp.sendEmail');
  });

  test('one digest per demo admin (two), alone in To; a later tick the same day sends nothing more', () => {
    const mails = expectOneAddresseeEach(dir);
    const digests = mails.filter((m) => m.subject === 'Kanri 日次ダイジェスト 2026-11-26');
    expect(digests).toHaveLength(2);
    expect(new Set(digests.map((m) => m.to[0])).size).toBe(2);
    // the overworked design team shows in the 36協定 section
    expect(digests[0]!.text).toMatch(/■ 36協定 \(2026-11、\d+名\)/);
    expect(digests[0]!.text).toContain('(設計) 時間外');
    const again = kanri(['tick', dir, '--at', '2026-11-26T05:00:00Z']);
    expect(again.stdout).toContain('実行するトリガーはありません');
    expect(expectOneAddresseeEach(dir)).toHaveLength(mails.length);
  });
});

test('kanri init installs the triggers: a tick on a new folder runs the routine', () => {
  const dir = path.join(tempDir('kanri-routine-init-'), 'co');
  expect(kanri(['init', dir]).status).toBe(0);
  kanri(['tick', dir, '--at', new Date(Date.now() + 60_000).toISOString()]);
  const next = new Date(Date.now() + 26 * 3600_000).toISOString();
  const r = kanri(['tick', dir, '--at', next]);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/kanriDaily: ok/);
  expect(r.stdout).toMatch(/kanriManagerViewsDaily: ok/);
}, 60_000);
