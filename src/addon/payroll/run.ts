/**
 * 給与計算 in the workbook: a run computes every employee's month from 給与設定 and the closed
 * 月次勤怠 (reading each table once), lists what blocks it (pre-flight) and each employee's
 * difference from last month with its reasons. Closing writes 賃金台帳 in one write and marks the
 * run closed; a closed run cannot change; reopening is an explicit admin action, audited with the
 * reason and the totals before.
 */
import { employeesTable } from '../../schema/tables/employees';
import { workRulesTable } from '../../schema/tables/workRules';
import { companyHolidaysTable } from '../../schema/tables/companyHolidays';
import { monthlyAttendanceTable } from '../../schema/tables/monthlyAttendance';
import { closuresTable } from '../../schema/tables/closures';
import { paySettingsTable, payrollRunsTable, wageLedgerTable } from '../../schema/tables/payroll';
import type { RowOf } from '../../schema/table';
import { readValidTable, type TableRead } from '../tables';
import { Transaction } from '../transaction';
import { withLock } from '../lock';
import { nowTokyo } from '../clock';
import { readSettings, type Settings } from '../settings';
import { KanriError } from '../../core/errors';
import { message, type Lang } from '../../core/i18n';
import { isClosed } from '../../core/closures';
import { workRuleOf, type WorkRuleRow } from '../../core/attendance/monthlyClose';
import { scheduledSpan } from '../../core/attendance/classify';
import { isPublicHoliday } from '../../core/holidays';
import { addDays, addYearMonths, datesFrom, daysInMonth, firstDayOfMonth, lastDayOfMonth, parseYearMonth, weekday, type LocalDate, type YearMonth } from '../../core/calendar';
import { computeEmployeeMonth, type EmployeeMonthResult } from '../../core/payroll/employee-month';
import { differenceFrom, type Difference } from '../../core/payroll/differences';
import type { AbsenceRule } from '../../core/payroll/absence-deduction';
import type { WithholdingMethod } from '../../core/payroll/withholding';
import type { HealthInsurer, RateOverrides } from '../../core/payroll/rates/overrides';
import { readClosures } from '../closures';
import { minimumWageFinding, parseMinimumWageReasons } from './minimum-wage';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type LedgerRow = RowOf<typeof wageLedgerTable>;
type PaySettingRow = RowOf<typeof paySettingsTable>;

/** The admin's overrides of the legal data and the company's health insurer, from 設定 (JSON). */
export function rateSettings(settings: Settings): { overrides?: RateOverrides; healthInsurer?: HealthInsurer; error?: string } {
  const out: { overrides?: RateOverrides; healthInsurer?: HealthInsurer; error?: string } = {};
  for (const [key, field] of [['payroll.rateOverrides', 'overrides'], ['payroll.healthInsurer', 'healthInsurer']] as const) {
    const text = (settings[key] ?? '').trim();
    if (!text) continue;
    try {
      (out as Record<string, unknown>)[field] = JSON.parse(text);
    } catch (e) {
      out.error = `設定 ${key}: ${(e as Error).message}`;
    }
  }
  return out;
}

export interface PayrollProblem {
  employeeCode: string;
  name: string;
  ja: string;
  en: string;
  /** A blocking problem stops the close; a warning is shown only. */
  blocking: boolean;
}

export interface RunEmployee {
  code: string;
  name: string;
  department: string;
  ledger: LedgerRow;
  difference: Difference;
  result: EmployeeMonthResult;
}

export interface PayrollRun {
  runId: string;
  month: YearMonth;
  payDate: LocalDate;
  method: WithholdingMethod;
  closed: boolean;
  employees: RunEmployee[];
  problems: PayrollProblem[];
  totals: { employees: number; gross: number; deductions: number; net: number; employer: number };
}

/** 支給日: the pay day of the month `offset` months after the work month; a day off moves to the business day before. */
export function payDateOf(month: YearMonth, settings: Settings): LocalDate {
  const payMonth = addYearMonths(month, Number(settings['payroll.payMonthOffset']) || 0);
  const { year, month: m } = parseYearMonth(payMonth);
  const day = Math.min(Number(settings['payroll.payDay']) || 25, daysInMonth(year, m));
  let date = `${payMonth}-${String(day).padStart(2, '0')}`;
  while (weekday(date) === 0 || weekday(date) === 6 || isPublicHoliday(date)) date = addDays(date, -1);
  return date;
}

/** The pay settings row in force for the month: the latest effectiveFrom at or before it. */
export function settingFor(rows: readonly PaySettingRow[], code: string, month: YearMonth): PaySettingRow | undefined {
  return rows.filter((r) => r.employeeCode === code && r.effectiveFrom <= month).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
}

/** Scheduled days and minutes of a work rule: the month's, the year's, and the 月平均所定労働時間. */
function scheduleFacts(rule: WorkRuleRow, holidays: readonly LocalDate[], month: YearMonth, from: LocalDate, to: LocalDate) {
  const wr = workRuleOf(rule, holidays);
  const year = month.slice(0, 4);
  const yearDays = datesFrom(`${year}-01-01`, `${year}-12-31`).filter((d) => scheduledSpan(d, wr));
  const monthDays = yearDays.filter((d) => d.startsWith(month));
  const daily = scheduledSpan(monthDays[0] ?? yearDays[0]!, wr)?.minutes ?? 480;
  return {
    dailyScheduledMinutes: daily,
    annualScheduledDays: yearDays.length,
    scheduledDaysThisMonth: monthDays.length,
    scheduledDaysEmployed: monthDays.filter((d) => d >= from && d <= to).length,
    // 月平均所定労働時間 (規則19条1項4号) = 年間所定労働時間 ÷ 12, rounded down to the minute (in the employee's favour)
    monthlyAverageScheduledMinutes: Math.floor((yearDays.length * daily) / 12),
  };
}

const ledgerTotals = (rows: readonly LedgerRow[]) => ({
  employees: rows.length,
  gross: rows.reduce((s, r) => s + r.grossPay, 0),
  deductions: rows.reduce((s, r) => s + r.totalDeductions, 0),
  net: rows.reduce((s, r) => s + r.netPay, 0),
  employer: rows.reduce((s, r) => s + r.employerSocialInsurance + r.employerEmploymentInsurance, 0),
});

function problem(code: string, name: string, key: Parameters<typeof message>[1], params: Record<string, string | number>, blocking = true): PayrollProblem {
  return { employeeCode: code, name, ja: message('ja', key, params), get en() { return message('en', key, params); }, blocking };
}

/** Computes the salary run of a work month without writing anything. */
export function computePayrollRun(ss: Spreadsheet, month: YearMonth, lang: Lang = 'ja'): PayrollRun & { ledgerRead: TableRead<LedgerRow> } {
  const settings = readSettings(ss);
  const employees = readValidTable(ss, employeesTable).rows.map((r) => r.value);
  const paySettings = readValidTable(ss, paySettingsTable).rows.map((r) => r.value);
  const attendance = readValidTable(ss, monthlyAttendanceTable).rows.map((r) => r.value).filter((r) => r.month === month);
  const closures = readClosures(ss);
  const rules = new Map(readValidTable(ss, workRulesTable).rows.map((r) => [r.value.code, r.value]));
  const holidays = readValidTable(ss, companyHolidaysTable).rows.map((r) => r.value.date);
  const ledgerRead = readValidTable(ss, wageLedgerTable);
  const runId = month;
  const payDate = payDateOf(month, settings);
  const method = settings['payroll.withholdingMethod'] === 'computer' ? 'computer' : 'table';
  const threshold = Number(settings['payroll.differenceThreshold']) || 10_000;
  const previousRun = addYearMonths(month, -1);
  const previous = new Map(ledgerRead.rows.map((r) => r.value).filter((r) => r.runId === previousRun).map((r) => [r.employeeCode, r]));
  const run: PayrollRun & { ledgerRead: TableRead<LedgerRow> } = {
    runId, month, payDate, method, closed: isClosed(closures, 'payroll', runId), employees: [], problems: [], ledgerRead,
    totals: { employees: 0, gross: 0, deductions: 0, net: 0, employer: 0 },
  };
  if (!isClosed(closures, 'attendance', month)) run.problems.push(problem('', '', 'payroll.attendanceNotClosed', { month }));
  const rates = rateSettings(settings);
  if (rates.error) run.problems.push(problem('', '', 'payroll.computeError', { detail: rates.error }));
  const mwReasons = parseMinimumWageReasons(settings['payroll.minimumWageReasons']);
  if (mwReasons.error) run.problems.push(problem('', '', 'payroll.computeError', { detail: mwReasons.error }));
  const from = firstDayOfMonth(month);
  const to = lastDayOfMonth(month);
  for (const e of employees) {
    if (e.hireDate > to || (e.leaveDate && e.leaveDate < from)) continue;
    const setting = settingFor(paySettings, e.code, month);
    if (!setting) {
      run.problems.push(problem(e.code, e.name, 'payroll.noSettings', { month }));
      continue;
    }
    const a = attendance.find((r) => r.employeeCode === e.code);
    if (!a) {
      run.problems.push(problem(e.code, e.name, 'payroll.noAttendance', { month }));
      continue;
    }
    const rule = rules.get(e.workRule);
    if (!rule || !e.birthDate) {
      run.problems.push(problem(e.code, e.name, 'payroll.computeError', { detail: !rule ? `勤務区分 ${e.workRule}` : '生年月日' }));
      continue;
    }
    const facts = scheduleFacts(rule, holidays, month, e.hireDate > from ? e.hireDate : from, e.leaveDate && e.leaveDate < to ? e.leaveDate : to);
    try {
      // 最低賃金法4条: checked at the preview, blocking unless a reason is recorded (addon/payroll/minimum-wage.ts).
      const mw = minimumWageFinding(setting, to, facts, mwReasons.reasons[runId]?.[e.code]);
      if (mw) run.problems.push(problem(e.code, e.name, mw.key, mw.params, mw.blocking));
    } catch (err) {
      run.problems.push(problem(e.code, e.name, 'payroll.computeError', { detail: (err as Error).message }, false));
    }
    let result: EmployeeMonthResult;
    try {
      result = computeEmployeeMonth({
        month, payDate, hireDate: e.hireDate, ...(e.leaveDate ? { leaveDate: e.leaveDate } : {}), birthDate: e.birthDate,
        setting: { ...setting, ...(setting.socialInsuranceAcquiredOn ? { socialInsuranceAcquiredOn: setting.socialInsuranceAcquiredOn } : {}), ...(rates.healthInsurer ? { healthInsurer: rates.healthInsurer } : {}) },
        ...(rates.overrides ? { overrides: rates.overrides } : {}),
        attendance: a,
        ...facts,
        prorationRule: settings['payroll.proration'] === 'scheduledDays' ? 'scheduledDays' : 'calendarDays',
        absenceRule: (settings['payroll.absenceRule'] === 'monthlyScheduledDays' ? 'monthlyScheduledDays' : 'averageScheduledDays') as AbsenceRule,
        method, lang,
      });
    } catch (err) {
      run.problems.push(problem(e.code, e.name, 'payroll.computeError', { detail: (err as Error).message }));
      continue;
    }
    const p = result.payroll;
    if (p.netPay > 0 && !(setting.bankCode && setting.branchCode && setting.accountNumber && setting.accountHolderKana)) {
      run.problems.push(problem(e.code, e.name, 'payroll.noBank', {}));
    }
    if (!e.email) run.problems.push(problem(e.code, e.name, 'payroll.noEmail', {}, false));
    const ledger: LedgerRow = {
      runId, employeeCode: e.code, name: e.name, department: e.department, month, payDate,
      workDays: a.workDays, workedMinutes: a.workedMinutes, legalOvertimeMinutes: a.legalOvertimeMinutes, lateNightMinutes: a.lateNightMinutes,
      legalHolidayMinutes: a.legalHolidayMinutes, absenceDays: a.absenceDays, paidLeaveDays: a.paidLeaveDays,
      basePay: result.basePay, allowancesTotal: result.allowancesTotal, overtimePay: result.premium.total + result.nonStatutoryOvertimePay,
      absenceDeduction: result.absenceDeduction, commutingNonTaxable: p.nonTaxableCommuting, grossPay: p.grossPay, taxableWages: p.taxableWages,
      healthInsurance: p.healthInsurance, careInsurance: p.careInsurance, childSupport: p.childSupport, pension: p.pension,
      employmentInsurance: p.employmentInsurance, taxableAfterSocialInsurance: p.taxableAfterSocialInsurance, dependents: setting.dependents,
      incomeTax: p.incomeTax, residentTax: p.residentTax, otherDeductions: p.otherDeductions.reduce((s, d) => s + d.amount, 0),
      totalDeductions: p.totalDeductions, netPay: p.netPay,
      employerSocialInsurance: p.employer.healthInsurance + p.employer.careInsurance + p.employer.childSupport + p.employer.pension,
      employerEmploymentInsurance: p.employer.employmentInsurance, standardMonthlyRemuneration: setting.standardMonthlyRemuneration,
      officer: setting.officer, earnings: result.earnings, explanation: result.explanation,
    };
    run.employees.push({ code: e.code, name: e.name, department: e.department, ledger, result, difference: differenceFrom(ledger, previous.get(e.code), threshold) });
  }
  run.totals = ledgerTotals(run.employees.map((x) => x.ledger));
  return run;
}

export interface PayrollCloseReport {
  runId: string;
  closed: boolean;
  count: number;
  netTotal: number;
  problems: PayrollProblem[];
}

/** 確定: only when nothing blocks and the differences were reviewed; 賃金台帳 in one write. */
export function closePayrollRun(ss: Spreadsheet, month: YearMonth, user: string, reviewed: boolean): PayrollCloseReport {
  if (!reviewed) throw new KanriError('payroll.reviewRequired');
  return withLock(() => {
    const run = computePayrollRun(ss, month);
    if (run.closed) throw new KanriError('payroll.alreadyClosed', { run: run.runId });
    const blocking = run.problems.filter((p) => p.blocking);
    if (blocking.length) return { runId: run.runId, closed: false, count: 0, netTotal: 0, problems: blocking };
    const now = nowTokyo();
    const tx = new Transaction({ ss, user, now });
    // After a reopen, the run's earlier rows are replaced (each changed figure audited); new people appended.
    const fresh: LedgerRow[] = [];
    for (const e of run.employees) {
      const old = run.ledgerRead.rows.find((r) => r.value.runId === run.runId && r.value.employeeCode === e.code);
      if (old) tx.update(run.ledgerRead, old.rowNumber, e.ledger);
      else fresh.push(e.ledger);
    }
    tx.append(wageLedgerTable, fresh, run.ledgerRead);
    const runs = readValidTable(ss, payrollRunsTable);
    const runRow = { runId: run.runId, kind: 'salary' as const, month, payDate: run.payDate, employees: run.totals.employees, grossTotal: run.totals.gross,
      deductionsTotal: run.totals.deductions, netTotal: run.totals.net, employerTotal: run.totals.employer, withholdingMethod: run.method, closedAt: now, closedBy: user };
    const oldRun = runs.rows.find((r) => r.value.runId === run.runId);
    if (oldRun) tx.update(runs, oldRun.rowNumber, runRow);
    else tx.append(payrollRunsTable, [runRow], runs);
    tx.append(closuresTable, [{ area: 'payroll', period: run.runId, status: 'closed', at: now, by: user }]);
    tx.commit();
    return { runId: run.runId, closed: true, count: run.employees.length, netTotal: run.totals.net, problems: [] };
  });
}

/** 確定解除: explicit, with a reason; the audit log keeps who, when, why and the totals before. */
export function reopenPayrollRun(ss: Spreadsheet, runId: string, user: string, reason: string): { runId: string; reopened: true } {
  if (!reason.trim()) throw new KanriError('payroll.reasonRequired');
  return withLock(() => {
    const closures = readClosures(ss);
    if (!isClosed(closures, 'payroll', runId)) throw new KanriError('payroll.notClosed', { run: runId });
    const before = ledgerTotals(readValidTable(ss, wageLedgerTable).rows.map((r) => r.value).filter((r) => r.runId === runId));
    const now = nowTokyo();
    const tx = new Transaction({ ss, user, now, reason });
    tx.append(closuresTable, [{ area: 'payroll', period: runId, status: 'reopened', at: now, by: user, reason }]);
    tx.note(payrollRunsTable.sheet, 'reopen', `payroll/${runId}`, JSON.stringify({ totalsBefore: before }));
    tx.commit();
    return { runId, reopened: true };
  });
}

/** Whether a payroll run is closed (exports refuse a run that is not). */
export function assertPayrollClosed(ss: Spreadsheet, runId: string): void {
  const closures = readClosures(ss);
  if (!isClosed(closures, 'payroll', runId)) throw new KanriError('payroll.notClosed', { run: runId });
}
