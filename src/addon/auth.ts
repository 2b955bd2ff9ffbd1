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
import { nowTokyo } from './clock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function activeUserEmail(): string {
  return (Session.getActiveUser().getEmail() || '').trim().toLowerCase();
}

/**
 * The caller's role and scope. Rows of Roles/Employees that fail validation grant nothing; an e-mail
 * on two rows of one table (emails.ts) grants nothing either. Access ends the day after 退職日
 * (issue 12 item 7), whatever the role: a leaver's final payslips reach them by mail (sendPayslips,
 * resendPayslip, to the address on file, which the admin may change), not through the web app.
 */
export function resolveCaller(ss: Spreadsheet, email: string): Caller {
  if (!email) throw new KanriError('access.noEmail');
  const roleRows = readTable(ss, rolesTable).rows.filter((r) => r.value.email.toLowerCase() === email);
  const employees = readTable(ss, employeesTable).rows.filter((r) => (r.value.email ?? '').toLowerCase() === email);
  if (roleRows.length > 1 || employees.length > 1) throw new KanriError('access.ambiguousEmail', { email });
  const roleRow = roleRows[0]?.value;
  const employee = employees[0]?.value;
  if (!roleRow && !employee) throw new KanriError('access.unknownUser', { email });
  if (employee?.leaveDate && employee.leaveDate < nowTokyo().slice(0, 10)) throw new KanriError('access.left', { email, leaveDate: employee.leaveDate });
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
