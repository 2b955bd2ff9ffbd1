/**
 * The signed per-employee link, for a company whose staff have no Workspace accounts (then
 * `Session.getActiveUser().getEmail()` is empty in the web app; DESIGN.md §1). A token is
 * `<employee code>.<version>.<HMAC-SHA256(code.version, secret)>`: the secret lives in the script
 * properties (created on first use, rotated by an admin: every link dies), the version per employee
 * (bumped to revoke that employee's link). A token identifies one employee, with the employee role
 * only: it never grants admin or manager rights, whatever the Roles table says for that person.
 */
import { object } from 'zod/mini';
import { rpc, type Caller, type RpcEntry } from './entrypoints';
import { employeeCode } from '../schema/fields';
import { employeesTable } from '../schema/tables/employees';
import { readTable } from './tables';
import { Transaction } from './transaction';
import { withLock } from './lock';
import { nowTokyo } from './clock';
import { KanriError } from '../core/errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SECRET_PROPERTY = 'KANRI_LINK_SECRET';
const VERSION_PREFIX = 'KANRI_LINK_VERSION_';
const TOKEN = /^([A-Za-z0-9-]{1,20})\.(\d{1,6})\.([A-Za-z0-9_-]{43})$/;

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

function versionOf(code: string): number {
  return Number(PropertiesService.getScriptProperties().getProperty(VERSION_PREFIX + code) ?? '1') || 1;
}

function signature(code: string, version: number, key: string): string {
  const bytes = Utilities.computeHmacSha256Signature(`${code}.${version}`, key, Utilities.Charset.UTF_8);
  return Utilities.base64EncodeWebSafe(bytes).replace(/=+$/, '');
}

/** Compares every character whatever the first difference, so the time taken tells nothing. */
function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

export function employeeToken(code: string): string {
  const version = versionOf(code);
  return `${code}.${version}.${signature(code, version, secret())}`;
}

/** The employee a token names, or null when it is malformed, altered, revoked or signed with an old secret. */
export function verifyToken(token: string): string | null {
  const m = TOKEN.exec(token);
  if (!m) return null;
  const [, code, version, sig] = m as unknown as [string, string, string, string];
  const stored = PropertiesService.getScriptProperties().getProperty(SECRET_PROPERTY);
  if (!stored) return null;
  const expected = signature(code, Number(version), stored);
  const valid = constantTimeEqual(sig, expected);
  return valid && Number(version) === versionOf(code) ? code : null;
}

/** The caller of a token: the employee, role employee, never more. Someone who has left gets nothing. */
export function callerFromToken(ss: Spreadsheet, token: string): Caller {
  const code = verifyToken(token);
  if (!code) throw new KanriError('link.invalid');
  const employee = readTable(ss, employeesTable).rows.find((r) => r.value.code === code)?.value;
  const today = nowTokyo().slice(0, 10);
  if (!employee || (employee.leaveDate && employee.leaveDate < today)) throw new KanriError('link.invalid');
  return { email: employee.email ?? `link:${code}`, role: 'employee', departments: [], employeeCode: code };
}

function audited(ss: Spreadsheet, user: string, action: string, key: string, change: () => void): void {
  withLock(() => {
    change();
    const tx = new Transaction({ ss, user, now: nowTokyo() });
    tx.note('employee links', action, key);
    tx.commit();
  });
}

function assertEmployee(ss: Spreadsheet, code: string): void {
  if (!readTable(ss, employeesTable).rows.some((r) => r.value.code === code)) throw new KanriError('link.noEmployee', { code });
}

export const signedLinkRpcs: RpcEntry<any>[] = [
  rpc({
    name: 'issueEmployeeLink', roles: ['admin'], summary: "Returns an employee's personal web-app link (signed; for staff without a Workspace account)",
    input: object({ employeeCode: employeeCode() }),
    handler: (input, { ss }) => {
      assertEmployee(ss, input.employeeCode);
      return { employeeCode: input.employeeCode, url: `${ScriptApp.getService().getUrl()}?k=${employeeToken(input.employeeCode)}` };
    },
  }),
  rpc({
    name: 'revokeEmployeeLink', roles: ['admin'], summary: "Revokes one employee's personal link (a new one must be issued)",
    input: object({ employeeCode: employeeCode() }),
    handler: (input, { ss, caller }) => {
      assertEmployee(ss, input.employeeCode);
      audited(ss, caller.email, 'revokeLink', input.employeeCode, () => {
        PropertiesService.getScriptProperties().setProperty(VERSION_PREFIX + input.employeeCode, String(versionOf(input.employeeCode) + 1));
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
];
