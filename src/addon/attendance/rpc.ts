/**
 * The attendance RPCs called from the employee web app and the admin sidebar: punch, my month,
 * correction and leave requests, and the admin's decisions on them. Every write runs under the
 * lock, through a Transaction (validated, audited), and is refused for a closed month.
 */
import { object, optional, enum as oneOf, number, array, minimum, maximum, maxLength } from 'zod/mini';
import { correctionRequestForm, leaveRequestForm, requestDecisionForm } from '../../schema/forms/requests';
import { rpc, type RpcEntry, type RpcContext } from '../entrypoints';
import { punchesTable, punchKinds, type PunchKind } from '../../schema/tables/punches';
import { correctionsTable } from '../../schema/tables/corrections';
import { leaveTakenTable } from '../../schema/tables/leave';
import { employeesTable } from '../../schema/tables/employees';
import { localDate, text, yearMonth, employeeCode } from '../../schema/fields';
import { readTable, readValidTable } from '../tables';
import { Transaction } from '../transaction';
import { withLock } from '../lock';
import { nowTokyo } from '../clock';
import { KanriError } from '../../core/errors';
import { closedPeriods, isClosed } from '../../core/closures';
import { fromLocalMinutes, localMinutes, yearMonthOf } from '../../core/calendar';
import { OPEN_SHIFT_GUARD_MINUTES, openClockIn } from '../../core/attendance/punches';
import { myMonth, ownRecentPunches } from './myMonth';
import { readClosures } from '../closures';
import { assertInputDate, inputWindow, knownEmployee } from './inputWindow';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function newId(prefix: string): string {
  return `${prefix}-${Utilities.getUuid().slice(0, 13)}`;
}

/** Refuses a write into a closed attendance month (every role, admin included: reopen first). */
export function assertMonthOpen(ss: Spreadsheet, month: string): void {
  const closures = readClosures(ss);
  if (isClosed(closures, 'attendance', month)) throw new KanriError('attendance.monthClosed', { month });
}

/** The employee the caller acts for: themselves, or anyone when the caller is an admin naming one. */
function targetEmployee(context: RpcContext, requested: string | undefined): string {
  const own = context.caller.employeeCode;
  if (requested && requested !== own) {
    if (context.caller.role !== 'admin') throw new KanriError('access.notYourRecord');
    return requested;
  }
  if (!own) throw new KanriError('attendance.noEmployee');
  return own;
}

export const punchRpc = rpc({
  name: 'punch', roles: ['employee', 'admin'], summary: 'Records a punch (出勤/退勤/休憩開始/休憩終了) now, for the caller',
  input: object({ kind: oneOf(punchKinds), note: optional(text(500)) }),
  handler: (input, context) => {
    const employee = targetEmployee(context, undefined);
    const at = nowTokyo();
    return withLock(() => {
      assertMonthOpen(context.ss, yearMonthOf(at.slice(0, 10)));
      if (input.kind === 'clockIn') {
        // a second 出勤 with no 退勤 in between is refused, not recorded twice (read under the lock: the tail of 打刻 only)
        const people = readTable(context.ss, employeesTable).rows.length;
        const guardFrom = fromLocalMinutes(localMinutes(at) - OPEN_SHIFT_GUARD_MINUTES);
        const since = guardFrom < `${at.slice(0, 10)}T00:00` ? guardFrom : `${at.slice(0, 10)}T00:00`;
        const open = openClockIn(ownRecentPunches(context.ss, employee, since, people).punches, at);
        if (open) throw new KanriError('attendance.doubleClockIn', { time: open.at.slice(11, 16) });
      }
      const tx = new Transaction({ ss: context.ss, user: context.caller.email, now: at });
      const row = { id: newId('P'), employeeCode: employee, at, kind: input.kind as PunchKind, source: 'web' as const, note: input.note, recordedAt: at, recordedBy: context.caller.email };
      tx.append(punchesTable, [row]);
      tx.commit();
      return { id: row.id, at, kind: row.kind };
    });
  },
});

export const myPunchesRpc = rpc({
  name: 'myPunches', roles: ['employee', 'admin'], summary: "Lists the caller's punches of a month (an admin may name an employee)",
  input: object({ month: yearMonth(), employeeCode: optional(employeeCode()) }),
  handler: (input, context) => {
    const employee = targetEmployee(context, input.employeeCode);
    const punches = readTable(context.ss, punchesTable).rows
      .map((r) => r.value)
      .filter((p) => p.employeeCode === employee && p.at.startsWith(input.month))
      .sort((a, b) => (a.at < b.at ? -1 : 1));
    const closed = isClosed(readClosures(context.ss), 'attendance', input.month);
    return { employeeCode: employee, month: input.month, closed, punches: punches.map((p) => ({ at: p.at, kind: p.kind, source: p.source, note: p.note ?? '' })) };
  },
});

export const myMonthRpc = rpc({
  name: 'myMonth', roles: ['employee', 'manager', 'admin'], summary: "The caller's own month: totals, paid-leave balance and expiry, the five-day obligation, their requests, warnings (reads only the tail of 打刻)",
  input: object({ month: optional(yearMonth()) }),
  handler: (input, context) => myMonth(input, context),
});

export const requestCorrectionRpc = rpc({
  name: 'requestCorrection', roles: ['employee'], summary: 'Asks for a missing punch to be added; an admin approves it',
  input: correctionRequestForm,
  handler: (input, context) => {
    const employee = targetEmployee(context, undefined);
    const now = nowTokyo();
    if (localMinutes(input.at) > localMinutes(now)) throw new KanriError('attendance.future');
    const w = inputWindow(context.ss, now);
    assertInputDate(w, 'input.at', knownEmployee(w, 'input.employeeCode', employee), input.at);
    return withLock(() => {
      assertMonthOpen(context.ss, yearMonthOf(input.at.slice(0, 10)));
      const tx = new Transaction({ ss: context.ss, user: context.caller.email, now, reason: input.reason });
      const row = { id: newId('C'), employeeCode: employee, at: input.at, kind: input.kind as PunchKind, reason: input.reason, status: 'pending' as const, requestedAt: now };
      tx.append(correctionsTable, [row]);
      tx.commit();
      return { id: row.id, status: row.status };
    });
  },
});

export const requestLeaveRpc = rpc({
  name: 'requestLeave', roles: ['employee'], summary: 'Asks for a day or half day of paid leave',
  input: leaveRequestForm,
  handler: (input, context) => {
    const employee = targetEmployee(context, undefined);
    if (input.days !== 0.5 && input.days !== 1) throw new KanriError('field.invalid', { field: 'input.days', problem: '0.5 / 1' });
    const now = nowTokyo();
    const w = inputWindow(context.ss, now);
    assertInputDate(w, 'input.date', knownEmployee(w, 'input.employeeCode', employee), input.date);
    return withLock(() => {
      assertMonthOpen(context.ss, yearMonthOf(input.date));
      const tx = new Transaction({ ss: context.ss, user: context.caller.email, now });
      const row = { id: newId('L'), employeeCode: employee, date: input.date, days: input.days, reason: input.reason, status: 'pending' as const, requestedAt: now };
      tx.append(leaveTakenTable, [row]);
      tx.commit();
      return { id: row.id, status: row.status };
    });
  },
});

export const decideRequestRpc = rpc({
  name: 'decideRequest', roles: ['admin'], summary: 'Approves or rejects a correction or leave request (a reason, audited, is required to reject); an approved correction adds the punch',
  input: requestDecisionForm,
  handler: (input, context) => {
    const now = nowTokyo();
    const reason = input.reason?.trim() || undefined;
    return withLock(() => {
      const tx = new Transaction({ ss: context.ss, user: context.caller.email, now, reason });
      const isCorrection = input.id.startsWith('C-');
      const read = readValidTable(context.ss, (isCorrection ? correctionsTable : leaveTakenTable) as typeof correctionsTable);
      const found = read.rows.find((r) => r.value.id === input.id);
      if (!found) throw new KanriError('attendance.requestNotFound', { id: input.id });
      if (found.value.status !== 'pending') throw new KanriError('attendance.requestDecided', { id: input.id });
      const month = yearMonthOf(('at' in found.value ? String(found.value.at) : String((found.value as unknown as { date: string }).date)).slice(0, 10));
      assertMonthOpen(context.ss, month);
      tx.update(read, found.rowNumber, { ...found.value, status: input.decision, decidedAt: now, decidedBy: context.caller.email });
      if (isCorrection && input.decision === 'approved') {
        const c = found.value;
        // a request made before the window existed (or for someone since gone) adds no punch out of range
        const w = inputWindow(context.ss, now);
        assertInputDate(w, 'input.id', knownEmployee(w, 'input.id', c.employeeCode), c.at);
        tx.append(punchesTable, [{ id: newId('P'), employeeCode: c.employeeCode, at: c.at, kind: c.kind, source: 'correction', note: `${c.id}: ${c.reason}`, recordedAt: now, recordedBy: context.caller.email }]);
      }
      tx.commit();
      return { id: input.id, kind: isCorrection ? 'correction' as const : 'leave' as const, status: input.decision };
    });
  },
});

/** The admin records leave already agreed (a paper request, a leave taken last month): approved at once. */
export const recordLeaveRpc = rpc({
  name: 'recordLeave', roles: ['admin'], summary: 'Records approved paid leave for employees (bulk); refused for closed months',
  input: object({ rows: array(object({ employeeCode: employeeCode(), date: localDate(), days: number().check(minimum(0.5), maximum(1)), reason: optional(text(500)) })).check(maxLength(5000)) }),
  handler: (input, context) => {
    const now = nowTokyo();
    return withLock(() => {
      const closed = closedPeriods(readClosures(context.ss), 'attendance');
      const w = inputWindow(context.ss, now);
      input.rows.forEach((r, i) => {
        const employee = knownEmployee(w, `input.rows[${i}].employeeCode`, r.employeeCode);
        if (r.days !== 0.5 && r.days !== 1) throw new KanriError('field.invalid', { field: `input.rows[${i}].days`, problem: '0.5 / 1' });
        assertInputDate(w, `input.rows[${i}].date`, employee, r.date);
        if (closed.has(yearMonthOf(r.date))) throw new KanriError('attendance.monthClosed', { month: yearMonthOf(r.date) });
      });
      const tx = new Transaction({ ss: context.ss, user: context.caller.email, now });
      tx.append(leaveTakenTable, input.rows.map((r) => ({ id: newId('L'), employeeCode: r.employeeCode, date: r.date, days: r.days, reason: r.reason,
        status: 'approved' as const, requestedAt: now, decidedAt: now, decidedBy: context.caller.email })));
      tx.commit();
      return { recorded: input.rows.length };
    });
  },
});

/** Lists the people the admin sees in forms (code, name, department): admin only. */
export const listEmployeesRpc = rpc({
  name: 'listEmployees', roles: ['admin'], summary: 'Lists employees (code, name, department) for admin forms',
  input: object({}),
  handler: (_input, context) => readTable(context.ss, employeesTable).rows.map((r) => ({ code: r.value.code, name: r.value.name, department: r.value.department })),
});

export const attendanceRpcs = [punchRpc, myPunchesRpc, myMonthRpc, requestCorrectionRpc, requestLeaveRpc, decideRequestRpc, recordLeaveRpc, listEmployeesRpc] satisfies readonly RpcEntry<any>[];
