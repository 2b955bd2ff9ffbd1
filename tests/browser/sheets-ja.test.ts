/**
 * Sheets that read in Japanese (issue 15 item 5), in the sandbox grid at a normal width
 * (1280 × 800): the first tab is 「はじめに」; 従業員 shows 雇用形態 as 正社員 / パート・アルバイト
 * with a dropdown mark, columns set wide; 設定 shows each key as its Japanese label and values with
 * choices as labels (はい, 暦日, 日本語) and structured values as lines (労災保険率); 勤務区分 shows 月,火,水 and はい;
 * 監査ログ shows 追加 and 「見出し：値」 lines, no JSON. Any console error fails. Screenshots in tests/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Company } from '../../src/local/company';
import { startSandboxServer, type SandboxServer } from '../../src/local/sandbox/server';
import { ROOT, tempDir } from '../support/company';
import { sheetValues } from '../support/digest';

const SHOTS = path.join(ROOT, 'tests/screenshots');
const WC_LINE = '2024-04-01から：94 その他の各種事業 1000分の3（出典：厚生労働省「労災保険率表」）';
let browser: Browser;
let server: SandboxServer;
let base: string;
let dir: string;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  dir = path.join(tempDir('kanri-sheetsja-'), 'company');
  fs.mkdirSync(dir, { recursive: true });
  const company = new Company(dir);
  company.call('kanriSetUp', [], { kind: 'menu', user: company.owner });
  company.rpc('saveMasterRows', { table: 'workRules', rows: [
    { code: 'STD', name: '通常勤務 (9:00–18:00)', scheduledStart: '09:00', scheduledEnd: '18:00', breakMinutes: 60, workdays: 'monday,tuesday,wednesday,thursday,friday', publicHolidaysOff: true, weekStart: 'sunday', legalHoliday: 'sunday', rounding: 'none', premiumWithinLegal: false },
  ] }, company.owner);
  const person = (code: string, name: string, kana: string, employmentType: string, department: string) => ({
    code, name, kana, email: `${code.toLowerCase()}@example.jp`, department, employmentType, hireDate: '2021-04-01', workRule: 'STD',
    weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400, birthDate: '1990-05-10', sex: '女',
  });
  company.rpc('saveMasterRows', { table: 'employees', rows: [
    person('E001', '山田 花子', 'ヤマダ ハナコ', 'regular', '設計'), person('E002', '佐藤 次郎', 'サトウ ジロウ', 'fixedTerm', '営業'),
    person('E003', '鈴木 三奈', 'スズキ ミナ', 'partTime', '設計'),
  ] }, company.owner);
  company.rpc('saveMasterRows', { table: 'settings', rows: [{ key: 'companyName', value: '株式会社サンプル設計' }, { key: 'payroll.proration', value: 'scheduledDays' },
    { key: 'payroll.workersCompensation', value: WC_LINE }, { key: 'payroll.minimumWageReasons', value: '2026-10 E003：試用期間中 (減額特例の許可あり)' }] }, company.owner);
  server = await startSandboxServer(dir, 0);
  base = `http://127.0.0.1:${server.port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, errors };
}

const cellText = (page: Page, row: number, col: number) =>
  page.locator(`.c[data-row="${row}"][data-col="${col}"]`).first().textContent();

test('the first sheet is はじめに; 従業員 and 設定 show Japanese labels with dropdowns, columns wide enough', async () => {
  const { page, errors } = await open();
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  const tabs = await page.locator('#tabs button').allTextContents();
  expect(tabs[0]).toMatch(/^はじめに/);
  expect(tabs.some((t) => /^Sheet1/.test(t))).toBe(false);
  await page.click('#tabs button:text-is("はじめに")');
  await page.waitForFunction(() => document.querySelector('.c[data-row="1"][data-col="1"]')?.textContent === 'Kanri へようこそ');
  await page.screenshot({ path: path.join(SHOTS, 'sheets-ja-welcome.png') });

  await page.click('#tabs button:text-is("従業員")');
  await page.waitForFunction(() => document.querySelector('.c[data-row="2"][data-col="1"]')?.textContent === 'E001');
  expect(await cellText(page, 1, 6)).toBe('雇用形態');
  expect([await cellText(page, 2, 6), await cellText(page, 3, 6), await cellText(page, 4, 6)]).toEqual(['正社員', '契約社員(有期)', 'パート・アルバイト']);
  expect(await page.locator('.c[data-row="2"][data-col="6"]').getAttribute('class')).toContain('dd');
  expect(await page.locator('.c[data-row="2"][data-col="6"]').getAttribute('title')).toBe('正社員 / 契約社員(有期) / パート・アルバイト');
  const width = await page.locator('.c[data-row="2"][data-col="11"]').evaluate((e) => e.getBoundingClientRect().width);
  expect(width).toBeGreaterThanOrEqual(14 * '週所定労働時間(分)'.length); // the header fits
  await page.screenshot({ path: path.join(SHOTS, 'sheets-ja-employees.png') });

  await page.click('#tabs button:text-is("設定")');
  await page.waitForFunction(() => document.querySelector('.c[data-row="2"][data-col="1"]')?.textContent === '会社名');
  const rows = await page.locator('#grid .r').evaluateAll((rs) => rs.map((r) => Array.from(r.querySelectorAll('.c')).slice(1, 3).map((c) => c.textContent)));
  expect(rows).toEqual(expect.arrayContaining([['会社名', '株式会社サンプル設計'], ['36協定の特別条項', 'はい'], ['入退社月の日割', '所定労働日'], ['表示言語', '日本語']]));
  expect(rows.flat().some((t) => /^(companyName|payroll\.|TRUE$|calendarDays)/.test(t ?? ''))).toBe(false);
  expect(await page.locator('.c[data-row="2"][data-col="1"]').evaluate((e) => e.getBoundingClientRect().width)).toBe(260);
  // the structured values as lines, never JSON
  expect(rows).toEqual(expect.arrayContaining([['労災保険率', WC_LINE], ['最低賃金を下回る人の確定理由', '2026-10 E003：試用期間中 (減額特例の許可あり)']]));
  expect(rows.flat().some((t) => /^[[{]/.test(t ?? ''))).toBe(false);
  await page.screenshot({ path: path.join(SHOTS, 'sheets-ja-settings.png') });

  // 勤務区分: 所定労働日 as 月,火,水,木,金, yes/no as はい/いいえ, codes as labels
  await page.click('#tabs button:text-is("勤務区分")');
  await page.waitForFunction(() => document.querySelector('.c[data-row="2"][data-col="1"]')?.textContent === 'STD');
  const rule = await page.locator('.c[data-row="2"]').evaluateAll((cs) => cs.map((c) => c.textContent));
  expect(rule).toEqual(expect.arrayContaining(['月,火,水,木,金', 'はい', 'いいえ', '日曜日', '丸めなし']));
  expect(rule.some((t) => /monday|sunday|TRUE|FALSE|none/.test(t ?? ''))).toBe(false);
  await page.screenshot({ path: path.join(SHOTS, 'sheets-ja-workrules.png') });

  // 監査ログ: 追加, 「見出し：値」 lines, no JSON
  await page.click('#tabs button:text-is("監査ログ")');
  await page.waitForFunction(() => document.querySelector('.c[data-row="2"][data-col="1"]')?.textContent !== '');
  const audit = await page.locator('#grid .r').evaluateAll((rs) => rs.map((r) => Array.from(r.querySelectorAll('.c')).filter((c) => Number((c as HTMLElement).dataset.row) >= 2).map((c) => c.textContent ?? '')));
  const filled = audit.filter((r) => r.some((t) => t));
  expect(filled.length).toBeGreaterThan(3);
  // the grid draws only the rows in view (the set-up's rows come first): the employees' 追加 rows are read from the sheet itself
  const stored = (sheetValues(dir)['監査ログ'] ?? []).map((r) => r.map((c) => String(c)));
  expect(stored.some((r) => r.includes('追加') && r.some((t) => t.includes('雇用形態：正社員')))).toBe(true);
  expect(filled.some((r) => r.includes('追加'))).toBe(true);
  expect(filled.flat().some((t) => /^[[{]|"[a-zA-Z]+":|^(append|update)$/.test(t))).toBe(false);
  await page.screenshot({ path: path.join(SHOTS, 'sheets-ja-audit.png') });
  expect(errors).toEqual([]);
  await page.context().close();
});
