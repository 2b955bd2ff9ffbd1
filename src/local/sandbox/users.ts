/**
 * The local-only user switchers: which admin runs the menu and the sidebars, and which employee
 * the web app serves (as `Session.getActiveUser()` would say on Google). Chosen in the page, kept
 * in a cookie; read from the workbook's 権限 and 従業員 tables. Nothing here exists in the Apps
 * Script build.
 */
import type { IncomingMessage } from 'node:http';
import { rolesTable } from '../../schema/tables/roles';
import { codeOfLabel } from '../../schema/labels';
import { employeesTable } from '../../schema/tables/employees';
import type { SheetReader } from './sheets';

export const ADMIN_COOKIE = 'kanri_admin';
export const EMPLOYEE_COOKIE = 'kanri_user';

export interface Person {
  email: string;
  label: string;
}

const header = (def: { columns: readonly { key: string; header: string }[] }, key: string) => def.columns.find((c) => c.key === key)!.header;

/** Every admin in 権限, the owner first when listed. */
export function admins(sheets: SheetReader, owner: string): Person[] {
  const rows = sheets.column(rolesTable.sheet, [header(rolesTable, 'email'), header(rolesTable, 'role')]);
  const names = employeeNames(sheets);
  // 権限 shows the role as its label (管理者); an older sheet holds the code (admin).
  const roles = rolesTable.columns.find((c) => c.key === 'role')!.choices!;
  const emails = rows.filter(([, role]) => codeOfLabel(roles, role ?? '') === 'admin').map(([email]) => (email ?? '').toLowerCase()).filter(Boolean);
  const list = [...new Set(emails.includes(owner) ? [owner, ...emails] : emails)];
  return list.map((email) => ({ email, label: names.get(email) ? `${names.get(email)} <${email}>` : email }));
}

/** Every employee with an e-mail in 従業員, labelled "name (department)". */
export function employees(sheets: SheetReader): Person[] {
  const rows = sheets.column(employeesTable.sheet, ['email', 'name', 'department'].map((k) => header(employeesTable, k)));
  return rows.filter(([email]) => email).map(([email, name, department]) => ({ email: email!.toLowerCase(), label: `${name} (${department})` }));
}

function employeeNames(sheets: SheetReader): Map<string, string> {
  return new Map(employees(sheets).map((p) => [p.email, p.label]));
}

export function cookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    try {
      out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      // a malformed cookie is ignored
    }
  }
  return out;
}

/** The chosen person if still in the list, else the first one. */
export function chosen(list: Person[], cookie: string | undefined): string {
  return list.find((p) => p.email === cookie)?.email ?? list[0]?.email ?? '';
}

export function setCookie(name: string, value: string): string {
  return `${name}=${encodeURIComponent(value)}; Path=/; SameSite=Lax; HttpOnly`;
}
