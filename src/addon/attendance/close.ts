/**
 * 月次締め and its audited reopen. The close reads each table once, computes every employee's month
 * with the pure core, and only when no employee has an error writes 月次勤怠 in one write and a
 * 締め状態 row; from then on the month refuses punches, corrections and leave for every role.
 */
import { employeesTable } from '../../schema/tables/employees';
import { workRulesTable } from '../../schema/tables/workRules';
import { punchesTable } from '../../schema/tables/punches';
import { leaveTakenTable } from '../../schema/tables/leave';
import { companyHolidaysTable } from '../../schema/tables/companyHolidays';
import { monthlyAttendanceTable } from '../../schema/tables/monthlyAttendance';
import { closuresTable } from '../../schema/tables/closures';
import { readValidTable, type RowError } from '../tables';
import { Transaction } from '../transaction';
import { withLock } from '../lock';
import { nowTokyo } from '../clock';
import { KanriError } from '../../core/errors';
import { message } from '../../core/i18n';
import { isClosed, type ClosureRow } from '../../core/closures';
import { closeEmployeeMonth, goLiveWeekDays, workRuleOf, type EmployeeMonthSummary } from '../../core/attendance/monthlyClose';
import { goLiveWeekTable } from '../../schema/tables/goLiveWeek';
import { addDays } from '../../core/calendar';
import { firstDayOfMonth, lastDayOfMonth, type YearMonth } from '../../core/calendar';
import type { Punch } from '../../core/attendance/types';
import { readClosures } from '../closures';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CloseProblem {
  employeeCode: string;
  name: string;
  ja: string;
  en: string;
}

export interface MonthPreview {
  month: YearMonth;
  closed: boolean;
  employees: { code: string; name: string; department: string; summary: EmployeeMonthSummary }[];
  problems: CloseProblem[];
  /** Rows of any table that failed validation: the close refuses to act on partial data. */
  tableErrors: RowError[];
}

/** Computes the month for every employee employed in it, without writing anything. */
export function previewMonth(ss: Spreadsheet, month: YearMonth): MonthPreview {
  const employees = readValidTable(ss, employeesTable).rows.map((r) => r.value);
  const rules = new Map(readValidTable(ss, workRulesTable).rows.map((r) => [r.value.code, r.value]));
  const holidays = readValidTable(ss, companyHolidaysTable).rows.map((r) => r.value.date);
  const leave = readValidTable(ss, leaveTakenTable).rows.map((r) => r.value).filter((l) => l.status === 'approved');
  const closures = readClosures(ss);
  const punchesByEmployee = new Map<string, Punch[]>();
  for (const { value: p } of readValidTable(ss, punchesTable).rows) {
    const list = punchesByEmployee.get(p.employeeCode) ?? [];
    list.push({ at: p.at, kind: p.kind });
    punchesByEmployee.set(p.employeeCode, list);
  }
  const from = firstDayOfMonth(month);
  const to = lastDayOfMonth(month);
  const preview: MonthPreview = { month, closed: isClosed(closures, 'attendance', month), employees: [], problems: [], tableErrors: [] };
  // Go-live: before any earlier month is closed, the days of this month's first week before the company's first
  // punch have no punches in Kanri; their hours are asked for (導入前の週の労働時間), never taken as zero. The table
  // is read only then, so a running company's close makes no extra call.
  let firstPunchDate: string | undefined;
  for (const list of punchesByEmployee.values()) for (const p of list) if (!firstPunchDate || p.at < firstPunchDate) firstPunchDate = p.at;
  firstPunchDate = firstPunchDate?.slice(0, 10);
  const earlierClosed = closures.some((c) => c.area === 'attendance' && c.period < month && isClosed(closures, 'attendance', c.period));
  let goLiveHours: Map<string, number> | undefined;
  for (const e of employees) {
    if (e.hireDate > to || (e.leaveDate && e.leaveDate < from)) continue;
    const ruleRow = rules.get(e.workRule);
    if (!ruleRow) {
      preview.problems.push({ employeeCode: e.code, name: e.name, ja: `勤務区分「${e.workRule}」がありません`, en: `work rule "${e.workRule}" does not exist` });
      continue;
    }
    const rule = workRuleOf(ruleRow, holidays);
    const before = earlierClosed ? [] : goLiveWeekDays(month, rule, firstPunchDate, e.hireDate);
    let goLiveWeekMinutes: number | undefined;
    if (before.length) {
      goLiveHours ??= new Map(readValidTable(ss, goLiveWeekTable).rows.map((r) => r.value).filter((r) => r.month === month).map((r) => [r.employeeCode, r.minutes]));
      goLiveWeekMinutes = goLiveHours.get(e.code);
      if (goLiveWeekMinutes === undefined) {
        const params = { from: before[0]!, to: before[before.length - 1]!, month, sheet: goLiveWeekTable.sheet, first: firstPunchDate ?? '-' };
        preview.problems.push({ employeeCode: e.code, name: e.name, ja: message('ja', 'attendance.goLiveWeek', params), en: message('en', 'attendance.goLiveWeek', params) });
        continue;
      }
    }
    const result = closeEmployeeMonth({
      month, hireDate: e.hireDate, leaveDate: e.leaveDate, rule, goLiveWeekMinutes,
      punches: punchesByEmployee.get(e.code) ?? [],
      paidLeave: leave.filter((l) => l.employeeCode === e.code).map((l) => ({ date: l.date, days: l.days })),
    });
    for (const err of result.errors) {
      const key = `attendance.error.${err.code}` as const;
      preview.problems.push({ employeeCode: e.code, name: e.name, ja: message('ja', key, { date: err.date }), en: message('en', key, { date: err.date }) });
    }
    preview.employees.push({ code: e.code, name: e.name, department: e.department, summary: result.summary });
  }
  return preview;
}

export interface CloseReport {
  month: YearMonth;
  closed: boolean;
  count: number;
  problems: CloseProblem[];
}

export function closeAttendanceMonth(ss: Spreadsheet, month: YearMonth, user: string): CloseReport {
  return withLock(() => {
    const preview = previewMonth(ss, month);
    if (preview.closed) throw new KanriError('attendance.alreadyClosed', { month });
    if (preview.problems.length) return { month, closed: false, count: 0, problems: preview.problems };
    const now = nowTokyo();
    const tx = new Transaction({ ss, user, now });
    const existing = readValidTable(ss, monthlyAttendanceTable);
    const rows = preview.employees.map((e) => ({ month, employeeCode: e.code, ...e.summary, closedAt: now, closedBy: user }));
    // A month closed again after a reopen replaces its earlier rows (each change audited); new people are appended.
    const fresh = [];
    for (const row of rows) {
      const old = existing.rows.find((r) => r.value.month === month && r.value.employeeCode === row.employeeCode);
      if (old) tx.update(existing, old.rowNumber, row);
      else fresh.push(row);
    }
    tx.append(monthlyAttendanceTable, fresh, existing);
    assertNewClosureRow(readClosures(ss), month, 'closed', now);
    tx.append(closuresTable, [{ area: 'attendance', period: month, status: 'closed', at: now, by: user }]);
    tx.commit();
    return { month, closed: true, count: rows.length, problems: [] };
  });
}

/** A second close (or reopen) of a month within the same minute would repeat a 締め状態 key: refused, try again a minute later. */
function assertNewClosureRow(closures: readonly ClosureRow[], month: YearMonth, status: ClosureRow['status'], at: string): void {
  if (closures.some((c) => c.area === 'attendance' && c.period === month && c.status === status && c.at === at)) {
    throw new KanriError('table.duplicateInput', { sheet: closuresTable.sheet, key: `attendance/${month}/${at}/${status}` });
  }
}

export function reopenAttendanceMonth(ss: Spreadsheet, month: YearMonth, user: string, reason: string): { month: YearMonth; reopened: true } {
  if (!reason.trim()) throw new KanriError('attendance.reasonRequired');
  return withLock(() => {
    const closures = readClosures(ss);
    if (!isClosed(closures, 'attendance', month)) throw new KanriError('attendance.notClosed', { month });
    // The salary run of the month (its id is the work month, payroll/run.ts) was computed from this
    // attendance: reopening under it would let the ledger and the attendance disagree.
    if (isClosed(closures, 'payroll', month)) throw new KanriError('attendance.payrollClosed', { month, runs: month });
    const now = nowTokyo();
    assertNewClosureRow(closures, month, 'reopened', now);
    const tx = new Transaction({ ss, user, now, reason });
    tx.append(closuresTable, [{ area: 'attendance', period: month, status: 'reopened', at: now, by: user, reason }]);
    tx.note(closuresTable.sheet, 'reopen', `勤怠/${month}`);
    tx.commit();
    return { month, reopened: true };
  });
}
