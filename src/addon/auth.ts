/**
 * Who is calling: the e-mail from `Session.getActiveUser()` (filled for users of the same Workspace
 * domain when the web app executes as the owner), looked up in 権限 (Roles) and 従業員 (Employees).
 * Runs before anything else is read; an unknown or empty e-mail gets nothing but a clear message.
 */
import type { Caller, Role } from './entrypoints';
import { rolesTable } from '../schema/tables/roles';
import { employeesTable } from '../schema/tables/employees';
import { readTable } from './tables';
import { KanriError } from '../core/errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function activeUserEmail(): string {
  return (Session.getActiveUser().getEmail() || '').trim().toLowerCase();
}

/** The caller's role and scope. Rows of Roles/Employees that fail validation grant nothing. */
export function resolveCaller(ss: Spreadsheet, email: string): Caller {
  if (!email) throw new KanriError('access.noEmail');
  const roleRow = readTable(ss, rolesTable).rows.find((r) => r.value.email.toLowerCase() === email)?.value;
  const employee = readTable(ss, employeesTable).rows.find((r) => (r.value.email ?? '').toLowerCase() === email)?.value;
  if (!roleRow && !employee) throw new KanriError('access.unknownUser', { email });
  const role: Role = roleRow?.role ?? 'employee';
  return {
    email,
    role,
    departments: role === 'manager' ? (roleRow?.departments ?? '').split(/[,、]/).map((d) => d.trim()).filter(Boolean) : [],
    employeeCode: employee?.code ?? null,
  };
}

/** Whether the caller may call an entry allowed to `roles`: an admin or manager who is also an employee keeps employee rights over their own records. */
export function mayCall(caller: Caller, roles: readonly Role[]): boolean {
  if (roles.includes(caller.role)) return true;
  return roles.includes('employee') && caller.employeeCode !== null;
}
