/**
 * The signed per-employee link, for a company whose staff have no Workspace accounts (then
 * `Session.getActiveUser().getEmail()` is empty in the web app; DESIGN.md §1). A token is
 * `<employee code>.<version>.<last valid day YYYYMMDD>.<HMAC-SHA256(code.version.expiry, secret)>`:
 * the secret lives in the script properties (created on first use, rotated by an admin: every link
 * dies), the version per employee. An employee has no valid link until an admin issues one (the
 * version property is written then); revoking marks the version revoked, and the next issue moves
 * to the next version. The admin chooses how long a link lives (default: 設定 `link.expiryDays`,
 * 90 days). Issuing and revoking are audited. A token identifies one employee, with the employee
 * role only: it never grants admin or manager rights, whatever the Roles table says for that person.
 */
import { object, optional, number, int, minimum, maximum } from 'zod/mini';
import { rpc, type Caller, type RpcEntry } from './entrypoints';
import { employeeCode } from '../schema/fields';
import { employeesTable } from '../schema/tables/employees';
import { readTable } from './tables';
import { Transaction } from './transaction';
import { withLock } from './lock';
import { nowTokyo } from './clock';
import { KanriError } from '../core/errors';
import { addDays } from '../core/calendar';
import { readSettings } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SECRET_PROPERTY = 'KANRI_LINK_SECRET';
const VERSION_PREFIX = 'KANRI_LINK_VERSION_';
/** Canonical parts only: a version "01", "+1" or "1.0" is not a version (issue 12 item 10). */
const TOKEN = /^([A-Za-z0-9-]{1,20})\.([1-9]\d{0,5})\.(\d{8})\.([A-Za-z0-9_-]{43})$/;
/** The longest life an admin may give a link (Kanri's choice: a year). */
export const MAX_LINK_DAYS = 366;

function newSecret(): string {
  return `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, '');
}

function secret(): string {
  const props = PropertiesService.getScriptProperties();
  const existing = props.getProperty(SECRET_PROPERTY);
  if (existing) return existing;
  const created = newSecret();
  props.setProperty(SECRET_PROPERTY, created);
  return created;
}

/** The employee's link version: `n` issued, `n` revoked (`"<n>r"`), or null when none was ever issued. */
function versionState(code: string): { version: number; issued: boolean } | null {
  const v = PropertiesService.getScriptProperties().getProperty(VERSION_PREFIX + code);
  const m = v ? /^([1-9]\d{0,5})(r?)$/.exec(v) : null;
  return m ? { version: Number(m[1]), issued: m[2] === '' } : null;
}

function signature(code: string, version: number, expiry: string, key: string): string {
  const bytes = Utilities.computeHmacSha256Signature(`${code}.${version}.${expiry}`, key, Utilities.Charset.UTF_8);
  return Utilities.base64EncodeWebSafe(bytes).replace(/=+$/, '');
}

/** Compares every character whatever the first difference, so the time taken tells nothing. */
function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** Issues (or re-issues) an employee's link valid through `lastDay`: the version is written now. */
function issueToken(code: string, lastDay: string): string {
  const state = versionState(code);
  const version = !state ? 1 : state.issued ? state.version : state.version + 1;
  if (!state || !state.issued) PropertiesService.getScriptProperties().setProperty(VERSION_PREFIX + code, String(version));
  const expiry = lastDay.replace(/-/g, '');
  return `${code}.${version}.${expiry}.${signature(code, version, expiry, secret())}`;
}

export type TokenCheck = { ok: true; code: string } | { ok: false; expired?: string };

/** The employee a token names, or why not: malformed, altered, never issued, revoked, old secret, or expired. */
export function verifyToken(token: string): TokenCheck {
  const m = TOKEN.exec(token);
  if (!m) return { ok: false };
  const [, code, version, expiry, sig] = m as unknown as [string, string, string, string, string];
  const stored = PropertiesService.getScriptProperties().getProperty(SECRET_PROPERTY);
  if (!stored) return { ok: false };
  const valid = constantTimeEqual(sig, signature(code, Number(version), expiry, stored));
  const state = versionState(code);
  if (!valid || !state || !state.issued || state.version !== Number(version)) return { ok: false };
  const lastDay = `${expiry.slice(0, 4)}-${expiry.slice(4, 6)}-${expiry.slice(6, 8)}`;
  if (lastDay < nowTokyo().slice(0, 10)) return { ok: false, expired: lastDay };
  return { ok: true, code };
}

/** The caller of a token: the employee, role employee, never more. Someone who has left gets nothing. */
export function callerFromToken(ss: Spreadsheet, token: string): Caller {
  const check = verifyToken(token);
  if (!check.ok) throw check.expired ? new KanriError('link.expired', { date: check.expired }) : new KanriError('link.invalid');
  const code = check.code;
  const employee = readTable(ss, employeesTable).rows.find((r) => r.value.code === code)?.value;
  const today = nowTokyo().slice(0, 10);
  if (!employee || (employee.leaveDate && employee.leaveDate < today)) throw new KanriError('link.invalid');
  return { email: employee.email ?? `link:${code}`, role: 'employee', departments: [], employeeCode: code };
}

function audited<T>(ss: Spreadsheet, user: string, action: string, key: string, change: () => T, after: (result: T) => string = () => ''): T {
  return withLock(() => {
    const result = change();
    const tx = new Transaction({ ss, user, now: nowTokyo() });
    tx.note('従業員用リンク', action, key, after(result));
    tx.commit();
    return result;
  });
}

/** The link life: the admin's choice, else 設定 `link.expiryDays` (default 90), 1 to MAX_LINK_DAYS days. */
function linkDays(ss: Spreadsheet, chosen: number | undefined): number {
  if (chosen !== undefined) return chosen;
  const text = String(readSettings(ss)['link.expiryDays'] ?? '').trim();
  const days = /^[1-9]\d{0,3}$/.test(text) ? Number(text) : NaN;
  if (!(days <= MAX_LINK_DAYS)) throw new KanriError('link.badExpirySetting', { value: text, max: MAX_LINK_DAYS });
  return days;
}

function assertEmployee(ss: Spreadsheet, code: string): void {
  if (!readTable(ss, employeesTable).rows.some((r) => r.value.code === code)) throw new KanriError('link.noEmployee', { code });
}

export const signedLinkRpcs = [
  rpc({
    name: 'issueEmployeeLink', roles: ['admin'], summary: "Returns an employee's personal web-app link (signed; for staff without a Workspace account)",
    input: object({ employeeCode: employeeCode(), days: optional(number().check(int(), minimum(1), maximum(MAX_LINK_DAYS))) }),
    handler: (input, { ss, caller }) => {
      assertEmployee(ss, input.employeeCode);
      // getUrl() is null until the script has a web-app deployment (reference: Class Service).
      const base = ScriptApp.getService().getUrl();
      if (!base) throw new KanriError('link.notDeployed');
      const expiresOn = addDays(nowTokyo().slice(0, 10), linkDays(ss, input.days));
      const token = audited(ss, caller.email, 'issueLink', input.employeeCode, () => issueToken(input.employeeCode, expiresOn), (t) => `第${t.split('.')[1]}版、${expiresOn}まで有効`);
      return { employeeCode: input.employeeCode, expiresOn, url: `${base}?k=${token}` };
    },
  }),
  rpc({
    name: 'revokeEmployeeLink', roles: ['admin'], summary: "Revokes one employee's personal link (a new one must be issued)",
    input: object({ employeeCode: employeeCode() }),
    handler: (input, { ss, caller }) => {
      assertEmployee(ss, input.employeeCode);
      audited(ss, caller.email, 'revokeLink', input.employeeCode, () => {
        const state = versionState(input.employeeCode);
        if (state?.issued) PropertiesService.getScriptProperties().setProperty(VERSION_PREFIX + input.employeeCode, `${state.version}r`);
      });
      return { employeeCode: input.employeeCode, revoked: true };
    },
  }),
  rpc({
    name: 'rotateLinkSecret', roles: ['admin'], summary: 'Replaces the link secret: every personal link stops working',
    input: object({}),
    handler: (_input, { ss, caller }) => {
      audited(ss, caller.email, 'rotateLinkSecret', 'secret', () => PropertiesService.getScriptProperties().setProperty(SECRET_PROPERTY, newSecret()));
      return { rotated: true };
    },
  }),
] satisfies readonly RpcEntry<any>[];
