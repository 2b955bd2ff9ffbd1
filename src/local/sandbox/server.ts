/**
 * The local sandbox server (node:http, no framework):
 *   GET  /                      the admin view (build-local/admin.html)
 *   GET  /api/workbook          sheet list; the admins to choose from and the chosen one
 *   GET  /api/rows?sheet=&from=&count=   a page of display values
 *   GET  /api/menu              onOpen run as a simple trigger: the menus it added
 *   POST /api/menu/run          { functionName }: a menu item, as the chosen admin
 *   POST /api/edit              { sheet, row, column, text }: a typed cell, then onEdit
 *   POST /api/admin-user, /api/web-user   { email }: the local user switchers (cookies)
 *   GET  /frame/<id>            a sidebar's or dialog's HTML with the google.script.run stand-in
 *   POST /admin/rpc/<name>      a call from a sidebar or dialog (kind 'rpc', the chosen admin)
 *   GET  /exec                  the web app (doGet, kind 'web', the chosen employee)
 *   POST /exec/rpc/<name>       a call from the web app (kind 'web')
 *   GET  /api/ui?frame=<id>     the UI events (sidebar, dialog, alert) of a frame's last calls, once
 * Executions are synchronous, so they run one at a time, like a single Apps Script user's.
 *
 * Who may call (issue 12 item 12): every request must name this machine in `Host` (localhost or
 * 127.0.0.1, with this server's port: a rebound DNS name is refused); a request that carries a
 * foreign `Origin` (another site, a file:// page's `null`) or comes `Sec-Fetch-Site: cross-site`
 * is refused; every endpoint but the pages themselves (/, /frame/<id>, /exec) requires the
 * per-start random token in the `X-Kanri-Token` header, which only the pages this server serves
 * carry (a header, never a cookie: a browser never adds it by itself); every POST must be JSON
 * (`Content-Type: application/json`). Pages may be framed by this origin only.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Company } from '../company';
import { Bridge, type Outcome, type PageUiEvent } from './bridge';
import { SheetReader } from './sheets';
import { ADMIN_COOKIE, EMPLOYEE_COOKIE, admins, chosen, cookies, employees, setCookie } from './users';
import { adminPage, errorPage, framePage, readBuilt, webAppPage } from './pages';
import { message } from '../../core/i18n';

export interface SandboxServer {
  url: string;
  port: number;
  /** This start's token: what the served pages send in `X-Kanri-Token` (tests call the API with it). */
  token: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-kanri-token';
/** The frame a sidebar's or dialog's call comes from, so its UI events go to that frame's page. */
export const FRAME_HEADER = 'x-kanri-frame';

const MAX_BODY = 10 * 1024 * 1024;

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new HttpError(413, 'request too large'));
      else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch {
        reject(new HttpError(400, 'the body must be JSON'));
      }
    });
    req.on('error', reject);
  });
}

const SECURITY_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' };
/** Pages may be framed by the admin page only (the sidebars and dialogs), never by another site. */
const PAGE_HEADERS = { 'X-Frame-Options': 'SAMEORIGIN', 'Content-Security-Policy': "frame-ancestors 'self'" };

const LOCAL_HOST = /^(localhost|127\.0\.0\.1)(?::(\d{1,5}))?$/i;

/** `Host` names this machine, on this server's port (or none): anything else is a rebound DNS name or a proxy. */
function hostAllowed(host: string | undefined, port: number): boolean {
  const m = LOCAL_HOST.exec(host ?? '');
  return !!m && (m[2] === undefined || Number(m[2]) === port);
}

/** No `Origin`, or this server's own (either of its two names); `null` (file://, sandboxed frames) is foreign. */
function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://localhost:${port}` || origin === `http://127.0.0.1:${port}`;
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** The pages themselves (navigations carry no header): everything else needs the token. */
const isPage = (method: string, p: string) => method === 'GET' && (p === '/' || p === '/index.html' || p === '/exec' || p === '/favicon.ico' || /^\/frame\/[A-Za-z0-9_-]+$/.test(p));

function send(res: http.ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

const json = (res: http.ServerResponse, value: unknown, status = 200, headers: Record<string, string> = {}) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), headers);
const html = (res: http.ServerResponse, body: string, status = 200) => send(res, status, 'text/html; charset=utf-8', body, PAGE_HEADERS);

/** A page call's answer as the google.script.run stand-in expects it, plus the UI events for the admin page. */
function rpcAnswer(o: Outcome): unknown {
  return o.ok ? { ok: true, value: o.value, ui: o.ui } : { ok: false, error: o.error, ui: o.ui };
}

/** UI events kept per frame until its page asks (at most this many frames). */
const MAX_PENDING_FRAMES = 50;

/** `clock`: a fixed time for the executions (tests that need the demo's as-of date); default the real time. */
export function createSandboxHandler(dir: string, options: { buildDir?: string; token?: string; clock?: () => Date } = {}) {
  const company = new Company(dir, options.buildDir ? { buildDir: options.buildDir } : {});
  if (options.clock) company.clock = options.clock;
  const bridge = new Bridge(company);
  const sheets = new SheetReader(company.dir);
  const token = options.token ?? crypto.randomBytes(32).toString('base64url');
  const pending = new Map<string, PageUiEvent[]>();

  /** Refuses what did not come from this server's own pages on this machine (see the header). */
  function admit(req: http.IncomingMessage, method: string, p: string): void {
    const port = req.socket.localPort ?? 0;
    if (!hostAllowed(req.headers.host, port)) throw new HttpError(403, 'Host must be localhost or 127.0.0.1 (this server answers this machine only)');
    const origin = req.headers.origin;
    if (!originAllowed(origin, port)) throw new HttpError(403, `foreign Origin refused: ${origin}`);
    if (isPage(method, p)) return;
    if (req.headers['sec-fetch-site'] === 'cross-site') throw new HttpError(403, 'cross-site request refused');
    if (!sameToken(req.headers[TOKEN_HEADER], token)) throw new HttpError(403, `the ${TOKEN_HEADER} header is missing or wrong (open the page from this server again)`);
    if (method === 'POST' && !/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'Content-Type must be application/json');
  }

  const adminOf = (req: http.IncomingMessage) => chosen(admins(sheets, company.owner), cookies(req)[ADMIN_COOKIE]);
  const employeeOf = (req: http.IncomingMessage) => chosen(employees(sheets), cookies(req)[EMPLOYEE_COOKIE]);

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const p = url.pathname;
    const method = req.method ?? 'GET';
    admit(req, method, p);
    if (method === 'GET' && (p === '/' || p === '/index.html')) return html(res, adminPage(readBuilt('admin.html'), token));
    if (method === 'GET' && p === '/api/workbook') {
      const list = admins(sheets, company.owner);
      return json(res, { ...sheets.sheets(), admins: list, admin: chosen(list, cookies(req)[ADMIN_COOKIE]) });
    }
    if (method === 'GET' && p === '/api/rows') {
      const page = sheets.rows(url.searchParams.get('sheet') ?? '', Number(url.searchParams.get('from') ?? 1), Number(url.searchParams.get('count') ?? 100));
      return page ? json(res, page) : json(res, { error: 'no such sheet' }, 404);
    }
    if (method === 'GET' && p === '/api/menu') return json(res, { menus: bridge.menus() });
    if (method === 'GET' && p === '/api/ui') {
      const id = url.searchParams.get('frame') ?? '';
      const ui = pending.get(id) ?? [];
      pending.delete(id);
      return json(res, { ui });
    }
    if (method === 'POST' && p === '/api/menu/run') {
      const body = (await readBody(req)) as { functionName?: unknown };
      return json(res, bridge.runMenuItem(String(body.functionName ?? ''), adminOf(req)));
    }
    if (method === 'POST' && p === '/api/edit') {
      const b = (await readBody(req)) as { sheet?: unknown; row?: unknown; column?: unknown; text?: unknown };
      const row = Number(b.row);
      const column = Number(b.column);
      if (!Number.isInteger(row) || row < 1 || !Number.isInteger(column) || column < 1) throw new HttpError(400, 'row and column are positive integers');
      return json(res, bridge.editCell(String(b.sheet ?? ''), row, column, String(b.text ?? ''), adminOf(req)));
    }
    if (method === 'POST' && (p === '/api/admin-user' || p === '/api/web-user')) {
      const b = (await readBody(req)) as { email?: unknown };
      const email = String(b.email ?? '').toLowerCase();
      const list = p === '/api/admin-user' ? admins(sheets, company.owner) : employees(sheets);
      if (!list.some((x) => x.email === email)) throw new HttpError(400, 'not a person of this workbook');
      return json(res, { ok: true }, 200, { 'Set-Cookie': setCookie(p === '/api/admin-user' ? ADMIN_COOKIE : EMPLOYEE_COOKIE, email) });
    }
    const frame = /^\/frame\/([A-Za-z0-9_-]+)$/.exec(p);
    if (method === 'GET' && frame) {
      const page = bridge.frame(frame[1]!);
      return page === undefined ? html(res, errorPage('404', 'This sidebar is gone; open it again from the menu.'), 404) : html(res, framePage(page, frame[1]!, token));
    }
    const rpc = /^\/(admin|exec)\/rpc\/([^/]+)$/.exec(p);
    if (method === 'POST' && rpc) {
      const body = (await readBody(req)) as { args?: unknown };
      const web = rpc[1] === 'exec';
      const o = bridge.rpc(decodeURIComponent(rpc[2]!), body.args, web ? employeeOf(req) : adminOf(req), web ? 'web' : 'rpc');
      // A frame's UI events wait for its admin page to ask (GET /api/ui): the page never takes a frame's URL from a message.
      const from = req.headers[FRAME_HEADER];
      if (!web && typeof from === 'string' && bridge.frame(from) !== undefined && o.ui.length) {
        pending.set(from, [...(pending.get(from) ?? []), ...o.ui]);
        while (pending.size > MAX_PENDING_FRAMES) pending.delete(pending.keys().next().value as string);
      }
      return json(res, rpcAnswer(o));
    }
    if (method === 'GET' && p === '/exec') {
      const people = employees(sheets);
      const user = chosen(people, cookies(req)[EMPLOYEE_COOKIE]);
      const query = Object.fromEntries(url.searchParams.entries());
      const page = bridge.doGet(user, query);
      const body = page.ok ? page.html : errorPage('Kanri', message('ja', 'sandbox.webAppFailed', { message: page.message }));
      return html(res, webAppPage(body, people, user, token), page.ok ? 200 : 500);
    }
    if (method === 'GET' && p === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    throw new HttpError(404, 'not found');
  }

  return (req: http.IncomingMessage, res: http.ServerResponse): void => {
    route(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      if (!(e instanceof HttpError)) process.stderr.write(`sandbox: ${e instanceof Error ? e.stack : String(e)}\n`);
      if (!res.headersSent) json(res, { error: e instanceof Error ? e.message : String(e) }, status);
      else res.end();
    });
  };
}

/** Starts the server on `port` (0: any free port) on 127.0.0.1 only: the sandbox is not meant to be reachable from elsewhere. */
export function startSandboxServer(dir: string, port: number, options: { buildDir?: string; host?: string; clock?: () => Date } = {}): Promise<SandboxServer> {
  const token = crypto.randomBytes(32).toString('base64url');
  const server = http.createServer(createSandboxHandler(dir, { ...(options.buildDir ? { buildDir: options.buildDir } : {}), ...(options.clock ? { clock: options.clock } : {}), token }));
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://localhost:${actual}/`,
        port: actual,
        token,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
