/**
 * 標準報酬月額の見直し: the 定時決定 (算定基礎, April–June paid, effective September) and the
 * 随時改定 (月変) candidates, computed from the closed 賃金台帳 and 給与設定's history and shown
 * to the admin for confirmation; nothing is applied here (the admin edits 給与設定 once confirmed).
 */
import { employeesTable } from '../../schema/tables/employees';
import { paySettingsTable, wageLedgerTable } from '../../schema/tables/payroll';
import { readValidTable } from '../tables';
import { daysInMonth, parseYearMonth, yearMonthOf } from '../../core/calendar';
import { annualRevisionCandidate, interimRevisionCandidate, type MonthRemuneration, type RevisionCandidate } from '../../core/payroll/remuneration-revision';
import type { Lang } from '../../core/i18n';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface EmployeeRevisions {
  code: string;
  name: string;
  current: number;
  annual: RevisionCandidate | null;
  interim: (RevisionCandidate & { firstMonth: string })[];
}

export function remunerationRevisions(ss: Spreadsheet, year: number, lang: Lang = 'ja'): EmployeeRevisions[] {
  const employees = readValidTable(ss, employeesTable).rows.map((r) => r.value);
  const settings = readValidTable(ss, paySettingsTable).rows.map((r) => r.value);
  const ledger = readValidTable(ss, wageLedgerTable).rows.map((r) => r.value).filter((r) => !r.runId.includes('B'));
  return employees.flatMap((e) => {
    const own = ledger.filter((r) => r.employeeCode === e.code);
    if (!own.length) return [];
    const history = settings.filter((s) => s.employeeCode === e.code).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    const latest = history[history.length - 1];
    if (!latest?.socialInsuranceAcquiredOn) return [];
    // 報酬 by the month it was paid; 支払基礎日数: calendar days of the pay period for monthly pay (末締め), days worked otherwise
    const months: MonthRemuneration[] = own.map((r) => {
      const { year: y, month: m } = parseYearMonth(r.month);
      return { month: yearMonthOf(r.payDate), remuneration: r.grossPay, paymentBaseDays: latest.payType === 'monthly' ? daysInMonth(y, m) : r.workDays };
    });
    const annual = months.some((m) => m.month >= `${year}-04` && m.month <= `${year}-06`)
      ? annualRevisionCandidate({ year, months, currentStandardMonthlyRemuneration: latest.standardMonthlyRemuneration, lang })
      : null;
    const fixed = (s: (typeof history)[number]) => s.basePay + s.allowances.reduce((t, a) => t + a.amount, 0) + s.commutingAllowance;
    const interim = history.slice(1).flatMap((s, i) => {
      const before = fixed(history[i]!);
      const after = fixed(s);
      if (before === after) return [];
      const firstPaid = own.filter((r) => r.month >= s.effectiveFrom).map((r) => yearMonthOf(r.payDate)).sort()[0];
      if (!firstPaid) return [];
      return [{ ...interimRevisionCandidate({ firstMonth: firstPaid, direction: after > before ? 'up' : 'down', months, currentStandardMonthlyRemuneration: history[i]!.standardMonthlyRemuneration, lang }), firstMonth: firstPaid }];
    });
    return [{ code: e.code, name: e.name, current: latest.standardMonthlyRemuneration, annual, interim }];
  });
}
