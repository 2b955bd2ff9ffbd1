import fs from 'node:fs';
import path from 'node:path';
import { harness, tempDir } from './harness';

describe('HtmlService templates (guides/html/templates)', () => {
  test('<?= ?> escapes, <?!= ?> does not, <? ?> runs code with the template\'s variables', () => {
    const { g } = harness();
    const t = g.HtmlService.createTemplate('<ul><? for (var i = 0; i < names.length; i++) { ?><li><?= names[i] ?></li><? } ?></ul><?!= raw ?>');
    t.names = ['<script>alert(1)</script>', '"O\'Neil" & co'];
    t.raw = '<b>bold</b>';
    expect(t.evaluate().getContent()).toBe(
      '<ul><li>&lt;script&gt;alert(1)&lt;/script&gt;</li><li>&quot;O&#39;Neil&quot; &amp; co</li></ul><b>bold</b>',
    );
  });

  test('inside <script>, a printed value is a JavaScript literal that cannot close the element', () => {
    const { g } = harness();
    const t = g.HtmlService.createTemplate('<script>var data = <?= data ?>;</script><p><?= data.name ?></p>');
    t.data = { name: '</script><b>x</b>', n: 1 };
    const html = t.evaluate().getContent();
    expect(html).toBe('<script>var data = {"name":"\\u003c/script\\u003e\\u003cb\\u003ex\\u003c/b\\u003e","n":1};</script><p>&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;</p>');
  });

  test('scriptlets see the script\'s global functions (include pattern) and files come from the build folder', () => {
    const buildDir = tempDir();
    fs.writeFileSync(path.join(buildDir, 'Page.html'), '<h1><?= title ?></h1><?!= include("Footer") ?>');
    fs.writeFileSync(path.join(buildDir, 'Footer.html'), '<footer>管理部</footer>');
    const h = harness({ buildDir });
    h.env.scriptGlobals = { include: (name: string) => h.g.HtmlService.createHtmlOutputFromFile(name).getContent() };
    const t = h.g.HtmlService.createTemplateFromFile('Page');
    t.title = '勤怠';
    expect(t.evaluate().getContent()).toBe('<h1>勤怠</h1><footer>管理部</footer>');
    expect(() => h.g.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });

  test('HtmlOutput settings', () => {
    const { g } = harness();
    const out = g.HtmlService.createHtmlOutput('<p>a</p>').setTitle('Kanri').setWidth(300).setHeight(200)
      .addMetaTag('viewport', 'width=device-width').setXFrameOptionsMode(g.HtmlService.XFrameOptionsMode.ALLOWALL);
    out.append('<p>b</p>').appendUntrusted('<p>c</p>');
    expect(out.getContent()).toBe('<p>a</p><p>b</p>&lt;p&gt;c&lt;/p&gt;');
    expect([out.getTitle(), out.getWidth(), out.getHeight(), out.xFrameOptionsMode]).toEqual(['Kanri', 300, 200, 'ALLOWALL']);
    expect(out.getMetaTags()[0].getName()).toBe('viewport');
    expect(() => out.addMetaTag('description', 'x')).toThrow(/not allowed/);
    expect(out.getBlob().getContentType()).toBe('text/html');
  });
});
