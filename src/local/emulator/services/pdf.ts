/**
 * HTML → PDF for `Blob.getAs('application/pdf')`, rendered by Debian's Chromium through
 * playwright-core. Bundle code is synchronous, so the rendering runs in a child Node process
 * (`spawnSync`) that writes the PDF to a temp file. No browser is ever downloaded.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppsScriptError } from '../types';

export function chromiumPath(): string {
  return process.env.KANRI_CHROMIUM ?? '/usr/bin/chromium';
}

const CHILD = `
const { chromium } = require(process.env.KANRI_PLAYWRIGHT);
const fs = require('node:fs');
(async () => {
  const job = JSON.parse(fs.readFileSync(0, 'utf8'));
  const browser = await chromium.launch({
    executablePath: job.executablePath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(job.html, { waitUntil: 'load' });
    await page.pdf({ path: job.out, format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
`;

function playwrightPath(): string {
  try {
    return require.resolve('playwright-core', { paths: [__dirname, process.cwd()] });
  } catch {
    throw new AppsScriptError("Blob.getAs('application/pdf') needs the dev dependency playwright-core (npm ci).");
  }
}

export function renderPdf(html: string): Uint8Array {
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) {
    throw new AppsScriptError(
      `Blob.getAs('application/pdf') needs Chromium at ${executablePath} to render HTML locally ` +
        '(Debian: apt-get install chromium fonts-noto-cjk; or set KANRI_CHROMIUM).',
    );
  }
  // A folder of its own (mkdtemp: 0700), so the payslip PDF is never readable by other accounts.
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-pdf-'));
  const out = path.join(tmpDir, 'out.pdf');
  try {
    const run = spawnSync(process.execPath, ['-e', CHILD], {
      input: JSON.stringify({ html, out, executablePath }),
      env: { ...process.env, KANRI_PLAYWRIGHT: playwrightPath() },
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    if (run.status !== 0 || !fs.existsSync(out)) {
      throw new AppsScriptError(`PDF rendering failed: ${run.error?.message ?? run.stderr?.toString().slice(0, 2000) ?? 'unknown error'}`);
    }
    return new Uint8Array(fs.readFileSync(out));
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
}
