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
import { readLineSetting } from '../settingLines';
import { auditFields } from '../../schema/auditText';
import { readHealthInsurer, readRateOverrides, readWorkersCompensation, SETTING_LINE_EXAMPLES } from '../../schema/settingLines';
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
import { PAID_LEAVE_PAY } from '../../core/payroll/rates/paid-leave-pay';
import { WORKERS_COMPENSATION, type WorkersCompensationRate } from '../../core/payroll/rates/workers-compensation';
import { payBeforeGoLiveTable, yearEndAdjustmentsTable } from '../../schema/tables/yearEnd';
import { sameYearPay, settleOnPay, yearPayOf } from '../../core/year-end/settlement';
import { yen } from '../../core/money';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type LedgerRow = RowOf<typeof wageLedgerTable>;
type PaySettingRow = RowOf<typeof paySettingsTable>;

/** The admin's overrides of the legal data and the company's health insurer, from 設定 (lines, or JSON as older sheets hold). */
export function rateSettings(settings: Settings): { overrides?: RateOverrides; healthInsurer?: HealthInsurer; error?: string } {
  const overrides = readLineSetting(settings, 'payroll.rateOverrides', readRateOverrides);
  const healthInsurer = readLineSetting(settings, 'payroll.healthInsurer', readHealthInsurer);
  const error = overrides.error ?? healthInsurer.error;
  return { ...(overrides.value ? { overrides: overrides.value } : {}), ...(healthInsurer.value ? { healthInsurer: healthInsurer.value } : {}), ...(error ? { error } : {}) };
}

/**
 * 設定 payroll.workersCompensation: the 労災保険率 of the company's 事業の種類, dated, with its source (one line an
 * entry, schema/settingLines.ts; see core/payroll/rates/workers-compensation.ts). Blank: no estimate. A JSON list
 * of {from, industry, ratePerMille, source} (older sheets) is checked entry by entry.
 */
export function workersCompensationSetting(settings: Settings): { rates: WorkersCompensationRate[]; error?: string } {
  const key = WORKERS_COMPENSATION.settingKey;
  const read = readLineSetting(settings, key, readWorkersCompensation);
  if (read.error) return { rates: [], error: read.error };
  const list: unknown = read.value ?? [];
  if (!Array.isArray(list)) return { rates: [], error: `設定 ${key}: ${SETTING_LINE_EXAMPLES[key]} の形で1行に1件書いてください` };
  const rates: WorkersCompensationRate[] = [];
  for (const [i, x] of list.entries()) {
    const r = x as Partial<WorkersCompensationRate>;
    const where = `設定 ${key} の ${i + 1} 件目`;
    if (typeof r.from !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.from)) return { rates: [], error: `${where}: from (適用開始日 YYYY-MM-DD) がありません` };
    if (r.to !== undefined && (typeof r.to !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.to))) return { rates: [], error: `${where}: to は YYYY-MM-DD で書いてください` };
    if (typeof r.ratePerMille !== 'string' || !/^\d{1,3}(\.\d{1,3})?$/.test(r.ratePerMille)) return { rates: [], error: `${where}: ratePerMille (千分率、例 "3") がありません` };
    if (typeof r.industry !== 'string' || !r.industry.trim()) return { rates: [], error: `${where}: industry (事業の種類) がありません` };
    if (typeof r.source !== 'string' || !r.source.trim()) return { rates: [], error: `${where}: source (出典) がありません` };
    rates.push({ from: r.from, ...(r.to ? { to: r.to } : {}), industry: r.industry, ratePerMille: r.ratePerMille, source: r.source });
  }
  return { rates };
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

/** 会社負担 of a ledger row: social insurance shares, 雇用保険, 子ども・子育て拠出金 and the 労災保険 estimate. */
export function employerCostOf(r: LedgerRow): number {
  return r.employerSocialInsurance + r.employerEmploymentInsurance + (r.employerChildRearingContribution ?? 0) + (r.employerWorkersCompensation ?? 0);
}

const ledgerTotals = (rows: readonly LedgerRow[]) => ({
  employees: rows.length,
  gross: rows.reduce((s, r) => s + r.grossPay, 0),
  deductions: rows.reduce((s, r) => s + r.totalDeductions, 0),
  net: rows.reduce((s, r) => s + r.netPay, 0),
  employer: rows.reduce((s, r) => s + employerCostOf(r), 0),
});

function problem(code: string, name: string, key: Parameters<typeof message>[1], params: Record<string, string | number>, blocking = true): PayrollProblem {
  return { employeeCode: code, name, ja: message('ja', key, params), get en() { return message('en', key, params); }, blocking };
}

/** What the run read, for callers that need the same tables (one read per table and call). */
export interface RunReads {
  settings: Settings;
  employees: RowOf<typeof employeesTable>[];
  paySettings: PaySettingRow[];
}

/**
 * Computes the salary run of a work month without writing anything. A run paid in December settles the 年末調整 the
 * admin confirmed for it (年末調整 sheet, read only then): 年末調整(過不足税額) on the payslip and the 賃金台帳, refused
 * (blocking) when the year's pay no longer matches what was confirmed. `yearEnd: false` computes the run without it
 * (the year-end module's own view of the December pay).
 */
export function computePayrollRun(ss: Spreadsheet, month: YearMonth, lang: Lang = 'ja', options: { yearEnd?: boolean; settings?: Settings } = {}): PayrollRun & { ledgerRead: TableRead<LedgerRow>; reads: RunReads } {
  const settings = options.settings ?? readSettings(ss);
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
  const run: PayrollRun & { ledgerRead: TableRead<LedgerRow>; reads: RunReads } = {
    runId, month, payDate, method, closed: isClosed(closures, 'payroll', runId), employees: [], problems: [], ledgerRead, reads: { settings, employees, paySettings },
    totals: { employees: 0, gross: 0, deductions: 0, net: 0, employer: 0 },
  };
  if (!isClosed(closures, 'attendance', month)) run.problems.push(problem('', '', 'payroll.attendanceNotClosed', { month }));
  const rates = rateSettings(settings);
  const wc = workersCompensationSetting(settings);
  if (wc.error) run.problems.push(problem('', '', 'payroll.computeError', { detail: wc.error }));
  if (rates.error) run.problems.push(problem('', '', 'payroll.computeError', { detail: rates.error }));
  const mwReasons = parseMinimumWageReasons(settings);
  if (mwReasons.error) run.problems.push(problem('', '', 'payroll.computeError', { detail: mwReasons.error }));
  // 年次有給休暇の賃金 (労基法39条9項): the method the 就業規則 names; 平均賃金 is not computed by Kanri.
  const leaveMethodText = (settings['payroll.paidLeavePay'] ?? '').trim() || PAID_LEAVE_PAY.defaultMethod;
  const paidLeavePayMethod = (['ordinaryWage', 'standardDailyRemuneration'] as const).find((m) => m === leaveMethodText);
  if (!paidLeavePayMethod) run.problems.push(problem('', '', 'payroll.paidLeaveMethod', { value: leaveMethodText }));
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
    if (a.paidLeaveDays > 0 && a.paidLeaveMinutes === undefined && setting.payType !== 'monthly') {
      run.problems.push(problem(e.code, e.name, 'payroll.paidLeaveMinutes', { month }));
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
        paidLeavePayMethod: paidLeavePayMethod ?? PAID_LEAVE_PAY.defaultMethod,
        workersCompensationRates: wc.rates, officer: setting.officer,
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
    if (!e.sex) run.problems.push(problem(e.code, e.name, 'payroll.noSex', {}, false));
    const ledger: LedgerRow = {
      runId, employeeCode: e.code, name: e.name, ...(e.sex ? { sex: e.sex } : {}), department: e.department, month, payDate,
      workDays: a.workDays, workedMinutes: a.workedMinutes, legalOvertimeMinutes: a.legalOvertimeMinutes, lateNightMinutes: a.lateNightMinutes,
      legalHolidayMinutes: a.legalHolidayMinutes, absenceDays: a.absenceDays, paidLeaveDays: a.paidLeaveDays,
      basePay: result.basePay, allowancesTotal: result.allowancesTotal, overtimePay: result.premium.total + result.nonStatutoryOvertimePay, paidLeavePay: result.paidLeavePay,
      absenceDeduction: result.absenceDeduction, commutingNonTaxable: p.nonTaxableCommuting, grossPay: p.grossPay, taxableWages: p.taxableWages,
      healthInsurance: p.healthInsurance, careInsurance: p.careInsurance, childSupport: p.childSupport, pension: p.pension,
      employmentInsurance: p.employmentInsurance, taxableAfterSocialInsurance: p.taxableAfterSocialInsurance, dependents: setting.dependents,
      incomeTax: p.incomeTax, residentTax: p.residentTax, otherDeductions: p.otherDeductions.reduce((s, d) => s + d.amount, 0),
      totalDeductions: p.totalDeductions, netPay: p.netPay,
      employerSocialInsurance: p.employer.healthInsurance + p.employer.careInsurance + p.employer.childSupport + p.employer.pension,
      employerEmploymentInsurance: p.employer.employmentInsurance, employerChildRearingContribution: p.employer.childRearingContribution,
      employerWorkersCompensation: p.employer.workersCompensation, standardMonthlyRemuneration: setting.standardMonthlyRemuneration,
      officer: setting.officer, earnings: result.earnings, explanation: result.explanation,
    };
    run.employees.push({ code: e.code, name: e.name, department: e.department, ledger, result, difference: differenceFrom(ledger, previous.get(e.code), threshold) });
  }
  if (options.yearEnd !== false && payDate.slice(5, 7) === '12') settleYearEnd(ss, run, lang);
  run.totals = ledgerTotals(run.employees.map((x) => x.ledger));
  return run;
}

/** The December pay settles each confirmed 年末調整 of this run (one read of 年末調整, and of 導入前の給与 when one is confirmed). */
function settleYearEnd(ss: Spreadsheet, run: PayrollRun & { ledgerRead: TableRead<LedgerRow> }, lang: Lang): void {
  const year = Number(run.payDate.slice(0, 4));
  const confirmed = new Map(readValidTable(ss, yearEndAdjustmentsTable).rows.map((r) => r.value)
    .filter((r) => r.year === year && r.runId === run.runId && r.inDecemberPay).map((r) => [r.employeeCode, r]));
  if (!confirmed.size) return;
  const before = new Map(readValidTable(ss, payBeforeGoLiveTable).rows.map((r) => r.value).filter((r) => r.year === year).map((r) => [r.employeeCode, r]));
  // the year's ledger rows of other runs, and this run's rows as computed now (a reopened run's old rows are replaced)
  const others = run.ledgerRead.rows.map((r) => r.value).filter((r) => r.runId !== run.runId);
  for (const e of run.employees) {
    const c = confirmed.get(e.code);
    if (!c) continue;
    const pay = yearPayOf([...others, e.ledger], year, e.code, before.get(e.code));
    if (!sameYearPay(c, pay)) {
      run.problems.push(problem(e.code, e.name, 'ye.payroll.stale', { year, confirmed: yen(c.salaryTotal), now: yen(pay.salaryTotal), withheldConfirmed: yen(c.withheldTotal), withheldNow: yen(pay.withheldTotal) }));
      continue;
    }
    e.ledger = settleOnPay(e.ledger, c.difference);
    const line = message(lang, c.difference < 0 ? 'ye.payroll.refund' : c.difference > 0 ? 'ye.payroll.collection' : 'ye.payroll.none',
      { year, annual: yen(c.annualTax), withheld: yen(c.withheldTotal), amount: yen(Math.abs(c.difference)), at: c.confirmedAt, by: c.confirmedBy ?? '' });
    e.ledger.explanation = [...e.ledger.explanation, line];
    e.result = { ...e.result, explanation: [...e.result.explanation, line] };
  }
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
    tx.note(payrollRunsTable.sheet, 'reopen', `給与/${runId}`, `確定時の合計 ${auditFields({ 人数: before.employees, 総支給額合計: `${yen(before.gross)}`, 控除合計: yen(before.deductions), 差引支給額合計: yen(before.net), 会社負担合計: yen(before.employer) })}`);
    tx.commit();
    return { runId, reopened: true };
  });
}

/** Whether a payroll run is closed (exports refuse a run that is not). */
export function assertPayrollClosed(ss: Spreadsheet, runId: string): void {
  const closures = readClosures(ss);
  if (!isClosed(closures, 'payroll', runId)) throw new KanriError('payroll.notClosed', { run: runId });
}
