/**
 * The admin's requests inbox (申請の承認): every pending 休暇申請 and 打刻修正 with who asked, what,
 * when, and for leave the balance left; the count on the Kanri menu. Decisions go through
 * decideRequest (rpc.ts): under the lock, in one Transaction, audited with the reason.
 */
import { object } from 'zod/mini';
import { rpc, type MenuEntry } from '../entrypoints';
import { correctionsTable } from '../../schema/tables/corrections';
import { leaveGrantsTable, leaveTakenTable } from '../../schema/tables/leave';
import { employeesTable } from '../../schema/tables/employees';
import { readTable } from '../tables';
import { nowTokyo } from '../clock';
import { balanceOfGrants } from '../../core/attendance/paidLeave';
import { message } from '../../core/i18n';
import { readSettings } from '../settings';
import { adminPage } from '../adminPage';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How many requests wait for a decision (two reads: 打刻修正 and 休暇申請). */
export function pendingRequestCount(ss: Spreadsheet): number {
  const pending = (rows: readonly { value: { status: string } }[]) => rows.filter((r) => r.value.status === 'pending').length;
  return pending(readTable(ss, correctionsTable).rows) + pending(readTable(ss, leaveTakenTable).rows);
}

/** The pending requests, oldest first; a leave request carries its employee's balance today. */
export function requestsInbox(ss: Spreadsheet, today: string) {
  const employees = new Map(readTable(ss, employeesTable).rows.map((r) => [r.value.code, r.value]));
  const leave = readTable(ss, leaveTakenTable).rows.map((r) => r.value);
  const grants = readTable(ss, leaveGrantsTable).rows.map((r) => r.value);
  const corrections = readTable(ss, correctionsTable).rows.map((r) => r.value).filter((c) => c.status === 'pending');
  const who = (code: string) => ({ employeeCode: code, name: employees.get(code)?.name ?? code, department: employees.get(code)?.department ?? '' });
  const byRequested = (a: { requestedAt: string; id: string }, b: { requestedAt: string; id: string }) =>
    a.requestedAt < b.requestedAt ? -1 : a.requestedAt > b.requestedAt ? 1 : a.id < b.id ? -1 : 1;
  const balances = new Map<string, { balanceDays: number; pendingDays: number }>();
  const balanceOf = (code: string) => {
    let b = balances.get(code);
    if (!b) {
      const taken = leave.filter((l) => l.employeeCode === code && l.status === 'approved').map((l) => ({ date: l.date, days: l.days }));
      const pendingDays = leave.filter((l) => l.employeeCode === code && l.status === 'pending').reduce((s, l) => s + l.days, 0);
      b = { balanceDays: balanceOfGrants(grants.filter((g) => g.employeeCode === code), taken, today).balanceDays, pendingDays };
      balances.set(code, b);
    }
    return b;
  };
  const leaveRequests = leave.filter((l) => l.status === 'pending').sort(byRequested).map((l) => ({
    id: l.id, ...who(l.employeeCode), date: l.date, days: l.days, reason: l.reason ?? '', requestedAt: l.requestedAt, ...balanceOf(l.employeeCode),
  }));
  const correctionRequests = corrections.sort(byRequested).map((c) => ({
    id: c.id, ...who(c.employeeCode), at: c.at, kind: c.kind, reason: c.reason, requestedAt: c.requestedAt,
  }));
  return { today, count: leaveRequests.length + correctionRequests.length, leave: leaveRequests, corrections: correctionRequests };
}

export const requestsInboxRpc = rpc({
  name: 'requestsInbox', roles: ['admin'], summary: 'The pending leave and correction requests (who, what, when, the leave balance left), oldest first',
  input: object({}),
  handler: (_input, { ss }) => requestsInbox(ss, nowTokyo().slice(0, 10)),
});

export const requestsMenuEntries: MenuEntry[] = [
  {
    kind: 'menu', name: 'kanriRequestsSidebar', caption: 'menu.requests',
    summary: 'Opens the requests inbox (approve or reject pending leave and punch corrections)',
    // onOpen (AuthMode.LIMITED) may read the bound workbook: the count is two table reads.
    captionNow: () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const count = ss ? pendingRequestCount(ss) : 0;
      return count ? { key: 'menu.requestsPending', params: { count } } : 'menu.requests';
    },
    handler: () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const lang = ss && readSettings(ss).language === 'en' ? 'en' : 'ja';
      SpreadsheetApp.getUi().showSidebar(adminPage('requests', lang).setTitle(message(lang, 'sidebar.requests.title')));
    },
  },
];
