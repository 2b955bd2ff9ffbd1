/**
 * 36協定 monitor and the department view: closed months from 月次勤怠, the open month from the
 * punches so far (projected to month end by the core's pace), per employee and per department.
 */
import { monthlyAttendanceTable } from '../../schema/tables/monthlyAttendance';
import { employeesTable } from '../../schema/tables/employees';
import { workRulesTable } from '../../schema/tables/workRules';
import { companyHolidaysTable } from '../../schema/tables/companyHolidays';
import { readTable } from '../tables';
import { readSettings, settingBoolean } from '../settings';
import { previewMonth } from './close';
import { checkAgreement36, projectAgreement36, type Agreement36, type LimitCheck, type MonthHours, type Projection } from '../../core/attendance/agreement36';
import { departmentRanking, type DepartmentRanking } from '../../core/attendance/departments';
import { workRuleOf } from '../../core/attendance/monthlyClose';
import { scheduledSpan } from '../../core/attendance/classify';
import { addYearMonths, datesFrom, firstDayOfMonth, lastDayOfMonth, yearMonthOf, type LocalDate, type YearMonth } from '../../core/calendar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface EmployeeAgreementStatus {
  code: string;
  name: string;
  department: string;
  month: MonthHours;
  limits: LimitCheck[];
  projection: Projection | null;
  worst: 'ok' | 'warning' | 'violation';
}

export interface AgreementReport {
  month: YearMonth;
  asOf: LocalDate;
  agreement: Agreement36;
  employees: EmployeeAgreementStatus[];
  departments: DepartmentRanking[];
}

export function agreementOf(ss: Spreadsheet, month: YearMonth): Agreement36 {
  const s = readSettings(ss);
  const startNumber = Math.min(12, Math.max(1, Number(s['agreement36.startMonth']) || 4));
  const year = Number(month.slice(0, 4));
  const start = `${year}-${String(startNumber).padStart(2, '0')}`;
  return {
    startMonth: start <= month ? start : addYearMonths(start, -12),
    specialClause: settingBoolean(s, 'agreement36.specialClause'),
    variableYear: settingBoolean(s, 'agreement36.variableYear'),
  };
}

const rank = { ok: 0, warning: 1, violation: 2 } as const;

/** The month's 36協定 status for everyone; an open month uses punches so far and projects month end. */
export function agreementReport(ss: Spreadsheet, month: YearMonth, asOf: LocalDate): AgreementReport {
  const agreement = agreementOf(ss, month);
  const employees = readTable(ss, employeesTable).rows.map((r) => r.value);
  const history = readTable(ss, monthlyAttendanceTable).rows.map((r) => r.value);
  const closedThisMonth = history.some((h) => h.month === month);
  const preview = closedThisMonth ? null : previewMonth(ss, month);
  const rules = new Map(readTable(ss, workRulesTable).rows.map((r) => [r.value.code, r.value]));
  const holidays = readTable(ss, companyHolidaysTable).rows.map((r) => r.value.date);
  const result: EmployeeAgreementStatus[] = [];
  const departmentRows = [];
  for (const e of employees) {
    const past: MonthHours[] = history.filter((h) => h.employeeCode === e.code && h.month < month && h.month >= addYearMonths(month, -12))
      .map((h) => ({ month: h.month, overtimeMinutes: h.legalOvertimeMinutes, holidayMinutes: h.legalHolidayMinutes }));
    for (const h of history.filter((x) => x.employeeCode === e.code)) {
      departmentRows.push({ department: e.department, employeeCode: e.code, month: h.month, overtimeMinutes: h.legalOvertimeMinutes, holidayMinutes: h.legalHolidayMinutes });
    }
    const closed = history.find((h) => h.employeeCode === e.code && h.month === month);
    const open = preview?.employees.find((x) => x.code === e.code)?.summary;
    if (!closed && !open) continue;
    const current: MonthHours = closed
      ? { month, overtimeMinutes: closed.legalOvertimeMinutes, holidayMinutes: closed.legalHolidayMinutes }
      : { month, overtimeMinutes: open!.legalOvertimeMinutes, holidayMinutes: open!.legalHolidayMinutes };
    if (!closed) departmentRows.push({ department: e.department, employeeCode: e.code, ...current });
    const limits = checkAgreement36(agreement, [...past, current]);
    let projection: Projection | null = null;
    const ruleRow = rules.get(e.workRule);
    if (!closed && ruleRow && yearMonthOf(asOf) === month) {
      const rule = workRuleOf(ruleRow, holidays);
      const scheduledDays = datesFrom(firstDayOfMonth(month), lastDayOfMonth(month)).filter((d) => scheduledSpan(d, rule));
      projection = projectAgreement36({ agreement, history: past, current, asOf, scheduledDays });
    }
    const statuses = [...limits.map((l) => l.status), ...(projection?.limits.map((l) => l.projectedStatus) ?? [])];
    const worst = statuses.reduce<'ok' | 'warning' | 'violation'>((w, s) => (rank[s] > rank[w] ? s : w), 'ok');
    result.push({ code: e.code, name: e.name, department: e.department, month: current, limits, projection, worst });
  }
  result.sort((a, b) => rank[b.worst] - rank[a.worst] || b.month.overtimeMinutes + b.month.holidayMinutes - (a.month.overtimeMinutes + a.month.holidayMinutes));
  return { month, asOf, agreement, employees: result, departments: departmentRanking(departmentRows, month) };
}
