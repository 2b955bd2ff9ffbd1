/**
 * Names and notes shown in pages are escaped (issue 7 item 6): `el()` puts text children in as
 * text nodes, never as HTML. Run in a real browser (the emulator's chromium) on the bundled module.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../src/local/emulator/services/pdf';

const PAYLOADS = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>', '</div><b>bold</b>', '=HYPERLINK("http://x","y")', '&lt;b&gt;'];

test('el() never interprets HTML in text children', async () => {
  const bundle = await build({ entryPoints: [path.join(__dirname, '../../sidebar/lib/dom.ts')], bundle: true, write: false, format: 'iife', globalName: 'dom', target: 'es2019' });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<html><body><div id="root"></div></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const result = await page.evaluate((payloads) => {
      const w = window as any;
      const root = document.getElementById('root')!;
      for (const p of payloads) root.append(w.dom.el('p', { title: p }, p, w.dom.el('span', {}, p)));
      return {
        texts: Array.from(root.querySelectorAll("p")).map((n) => n.firstChild!.textContent),
        elements: root.querySelectorAll('img, script, b').length,
        pwned: w.__pwned ?? null,
        titles: Array.from(root.querySelectorAll("p")).map((n) => n.getAttribute('title')),
      };
    }, PAYLOADS);
    await page.waitForTimeout(50);
    expect(result.texts).toEqual(PAYLOADS);
    expect(result.titles).toEqual(PAYLOADS);
    expect(result.elements).toBe(0);
    expect(result.pwned).toBeNull();
    expect(await page.evaluate(() => (window as any).__pwned ?? null)).toBeNull();
  } finally {
    await browser.close();
  }
});
