/**
 * The web app opened through a signed link (DESIGN.md §1): the page served by doGet for `?k=` passes
 * the token as the second argument of every google.script.run call, keeps it out of localStorage
 * and removes it from the DOM. Real chromium; google.script.run is a recording stand-in.
 */
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../src/local/emulator/services/pdf';
import { copyFixture, NOW, PEOPLE } from '../security/fixture';
import { ADMIN } from '../support/company';

const STUB = `<script>
window.__calls = [];
window.google = { script: { run: (function make(ok) {
  return new Proxy({}, { get(_t, name) {
    if (name === 'withSuccessHandler') return (fn) => make(fn);
    if (name === 'withFailureHandler') return () => make(ok);
    return (...args) => { window.__calls.push({ name, args }); setTimeout(() => ok && ok(name === 'me' ? { name: 'n', department: 'd', role: 'employee', employeeCode: 'KE101' } : { punches: [], closed: false }), 0); };
  } });
})(null) } };
</script>`;

test('every RPC of the page carries the token; nothing stores it', async () => {
  const company = copyFixture();
  const url = (company.rpc('issueEmployeeLink', { employeeCode: PEOPLE.e1.code }, ADMIN, { at: NOW }) as { url: string }).url;
  const k = new URL(url).searchParams.get('k')!;
  const served = company.run('doGet', [{ parameter: { k } }], { kind: 'web', user: '', at: NOW });
  const html = (served.value as { getContent(): string }).getContent().replace('<head>', `<head>${STUB}`);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // served from an http origin (localStorage is refused on about:blank)
    await page.route('http://kanri.test/exec', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto('http://kanri.test/exec');
    await page.waitForFunction(() => (window as any).__calls.length >= 2);
    await page.click('#punch-clockIn');
    await page.waitForFunction(() => (window as any).__calls.some((c: any) => c.name === 'punch'));
    const seen = await page.evaluate(() => ({
      calls: ((window as any).__calls as { name: string; args: unknown[] }[]).map((c) => ({ name: c.name, token: c.args[1] ?? null, count: c.args.length })),
      stored: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
      attribute: document.body.getAttribute('data-k'),
    }));
    expect(seen.calls.map((c) => c.name)).toEqual(expect.arrayContaining(['me', 'myPunches', 'punch']));
    for (const c of seen.calls) expect(c).toEqual({ name: c.name, token: k, count: 2 });
    expect(seen.stored).not.toContain(k);
    expect(seen.attribute).toBeNull();
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
