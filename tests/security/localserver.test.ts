/**
 * Issue 12 item 12: the local server answers this machine's own pages only. Real HTTP requests
 * (node:http, so Host and Origin can be anything) against the sandbox server on an ephemeral port,
 * serving a company set up by the bundle. Each refusal failed (was answered 200) before the fix.
 */
import http from 'node:http';
import { startSandboxServer, type SandboxServer } from '../../src/local/sandbox/server';
import { SheetReader } from '../../src/local/sandbox/sheets';
import { rolesTable } from '../../src/schema/tables/roles';
import { ADMIN, newCompany } from '../support/company';

interface Answer { status: number; headers: http.IncomingHttpHeaders; body: string }

let server: SandboxServer;
let dir: string;

function request(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method, path, headers: { Host: `localhost:${server.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** What the served pages send. */
const good = () => ({ 'X-Kanri-Token': server.token, 'Content-Type': 'application/json', Origin: `http://localhost:${server.port}` });

/** An admin for 権限, as the reported attack sent it. */
const ADD_ADMIN = JSON.stringify({ args: [{ table: 'roles', rows: [{ email: 'attacker@example.jp', role: 'admin', departments: '' }] }] });
const roleEmails = () => new SheetReader(dir).column(rolesTable.sheet, [rolesTable.columns.find((c) => c.key === 'email')!.header]).map(([e]) => e);

beforeAll(async () => {
  dir = newCompany().dir;
  server = await startSandboxServer(dir, 0);
});
afterAll(() => server.close());

/** Every data or state-changing endpoint: [method, path, body]. */
const ENDPOINTS: [string, string, string | undefined][] = [
  ['GET', '/api/workbook', undefined],
  ['GET', `/api/rows?sheet=${encodeURIComponent('権限')}`, undefined],
  ['GET', '/api/menu', undefined],
  ['GET', '/api/ui?frame=x', undefined],
  ['POST', '/api/menu/run', JSON.stringify({ functionName: 'kanriCheck' })],
  ['POST', '/api/edit', JSON.stringify({ sheet: '権限', row: 9, column: 1, text: 'x@example.jp' })],
  ['POST', '/api/admin-user', JSON.stringify({ email: ADMIN })],
  ['POST', '/api/web-user', JSON.stringify({ email: ADMIN })],
  ['POST', '/admin/rpc/saveMasterRows', ADD_ADMIN],
  ['POST', '/exec/rpc/me', JSON.stringify({ args: [{}] })],
];

describe('item 12: Host, Origin, token and JSON on the local server', () => {
  test('a foreign Host is refused on every path, pages included (DNS rebinding)', async () => {
    for (const host of ['attacker.example', `attacker.example:${server.port}`, 'localhost.attacker.example', `127.0.0.1:${server.port + 1}`, `192.168.1.5:${server.port}`]) {
      for (const path of ['/', '/exec', '/api/workbook']) {
        const r = await request('GET', path, { ...good(), Host: host });
        expect([host, path, r.status]).toEqual([host, path, 403]);
        expect(r.body).not.toContain(server.token);
      }
    }
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`, 'localhost', 'LOCALHOST:' + server.port]) {
      expect((await request('GET', '/api/workbook', { ...good(), Host: host })).status).toBe(200);
    }
  });

  test('every data and state-changing endpoint needs this start\'s token in a header (a cookie is not enough)', async () => {
    for (const [method, path, body] of ENDPOINTS) {
      const { 'X-Kanri-Token': _, ...noToken } = good();
      const without = await request(method, path, { ...noToken, Cookie: `kanri_admin=${encodeURIComponent(ADMIN)}` }, body);
      expect([path, without.status]).toEqual([path, 403]);
      const wrong = await request(method, path, { ...good(), 'X-Kanri-Token': 'x'.repeat(server.token.length) }, body);
      expect([path, wrong.status]).toEqual([path, 403]);
    }
    expect(roleEmails()).not.toContain('attacker@example.jp');
  });

  test('a POST must be JSON (415), a foreign or null Origin is refused (403), cross-site fetches too', async () => {
    for (const [method, path, body] of ENDPOINTS.filter(([m]) => m === 'POST')) {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
        const r = await request(method, path, { ...good(), 'Content-Type': type }, body);
        expect([path, type, r.status]).toEqual([path, type, 415]);
      }
    }
    for (const [method, path, body] of ENDPOINTS) {
      for (const origin of ['null', 'http://attacker.example', `http://localhost:${server.port + 1}`, `https://localhost:${server.port}`]) {
        const r = await request(method, path, { ...good(), Origin: origin }, body);
        expect([path, origin, r.status]).toEqual([path, origin, 403]);
      }
      const { Origin: _, ...noOrigin } = good();
      const site = await request(method, path, { ...noOrigin, 'Sec-Fetch-Site': 'cross-site' }, body);
      expect([path, site.status]).toEqual([path, 403]);
    }
  });

  test('the reported attack: a no-cors text/plain POST from a file:// page adds no admin', async () => {
    const r = await request('POST', '/admin/rpc/saveMasterRows', { Origin: 'null', 'Content-Type': 'text/plain;charset=UTF-8' }, ADD_ADMIN);
    expect(r.status).toBe(403);
    expect(roleEmails()).not.toContain('attacker@example.jp');
  });

  test('the served pages carry the token, may be framed by this origin only; with it the calls work', async () => {
    const admin = await request('GET', '/');
    expect(admin.status).toBe(200);
    expect(admin.body).toContain(`<meta name="kanri-token" content="${server.token}">`);
    expect(admin.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(admin.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    const web = await request('GET', '/exec');
    expect(web.body).toContain(`"X-Kanri-Token":"${server.token}"`);
    expect(web.headers['x-frame-options']).toBe('SAMEORIGIN');
    // No Origin (same-origin GET) or the server's own, with the token: answered.
    expect((await request('GET', '/api/workbook', { 'X-Kanri-Token': server.token })).status).toBe(200);
    const me = await request('POST', '/exec/rpc/me', good(), JSON.stringify({ args: [{}] }));
    expect(me.status).toBe(200);
    const saved = await request('POST', '/admin/rpc/saveMasterRows', { ...good(), Origin: `http://127.0.0.1:${server.port}` }, JSON.stringify({ args: [{ table: 'roles', rows: [{ email: 'second.admin@example.jp', role: 'admin', departments: '' }] }] }));
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true });
    expect(roleEmails()).toContain('second.admin@example.jp');
  });

  test('the token is random per start: another start\'s token is refused', async () => {
    const other = await startSandboxServer(dir, 0);
    try {
      expect(other.token).not.toBe(server.token);
      expect(other.token.length).toBeGreaterThanOrEqual(43); // 32 random bytes
      const r = await request('GET', '/api/workbook', { 'X-Kanri-Token': other.token });
      expect(r.status).toBe(403);
    } finally {
      await other.close();
    }
  });
});
