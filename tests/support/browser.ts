/**
 * Browser tests: Debian's Chromium driven by playwright-core (never a downloaded browser), and a
 * page that records every console error and uncaught page error, so a test can require none.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A new page of the given size (`mobile`: a touch phone) and the errors it records. */
export async function openPage(browser: Browser, size: { width: number; height: number }, mobile = false): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1, ...(mobile ? { isMobile: true, hasTouch: true } : {}) });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, errors };
}
