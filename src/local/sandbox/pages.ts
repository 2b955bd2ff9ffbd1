/**
 * The HTML the local server sends: the admin view (built from src/local/sandbox/client into
 * build/local/), each sidebar or dialog frame, and the web app, with the `google.script.run`
 * stand-in injected. In Apps Script these pages run in Google's sandboxed iframe; here the
 * stand-in sends each call to this server, which runs it in the bundle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SCRIPT_RUN_CLIENT } from '../emulator/services';
import { escapeHtml, escapeScript } from '../emulator/services/html';
import type { Person } from './users';

/** Tells the admin page when a frame's call starts and ends (to show progress and refresh the grid). */
const FRAME_NOTIFIER = `(function () {
  var f = window.fetch;
  function tell(m) { try { window.parent.postMessage(m, '*'); } catch (e) { /* no parent */ } }
  window.fetch = function () {
    tell({ kanriSandbox: 'start' });
    return f.apply(this, arguments).then(function (r) {
      r.clone().json().then(function (res) { tell({ kanriSandbox: 'done', ui: (res && res.ui) || [] }); }, function () { tell({ kanriSandbox: 'done', ui: [] }); });
      return r;
    }, function (e) { tell({ kanriSandbox: 'done', ui: [] }); throw e; });
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

/** A sidebar or dialog page: its calls go to /admin/rpc as the chosen admin. */
export function framePage(html: string): string {
  return intoHead(html, script(`window.KANRI_RPC_BASE = '/admin';\n${FRAME_NOTIFIER}`) + script(SCRIPT_RUN_CLIENT));
}

/** The web app page: its calls go to /exec/rpc as the chosen employee; the local user bar on top. */
export function webAppPage(html: string, buildDir: string, people: Person[], current: string): string {
  const bar = readBuilt(buildDir, 'exec-bar.js');
  const withClient = intoHead(html, script(`window.KANRI_RPC_BASE = '/exec';`) + script(SCRIPT_RUN_CLIENT));
  return intoBodyStart(withClient, script(`window.KANRI_SANDBOX_USERS = ${escapeScript({ people, current })};`) + script(bar));
}

/** A page shown when doGet fails: the message, escaped. */
export function errorPage(title: string, message: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;padding:16px"><h1 style="font-size:18px">${escapeHtml(title)}</h1><pre style="white-space:pre-wrap">${escapeHtml(message)}</pre></body></html>`;
}

export function readBuilt(buildDir: string, file: string): string {
  return fs.readFileSync(path.join(buildDir, 'local', file), 'utf8');
}
