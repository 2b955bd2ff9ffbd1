/**
 * Every action ends with a message (issue 15 item 3/5): the payroll sidebar's file buttons (振込ファイル, 仕訳)
 * are off while the server makes the file, the page says so, and then says the file was saved. The built
 * page runs in chromium with google.script.run answered by a stub (no workbook needed). Any console error fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../../src/local/emulator/services/pdf';
import { ROOT } from '../support/company';

let browser: Browser;
beforeAll(async () => { browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] }); });
afterAll(async () => { await browser?.close(); });

const STUB = `
window.__calls = [];
window.__release = null;
const answers = {
  payrollPreview: () => ({ runId: '2026-10', month: '2026-10', payDate: '2026-11-25', closed: true, problems: [], employees: [], totals: { employees: 0, gross: 0, deductions: 0, net: 0, employer: 0 } }),
  payslipStatus: () => ({ sent: 0, total: 0, pending: 0 }),
  routineStatus: () => ({ state: 'ok' }),
  exportBankFile: () => ({ fileName: '全銀_salary_2026-10.txt', base64: 'QQ==' }),
  exportJournal: () => { throw new Error('仕訳の出力に失敗しました / journal failed'); },
};
function runner(ok, fail) {
  return new Proxy({}, { get(_, name) {
    if (name === 'withSuccessHandler') return (f) => runner(f, fail);
    if (name === 'withFailureHandler') return (f) => runner(ok, f);
    return (...args) => {
      window.__calls.push(name);
      const answer = () => { try { ok(answers[name](...args)); } catch (e) { fail(e); } };
      // the file calls wait until the test releases them: the page is seen while the server works
      if (name === 'exportBankFile' || name === 'exportJournal') window.__release = answer; else setTimeout(answer, 0);
    };
  } });
}
window.google = { script: { run: runner(() => {}, () => {}), host: { close() {} } } };
`;

test('振込ファイル: the button is off and 「作成しています…」 shows until 「保存しました」; a failure is said too', async () => {
  const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(STUB);
  // served from an http origin (a page of about:blank has no localStorage, which the page reads for its language)
  await page.route('http://kanri.test/payroll', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: fs.readFileSync(path.join(ROOT, 'build/payroll.html'), 'utf8') }));
  await page.goto('http://kanri.test/payroll');
  await page.waitForSelector('#bank-file');
  await page.click('#bank-file');
  expect(await page.locator('#bank-file').isDisabled()).toBe(true);
  expect(await page.locator('#payroll-result').textContent()).toBe('振込ファイル（全銀）を作成しています…');
  await page.screenshot({ path: path.join(ROOT, 'tests/screenshots/payroll-file-making.png') });
  await page.evaluate(() => (window as any).__release());
  await page.waitForFunction(() => document.querySelector('#payroll-result')?.textContent === '全銀_salary_2026-10.txtを保存しました');
  expect(await page.locator('#bank-file').isDisabled()).toBe(false);

  await page.click('#journal-generic');
  expect(await page.locator('#payroll-result').textContent()).toBe('仕訳（汎用CSV）を作成しています…');
  await page.evaluate(() => (window as any).__release());
  await page.waitForFunction(() => document.querySelector('#payroll-result .msg.error') !== null);
  expect(await page.locator('#payroll-result').textContent()).toContain('仕訳の出力に失敗しました');
  expect(await page.locator('#journal-generic').isDisabled()).toBe(false);
  expect(errors).toEqual([]);
  await page.close();
});
