/**
 * Issue 14 in a real browser, on the sandbox's demo company as of 2026-12-03 (the 令和8年分 年末調整 confirmed, the
 * December pay closed), the employees' web app at 360 px:
 * - an employee without a declaration fills their own 扶養控除等申告書 and 保険料控除申告書 (a spouse, a dependant, a
 *   premium): a wrong field is named before anything is sent; the end message after saving; the status 提出済み;
 * - a locked declaration (the 設計 manager's, 確認済み) shows why it cannot be changed and offers no submit;
 * - the 源泉徴収票 view: the confirmed figures and the PDF saved under its name; the same page in English.
 * Screenshots in tests/screenshots/. Any console error or page error fails the test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { demoCompany } from '../support/demo';
import { startSandboxServer, type SandboxServer } from '../../src/local/sandbox/server';
import { sheetValues } from '../support/digest';
import { ROOT, tempDir } from '../support/company';

const SHOTS = path.join(ROOT, 'tests/screenshots');
let browser: Browser;
let server: SandboxServer;
let base: string;
let dir: string;

const rowsOf = (sheet: string) => {
  const [h, ...rows] = sheetValues(dir)[sheet]!;
  return rows.map((r) => Object.fromEntries((h as string[]).map((k, i) => [k, r[i]])));
};

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  dir = path.join(tempDir('kanri-ye-browser-'), 'company');
  demoCompany(dir, { asOf: '2026-12-03' });
  server = await startSandboxServer(dir, 0);
  base = `http://127.0.0.1:${server.port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openAs(email: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${base}/exec`);
  await Promise.all([page.waitForNavigation(), page.selectOption('#kanri-sandbox-user', email)]);
  await page.waitForSelector('header .muted');
  await page.click('#tab-yearEnd');
  return { page, errors };
}

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test('an employee declares from the phone (360 px): a wrong field named, then the end message; a locked declaration said so', async () => {
  const declared = new Set(rowsOf('扶養控除等申告書').map((r) => String(r['社員番号'])));
  const me = rowsOf('従業員').find((r) => !declared.has(String(r['社員番号'])) && r['メールアドレス'])!;
  const { page, errors } = await openAs(String(me['メールアドレス']));
  await page.locator('#declaration-form').waitFor();
  expect(await page.locator('#declaration-status').textContent()).toBe('未提出');
  expect(await page.locator('#ye-people-0-name').inputValue()).toBe(String(me['氏名']));
  await page.fill('#ye-people-0-birthDate', '1988-04-10');
  await page.check('#ye-hasSpouse');
  await page.fill('#ye-people-1-name', '見本 花子');
  await page.fill('#ye-people-1-birthDate', '1989-09-01');
  await page.fill('#ye-people-1-estimatedIncome', '480000');
  await page.click('#ye-add-dependant');
  await page.fill('#ye-people-2-name', '見本 太郎');
  await page.fill('#ye-people-2-relation', '長男');
  await page.fill('#ye-people-2-estimatedIncome', '0');
  await page.click('#ye-add-premium');
  await page.selectOption('#ye-insurance-0-kind', '地震');
  await page.fill('#ye-insurance-0-insurer', '見本損害保険');
  await page.fill('#ye-insurance-0-paid', '25000');
  // the dependant's birth date is missing: named, focused, nothing sent
  await page.click('#ye-submit');
  expect(await page.locator('#declaration-problem').textContent()).toBe('扶養親族 1人目の「生年月日」を確認してください');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('ye-people-2-birthDate');
  expect(rowsOf('扶養控除等申告書').some((r) => r['社員番号'] === me['社員番号'])).toBe(false);
  await page.fill('#ye-people-2-birthDate', '2007-06-15');
  expect(await noSideways(page)).toBe(true);
  await page.screenshot({ path: path.join(SHOTS, 'year-end-declaration-360.png'), fullPage: true });
  await page.click('#ye-submit');
  await page.locator('main > .msg[role=status]').waitFor();
  expect(await page.locator('main > .msg[role=status]').textContent()).toBe('2026年分の申告書を提出しました（扶養控除等申告書 3人・保険料 1件）。管理部が確認すると確定します。');
  await page.locator('#declaration-status').waitFor();
  expect(await page.locator('#declaration-status').textContent()).toMatch(/^提出済み（2026-\d\d-\d\d \d\d:\d\d）$/);
  expect(await page.locator('#ye-people-2-name').inputValue()).toBe('見本 太郎');
  const rows = rowsOf('扶養控除等申告書').filter((r) => r['社員番号'] === me['社員番号']);
  expect(rows.map((r) => [r['区分'], r['氏名'], r['状態']])).toEqual([['本人', me['氏名'], '提出済み'], ['配偶者', '見本 花子', '提出済み'], ['扶養親族', '見本 太郎', '提出済み']]);
  expect(rowsOf('保険料控除申告書').filter((r) => r['社員番号'] === me['社員番号']).map((r) => [r['種類'], r['本年中に支払った保険料等の金額']])).toEqual([['地震', 25_000]]);
  await page.screenshot({ path: path.join(SHOTS, 'year-end-declaration-saved-360.png'), fullPage: true });
  // the same form in English
  await page.click('#lang');
  await page.click('#tab-yearEnd');
  await page.locator('#declaration-status').waitFor();
  expect(await page.locator('#declaration-status').textContent()).toMatch(/^Submitted \(2026-/);
  expect(await page.locator('label[for="ye-people-0-birthDate"]').textContent()).toBe('Birth date');
  await page.click('#lang');
  expect(errors).toEqual([]);
  await page.context().close();

  // the 設計 manager's declaration is checked (確認済み): read-only, with the reason, no submit
  const code = String(rowsOf('扶養控除等申告書').find((r) => r['区分'] === '配偶者' && r['状態'] === '確認済み')!['社員番号']);
  const manager = rowsOf('従業員').find((r) => r['社員番号'] === code)!;
  const locked = await openAs(String(manager['メールアドレス']));
  await locked.page.locator('#declaration-locked').waitFor();
  expect(await locked.page.locator('#declaration-locked').textContent()).toBe('管理部が確認して締めたため、この申告書は変更できません。変更が必要なときは管理部に連絡してください。');
  expect(await locked.page.locator('#ye-submit').count()).toBe(0);
  expect(await locked.page.locator('#ye-people-1-name').isDisabled()).toBe(true);
  expect(await noSideways(locked.page)).toBe(true);
  await locked.page.screenshot({ path: path.join(SHOTS, 'year-end-declaration-locked-360.png'), fullPage: true });
  expect(locked.errors).toEqual([]);
  await locked.page.context().close();
}, 600_000);

test('the 源泉徴収票 in the web app (360 px): the confirmed figures, the PDF saved', async () => {
  const row = rowsOf('年末調整').find((r) => r['精算'] === '還付')!;
  const me = rowsOf('従業員').find((r) => r['社員番号'] === row['社員番号'])!;
  const { page, errors } = await openAs(String(me['メールアドレス']));
  await page.click('#ye-slip');
  await page.locator('#slip-2026').waitFor();
  const yen = (v: unknown) => `${Number(v).toLocaleString('ja-JP')}円`;
  expect(await page.locator('#slip-2026 h2').textContent()).toBe('令和8年分 給与所得の源泉徴収票');
  expect(await page.locator('#slip-paid').textContent()).toBe(`支払金額${yen(row['給与等の総額'])}`);
  expect(await page.locator('#slip-withheld').textContent()).toBe(`源泉徴収税額${yen(row['年調年税額'])}`);
  expect(await page.locator('#slip-settlement-2026').textContent()).toBe(`年末調整で ${(-Number(row['過不足額(+徴収・−還付)'])).toLocaleString('ja-JP')}円が還付されました（2026-12-25 支給の給与）`);
  expect(await noSideways(page)).toBe(true);
  await page.screenshot({ path: path.join(SHOTS, 'year-end-slip-360.png'), fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#slip-pdf-2026')]);
  expect(download.suggestedFilename()).toBe(`令和8年分_給与所得の源泉徴収票_${me['社員番号']}.pdf`);
  const file = path.join(tempDir('kanri-ye-pdf-'), 'slip.pdf');
  await download.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  await page.locator('main > .msg[role=status]').waitFor();
  expect(await page.locator('main > .msg[role=status]').textContent()).toBe(`令和8年分_給与所得の源泉徴収票_${me['社員番号']}.pdfを保存しました`);
  expect(errors).toEqual([]);
  await page.context().close();
}, 300_000);
