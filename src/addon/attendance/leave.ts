/**
 * 年次有給休暇 in the workbook: statutory grants are added to 有給付与 when they fall due (the daily
 * routine), balances consume the oldest grant first, and the five-day obligation is watched.
 */
import type { RowOf } from '../../schema/table';
import { employeesTable } from '../../schema/tables/employees';
import { leaveGrantsTable, leaveTakenTable } from '../../schema/tables/leave';
import { monthlyAttendanceTable } from '../../schema/tables/monthlyAttendance';
import { workRulesTable } from '../../schema/tables/workRules';
import { companyHolidaysTable } from '../../schema/tables/companyHolidays';
import { readTable, readValidTable } from '../tables';
import { Transaction } from '../transaction';
import { withLock } from '../lock';
import { nowTokyo } from '../clock';
import { balanceOfGrants, fiveDayObligation, grantDates, periodEnd, statutoryGrantDays, takenBetween, type FiveDayObligation, type LeaveBalance } from '../../core/attendance/paidLeave';
import { PAID_LEAVE_GRANTS as PAID_LEAVE } from '../../core/attendance/rates/paidLeaveGrantDays';
import { workRuleOf } from '../../core/attendance/monthlyClose';
import { scheduledSpan } from '../../core/attendance/classify';
import { addDays, addMonths, datesFrom, yearMonthOf, type LocalDate } from '../../core/calendar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Attendance rate of the period before a grant, from closed months (出勤率, 労基法39条1項・2項). */
function attendanceBelow80(monthly: { month: string; workDays: number; absenceDays: number; paidLeaveDays: number }[], from: LocalDate, to: LocalDate): boolean {
  const rows = monthly.filter((m) => m.month >= yearMonthOf(from) && m.month <= yearMonthOf(to));
  // Months before Kanri have no record: the condition is taken as met (the admin can record 0 days by hand).
  if (!rows.length) return false;
  const attended = rows.reduce((s, m) => s + m.workDays + m.paidLeaveDays, 0); // 有給取得日は出勤とみなす (39条10項)
  const scheduled = attended + rows.reduce((s, m) => s + m.absenceDays, 0);
  return scheduled > 0 && attended * 100 < scheduled * PAID_LEAVE.attendanceRatePercent;
}

/** Adds every statutory grant due by `asOf` that 有給付与 does not have yet; one write. */
export function grantDueLeave(ss: Spreadsheet, asOf: LocalDate, user: string): { added: number } {
  return withLock(() => {
    const employees = readValidTable(ss, employeesTable).rows.map((r) => r.value);
    const grantsRead = readValidTable(ss, leaveGrantsTable);
    const monthly = readTable(ss, monthlyAttendanceTable).rows.map((r) => r.value);
    const have = new Set(grantsRead.rows.map((r) => `${r.value.employeeCode}/${r.value.grantDate}`));
    const rows: RowOf<typeof leaveGrantsTable>[] = [];
    for (const e of employees) {
      if (e.leaveDate && e.leaveDate < asOf) continue;
      grantDates(e.hireDate, asOf).forEach((grantDate, n) => {
        if (have.has(`${e.code}/${grantDate}`)) return;
        const pattern = { weeklyScheduledDays: e.weeklyScheduledDays, weeklyScheduledHours: e.weeklyScheduledMinutes / 60 };
        const from = n === 0 ? e.hireDate : addMonths(grantDate, -12);
        const failed = attendanceBelow80(monthly.filter((m) => m.employeeCode === e.code), from, addDays(grantDate, -1));
        const days = failed ? 0 : statutoryGrantDays(n, pattern);
        const general = statutoryGrantDays(n, { weeklyScheduledDays: 5 });
        rows.push({
          employeeCode: e.code, grantDate, days, expiresOn: periodEnd(grantDate, PAID_LEAVE.expiryMonths),
          basis: days === general ? ('statutory' as const) : ('proportional' as const),
          note: failed ? '出勤率8割未満 (労基法39条)' : undefined,
        });
      });
    }
    const tx = new Transaction({ ss, user, now: nowTokyo() });
    tx.append(leaveGrantsTable, rows, grantsRead);
    tx.commit();
    return { added: rows.length };
  });
}

export interface LeaveStatus {
  employeeCode: string;
  balance: LeaveBalance;
  pendingDays: number;
  obligation: (FiveDayObligation & { grantDate: LocalDate; takenDays: number }) | null;
}

/** Balance, pending requests and the five-day obligation of the latest grant of ≥ 10 days. */
export function leaveStatus(ss: Spreadsheet, employeeCodes: readonly string[], asOf: LocalDate): LeaveStatus[] {
  const grants = readTable(ss, leaveGrantsTable).rows.map((r) => r.value);
  const requests = readTable(ss, leaveTakenTable).rows.map((r) => r.value);
  const employees = new Map(readTable(ss, employeesTable).rows.map((r) => [r.value.code, r.value]));
  const rules = new Map(readTable(ss, workRulesTable).rows.map((r) => [r.value.code, r.value]));
  const holidays = readTable(ss, companyHolidaysTable).rows.map((r) => r.value.date);
  return employeeCodes.map((code) => {
    const own = grants.filter((g) => g.employeeCode === code);
    const taken = requests.filter((r) => r.employeeCode === code && r.status === 'approved').map((r) => ({ date: r.date, days: r.days }));
    const balance = balanceOfGrants(own, taken, asOf);
    const pendingDays = requests.filter((r) => r.employeeCode === code && r.status === 'pending').reduce((s, r) => s + r.days, 0);
    const latest = own.filter((g) => g.grantDate <= asOf && g.days >= PAID_LEAVE.obligation.minGrantDays).sort((a, b) => (a.grantDate < b.grantDate ? 1 : -1))[0];
    let obligation: LeaveStatus['obligation'] = null;
    const employee = employees.get(code);
    const ruleRow = employee ? rules.get(employee.workRule) : undefined;
    if (latest && ruleRow) {
      const deadline = periodEnd(latest.grantDate, PAID_LEAVE.obligation.withinMonths);
      const rule = workRuleOf(ruleRow, holidays);
      const remainingWorkingDays = asOf < deadline ? datesFrom(addDays(asOf, 1), deadline).filter((d) => scheduledSpan(d, rule)).length : 0;
      const takenDays = takenBetween(taken, latest.grantDate, asOf);
      obligation = { ...fiveDayObligation({ grantDate: latest.grantDate, grantDays: latest.days, asOf, takenDays, remainingWorkingDays }), grantDate: latest.grantDate, takenDays };
    }
    return { employeeCode: code, balance, pendingDays, obligation };
  });
}
