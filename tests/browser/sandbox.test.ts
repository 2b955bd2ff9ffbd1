/**
 * The local sandbox in a real browser (Debian's chromium through playwright-core): the admin view
 * with the Kanri menu, an alert, the attendance sidebar closing a month and the new rows in the
 * grid, a typed cell, virtual scrolling over thousands of punches; the web app at phone size with
 * a punch. Any console error or page error in any frame fails the test. Screenshots go to
 * tests/screenshots/ (git-ignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, openPage } from '../support/browser';
import { Company } from '../../src/local/company';
import { ensureSandboxWorkbook } from '../../src/local/sandbox/workbook';
import { demoCompany } from '../support/demo';
import { startSandboxServer, type SandboxServer } from '../../src/local/sandbox/server';
import { addYearMonths, tokyoDateOf, yearMonthOf } from '../../src/core/calendar';
import { ROOT, tempDir } from '../support/company';

const SHOTS = path.join(ROOT, 'tests/screenshots');
const BULK_PUNCHES = 6000;
let browser: Browser;
let server: SandboxServer;
let base: string;
const today = tokyoDateOf(new Date());
const lastMonth = addYearMonths(yearMonthOf(today), -1);

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const dir = path.join(tempDir('kanri-browser-'), 'company');
  demoCompany(dir, { asOf: today }); // a copy of the demo built once for the suite (tests/support/demo.ts)
  ensureSandboxWorkbook(dir, { asOf: today });
  // Thousands of rows for the grid: punches of an old month (within the input window of 設定
  // input.daysBehind, 400 days), imported through the bundle's RPC.
  const oldMonth = addYearMonths(yearMonthOf(today), -12);
  const punches = Array.from({ length: BULK_PUNCHES }, (_, i) => ({
    id: `B${String(i).padStart(6, '0')}`, employeeCode: 'E001', at: `${oldMonth}-${String(1 + (i % 28)).padStart(2, '0')}T${String(8 + (i % 12)).padStart(2, '0')}:00`, kind: i % 2 ? 'clockOut' : 'clockIn',
  }));
  const company = new Company(dir);
  company.rpc('importPunches', { punches }, company.owner);
  // The demo closed last month already (attendance and payroll): reopen both (audited, the payroll
  // first: its run was computed from the attendance) so the sidebar can close the month again.
  company.rpc('reopenPayroll', { runId: lastMonth, reason: 'browser test: close again from the sidebar' }, company.owner);
  company.rpc('reopenAttendance', { month: lastMonth, reason: 'browser test: close again from the sidebar' }, company.owner);
  server = await startSandboxServer(dir, 0);
  base = `http://127.0.0.1:${server.port}`;
  browser = await launchChromium();
}, 300_000); // the demo company is built through the bundle first (slow on a busy machine)

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (size: { width: number; height: number }, mobile = false) => openPage(browser, size, mobile);

async function menu(page: Page, caption: string): Promise<void> {
  await page.click('#menubar .menu > button');
  await page.click(`.menu-list button:text-is("${caption}")`);
}

test('admin view: the Kanri menu, an alert, the attendance sidebar closes a month, the new rows in the grid', async () => {
  const { page, errors } = await open({ width: 1280, height: 800 });
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  // The menu is the one the bundle's onOpen built.
  await page.click('#menubar .menu > button');
  const captions = await page.locator('.menu-list button').allTextContents();
  expect(captions).toEqual(expect.arrayContaining(['初期設定 (シートを作成)', '表のチェック', '勤怠 (締め・36協定)']));
  await page.click('.menu-list button:text-is("表のチェック")');
  await expect(page.locator('#alert-text').textContent()).resolves.toMatch(/すべての表が正しく読めました/);
  await page.click('#modal .buttons button');
  await expect(page.locator('#modal').isHidden()).resolves.toBe(true);

  // The sidebar: 300 px on the right, in a frame, calling the bundle through google.script.run.
  await menu(page, '勤怠 (締め・36協定)');
  await page.waitForSelector('#sidebar:not([hidden])');
  expect(await page.locator('#sidebar').evaluate((e) => e.getBoundingClientRect().width)).toBe(300);
  expect(await page.locator('#sidebar-title').textContent()).toBe('勤怠の締め');
  const frame = page.frameLocator('#sidebar-frame');
  await expect(frame.locator('#close-month').inputValue()).resolves.toBe(lastMonth);
  await frame.locator('#preview tbody tr').first().waitFor();
  await frame.locator('#close-button').click();
  await frame.locator('#close-result .msg').waitFor();
  expect(await frame.locator('#close-result').textContent()).toMatch(new RegExp(`${lastMonth}を締めました（\\d+名）`));

  // The grid refreshed after the execution: the month's rows are in 月次勤怠.
  await page.click('#tabs button:text-is("月次勤怠")');
  // the month closed again is at the bottom of the sheet (the demo's earlier months come first)
  await page.waitForSelector('#grid-rows .c');
  await page.locator('#grid').evaluate((g) => {
    const rowHeight = document.querySelector('#grid-rows .c')!.getBoundingClientRect().height;
    g.scrollTop = Math.max(0, (42 * 3 - 12) * rowHeight); // the demo's three months of 42 people: the last of them
  });
  await page.waitForFunction((m) => Array.from(document.querySelectorAll('#grid-rows .c')).some((c) => c.textContent === m), lastMonth);
  await page.screenshot({ path: path.join(SHOTS, 'admin-sidebar.png') });

  // A typed cell is parsed as Sheets parses typed input ("007" is the number 7).
  // (初期設定 removes the empty Sheet1; the first sheet is 「はじめに」, with an empty column C.)
  await page.click('#tabs button:text-is("はじめに")');
  await page.click('#grid-rows .c[data-row="1"][data-col="3"]');
  await page.keyboard.type('007');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#grid-rows .c[data-row="1"][data-col="3"]')?.textContent === '7');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('admin view: thousands of punches scroll with only the visible rows in the DOM; English chrome', async () => {
  const { page, errors } = await open({ width: 1280, height: 800 });
  await page.goto(`${base}/#${encodeURIComponent('打刻')}`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForFunction(() => document.querySelector('#grid-rows .c[data-row="2"][data-col="1"]')?.textContent !== '');
  const total = Number((await page.locator('#tabs .count').textContent())!.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(BULK_PUNCHES);
  expect(await page.locator('#grid-rows .r').count()).toBeLessThan(80);
  // The frozen header stays on top while scrolling to the last row.
  await page.locator('#grid').evaluate((g) => { g.scrollTop = g.scrollHeight; });
  await page.waitForFunction((n) => (document.querySelector(`#grid-rows .c[data-row="${n}"][data-col="1"]`)?.textContent ?? '') !== '', total);
  expect(await page.locator('#grid-rows .r').count()).toBeLessThan(80);
  expect(await page.locator('#grid-head .r.frozen .c[data-col="1"]').textContent()).toBe('打刻ID');
  const headTop = await page.locator('#grid-head').evaluate((h) => h.getBoundingClientRect().top - h.parentElement!.getBoundingClientRect().top);
  expect(headTop).toBe(0);
  await page.click('#lang');
  expect(await page.locator('#doc-title').textContent()).toMatch(/Kanri sandbox/);
  await page.click('#lang');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('web app at 390×844: choose the employee, punch in, see the punch', async () => {
  const { page, errors } = await open({ width: 390, height: 844 }, true);
  await page.goto(`${base}/exec`);
  const options = await page.locator('#kanri-sandbox-user option').allTextContents();
  expect(options.length).toBeGreaterThan(5);
  const second = await page.locator('#kanri-sandbox-user option').nth(1).getAttribute('value');
  await Promise.all([page.waitForNavigation(), page.selectOption('#kanri-sandbox-user', second!)]);
  await page.waitForSelector('header .muted');
  const name = options[1]!.replace(/ \(.*$/, '');
  expect(await page.locator('header .muted').textContent()).toContain(name);
  await page.click('#punch-clockIn');
  await page.waitForSelector('.msg[role="status"]');
  expect(await page.locator('.msg[role="status"]').textContent()).toMatch(/^出勤を\d\d:\d\dに記録しました$/);
  await page.waitForSelector('#today td');
  expect(await page.locator('#today tr').last().locator('td').nth(1).textContent()).toBe('出勤');
  // Big touch targets and nothing wider than the phone.
  const box = await page.locator('#punch-clockIn').boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(48);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: path.join(SHOTS, 'phone-punch.png') });
  // The punch is the chosen employee's, written through the bundle as a web execution.
  const auth = { headers: { 'X-Kanri-Token': server.token } };
  const rows = await (await fetch(`${base}/api/workbook`, auth)).json() as { sheets: { name: string; rows: number }[] };
  const last = rows.sheets.find((s) => s.name === '打刻')!.rows;
  const page2 = await (await fetch(`${base}/api/rows?sheet=${encodeURIComponent('打刻')}&from=${last}&count=1`, auth)).json() as { rows: string[][] };
  expect(page2.rows[0]![3]).toBe('出勤'); // the sheet shows the label of clockIn
  expect(page2.rows[0]![4]).toBe('Web打刻');
  expect(page2.rows[0]![7]).toBe(second);
  expect(errors).toEqual([]);
  await page.context().close();
});
