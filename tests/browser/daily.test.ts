/**
 * Issue 15 items 3 and 4 in a real browser, on the sandbox's demo company (as of today: the three
 * months before closed, attendance and payroll):
 * - the payroll sidebar sends a closed run's payslips in batches the page drives: sent / total shown
 *   after each batch, the button disabled while it runs, a second start refused by the server, an end
 *   message; screenshots mid-way at 300 px (the sidebar) and 360 px (the same page in a phone-sized window);
 * - the employee's month in the web app (the demo's employee who forgot yesterday's 退勤): totals,
 *   有給 and its expiry, the five-day obligation, the pending correction, the missing-退勤 warning;
 *   screenshots at 360 px and 300 px. Any console error or page error fails the test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page, type Route } from 'playwright-core';
import { launchChromium, openPage } from '../support/browser';
import { ensureSandboxWorkbook } from '../../src/local/sandbox/workbook';
import { demoCompany } from '../support/demo';
import { startSandboxServer, type SandboxServer } from '../../src/local/sandbox/server';
import { addYearMonths, tokyoDateOf } from '../../src/core/calendar';
import { sheetValues } from '../support/digest';
import { ROOT, tempDir } from '../support/company';

const SHOTS = path.join(ROOT, 'tests/screenshots');
const TODAY = tokyoDateOf(new Date());
let browser: Browser;
let server: SandboxServer;
let base: string;
let dir: string;
let people: number;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  dir = path.join(tempDir('kanri-daily-'), 'company');
  demoCompany(dir, { asOf: TODAY }); // a copy of the demo built once for the suite (tests/support/demo.ts)
  ensureSandboxWorkbook(dir, { asOf: TODAY });
  people = sheetValues(dir)['従業員']!.length - 1;
  server = await startSandboxServer(dir, 0);
  base = `http://127.0.0.1:${server.port}`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (size: { width: number; height: number }) => openPage(browser, size);

/** Holds the third sendPayslips batch until `release` is called: the page is then mid-way for certain. */
async function holdThirdBatch(page: Page): Promise<{ held: Promise<void>; release: () => void }> {
  let count = 0;
  let release = () => undefined as void;
  const gate = new Promise<void>((r) => { release = r; });
  let heldNow = () => undefined as void;
  const held = new Promise<void>((r) => { heldNow = r; });
  await page.context().route('**/admin/rpc/sendPayslips', async (route: Route) => {
    if (++count === 3) { heldNow(); await gate; }
    await route.continue();
  });
  return { held, release };
}

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** Sends a run's payslips from the payroll page; checks and screenshots it mid-way; waits for the end message. */
async function sendMidway(page: Page, root: Page | ReturnType<Page['frameLocator']>, month: string, shot: () => Promise<unknown>): Promise<string> {
  const { held, release } = await holdThirdBatch(page);
  await root.locator('#payroll-month').fill(month);
  await root.locator('#payroll-month').dispatchEvent('change');
  await root.locator('#send-payslips').waitFor();
  // the status arrives after the buttons (its own call): waited for, not read at once
  await root.locator(`#payslip-progress:text-is("送信済み 0 / ${people}件・未送信 ${people}件")`).waitFor();
  await root.locator('#send-payslips').click();
  await held;
  // two batches of 5 are mailed, the third is on its way: the count, the bar, the button disabled
  await expect(root.locator('#payslip-progress').textContent()).resolves.toBe(`送信済み 10 / ${people}件・未送信 ${people - 10}件`);
  expect(await root.locator('#payroll-result').textContent()).toBe(`給与明細を送っています… 10 / ${people}件`);
  expect(await root.locator('#send-payslips').isDisabled()).toBe(true);
  expect(await root.locator('#payslip-bar').getAttribute('value')).toBe('10');
  // a second start while it runs (another sidebar, a script): refused by the server
  const second = await (await fetch(`${base}/admin/rpc/sendPayslips`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Kanri-Token': server.token }, body: JSON.stringify({ args: [{ runId: month, batch: 5 }] }) })).json() as { ok: boolean; error?: { message: string } };
  expect(second.ok).toBe(false);
  expect(second.error!.message).toContain('給与明細を送っています。終わるまで待ってください');
  await shot();
  release();
  await root.locator('#payroll-result .msg:text-matches("を' + people + '件送りました")').waitFor({ timeout: 600_000 }); // 42 PDFs rendered and mailed: minutes on a busy machine
  expect(await root.locator('#send-payslips').isDisabled()).toBe(false);
  return (await root.locator('#payroll-result').textContent()) ?? '';
}

test('payslips sent in batches from the payroll sidebar (300 px), then from the same page at 360 px', async () => {
  const { page, errors } = await open({ width: 1280, height: 900 });
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('#menubar .menu > button');
  await page.click('.menu-list button:text-is("給与 (計算・確定)")');
  await page.waitForSelector('#sidebar:not([hidden])');
  expect(await page.locator('#sidebar').evaluate((e) => e.getBoundingClientRect().width)).toBe(300);
  const frame = page.frameLocator('#sidebar-frame');
  const lastClosed = addYearMonths(TODAY.slice(0, 7), -1);
  const end = await sendMidway(page, frame, lastClosed, async () => {
    const inner = (await (await page.locator('#sidebar-frame').elementHandle())!.contentFrame())!;
    await page.locator('#sidebar').screenshot({ path: path.join(SHOTS, 'payslips-sending-300.png') });
    const wide = await inner.evaluate(() => Array.from(document.querySelectorAll('body *')).filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map((e) => `${e.tagName}#${e.id}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`));
    expect(wide).toEqual([]);
    expect(await inner.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.locator('#sidebar').screenshot({ path: path.join(SHOTS, 'payslips-sending-300.png') });
  });
  expect(end).toBe(`給与明細を${people}件送りました（送信済み ${people} / ${people}件）`);
  // the closed run offers its reopen with a reason; the totals are shown once (総支給・控除・差引)
  expect(await frame.locator('#payroll-totals').textContent()).toMatch(/^総支給[\d,]+控除[\d,]+差引[\d,]+$/);
  await frame.locator('#reopen-payroll').click();
  expect(await frame.locator('#payroll-result').textContent()).toBe('理由を入力してください');

  // the open month: blocked, said once per reason with who (not one line per employee)
  const openMonth = TODAY.slice(0, 7);
  await frame.locator('#payroll-month').fill(openMonth);
  await frame.locator('#payroll-month').dispatchEvent('change');
  await frame.locator('#payroll-blocked').waitFor();
  const blocked = await frame.locator('#payroll-blocked li').allTextContents();
  expect(blocked[0]).toBe(`確定できません：${openMonth}の勤怠が締められていません。先に勤怠を締めてください。`);
  expect(blocked.find((b) => b.includes('月次勤怠がありません'))).toMatch(new RegExp(`^確定できません：${openMonth}の月次勤怠がありません${people}名：.+ほか${people - 8}名$`));
  expect(await frame.locator('#reviewed').isDisabled()).toBe(true);
  await page.locator('#sidebar').screenshot({ path: path.join(SHOTS, 'payroll-blocked-300.png') });

  const src = await page.locator('#sidebar-frame').getAttribute('src');
  const { page: narrow, errors: narrowErrors } = await open({ width: 360, height: 900 });
  await narrow.goto(`${base}${src}`);
  const end2 = await sendMidway(narrow, narrow, addYearMonths(TODAY.slice(0, 7), -2), async () => {
    expect(await noSideways(narrow)).toBe(true);
    await narrow.screenshot({ path: path.join(SHOTS, 'payslips-sending-360.png'), fullPage: true });
  });
  expect(end2).toContain(`${people}件送りました`);
  expect([...errors, ...narrowErrors]).toEqual([]);
  await narrow.context().close();
  await page.context().close();
}, 1_500_000);

test("the employee's month in the web app at 360 px and 300 px: totals, 有給, requests, the missing 退勤", async () => {
  const sheets = sheetValues(dir);
  const corr = sheets['打刻修正']!;
  const code = String(corr[1]![(corr[0] as string[]).indexOf('社員番号')]);
  const eh = sheets['従業員']![0] as string[];
  const email = String((sheets['従業員']!.slice(1) as string[][]).find((r) => r[eh.indexOf('社員番号')] === code)![eh.indexOf('メールアドレス')]);
  for (const width of [360, 300]) {
    const { page, errors } = await open({ width, height: 900 });
    await page.goto(`${base}/exec`);
    await Promise.all([page.waitForNavigation(), page.selectOption('#kanri-sandbox-user', email)]);
    await page.waitForSelector('header .muted');
    await page.click('#tab-month');
    await page.locator('#total-worked').waitFor();
    expect(await page.locator('#total-worked').textContent()).toMatch(/^労働時間\d+時間\d+分$/);
    expect(await page.locator('#total-overtime').textContent()).toMatch(/^法定時間外\d+時間\d+分$/);
    expect(await page.locator('#total-late-night').textContent()).toMatch(/^深夜\d+時間\d+分$/);
    expect(await page.locator('#leave-balance').textContent()).toMatch(/^残日数\d+(\.5)?日$/);
    expect(await page.locator('#leave-expiry').textContent()).toMatch(/^次の時効(\d{4}-\d\d-\d\dに\d+(\.5)?日が時効|まだありません)$/);
    expect(await page.locator('#my-requests').textContent()).toMatch(/打刻修正 .* 退勤申請中/);
    const yesterday = tokyoDateOf(new Date(Date.now() - 86_400_000));
    if (yesterday.slice(0, 7) === TODAY.slice(0, 7)) {
      expect(await page.locator('#month-warnings').textContent()).toMatch(new RegExp(`^${yesterday}：\\d\\d:\\d\\dの出勤のあとに退勤の打刻がありません。打刻修正を申請してください。$`));
    }
    expect(await noSideways(page)).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, `employee-month-${width}.png`), fullPage: true });
    // the same page in English
    await page.click('#lang');
    await page.click('#tab-month');
    await page.locator('#total-worked').waitFor();
    expect(await page.locator('#total-worked').textContent()).toMatch(/^Worked\d+ h \d+ min$/);
    await page.click('#lang');
    expect(errors).toEqual([]);
    await page.context().close();
  }
}, 180_000);
