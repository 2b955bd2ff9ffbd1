/**
 * Issue 12 item 16: a punch that meets a busy server (another execution held the lock, nothing was
 * recorded) is tried once more after a short wait; if still busy, the web app says in its own
 * language that nothing was recorded and to try again. The page is the built build/webapp.html
 * in chromium; google.script.run answers the punch with the failure the bundle really produces
 * when the script lock times out (the `[kanri:busy]` marker as the dispatcher writes it).
 * Failed before the fix: no retry, and the page showed the server's text instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AppsScriptError } from '../../src/local/emulator/types';
import { LOCK_TIMEOUT_MESSAGE } from '../../src/local/emulator/services/lock';
import { pageMessages } from '../../sidebar/messages';
import { BUSY_RETRY_MS } from '../../sidebar/lib/run';
import { copyFixture, NOW, PEOPLE } from '../security/fixture';
import { ROOT } from '../support/company';

let browser: Browser;
let busyMessage: string;
const html = fs.readFileSync(path.join(ROOT, 'build/webapp.html'), 'utf8');

beforeAll(async () => {
  // The failure a punch gets from the bundle while another execution holds the script lock.
  const company = copyFixture();
  const held = { waitLock: () => { throw new AppsScriptError(LOCK_TIMEOUT_MESSAGE); }, tryLock: () => false, releaseLock: () => undefined, hasLock: () => false };
  const r = company.run('punch', [{ kind: 'clockIn' }], {
    kind: 'web', user: PEOPLE.e1.email, at: NOW,
    globals: () => ({ LockService: { getScriptLock: () => held, getDocumentLock: () => null, getUserLock: () => held } }),
  });
  expect(r.ok).toBe(false);
  busyMessage = r.error!.message;
  fs.rmSync(path.dirname(company.dir), { recursive: true, force: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run'] });
});
afterAll(async () => { await browser?.close(); });

/** The web app with a google.script.run whose punch fails `failures` times with `error`, then records. */
async function webApp(lang: 'ja' | 'en', failures: number, error: string): Promise<{ page: Page; errors: string[]; punches: () => Promise<number[]> }> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(({ lang, failures, error }) => {
    localStorage.setItem('kanri.lang', lang);
    const w = window as any;
    w.__punches = [];
    const answers: Record<string, (input: any) => unknown> = {
      me: () => ({ name: '設計 一郎', department: '設計', role: 'employee', employeeCode: 'KE101' }),
      myPunches: () => ({ closed: false, punches: [] }),
      punch: (input) => {
        w.__punches.push(Date.now());
        if (w.__punches.length <= failures) throw new Error(error);
        return { at: '2026-11-25T10:00', kind: input.kind };
      },
      requestLeave: () => {
        w.__requests = (w.__requests ?? 0) + 1;
        return { id: `L-${w.__requests}` };
      },
    };
    const runner = (ok?: (v: unknown) => void, fail?: (e: Error) => void): any => new Proxy({}, {
      get: (_t, name: string) => {
        if (name === 'withSuccessHandler') return (fn: any) => runner(fn, fail);
        if (name === 'withFailureHandler') return (fn: any) => runner(ok, fn);
        // a request answers after half a second, long enough to see the page while it waits
        return (...args: unknown[]) => setTimeout(() => {
          try { const v = answers[name]!(args[0]); ok?.(v); } catch (e) { fail?.(e as Error); }
        }, name === 'requestLeave' ? 500 : 20);
      },
    });
    w.google = { script: { run: runner() } };
  }, { lang, failures, error });
  await page.route('http://kanri.test/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto('http://kanri.test/');
  await page.waitForSelector('#punch-clockIn');
  return { page, errors, punches: () => page.evaluate(() => (window as any).__punches as number[]) };
}

/** Clicks 出勤 and returns the end message (the retry notice, if any, shows first). */
async function punchAndWait(page: Page): Promise<string> {
  await page.click('#punch-clockIn');
  const retrying = [pageMessages.ja.punchRetrying, pageMessages.en.punchRetrying];
  await page.waitForFunction((r) => { const t = document.querySelector('.msg[role="status"]')?.textContent; return !!t && !r.includes(t); }, retrying, { timeout: 10_000 });
  return (await page.locator('.msg[role="status"]').textContent()) ?? '';
}

describe('item 16: a busy punch is retried once, then the page says nothing was recorded', () => {
  test('the marker the bundle writes is what the page reads', () => {
    expect(busyMessage.split('\n')).toContain('[kanri:busy]');
    expect(busyMessage).not.toMatch(/Lock timeout/);
  });

  test('busy once: tried again after the wait, and recorded', async () => {
    const { page, errors, punches } = await webApp('ja', 1, busyMessage);
    expect(await punchAndWait(page)).toBe('出勤を10:00に記録しました');
    const at = await punches();
    expect(at).toHaveLength(2);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(BUSY_RETRY_MS - 50);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('busy twice: not tried a third time; the page says so in Japanese, then in English', async () => {
    const ja = await webApp('ja', 2, busyMessage);
    expect(await punchAndWait(ja.page)).toBe(pageMessages.ja.punchBusy);
    expect(await ja.page.locator('.msg.error').count()).toBe(1);
    expect(await ja.punches()).toHaveLength(2);
    await ja.page.close();
    const en = await webApp('en', 2, busyMessage);
    expect(await punchAndWait(en.page)).toBe(pageMessages.en.punchBusy);
    expect(await en.punches()).toHaveLength(2);
    expect([...ja.errors, ...en.errors]).toEqual([]);
    await en.page.close();
  });

  test('any other failure is not retried and shows the server\'s message in the page\'s language', async () => {
    const { page, punches } = await webApp('en', 1, '今日はもう出勤しています / You have already clocked in today');
    expect(await punchAndWait(page)).toBe('You have already clocked in today');
    expect(await punches()).toHaveLength(1);
    await page.close();
  });
});

describe('issue 15 item 3: a request is sent once, its button saying so while it waits, and ends with a message', () => {
  test('休暇申請: the button is disabled and reads 処理中… until the answer; a second tap sends nothing', async () => {
    const { page, errors } = await webApp('ja', 0, '');
    await page.click('#tab-requests');
    await page.fill('#leave-date', '2026-12-10');
    const button = page.locator('#leave-form button[type="submit"]');
    await button.click();
    expect(await button.isDisabled()).toBe(true);
    expect(await button.textContent()).toBe(pageMessages.ja.loading);
    await button.click({ force: true }).catch(() => undefined); // a second tap while it waits
    await page.waitForFunction(() => document.querySelector('.msg[role="status"]')?.textContent === '申請しました（L-1）', undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => (window as any).__requests)).toBe(1);
    expect(await button.isDisabled()).toBe(false);
    expect(await button.textContent()).toBe(pageMessages.ja.send);
    expect(errors).toEqual([]);
    await page.close();
  });
});
