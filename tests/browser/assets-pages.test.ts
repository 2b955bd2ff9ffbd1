/**
 * The assets pages in a real browser (issue 16): on a small fixture company (a few iPads, PCs, a
 * laser measure, a leased printer, three consumables, two loans overdue, two requests waiting), the
 * admin opens 資産 from the Kanri menu: the 300 px sidebar lists the register (overdue first), lends
 * an asset, records a receipt, approves a consumable request and rejects a loan request (a reason is
 * asked for first), shows and exports the depreciation report; every action ends with a message.
 * The same sidebar at 360 px. In the web app (360 px and 300 px) an employee sees what they hold with
 * due dates and no cost, asks for a consumable and reports a fault; a manager sees the team's
 * equipment; English is complete. User content ("<b>…</b>" in a site name) shows as text.
 * Any console error or page error fails the test.
 * Screenshots: tests/screenshots/assets-*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page, type FrameLocator } from 'playwright-core';
import { startSandboxServer, type SandboxServer } from '../../src/local/sandbox/server';
import { addDays, tokyoDateOf } from '../../src/core/calendar';
import { newCompany, ADMIN, ROOT } from '../support/company';
import { sheetValues } from '../support/digest';
import type { Company } from '../../src/local/company';

const SHOTS = path.join(ROOT, 'tests/screenshots');
const TODAY = tokyoDateOf(new Date());
const E1 = 'yamada@example.jp';
const MGR = 'tanaka@example.jp';
let browser: Browser;
let server: SandboxServer;
let base: string;
let company: Company;

const person = (code: string, name: string, email: string, department: string) => ({ code, name, kana: 'テスト', email, department, employmentType: 'regular',
  hireDate: '2020-04-01', workRule: 'STD', weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400 });
const asset = (id: string, name: string, category: string, cost: number, acquiredOn: string, extra: Record<string, unknown> = {}) => ({ id, name, category, usefulLifeYears: 4,
  maker: 'Apple', ownership: '自社', acquiredOn, servicedOn: acquiredOn, acquisitionCost: cost, taxTreatment: '少額即時償却', method: '定額法', location: '本社', ...extra });

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  company = newCompany();
  company.clock = () => new Date();
  company.rpc('saveMasterRows', { table: 'employees', rows: [person('E001', '山田 太郎', E1, '施工管理'), person('E002', '佐藤 花子', 'sato@example.jp', '施工管理'),
    person('E003', '鈴木 一郎', 'suzuki@example.jp', '設計'), person('M001', '田中 誠', MGR, '施工管理')] }, ADMIN);
  company.rpc('saveMasterRows', { table: 'roles', rows: [{ email: MGR, role: 'manager', departments: '施工管理' }] }, ADMIN);
  company.rpc('importAssets', {
    assets: [
      asset('IPAD-01', 'iPad 第10世代 64GB', 'tablet', 58_800, '2025-05-12'),
      asset('IPAD-02', 'iPad 第10世代 64GB', 'tablet', 58_800, '2025-05-12'),
      asset('IPAD-03', 'iPad Air 11インチ', 'tablet', 98_800, '2026-04-20'),
      asset('PC-01', 'MacBook Pro 14インチ M3 Pro', 'pc', 448_800, '2024-10-01', { taxTreatment: '通常償却', method: '定率法', bookMethod: '定額法' }),
      asset('PC-02', 'MacBook Pro 14インチ M4 Pro', 'pc', 398_800, '2026-06-10', { taxTreatment: '中小特例', method: '定率法' }),
      asset('LASER-01', 'レーザー距離計 DISTO D2', 'office_machine_other', 29_800, '2025-11-10', { maker: 'Leica', usefulLifeYears: undefined }),
      asset('MFP-01', 'デジタル複合機 A3 カラー', 'copier', 0, '2023-07-01', { maker: 'リコー', ownership: 'リース', taxTreatment: '通常償却', usefulLifeYears: 5 }),
    ],
    consumables: [
      { code: 'TAPE-YG50', name: '養生テープ 緑 50mm×25m', unit: '巻', place: '倉庫A', reorderPoint: 30, reorderQuantity: 90, vendor: 'モノタロウ', unitCost: 198 },
      { code: 'GLOVE-L', name: '軍手 Lサイズ', unit: '双', place: '倉庫A', reorderPoint: 20, vendor: 'モノタロウ', unitCost: 60 },
      { code: 'TONER-K', name: '複合機トナー 黒', unit: '本', place: '本社 2F', reorderPoint: 2, reorderQuantity: 4, vendor: 'リコー', unitCost: 12_800 },
    ],
    loans: [
      { assetId: 'IPAD-01', employeeCode: 'E001', lentOn: addDays(TODAY, -30), dueOn: addDays(TODAY, 20), site: '渋谷<b>T邸</b>新築工事' },
      { assetId: 'IPAD-02', employeeCode: 'E002', lentOn: addDays(TODAY, -40), dueOn: addDays(TODAY, -5), site: '世田谷K邸' },
      { assetId: 'LASER-01', employeeCode: 'E001', lentOn: addDays(TODAY, -20), dueOn: addDays(TODAY, -3), site: '目黒M邸' },
      { assetId: 'PC-01', employeeCode: 'E003', lentOn: '2024-10-02', site: '設計室' },
    ],
    receipts: [{ itemCode: 'TAPE-YG50', quantity: 24, reason: '期首在庫' }, { itemCode: 'GLOVE-L', quantity: 100, reason: '期首在庫' }, { itemCode: 'TONER-K', quantity: 1, reason: '期首在庫' }],
  }, ADMIN);
  company.rpc('requestAssetItem', { kind: '消耗品', item: 'TAPE-YG50', quantity: 6, site: '世田谷K邸', reason: '養生の追加' }, 'sato@example.jp');
  company.rpc('requestAssetItem', { kind: '貸出', item: 'レーザー距離計', quantity: 1, site: '渋谷T邸', reason: '実測のため' }, 'suzuki@example.jp');
  server = await startSandboxServer(company.dir, 0);
  base = `http://127.0.0.1:${server.port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(size: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, errors };
}

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** The end message of the last action (waits for a new one). */
async function endMessage(frame: FrameLocator | Page, before = ''): Promise<string> {
  const box = frame.locator('#assets-result .msg');
  for (let i = 0; i < 150; i++) {
    const text = (await box.count()) ? (await box.first().textContent()) ?? '' : '';
    if (text && text !== before) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  return '';
}

test('the admin 資産 sidebar at 300 px: register, lend, receipt, requests, depreciation, each with an end message; the same at 360 px', async () => {
  const { page, errors } = await open({ width: 1280, height: 900 });
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('#menubar .menu > button');
  await page.click('.menu-list button:text-is("資産 (備品・消耗品)")');
  await page.waitForSelector('#sidebar:not([hidden])');
  expect(await page.locator('#sidebar').evaluate((e) => e.getBoundingClientRect().width)).toBe(300);
  expect(await page.locator('#sidebar-title').textContent()).toBe('資産（備品・消耗品・減価償却）');
  const frame = page.frameLocator('#sidebar-frame');
  await frame.locator('#asset-count').waitFor();
  expect(await frame.locator('#asset-count').textContent()).toBe('備品 7点（貸出中 4・返却期限切れ 2）');
  // overdue first; the site name with markup is text, not markup
  const cards = frame.locator('#asset-list > li');
  expect(await cards.nth(0).getAttribute('class')).toContain('overdue');
  expect(await cards.nth(1).getAttribute('class')).toContain('overdue');
  expect(await frame.locator('#asset-IPAD-01').textContent()).toContain('渋谷<b>T邸</b>新築工事');
  expect(await frame.locator('#asset-IPAD-01 b').count()).toBe(0);
  expect(await frame.locator('#asset-LASER-01').textContent()).toContain('返却期限切れ');
  const inner = (await (await page.locator('#sidebar-frame').elementHandle())!.contentFrame())!;
  expect(await noSideways(inner as unknown as Page)).toBe(true);
  await page.locator('#sidebar').screenshot({ path: path.join(SHOTS, 'assets-sidebar-300.png') });

  // lend IPAD-03 without choosing anyone: stopped in the page; then to 鈴木
  await frame.locator('#asset-IPAD-03 summary:text-is("貸し出す")').click();
  await frame.locator('#lend-IPAD-03').click();
  expect(await frame.locator('#lend-problem-IPAD-03').textContent()).toBe('「貸出先」を確認してください');
  expect(await frame.locator('#lend-to-IPAD-03').getAttribute('aria-invalid')).toBe('true');
  await frame.locator('#lend-to-IPAD-03').selectOption('E003');
  await frame.locator('#lend-due-IPAD-03').fill(addDays(TODAY, 14));
  await frame.locator('#lend-IPAD-03').click();
  expect(await endMessage(frame)).toBe(`iPad Air 11インチを鈴木 一郎さんに貸し出しました（返却予定 ${addDays(TODAY, 14)}）`);
  await frame.locator('#asset-count:text("貸出中 5")').waitFor();

  // register an asset whose 税務処理 the cost does not allow: the server's message, the form kept
  await frame.locator('#register summary').click();
  await frame.locator('#reg-id').fill('CAM-01');
  await frame.locator('#reg-name').fill('現場用デジタルカメラ');
  await frame.locator('#reg-cost').fill('120000');
  await frame.locator('#reg-treatment').selectOption('少額即時償却');
  await frame.locator('#register-save').click();
  const refused = await endMessage(frame, `iPad Air 11インチを鈴木 一郎さんに貸し出しました（返却予定 ${addDays(TODAY, 14)}）`);
  expect(refused).toMatch(/「少額即時償却」は使えません/);
  await frame.locator('#reg-treatment').selectOption('一括償却');
  await frame.locator('#register-save').click();
  expect(await endMessage(frame, refused)).toBe('現場用デジタルカメラ（CAM-01）を登録しました');
  // to repair, with the reason (audited)
  await frame.locator('#asset-CAM-01 summary:text-is("状態を変更（修理・廃棄）")').click();
  await frame.locator('#status-CAM-01').selectOption('修理中');
  await frame.locator('#status-save-CAM-01').click();
  expect(await frame.locator('#status-problem-CAM-01').textContent()).toBe('「理由（監査ログに残ります）」を確認してください');
  await frame.locator('#status-reason-CAM-01').fill('レンズの曇り');
  await frame.locator('#status-save-CAM-01').click();
  expect(await endMessage(frame, '現場用デジタルカメラ（CAM-01）を登録しました')).toBe('現場用デジタルカメラを「修理中」にしました');

  // 消耗品: a receipt, the stock from the movements
  await frame.locator('#section-stock').click();
  await frame.locator('#stock-count').waitFor();
  expect(await frame.locator('#stock-count').textContent()).toBe('消耗品 3品目（発注点以下 2）');
  expect(await frame.locator('#orders').textContent()).toContain('養生テープ 緑 50mm×25m 90巻');
  await page.locator('#sidebar').screenshot({ path: path.join(SHOTS, 'assets-stock-300.png') });
  await frame.locator('#move-item').selectOption('TAPE-YG50');
  await frame.locator('#move-quantity').fill('90');
  await frame.locator('#movement-save').click();
  expect(await endMessage(frame)).toBe('養生テープ 緑 50mm×25m: 入庫 90巻を記録しました（在庫 114巻）');
  await frame.locator('#stock-count:text("発注点以下 1")').waitFor();
  // a stock-take of the gloves: 97 counted, a difference of −3 booked with the reason
  await frame.locator('#stock-take summary').click();
  await frame.locator('#count-GLOVE-L').fill('97');
  await frame.locator('#take-reason').fill('事務所移転前の棚卸');
  await frame.locator('#stock-take-save').click();
  expect(await endMessage(frame, '養生テープ 緑 50mm×25m: 入庫 90巻を記録しました（在庫 114巻）')).toBe('棚卸を記録しました: 1品目を数え、差異 1品目を調整しました');

  // 申請: approve the tape (issued from stock), reject the loan (a reason first)
  await frame.locator('#section-requests').click();
  await frame.locator('#inbox-count').waitFor();
  expect(await frame.locator('#inbox-count').textContent()).toBe('未処理の備品申請 2件');
  await page.locator('#sidebar').screenshot({ path: path.join(SHOTS, 'assets-requests-300.png') });
  const tape = frame.locator('#asset-requests > li', { hasText: '養生テープ' });
  expect(await tape.textContent()).toContain('在庫 114巻');
  await tape.locator('button.primary').click();
  const approved = await endMessage(frame);
  expect(approved).toMatch(/^佐藤 花子さんの申請（AR-[0-9a-f-]+）を承認しました$/);
  const loan = frame.locator('#asset-requests > li', { hasText: 'レーザー距離計' });
  await loan.waitFor();
  await loan.locator('button:text-is("却下")').click();
  expect(await loan.locator('[role="alert"]').textContent()).toBe('却下するには理由を入力してください');
  await loan.locator('input[id^="reason-"]').fill('LASER-02 の購入を待ってください');
  await loan.locator('button:text-is("却下")').click();
  expect(await endMessage(frame, approved)).toMatch(/^鈴木 一郎さんの申請（AR-[0-9a-f-]+）を却下しました$/);
  await frame.locator('#inbox-count:text("未処理の備品申請はありません")').waitFor();

  // 減価償却: the totals as of today, then the sheet and the CSV
  await frame.locator('#section-depreciation').click();
  await frame.locator('#dep-total').waitFor();
  expect(await frame.locator('#dep-total').textContent()).toMatch(/^7点・取得価額 1,213,800円・帳簿価額 [\d,]+円$/);
  await frame.locator('#dep-export').click();
  expect(await endMessage(frame)).toMatch(/^シート「減価償却明細」を更新し、CSV（減価償却明細_\d{4}-\d\d-\d\d\.csv）を作成しました: 7点、税務の帳簿価額 [\d,]+円、会計の帳簿価額 [\d,]+円$/);
  expect(await frame.locator('#dep-csv').getAttribute('download')).toBe(`減価償却明細_${TODAY}.csv`);
  expect(sheetValues(company.dir)['減価償却明細']![2]![0]).toBe('資産番号');
  await page.locator('#sidebar').screenshot({ path: path.join(SHOTS, 'assets-depreciation-300.png') });

  // the same sidebar at 360 px
  const src = await page.locator('#sidebar-frame').getAttribute('src');
  const { page: narrow, errors: narrowErrors } = await open({ width: 360, height: 740 });
  await narrow.goto(`${base}${src}`);
  await narrow.locator('#asset-count').waitFor();
  expect(await narrow.locator('#asset-count').textContent()).toBe('備品 8点（貸出中 5・返却期限切れ 2）');
  expect(await noSideways(narrow)).toBe(true);
  await narrow.screenshot({ path: path.join(SHOTS, 'assets-sidebar-360.png'), fullPage: true });
  expect([...errors, ...narrowErrors]).toEqual([]);
  await narrow.context().close();
  await page.context().close();
}, 300_000);

test('the web app 備品 tab at 360 px and 300 px: what I hold (due dates, overdue, no cost), a request, a fault report; the manager\'s team; English', async () => {
  for (const width of [360, 300]) {
    const { page, errors } = await open({ width, height: 900 });
    await page.goto(`${base}/exec`);
    await Promise.all([page.waitForNavigation(), page.selectOption('#kanri-sandbox-user', E1)]);
    await page.waitForSelector('header .muted');
    await page.click('#tab-assets');
    await page.locator('#holdings').waitFor();
    expect(await page.locator('#holdings > li').count()).toBe(2);
    const laser = await page.locator('#holding-LASER-01').textContent();
    expect(laser).toContain('返却期限切れ');
    expect(laser).toContain(`返却予定 ${addDays(TODAY, -3)}`);
    expect(await page.locator('#holding-IPAD-01').textContent()).toContain('渋谷<b>T邸</b>新築工事');
    expect(await page.locator('#my-assets').textContent()).not.toMatch(/円|58,800|取得価額/);
    expect(await noSideways(page)).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, `assets-webapp-${width}.png`), fullPage: true });
    if (width === 360) {
      // a request without a reason is stopped; with one it is sent and ends with a message
      await page.locator('#ask-item').selectOption('GLOVE-L');
      await page.locator('#ask-quantity').fill('4');
      await page.locator('#ask-send').click();
      expect(await page.locator('#ask-problem').textContent()).toBe('「理由・用途」を確認してください');
      await page.locator('#ask-site').fill('渋谷T邸');
      await page.locator('#ask-reason').fill('解体作業用');
      await page.locator('#ask-send').click();
      await page.locator('main > .msg').waitFor();
      expect(await page.locator('main > .msg').textContent()).toMatch(/^申請しました（AR-[0-9a-f-]+）。承認されると「自分の申請」に表示されます。$/);
      await page.click('#tab-assets');
      await page.locator('#my-asset-requests').waitFor();
      expect(await page.locator('#my-asset-requests').textContent()).toContain('消耗品: 軍手 Lサイズ × 4申請中');
      // a fault report on the iPad
      await page.locator('#holding-IPAD-01 summary').click();
      await page.locator('#fault-reason-IPAD-01').fill('画面にひび。現場で落としました');
      await page.locator('#fault-send-IPAD-01').click();
      await page.locator('main > .msg').waitFor();
      expect(await page.locator('main > .msg').textContent()).toMatch(/^iPad 第10世代 64GBの故障・紛失を報告しました（AR-[0-9a-f-]+）。管理部から連絡があります。$/);
      // English, complete
      await page.click('#lang');
      await page.click('#tab-assets');
      await page.locator('#holdings').waitFor();
      const text = (await page.locator('#my-assets').textContent())!;
      for (const s of ['What I hold', 'Tablet', 'Overdue', 'Ask for equipment or supplies', 'My requests', 'Pending']) expect(text).toContain(s);
      expect(text).not.toMatch(/[借申回返]/);
      await page.screenshot({ path: path.join(SHOTS, 'assets-webapp-360-en.png'), fullPage: true });
      await page.click('#lang');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  }
  // the manager: the team's equipment (施工管理), no costs
  const { page, errors } = await open({ width: 360, height: 900 });
  await page.goto(`${base}/exec`);
  await Promise.all([page.waitForNavigation(), page.selectOption('#kanri-sandbox-user', MGR)]);
  await page.waitForSelector('header .muted');
  await page.click('#tab-assets');
  await page.locator('#team-assets').waitFor();
  expect(await page.locator('#team-count').textContent()).toBe('3点（返却期限切れ 2）');
  const team = (await page.locator('#team-assets').textContent())!;
  expect(team).toContain('佐藤 花子');
  expect(team).not.toContain('鈴木'); // 設計 is not the manager's department
  expect(team).not.toMatch(/円/);
  expect(await noSideways(page)).toBe(true);
  await page.screenshot({ path: path.join(SHOTS, 'assets-team-360.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.context().close();
}, 300_000);
