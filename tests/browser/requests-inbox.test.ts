/**
 * The requests inbox in a real browser (issue 15 item 2): on the demo company, the Kanri menu says
 * 「申請 (n)」 for the demo's pending 休暇申請 and 打刻修正; the 300 px sidebar lists them (who, what,
 * when, the balance left); rejecting without a reason is stopped in the page by the server's own
 * schema; a rejection with a reason and an approval each end with a message and refresh the list;
 * the same page at 360 px. Any console error or page error in any frame fails the test.
 * Screenshots: tests/screenshots/requests-inbox-300.png, requests-inbox-360.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, openPage } from '../support/browser';
import { Company } from '../../src/local/company';
import { ensureSandboxWorkbook } from '../../src/local/sandbox/workbook';
import { demoCompany } from '../support/demo';
import { startSandboxServer, type SandboxServer } from '../../src/local/sandbox/server';
import { tokyoDateOf } from '../../src/core/calendar';
import { ROOT, tempDir } from '../support/company';

const SHOTS = path.join(ROOT, 'tests/screenshots');
let browser: Browser;
let server: SandboxServer;
let base: string;
let pending: { leave: { id: string; name: string }[]; corrections: { id: string; name: string }[]; count: number };

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const dir = path.join(tempDir('kanri-inbox-'), 'company');
  demoCompany(dir, { asOf: tokyoDateOf(new Date()) }); // a copy of the demo built once for the suite (tests/support/demo.ts)
  ensureSandboxWorkbook(dir, { asOf: tokyoDateOf(new Date()) });
  const company = new Company(dir);
  // what the demo left pending, read through the same RPC (the page must show exactly these)
  pending = company.rpc('requestsInbox', {}, company.owner) as typeof pending;
  server = await startSandboxServer(dir, 0);
  base = `http://127.0.0.1:${server.port}`;
  browser = await launchChromium();
}, 300_000); // the demo company is built through the bundle first

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (size: { width: number; height: number }) => openPage(browser, size);

/** Polls `read` until it returns `want` (10 s), then returns it; the last value otherwise. */
async function until<T>(read: () => Promise<T>, want: T): Promise<T> {
  let got = await read();
  for (let i = 0; i < 100 && got !== want; i++) {
    await new Promise((r) => setTimeout(r, 100));
    got = await read();
  }
  return got;
}

async function menuCaptions(page: Page): Promise<string[]> {
  await page.click('#menubar .menu > button');
  const captions = await page.locator('.menu-list button').allTextContents();
  return captions;
}

test('the inbox: the count on the menu, the demo\'s pending requests, reject with a reason, approve, at 300 px and 360 px', async () => {
  expect(pending.leave.length).toBeGreaterThan(0);
  expect(pending.corrections.length).toBeGreaterThan(0);
  const { page, errors } = await open({ width: 1280, height: 900 });
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  expect(await menuCaptions(page)).toContain(`申請 (${pending.count})`);
  await page.click(`.menu-list button:text-is("申請 (${pending.count})")`);
  await page.waitForSelector('#sidebar:not([hidden])');
  expect(await page.locator('#sidebar').evaluate((e) => e.getBoundingClientRect().width)).toBe(300);
  expect(await page.locator('#sidebar-title').textContent()).toBe('申請の承認');
  const frame = page.frameLocator('#sidebar-frame');
  await frame.locator('#inbox-count').waitFor();
  expect(await frame.locator('#inbox-count').textContent()).toBe(`未処理の申請 ${pending.count}件`);
  expect(await frame.locator('li.request').count()).toBe(pending.count);
  const firstLeave = frame.locator(`#request-${pending.leave[0]!.id}`);
  const leaveText = await firstLeave.textContent();
  expect(leaveText).toContain(pending.leave[0]!.name);
  expect(leaveText).toMatch(/有給1日/);
  expect(leaveText).toMatch(/残り\d+(\.5)?日（申請中\d+(\.5)?日）/);
  expect(await frame.locator(`#request-${pending.corrections[0]!.id}`).textContent()).toMatch(/退勤/);
  // nothing overflows the 300 px frame sideways
  const frameHandle = await page.locator('#sidebar-frame').elementHandle();
  const inner = (await frameHandle!.contentFrame())!;
  expect(await inner.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await page.locator('#sidebar').screenshot({ path: path.join(SHOTS, 'requests-inbox-300.png') });

  // rejecting without a reason: stopped in the page, the field marked, nothing sent
  const leaveId = pending.leave[0]!.id;
  await frame.locator(`#reject-${leaveId}`).click();
  await expect(firstLeave.locator('[role="alert"]').textContent()).resolves.toBe('却下するには理由を入力してください');
  expect(await frame.locator(`#reason-${leaveId}`).getAttribute('aria-invalid')).toBe('true');
  expect(await frame.locator('li.request').count()).toBe(pending.count);

  // with a reason: rejected, an end message, the list read again
  await frame.locator(`#reason-${leaveId}`).fill('繁忙期のため別の日にしてください');
  await frame.locator(`#reject-${leaveId}`).click();
  await frame.locator('#inbox-result .msg').waitFor();
  expect(await frame.locator('#inbox-result').textContent()).toBe(`${pending.leave[0]!.name}さんの申請（${leaveId}）を却下しました`);
  expect(await until(() => frame.locator('li.request').count(), pending.count - 1)).toBe(pending.count - 1);
  expect(await frame.locator(`#request-${leaveId}`).count()).toBe(0);

  // approving the correction
  const correctionId = pending.corrections[0]!.id;
  await frame.locator(`#approve-${correctionId}`).click();
  const approved = `${pending.corrections[0]!.name}さんの申請（${correctionId}）を承認しました`;
  expect(await until(() => frame.locator('#inbox-result').textContent(), approved)).toBe(approved);
  expect(await until(() => frame.locator('li.request').count(), pending.count - 2)).toBe(pending.count - 2);
  await expect(frame.locator('#inbox-count').textContent()).resolves.toBe(`未処理の申請 ${pending.count - 2}件`);

  // the same page at 360 px (a phone-sized window): no sideways scrolling, buttons side by side
  const src = await page.locator('#sidebar-frame').getAttribute('src');
  const { page: narrow, errors: narrowErrors } = await open({ width: 360, height: 740 });
  await narrow.goto(`${base}${src}`);
  await narrow.locator('#inbox-count').waitFor();
  expect(await narrow.locator('li.request').count()).toBe(pending.count - 2);
  expect(await narrow.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await narrow.screenshot({ path: path.join(SHOTS, 'requests-inbox-360.png'), fullPage: true });

  // a new open of the workbook counts two fewer
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  expect(await menuCaptions(page)).toContain(pending.count - 2 ? `申請 (${pending.count - 2})` : '申請');
  expect([...errors, ...narrowErrors]).toEqual([]);
  await narrow.context().close();
  await page.context().close();
}, 120_000);
