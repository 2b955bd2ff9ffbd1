/**
 * The self-test dialog (Kanri › 動作確認) in the sandbox: opened from the menu the bundle built, it runs
 * the checks and shows one table with a verdict; English on the toggle. Screenshot:
 * tests/screenshots/selftest-dialog.png. Any console or page error fails the test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { startSandboxServer, type SandboxServer } from '../../src/local/sandbox/server';
import { ROOT, tempDir } from '../support/company';

const SHOTS = path.join(ROOT, 'tests/screenshots');
let browser: Browser;
let server: SandboxServer;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const dir = path.join(tempDir('kanri-selftest-ui-'), 'company');
  expect(spawnSync(process.execPath, [path.join(ROOT, 'bin/kanri.cjs'), 'init', dir]).status).toBe(0);
  server = await startSandboxServer(dir, 0);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('動作確認: every check OK in the emulator, one table, the verdict; English complete', async () => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 })).newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`http://127.0.0.1:${server.port}/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('#menubar .menu > button');
  await page.click('.menu-list button:text-is("動作確認")');
  await page.waitForSelector('#modal:not([hidden]) iframe');
  const frame = page.frameLocator('#modal-body iframe');
  await frame.locator('#selftest-table').waitFor({ timeout: 120_000 });
  expect(await frame.locator('#selftest-table tbody tr').count()).toBe(12);
  expect(await frame.locator('#selftest-table td.fail').count()).toBe(0);
  expect(await frame.locator('#selftest-verdict').textContent()).toBe('すべて合格 (12 件)。この環境で Kanri を使えます。');
  await page.screenshot({ path: path.join(SHOTS, 'selftest-dialog.png') });
  await frame.locator('#selftest-lang').click();
  expect(await frame.locator('#selftest-verdict').textContent()).toBe('All 12 checks passed. Kanri can be used here.');
  expect(await frame.locator('#selftest-table th').first().textContent()).toBe('Check');
  expect(errors).toEqual([]);
});
