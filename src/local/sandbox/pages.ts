/**
 * The HTML the local server sends: the admin view (built from src/local/sandbox/client into
 * build-local/), each sidebar or dialog frame, and the web app, with the `google.script.run`
 * stand-in injected. In Apps Script these pages run in Google's sandboxed iframe; here the
 * stand-in sends each call to this server, which runs it in the bundle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SCRIPT_RUN_CLIENT } from '../emulator/services';
import { escapeHtml, escapeScript } from '../emulator/services/html';
import { packageRoot } from '../emulator/services/environment';
import type { Person } from './users';

/**
 * Tells the admin page when a frame's call starts and ends (to show progress, then fetch the UI
 * events the call produced from the server and refresh the grid). The message says only that, to
 * this origin only: the admin page never takes a URL or UI events from a message (item 11).
 */
const FRAME_NOTIFIER = `(function () {
  var f = window.fetch;
  function tell(state) { try { window.parent.postMessage({ kanriSandbox: state }, location.origin); } catch (e) { /* no parent */ } }
  window.fetch = function () {
    tell('start');
    return f.apply(this, arguments).then(function (r) { tell('done'); return r; }, function (e) { tell('done'); throw e; });
  };
})();`;

function script(js: string): string {
  return `<script>${js.replace(/<\/script/gi, '<\\/script')}</script>`;
}

function intoHead(html: string, inject: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + inject + html.slice(head.index + head[0].length);
  return inject + html;
}

function intoBodyStart(html: string, inject: string): string {
  const body = /<body[^>]*>/i.exec(html);
  if (body) return html.slice(0, body.index + body[0].length) + inject + html.slice(body.index + body[0].length);
  return html + inject;
}

/** The admin view: this start's token in a meta tag, read by its script and sent with every API call. */
export function adminPage(html: string, token: string): string {
  return intoHead(html, `<meta name="kanri-token" content="${escapeHtml(token)}">`);
}

/** A sidebar or dialog page: its calls go to /admin/rpc as the chosen admin, with the token and the frame's id. */
export function framePage(html: string, frameId: string, token: string): string {
  const headers = escapeScript({ 'X-Kanri-Token': token, 'X-Kanri-Frame': frameId });
  return intoHead(html, script(`window.KANRI_RPC_BASE = '/admin';\nwindow.KANRI_RPC_HEADERS = ${headers};\n${FRAME_NOTIFIER}`) + script(SCRIPT_RUN_CLIENT));
}

/** The web app page: its calls go to /exec/rpc as the chosen employee, with the token; the local user bar on top. */
export function webAppPage(html: string, people: Person[], current: string, token: string): string {
  const bar = readBuilt('exec-bar.js');
  const withClient = intoHead(html, script(`window.KANRI_RPC_BASE = '/exec';\nwindow.KANRI_RPC_HEADERS = ${escapeScript({ 'X-Kanri-Token': token })};`) + script(SCRIPT_RUN_CLIENT));
  return intoBodyStart(withClient, script(`window.KANRI_SANDBOX_USERS = ${escapeScript({ people, current })};`) + script(bar));
}

/** A page shown when doGet fails: the message, escaped. */
export function errorPage(title: string, message: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;padding:16px"><h1 style="font-size:18px">${escapeHtml(title)}</h1><pre style="white-space:pre-wrap">${escapeHtml(message)}</pre></body></html>`;
}

/** The sandbox's own built pages, in build-local/ (outside clasp's rootDir: never pushed). */
export function readBuilt(file: string): string {
  return fs.readFileSync(path.join(packageRoot(), 'build-local', file), 'utf8');
}
