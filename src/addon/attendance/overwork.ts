/**
 * The overwork view (issue 15, item 1) on the server: reads what core/attendance/overwork.ts needs and
 * scopes it to the caller. 月次勤怠 grows by one row per person and month for ever, so only its tail is
 * read: blocks from the bottom (close appends month after month) until a block reaches a month older
 * than the window (the agreement year and the five months before it that the 80-hour average looks at).
 */
import type { RpcContext } from '../entrypoints';
import { monthlyAttendanceTable } from '../../schema/tables/monthlyAttendance';
import { employeesTable } from '../../schema/tables/employees';
import { workRulesTable } from '../../schema/tables/workRules';
import { companyHolidaysTable } from '../../schema/tables/companyHolidays';
import { readTable, readTableTail } from '../tables';
import type { RowOf } from '../../schema/table';
import { nowTokyo } from '../clock';
import { previewMonth } from './close';
import { agreementOf } from './monitor';
import { overworkView, type OverworkPersonInput, type OverworkView } from '../../core/attendance/overwork';
import { AGREEMENT36_LIMITS as L } from '../../core/attendance/rates/agreement36Limits';
import { workRuleOf } from '../../core/attendance/monthlyClose';
import { scheduledSpan } from '../../core/attendance/classify';
import { addYearMonths, datesFrom, firstDayOfMonth, lastDayOfMonth, yearMonthOf, type YearMonth } from '../../core/calendar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Monthly = RowOf<typeof monthlyAttendanceTable>;

/** Months of history the limits can look at: the agreement year before `month` and the 2–6-month averages. */
export const OVERWORK_HISTORY_MONTHS = L.agreementMonths + L.average80.toMonths - 1;

/**
 * The 月次勤怠 rows of months from `from` up to `to`, reading blocks of `blockRows` rows from the bottom.
 * Returns the rows and how many cells were read (the bound the tests check).
 */
export function recentMonthlyAttendance(ss: Spreadsheet, from: YearMonth, to: YearMonth, blockRows: number): { rows: Monthly[]; cellsRead: number } {
  const { read, cellsRead } = readTableTail(ss, monthlyAttendanceTable, blockRows, (r) => r.month < from);
  return { rows: read.rows.map((r) => r.value).filter((r) => r.month >= from && r.month <= to), cellsRead };
}

/** The overwork view of `month` (default: this month) for the people the caller may see. */
export function overworkFor(context: RpcContext, month: YearMonth | undefined): OverworkView & { cellsRead: number } {
  const { ss, caller } = context;
  const asOf = nowTokyo().slice(0, 10);
  const target = month ?? yearMonthOf(asOf);
  const agreement = agreementOf(ss, target);
  const everyone = readTable(ss, employeesTable).rows.map((r) => r.value);
  const employees = caller.role === 'admin' ? everyone : everyone.filter((e) => caller.departments.includes(e.department));
  const history = recentMonthlyAttendance(ss, addYearMonths(target, -OVERWORK_HISTORY_MONTHS), target, Math.max(1, everyone.length) * (OVERWORK_HISTORY_MONTHS + 1));
  const closed = history.rows.filter((h) => h.month === target);
  const preview = closed.length || employees.length === 0 ? null : previewMonth(ss, target);
  const isOpenNow = !closed.length && yearMonthOf(asOf) === target;
  const rules = isOpenNow ? new Map(readTable(ss, workRulesTable).rows.map((r) => [r.value.code, r.value])) : new Map();
  const holidays = isOpenNow ? readTable(ss, companyHolidaysTable).rows.map((r) => r.value.date) : [];
  const people: OverworkPersonInput[] = [];
  for (const e of employees) {
    const mine = history.rows.filter((h) => h.employeeCode === e.code)
      .map((h) => ({ month: h.month, overtimeMinutes: h.legalOvertimeMinutes, holidayMinutes: h.legalHolidayMinutes }));
    const closedRow = mine.find((h) => h.month === target);
    const open = preview?.employees.find((x) => x.code === e.code)?.summary;
    if (!closedRow && !open) continue;
    const current = closedRow ?? { month: target, overtimeMinutes: open!.legalOvertimeMinutes, holidayMinutes: open!.legalHolidayMinutes };
    const ruleRow = rules.get(e.workRule);
    const scheduledDays = !closedRow && ruleRow
      ? datesFrom(firstDayOfMonth(target), lastDayOfMonth(target)).filter((d) => scheduledSpan(d, workRuleOf(ruleRow, holidays)))
      : null;
    people.push({ code: e.code, name: e.name, department: e.department, history: mine.filter((h) => h.month < target), current, scheduledDays });
  }
  return { ...overworkView({ agreement, month: target, asOf, people }), cellsRead: history.cellsRead };
}
