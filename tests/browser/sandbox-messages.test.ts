/**
 * Issue 12 item 11: the sandbox's admin page takes messages from its own frames only and never
 * points a frame anywhere a message says. In chromium (playwright-core): a page at another origin
 * holding a reference to the admin window posts what the frames post; nothing happens. Then the
 * real flow still works: a sidebar's call opens a dialog (its URL from the server, GET /api/ui),
 * the dialog resizes itself and the sidebar closes itself through google.script.host.
 * The first test failed before the fix (the sidebar frame was pointed at the other origin's page).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { startSandboxServer, type SandboxServer } from '../../src/local/sandbox/server';
import { readFrameMessage } from '../../src/local/sandbox/client/frame-messages';
import { ROOT, tempDir } from '../support/company';

const SHOTS = path.join(ROOT, 'tests/screenshots');

/** A sidebar whose buttons call the server (a dialog opens) and close it; the dialog sets its height. */
const TEST_BUNDLE = `
function onOpen() { SpreadsheetApp.getUi().createMenu('T').addItem('Side', 'side').addToUi(); }
function side() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(
    '<button id="dialog" onclick="google.script.run.dialog()">dialog</button>' +
    '<button id="close" onclick="google.script.host.close()">close</button>').setTitle('S'));
}
function dialog() {
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(
    '<p id="d">dialog</p><button id="grow" onclick="google.script.host.setHeight(321)">grow</button>'), 'D');
}
`;

let browser: Browser;
let server: SandboxServer;
let foreign: http.Server;
let foreignBase: string;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const buildDir = tempDir('kanri-msg-build-');
  fs.writeFileSync(path.join(buildDir, 'Code.js'), TEST_BUNDLE);
  server = await startSandboxServer(path.join(tempDir('kanri-msg-'), 'company'), 0, { buildDir });
  // Another origin (another port): what a page the admin opened elsewhere could be.
  foreign = http.createServer((_req, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end('<!DOCTYPE html><title>other</title><p>other origin</p>'); });
  await new Promise<void>((r) => foreign.listen(0, '127.0.0.1', () => r()));
  foreignBase = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((r) => foreign?.close(r));
});

test('item 11: messages from another origin are ignored; no message sets a frame\'s src', async () => {
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(`${foreignBase}/`);
  const [admin] = await Promise.all([context.waitForEvent('page'), other.evaluate((url) => { (window as any).w = window.open(url); }, `http://localhost:${server.port}/`)]);
  await admin!.waitForSelector('body[data-ready="true"]');
  const evil = `${foreignBase}/steal`;
  await other.evaluate((frame) => {
    const w = (window as any).w as Window;
    w.postMessage({ kanriSandbox: 'done', ui: [{ type: 'sidebar', title: 'x', frame }] }, '*');
    w.postMessage({ kanriSandbox: 'done', ui: [{ type: 'modalDialog', title: 'x', frame, width: 400, height: 300 }] }, '*');
    w.postMessage({ kanriSandbox: 'start' }, '*');
  }, evil);
  await admin!.waitForTimeout(300);
  expect(await admin!.locator('#sidebar').isHidden()).toBe(true);
  expect(await admin!.locator('#modal').isHidden()).toBe(true);
  expect(await admin!.locator('#sidebar-frame').getAttribute('src')).toBeNull();
  expect(await admin!.evaluate(() => document.body.dataset.busy ?? '0')).toBe('0');
  expect(admin!.frames().map((f) => f.url()).filter((u) => u.startsWith(foreignBase))).toEqual([]);
  await context.close();
});

test('item 11: the message shapes the admin page accepts, from its own origin only', () => {
  const own = 'http://localhost:8787';
  expect(readFrameMessage(own, own, { kanriSandbox: 'done' })).toEqual({ kind: 'done' });
  expect(readFrameMessage(own, own, { kanriHost: true, action: 'setHeight', value: 321 })).toEqual({ kind: 'resize', side: 'height', px: 321 });
  expect(readFrameMessage(own, own, { kanriHost: true, action: 'close', value: undefined })).toEqual({ kind: 'close' });
  for (const [origin, data] of [
    ['http://127.0.0.1:9999', { kanriSandbox: 'done' }],
    ['null', { kanriSandbox: 'done' }],
    [own, { kanriSandbox: 'done', ui: [{ type: 'sidebar', frame: 'https://x.example/' }] }],
    [own, { kanriHost: true, action: 'setHeight', value: '321px' }],
    [own, { kanriHost: true, action: 'setWidth', value: 1e9 }],
    [own, { kanriHost: true, action: 'navigate', value: 'https://x.example/' }],
    [own, { kanriHost: 'yes', action: 'close' }],
    [own, ['kanriSandbox', 'done']],
    [own, 'done'],
  ] as const) expect([origin, data, readFrameMessage(origin, own, data)]).toEqual([origin, data, null]);
});

test('a sidebar\'s call opens a dialog (URL from the server), which resizes; the sidebar closes itself; no console error', async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 700 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://localhost:${server.port}/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('#menubar .menu > button');
  await page.click('.menu-list button:text-is("Side")');
  await page.waitForSelector('#sidebar:not([hidden])');
  const sidebar = page.frameLocator('#sidebar-frame');
  await sidebar.locator('#dialog').click();
  await page.waitForSelector('#modal:not([hidden]) iframe');
  expect(await page.locator('#modal iframe').getAttribute('src')).toMatch(/^\/frame\/[A-Za-z0-9_-]+$/);
  const dialog = page.frameLocator('#modal iframe');
  await dialog.locator('#grow').click();
  await page.waitForFunction(() => (document.querySelector('#modal iframe') as HTMLElement).style.height === '321px');
  await page.screenshot({ path: path.join(SHOTS, 'sandbox-frames.png') });
  await page.click('#modal-close');
  await sidebar.locator('#close').click();
  await page.waitForSelector('#sidebar', { state: 'hidden' });
  expect(errors).toEqual([]);
  await context.close();
});
