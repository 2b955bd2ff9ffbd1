import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { harness, tempDir } from './harness';

// Not skipped when Chromium is missing: the conversion must then fail with a clear error.
test('Blob.getAs("application/pdf") renders HTML with Japanese text', () => {
  const g = harness().g;
  const html = '<html><head><meta charset="utf-8"></head><body><h1>給与明細書</h1><p>株式会社カンリ 2025年4月分</p></body></html>';
  const pdf = g.Utilities.newBlob(html, 'text/html', 'payslip.html').getAs('application/pdf');
  expect(pdf.getName()).toBe('payslip.pdf'); // reference/base/blob#getAs: the extension is replaced
  expect(pdf.getContentType()).toBe('application/pdf');
  const bytes = Buffer.from(pdf.getBytes());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const file = path.join(tempDir(), 'payslip.pdf');
  fs.writeFileSync(file, bytes);
  const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(text.error).toBeUndefined();
  expect(text.stdout).toContain('給与明細書');
  expect(text.stdout).toContain('株式会社カンリ');
});

test('without Chromium the conversion fails with a clear error', () => {
  const saved = process.env.KANRI_CHROMIUM;
  process.env.KANRI_CHROMIUM = '/nonexistent/chromium';
  try {
    expect(() => harness().g.Utilities.newBlob('<p>x</p>', 'text/html').getAs('application/pdf')).toThrow(/needs Chromium at \/nonexistent\/chromium/);
  } finally {
    if (saved === undefined) delete process.env.KANRI_CHROMIUM;
    else process.env.KANRI_CHROMIUM = saved;
  }
});
