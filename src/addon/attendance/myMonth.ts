/**
 * The employee's month in the web app (issue 15 item 4): worked, overtime and late-night totals, the
 * 有給 balance and its next expiry, the five-day obligation, the status of each of their requests, and
 * warnings (a missing 退勤, a double 出勤). 打刻 grows for ever, so only its tail is read
 * (`ownRecentPunches`): rows are appended with 記録日時 = when they were written, so once a block holds
 * a row recorded before the cutoff, nothing above it can be a punch at or after the cutoff.
 */
import type { RpcContext } from '../entrypoints';
import { punchesTable } from '../../schema/tables/punches';
import { employeesTable } from '../../schema/tables/employees';
import { workRulesTable } from '../../schema/tables/workRules';
import { companyHolidaysTable } from '../../schema/tables/companyHolidays';
import { leaveTakenTable } from '../../schema/tables/leave';
import { correctionsTable } from '../../schema/tables/corrections';
import { readTable, readTableTail } from '../tables';
import { readClosures } from '../closures';
import { nowTokyo } from '../clock';
import { leaveStatus } from './leave';
import { KanriError } from '../../core/errors';
import { message } from '../../core/i18n';
import { isClosed } from '../../core/closures';
import { addDays, firstDayOfMonth, lastDayOfMonth, yearMonthOf, type LocalDateTime, type YearMonth } from '../../core/calendar';
import { closeEmployeeMonth, workRuleOf } from '../../core/attendance/monthlyClose';
import { punchWarnings } from '../../core/attendance/punches';
import type { Punch } from '../../core/attendance/types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Rows of 打刻 one block reads: about a day of punches for a company of this size (4 a person). */
const punchBlockRows = (people: number) => Math.max(40, people * 4);

/** The employee's punches at or after `since` (and the cells read), from the tail of 打刻. */
export function ownRecentPunches(ss: Spreadsheet, employeeCode: string, since: LocalDateTime, people: number): { punches: Punch[]; cellsRead: number } {
  const { read, cellsRead } = readTableTail(ss, punchesTable, punchBlockRows(people), (r) => r.recordedAt < since);
  const punches = read.rows.map((r) => r.value).filter((p) => p.employeeCode === employeeCode && p.at >= since)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((p) => ({ at: p.at, kind: p.kind }));
  return { punches, cellsRead };
}

export function myMonth(input: { month?: YearMonth | undefined }, { ss, caller }: RpcContext) {
  const code = caller.employeeCode;
  if (!code) throw new KanriError('attendance.noEmployee');
  const now = nowTokyo();
  const today = now.slice(0, 10);
  const month = input.month ?? yearMonthOf(today);
  const from = firstDayOfMonth(month);
  const to = lastDayOfMonth(month);
  const employees = readTable(ss, employeesTable).rows.map((r) => r.value);
  const me = employees.find((e) => e.code === code);
  if (!me) throw new KanriError('attendance.noEmployee');
  // a week that straddles the 1st counts whole (40 h a week): its days before the 1st are read too
  const { punches, cellsRead } = ownRecentPunches(ss, code, `${addDays(from, -6)}T00:00`, employees.length);
  const ruleRow = readTable(ss, workRulesTable).rows.find((r) => r.value.code === me.workRule)?.value;
  const holidays = readTable(ss, companyHolidaysTable).rows.map((r) => r.value.date);
  const leaveRows = readTable(ss, leaveTakenTable).rows.map((r) => r.value).filter((l) => l.employeeCode === code);
  const inMonth = punches.filter((p) => p.at.slice(0, 10) <= addDays(to, 1));
  const result = ruleRow
    ? closeEmployeeMonth({ month, hireDate: me.hireDate, leaveDate: me.leaveDate, rule: workRuleOf(ruleRow, holidays), punches: inMonth,
      paidLeave: leaveRows.filter((l) => l.status === 'approved').map((l) => ({ date: l.date, days: l.days })) })
    : null;
  const asOf = to < today ? to : today;
  const leave = leaveStatus(ss, [code], asOf)[0]!;
  const next = leave.balance.grants.filter((g) => g.remaining > 0 && g.expiresOn >= asOf).sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : 1))[0];
  const warnings = punchWarnings(punches.filter((p) => p.at >= `${from}T00:00` && p.at <= `${to}T23:59`), now).map((w) => {
    const params = { date: w.date, time: w.at.slice(11, 16) };
    return { code: w.code, date: w.date, ja: message('ja', `attendance.warning.${w.code}`, params), en: message('en', `attendance.warning.${w.code}`, params) };
  });
  const corrections = readTable(ss, correctionsTable).rows.map((r) => r.value).filter((c) => c.employeeCode === code);
  const requests = [
    ...leaveRows.filter((l) => l.date.startsWith(month) || l.status === 'pending').map((l) => ({ id: l.id, kind: 'leave' as const, date: l.date, days: l.days, status: l.status, requestedAt: l.requestedAt })),
    ...corrections.filter((c) => c.at.startsWith(month) || c.status === 'pending').map((c) => ({ id: c.id, kind: 'correction' as const, date: c.at.slice(0, 10), at: c.at, punchKind: c.kind, status: c.status, requestedAt: c.requestedAt })),
  ].sort((a, b) => (a.requestedAt < b.requestedAt ? 1 : -1));
  return {
    month, closed: isClosed(readClosures(ss), 'attendance', month),
    totals: result ? { workDays: result.summary.workDays, workedMinutes: result.summary.workedMinutes, legalOvertimeMinutes: result.summary.legalOvertimeMinutes,
      lateNightMinutes: result.summary.lateNightMinutes, legalHolidayMinutes: result.summary.legalHolidayMinutes, paidLeaveDays: result.summary.paidLeaveDays } : null,
    leave: {
      balanceDays: leave.balance.balanceDays, pendingDays: leave.pendingDays,
      nextExpiry: next ? { date: next.expiresOn, days: next.remaining } : null,
      obligation: leave.obligation ? { status: leave.obligation.status, deadline: leave.obligation.deadline, takenDays: leave.obligation.takenDays, neededDays: leave.obligation.neededDays } : null,
    },
    requests, warnings,
    punches: punches.filter((p) => p.at.startsWith(month)),
    cellsRead,
  };
}
