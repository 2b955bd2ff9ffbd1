/**
 * The overwork view of the attendance sidebar in a real browser (Debian's chromium via playwright-core)
 * on the demo company as of 2026-11-25: opened from the Kanri menu in the 300 px sidebar, then its page
 * alone at 300 px and 360 px, in Japanese and English: E004's violation, the 設計 pace, the SVG trend,
 * nothing wider than the screen, the executive report button. Any console or page error fails.
 * Screenshots: tests/screenshots/overwork-*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, openPage } from '../support/browser';
import { ensureSandboxWorkbook } from '../../src/local/sandbox/workbook';
import { demoCompany } from '../support/demo';
import { startSandboxServer, type SandboxServer } from '../../src/local/sandbox/server';
import { ROOT, tempDir } from '../support/company';
import { Company } from '../../src/local/company';

const SHOTS = path.join(ROOT, 'tests/screenshots');
const AS_OF = '2026-11-25';
let browser: Browser;
let server: SandboxServer;
let base: string;
let dir: string;
let admin: string;

/**
 * An admin page speaks the 設定 language, which the server writes into the page when the menu opens it
 * (sidebar/lib/page.ts): English is chosen there, as an admin would, and the sidebar opened again.
 */
async function englishFrameUrl(): Promise<string> {
  new Company(dir).rpc('saveMasterRows', { table: 'settings', rows: [{ key: 'language', value: 'en' }] }, admin);
  try {
    const { page } = await open({ width: 1280, height: 800 });
    await page.goto(`${base}/`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('#menubar .menu > button');
    await page.click('.menu-list button:text-is("Attendance (close, 36 agreement)")');
    await page.waitForSelector('#sidebar:not([hidden])');
    const url = (await page.locator('#sidebar-frame').getAttribute('src'))!;
    await page.context().close();
    return url;
  } finally {
    new Company(dir).rpc('saveMasterRows', { table: 'settings', rows: [{ key: 'language', value: 'ja' }] }, admin);
  }
}

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  dir = path.join(tempDir('kanri-overwork-browser-'), 'company');
  admin = demoCompany(dir, { asOf: AS_OF }).admin; // a copy of the demo built once for the suite (tests/support/demo.ts)
  ensureSandboxWorkbook(dir, { asOf: AS_OF });
  server = await startSandboxServer(dir, 0, { clock: () => new Date(`${AS_OF}T03:00:00Z`) });
  base = `http://127.0.0.1:${server.port}`;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (size: { width: number; height: number }) => openPage(browser, size);

let frameUrl = '';

test('the attendance sidebar opens on the overwork view: people at risk first, E004 and the 設計 pace', async () => {
  const { page, errors } = await open({ width: 1280, height: 800 });
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('#menubar .menu > button');
  await page.click('.menu-list button:text-is("勤怠 (締め・36協定)")');
  await page.waitForSelector('#sidebar:not([hidden])');
  expect(await page.locator('#sidebar').evaluate((e) => e.getBoundingClientRect().width)).toBe(300);
  const frame = page.frameLocator('#sidebar-frame');
  await frame.locator('#overwork-people li').first().waitFor({ timeout: 60_000 });
  await expect(frame.locator('#overwork-month').inputValue()).resolves.toBe('2026-11');
  expect(await frame.locator('#overwork-summary').textContent()).toMatch(/^違反 \d+名・注意 \d+名（42名中）$/);
  const first = frame.locator('#overwork-people > li').first();
  expect(await first.getAttribute('data-code')).toBe('E004');
  expect(await first.textContent()).toContain('2026年10月：2〜6か月平均80時間を超えました（80時間42分）');
  expect(await frame.locator('#overwork-people').textContent()).toMatch(/このペースだと\d+日に45時間を超えます/);
  expect(await frame.locator('#overwork-departments > li').first().getAttribute('data-department')).toBe('設計');
  expect(await frame.locator('#overwork-departments > li').first().textContent()).toMatch(/当月 \d+時間(\d+分)?・月末見込み \d+時間(\d+分)?/);
  expect(await frame.locator('#overwork-chart polyline').count()).toBe(4);
  await page.screenshot({ path: path.join(SHOTS, 'overwork-sidebar-admin.png') });
  frameUrl = (await page.locator('#sidebar-frame').getAttribute('src'))!;
  expect(errors).toEqual([]);
  await page.context().close();
}, 120_000);

for (const width of [300, 360]) {
  test(`the overwork page alone at ${width} px: readable, nothing wider than the screen; English complete`, async () => {
    expect(frameUrl).not.toBe('');
    const { page, errors } = await open({ width, height: 740 });
    await page.goto(new URL(frameUrl, base).toString());
    await page.locator('#overwork-people li').first().waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const chart = await page.locator('#overwork-chart').boundingBox();
    expect(chart!.width).toBeLessThanOrEqual(width);
    expect(chart!.width).toBeGreaterThan(width - 60);
    await page.screenshot({ path: path.join(SHOTS, `overwork-${width}.png`), fullPage: false });
    await page.locator('#overwork-departments').scrollIntoViewIfNeeded();
    await page.locator('#overwork-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `overwork-${width}-trend.png`) });

    if (width === 360) {
      // the executive version: the button is disabled while it runs and ends with a message and the PDF link
      await page.click('#overwork-report');
      await page.locator('#overwork-pdf').waitFor({ timeout: 90_000 });
      expect(await page.locator('#overwork-result').textContent()).toContain('シート「36協定レポート」を更新し、PDF（36協定レポート_2026-11.pdf）を作成しました。');
      expect(await page.locator('#overwork-report').isEnabled()).toBe(true);
      await page.locator('#overwork-result').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'overwork-360-report.png') });
    }

    await page.goto(new URL(await englishFrameUrl(), base).toString());
    await page.locator('#overwork-people li').first().waitFor({ timeout: 60_000 });
    const text = (await page.locator('#overwork-section').textContent())!;
    expect(text).toContain('Overwork (36 Agreement)');
    expect(text).toMatch(/\d+ in violation, \d+ with warnings \(of 42\)/);
    expect(text).toContain('2026-10: 2–6-month average 80 h exceeded (80 h 42 min)');
    expect(text).toMatch(/At this pace, 45 hours are exceeded on 2026-11-\d\d/);
    for (const ja of ['要注意者', '月末見込み', '部署別', '違反', '注意', 'このペース', '時間']) expect(text).not.toContain(ja); // names and departments stay as written
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: path.join(SHOTS, `overwork-${width}-en.png`) });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
}
