/** Attendance RPCs for the admin sidebar and the manager: close, reopen, 36協定, leave. */
import { object, optional } from 'zod/mini';
import { rpc, type RpcEntry, type RpcContext } from '../entrypoints';
import { employeeCode, requiredText, yearMonth } from '../../schema/fields';
import { employeesTable } from '../../schema/tables/employees';
import { readTable } from '../tables';
import { nowTokyo } from '../clock';
import { KanriError } from '../../core/errors';
import { monthForm } from '../../schema/forms/month';
import { lazyModule } from '../lazy';
import { grantDueLeave, leaveStatus } from './leave';

/** The employees a caller may see: an admin all, a manager their departments, an employee themselves. */
export function visibleEmployeeCodes(context: RpcContext): Set<string> {
  const { caller, ss } = context;
  const employees = readTable(ss, employeesTable).rows.map((r) => r.value);
  if (caller.role === 'admin') return new Set(employees.map((e) => e.code));
  if (caller.role === 'manager') {
    const own = employees.filter((e) => caller.departments.includes(e.department)).map((e) => e.code);
    return new Set([...own, ...(caller.employeeCode ? [caller.employeeCode] : [])]);
  }
  return new Set(caller.employeeCode ? [caller.employeeCode] : []);
}

const month = () => lazyModule<typeof import('./monthModule')>('attendanceMonth');

export const attendanceAdminRpcs = [
  rpc({
    name: 'attendancePreview', roles: ['admin'], summary: "A month's attendance per employee and the errors that block its close",
    input: monthForm,
    handler: (input, { ss }) => month().previewMonth(ss, input.month),
  }),
  rpc({
    name: 'closeAttendance', roles: ['admin'], summary: 'Closes a month of attendance (writes 月次勤怠, freezes the month)',
    input: monthForm,
    handler: (input, { ss, caller }) => month().closeAttendanceMonth(ss, input.month, caller.email),
  }),
  rpc({
    name: 'reopenAttendance', roles: ['admin'], summary: 'Reopens a closed month (audited, with a reason)',
    input: object({ month: yearMonth(), reason: requiredText(1000) }),
    handler: (input, { ss, caller }) => month().reopenAttendanceMonth(ss, input.month, caller.email, input.reason),
  }),
  rpc({
    name: 'agreement36Report', roles: ['admin', 'manager'], summary: '36協定 status per employee (with projection) and the department ranking; a manager sees their departments',
    input: object({ month: yearMonth() }),
    handler: (input, context) => {
      const report = month().agreementReport(context.ss, input.month, nowTokyo().slice(0, 10));
      if (context.caller.role === 'admin') return report;
      const visible = visibleEmployeeCodes(context);
      return { ...report, employees: report.employees.filter((e) => visible.has(e.code)), departments: report.departments.filter((d) => context.caller.departments.includes(d.department)) };
    },
  }),
  rpc({
    name: 'leaveStatus', roles: ['employee', 'manager', 'admin'], summary: 'Paid-leave balance and the five-day obligation (own; a manager their team; an admin anyone)',
    input: object({ employeeCode: optional(employeeCode()) }),
    handler: (input, context) => {
      const visible = visibleEmployeeCodes(context);
      const codes = input.employeeCode ? [input.employeeCode] : context.caller.role === 'employee' ? [...visible] : [...visible];
      if (codes.some((c) => !visible.has(c))) throw new KanriError('access.notYourRecord');
      return leaveStatus(context.ss, codes, nowTokyo().slice(0, 10));
    },
  }),
  rpc({
    name: 'grantLeave', roles: ['admin'], summary: 'Adds the statutory paid-leave grants that have fallen due',
    input: object({}),
    handler: (_input, { ss, caller }) => grantDueLeave(ss, nowTokyo().slice(0, 10), caller.email),
  }),
] satisfies readonly RpcEntry<any>[];
