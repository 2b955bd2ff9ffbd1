/**
 * The sandbox server's pieces without a browser: a typed cell goes through SpreadsheetApp and the
 * bundle's onEdit in one execution; page calls cross by Apps Script's google.script.run rules;
 * menu items are only what onOpen built; sheets are served a page of rows at a time; the user
 * switchers accept only the workbook's people; user content is escaped in the served HTML.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Company } from '../../../src/local/company';
import { Bridge } from '../../../src/local/sandbox/bridge';
import { SheetReader } from '../../../src/local/sandbox/sheets';
import { ensureSandboxWorkbook } from '../../../src/local/sandbox/workbook';
import { startSandboxServer, type SandboxServer } from '../../../src/local/sandbox/server';
import { kanri, tempDir } from '../../support/company';

/** A tiny bundle standing in for build/Code.js. */
const TEST_BUNDLE = `
function onOpen() { SpreadsheetApp.getUi().createMenu('T').addItem('Go', 'go').addSeparator().addItem('Side', 'side').addToUi(); }
function go() { SpreadsheetApp.getUi().alert('Title', 'Hello', SpreadsheetApp.getUi().ButtonSet.OK); }
function side() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>side</p>').setTitle('S')); }
function secret() { return 'not in the menu'; }
function onEdit(e) { e.range.offset(0, 1).setValue('edited ' + e.value + ' was ' + (e.oldValue === undefined ? 'empty' : e.oldValue)); }
function when() { return new Date(); }
function echo(x) { return x; }
function who() { return Session.getActiveUser().getEmail(); }
`;

function testBridge(): Bridge {
  const buildDir = tempDir('kanri-sbx-build-');
  fs.writeFileSync(path.join(buildDir, 'Code.js'), TEST_BUNDLE);
  return new Bridge(new Company(tempDir('kanri-sbx-'), { buildDir }));
}

describe('bridge', () => {
  test('a typed cell is parsed as Sheets parses typed input, then onEdit runs with value and oldValue', () => {
    const bridge = testBridge();
    expect(bridge.editCell('Sheet1', 1, 1, '007').ok).toBe(true);
    expect(bridge.editCell('Sheet1', 2, 1, '2026-04-01').ok).toBe(true);
    expect(bridge.editCell('Sheet1', 2, 1, "'0123").ok).toBe(true);
    const rows = new SheetReader(bridge.company.dir).rows('Sheet1', 1, 10)!.rows;
    expect(rows[0]).toEqual(['7', 'edited 007 was empty']);
    // "'0123" keeps its zero as text; the old value was the date typed before (a Date cell).
    expect(rows[1]![0]).toBe('0123');
    expect(rows[1]![1]).toMatch(/^edited '0123 was /);
  });

  test('an edit of a sheet that does not exist fails, naming it', () => {
    const o = testBridge().editCell('なし', 1, 1, 'x');
    expect(o.ok).toBe(false);
    expect(o.error?.message).toMatch(/なし/);
  });

  test('page calls: a Date result fails the call; undefined in arrays becomes null; names ending in _ are unreachable', () => {
    const bridge = testBridge();
    const date = bridge.rpc('when', [], 'a@x.jp', 'rpc');
    expect(date.ok).toBe(false);
    expect(date.error?.message).toBe('Failed due to illegal value in property: 0');
    expect(bridge.rpc('echo', [{ a: [1, undefined, 'x'] }], 'a@x.jp', 'rpc')).toMatchObject({ ok: true, value: { a: [1, null, 'x'] } });
    expect(bridge.rpc('echo_', [], 'a@x.jp', 'rpc')).toMatchObject({ ok: false, error: { message: 'Script function not found: echo_' } });
    expect(bridge.rpc('who', [], 'web.user@x.jp', 'web')).toMatchObject({ ok: true, value: 'web.user@x.jp' });
  });

  test('menu items: only what onOpen built runs; alerts and sidebars come back as page events', () => {
    const bridge = testBridge();
    expect(bridge.menus()).toEqual([{ caption: 'T', items: [{ kind: 'item', caption: 'Go', functionName: 'go' }, { kind: 'separator' }, { kind: 'item', caption: 'Side', functionName: 'side' }] }]);
    expect(bridge.runMenuItem('go', 'a@x.jp').ui).toEqual([{ type: 'alert', title: 'Title', prompt: 'Hello', buttons: 'OK' }]);
    const side = bridge.runMenuItem('side', 'a@x.jp').ui[0] as { type: string; frame: string };
    expect(side.type).toBe('sidebar');
    expect(bridge.frame(side.frame.replace('/frame/', ''))).toBe('<p>side</p>');
    expect(bridge.runMenuItem('secret', 'a@x.jp')).toMatchObject({ ok: false, error: { message: 'Not a menu item: secret' } });
  });
});

describe('server', () => {
  let dir: string;
  let server: SandboxServer;
  let base: string;
  /** What the served pages send: this start's token, and JSON. */
  let auth: Record<string, string>;
  beforeAll(async () => {
    dir = path.join(tempDir('kanri-sbx-'), 'company');
    expect(ensureSandboxWorkbook(dir, { asOf: '2026-11-25' }).created).toBe(true);
    // A name that would break out of a <script> if it were not escaped.
    new Company(dir).rpc('saveMasterRows', { table: 'employees', rows: [{
      code: 'E900', name: '</script><img src=x onerror=alert(1)>', kana: 'テスト', email: 'evil@example.jp', department: '営業', employmentType: 'regular',
      hireDate: '2020-04-01', workRule: 'STD', weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400,
    }] }, new Company(dir).owner);
    server = await startSandboxServer(dir, 0);
    base = `http://127.0.0.1:${server.port}`;
    auth = { 'X-Kanri-Token': server.token, 'Content-Type': 'application/json' };
  });
  afterAll(() => server.close());

  test('ensureSandboxWorkbook never overwrites an existing workbook', () => {
    const before = fs.statSync(path.join(dir, 'Kanri.xlsx')).mtimeMs;
    expect(ensureSandboxWorkbook(dir, { asOf: '2026-11-25' }).created).toBe(false);
    expect(fs.statSync(path.join(dir, 'Kanri.xlsx')).mtimeMs).toBe(before);
  });

  test('rows are served a page at a time, as display values, at most 500', async () => {
    const wb = (await (await fetch(`${base}/api/workbook`, { headers: auth })).json()) as { sheets: { name: string; rows: number; frozenRows: number }[]; admin: string };
    const punches = wb.sheets.find((s) => s.name === '打刻')!;
    expect(punches.frozenRows).toBe(1);
    expect(punches.rows).toBeGreaterThan(600);
    expect(wb.admin).toBe(new Company(dir).owner);
    const page = (await (await fetch(`${base}/api/rows?sheet=${encodeURIComponent('打刻')}&from=2&count=10000`, { headers: auth })).json()) as { from: number; rows: string[][] };
    expect(page.from).toBe(2);
    expect(page.rows).toHaveLength(500);
    // the demo's first closed month is the third before the as-of date: August 2026
    expect(page.rows[0]![2]).toMatch(/^2026-08-0\d \d\d:\d\d$/);
    expect((await fetch(`${base}/api/rows?sheet=nope`, { headers: auth })).status).toBe(404);
  });

  test('the user switchers accept only people of the workbook, and set a cookie', async () => {
    const bad = await fetch(`${base}/api/web-user`, { method: 'POST', headers: auth, body: JSON.stringify({ email: 'stranger@example.jp' }) });
    expect(bad.status).toBe(400);
    const good = await fetch(`${base}/api/web-user`, { method: 'POST', headers: auth, body: JSON.stringify({ email: 'evil@example.jp' }) });
    expect(good.headers.get('set-cookie')).toBe('kanri_user=evil%40example.jp; Path=/; SameSite=Lax; HttpOnly');
    const asAdmin = await fetch(`${base}/api/admin-user`, { method: 'POST', headers: auth, body: JSON.stringify({ email: 'evil@example.jp' }) });
    expect(asAdmin.status).toBe(400);
  });

  test('the web app runs as the chosen employee; the user bar escapes names', async () => {
    const html = await (await fetch(`${base}/exec`, { headers: { cookie: 'kanri_user=evil%40example.jp' } })).text();
    expect(html).toContain("window.KANRI_RPC_BASE = '/exec'");
    expect(html).not.toContain('</script><img');
    expect(html).toContain('\\u003c/script\\u003e\\u003cimg');
    const me = (await (await fetch(`${base}/exec/rpc/me`, { method: 'POST', headers: { ...auth, cookie: 'kanri_user=evil%40example.jp' }, body: JSON.stringify({ args: [{}] }) })).json()) as { ok: boolean; value: { email: string; role: string } };
    expect(me).toMatchObject({ ok: true, value: { email: 'evil@example.jp', role: 'employee' } });
    // An admin-only RPC from the web app, as that employee, is refused by the bundle's role check.
    const denied = (await (await fetch(`${base}/exec/rpc/attendancePreview`, { method: 'POST', headers: { ...auth, cookie: 'kanri_user=evil%40example.jp' }, body: JSON.stringify({ args: [{ month: '2026-10' }] }) })).json()) as { ok: boolean };
    expect(denied.ok).toBe(false);
  });
});

describe('kanri serve', () => {
  test('--reset without a terminal and without --yes refuses (exit 2) and keeps the workbook', () => {
    const dir = path.join(tempDir('kanri-sbx-'), 'company');
    ensureSandboxWorkbook(dir, { asOf: '2026-11-25' });
    const before = fs.statSync(path.join(dir, 'Kanri.xlsx')).mtimeMs;
    const run = kanri(['serve', dir, '--reset', '--port', '0']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--yes/);
    expect(fs.statSync(path.join(dir, 'Kanri.xlsx')).mtimeMs).toBe(before);
  });
});
