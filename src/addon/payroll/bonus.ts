/**
 * 賞与計算: a bonus run for the amounts the admin enters. Per employee: 標準賞与額 with the health
 * annual cap counted over the 年度 (April–March) and the pension cap per payment, social insurance on
 * it, employment insurance on the bonus, and income tax by the 賞与の算出率の表 from the previous
 * month's salary after social insurance (or the 月額表 special case when there was none). Closing
 * writes 賃金台帳 rows (run id `<pay month>B`) in one write, as a salary run does.
 */
import { employeesTable } from '../../schema/tables/employees';
import { closuresTable } from '../../schema/tables/closures';
import { paySettingsTable, payrollRunsTable, wageLedgerTable } from '../../schema/tables/payroll';
import type { RowOf } from '../../schema/table';
import { readValidTable } from '../tables';
import { Transaction } from '../transaction';
import { withLock } from '../lock';
import { nowTokyo } from '../clock';
import { KanriError } from '../../core/errors';
import { message, type Lang } from '../../core/i18n';
import { isClosed } from '../../core/closures';
import { addYearMonths, yearMonthOf, type LocalDate } from '../../core/calendar';
import { floorToThousand } from '../../core/money';
import { computeBonusSocialInsurance } from '../../core/payroll/social-insurance';
import { computeEmploymentInsurance } from '../../core/payroll/employment-insurance';
import { computeBonusWithholding } from '../../core/payroll/withholding';
import { socialInsuranceDue } from '../../core/payroll/employee-month';
import { rateSettings, settingFor, type PayrollProblem } from './run';
import { readSettings } from '../settings';
import { readClosures } from '../closures';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type LedgerRow = RowOf<typeof wageLedgerTable>;

export interface BonusInput {
  payDate: LocalDate;
  bonuses: { employeeCode: string; amount: number }[];
}

/** The 年度 (April–March) of a month, as its first month. */
function fiscalYearStart(month: string): string {
  const m = Number(month.slice(5, 7));
  return `${Number(month.slice(0, 4)) - (m < 4 ? 1 : 0)}-04`;
}

export function computeBonusRun(ss: Spreadsheet, input: BonusInput, lang: Lang = 'ja') {
  const payMonth = yearMonthOf(input.payDate);
  const runId = `${payMonth}B`;
  const employees = new Map(readValidTable(ss, employeesTable).rows.map((r) => [r.value.code, r.value]));
  const settings = readValidTable(ss, paySettingsTable).rows.map((r) => r.value);
  const ledgerRead = readValidTable(ss, wageLedgerTable);
  const ledger = ledgerRead.rows.map((r) => r.value);
  const closures = readClosures(ss);
  const problems: PayrollProblem[] = [];
  const rows: LedgerRow[] = [];
  const appSettings = readSettings(ss);
  const rates = rateSettings(appSettings);
  const extra = { ...(rates.overrides ? { overrides: rates.overrides } : {}) };
  const problem = (code: string, name: string, detail: string) =>
    problems.push({ employeeCode: code, name, ja: message('ja', 'payroll.computeError', { detail }), get en() { return message('en', 'payroll.computeError', { detail }); }, blocking: true });
  for (const b of input.bonuses) {
    const e = employees.get(b.employeeCode);
    const setting = settingFor(settings, b.employeeCode, payMonth);
    if (!e || !setting || !e.birthDate) {
      problem(b.employeeCode, e?.name ?? '', !e ? '従業員がありません' : !setting ? '給与設定がありません' : '生年月日がありません');
      continue;
    }
    try {
      // the salary paid in the month before the bonus (所得税法施行規則, 賞与の算出率の表の備考)
      const previousMonth = addYearMonths(payMonth, -1);
      const previous = ledger.filter((r) => r.employeeCode === e.code && !r.runId.endsWith('B') && yearMonthOf(r.payDate) === previousMonth);
      const previousTaxable = previous.reduce((s, r) => s + r.taxableAfterSocialInsurance, 0);
      const fiscalStart = fiscalYearStart(payMonth);
      const earlierStandard = ledger.filter((r) => r.employeeCode === e.code && r.runId.endsWith('B') && r.runId !== runId && yearMonthOf(r.payDate) >= fiscalStart && yearMonthOf(r.payDate) < payMonth)
        .reduce((s, r) => s + floorToThousand(r.grossPay), 0);
      const siDue = socialInsuranceDue(payMonth, setting.socialInsuranceAcquiredOn, e.leaveDate);
      const si = siDue ? computeBonusSocialInsurance({ insuranceMonth: payMonth, prefecture: setting.prefecture, birthDate: e.birthDate, bonus: b.amount, healthStandardBonusSoFarThisFiscalYear: earlierStandard, ...(rates.healthInsurer ? { healthInsurer: rates.healthInsurer } : {}), ...extra, lang }) : null;
      const ei = computeEmploymentInsurance({ wageClosingDate: input.payDate, wages: setting.employmentInsuranceEnrolled ? b.amount : 0, employmentInsuranceType: setting.employmentInsuranceType, ...extra, lang });
      const siTotal = (si?.total ?? 0) + ei.employee;
      const after = b.amount - siTotal;
      const tax = computeBonusWithholding({ payDate: input.payDate, bonusAfterSocialInsurance: after, previousMonthTaxableAfterSocialInsurance: previousTaxable, dependents: setting.dependents, taxColumn: setting.taxColumn, bonusTableConfirmation: appSettings['payroll.bonusRateTableConfirmed'], ...extra, lang });
      // A single-transcription bonus table (令和9年分) is used only once the admin has checked it (withholding-tax/README.md).
      if (tax.needsConfirmation) problem(e.code, e.name, message('ja', 'payroll.bonus.unconfirmed', { from: tax.tableEffectiveFrom }));
      const totalDeductions = siTotal + tax.incomeTax;
      rows.push({
        runId, employeeCode: e.code, name: e.name, ...(e.sex ? { sex: e.sex } : {}), department: e.department, month: payMonth, payDate: input.payDate,
        workDays: 0, workedMinutes: 0, legalOvertimeMinutes: 0, lateNightMinutes: 0, legalHolidayMinutes: 0, absenceDays: 0, paidLeaveDays: 0,
        basePay: 0, allowancesTotal: 0, overtimePay: 0, absenceDeduction: 0, commutingNonTaxable: 0, grossPay: b.amount, taxableWages: b.amount,
        healthInsurance: si?.healthInsurance ?? 0, careInsurance: si?.careInsurance ?? 0, childSupport: si?.childSupport ?? 0, pension: si?.pension ?? 0,
        employmentInsurance: ei.employee, taxableAfterSocialInsurance: after, dependents: setting.dependents, incomeTax: tax.incomeTax, residentTax: 0,
        otherDeductions: 0, totalDeductions, netPay: b.amount - totalDeductions,
        // employer shares of a bonus are settled with the 賞与支払届; the ledger records the employee side only
        employerSocialInsurance: 0, employerEmploymentInsurance: ei.employer, standardMonthlyRemuneration: setting.standardMonthlyRemuneration,
        // 子ども・子育て拠出金 on the pension 標準賞与額 (employer only, 子ども・子育て支援法69条)
        employerChildRearingContribution: si?.employerChildRearingContribution ?? 0,
        officer: setting.officer, earnings: [{ key: 'bonus', name: '賞与', amount: b.amount, taxable: true }],
        explanation: [...(si?.explanation ?? []), ...ei.explanation, ...tax.explanation],
      });
    } catch (err) {
      problem(e.code, e.name, (err as Error).message);
    }
  }
  const totals = {
    employees: rows.length, gross: rows.reduce((s, r) => s + r.grossPay, 0), deductions: rows.reduce((s, r) => s + r.totalDeductions, 0),
    net: rows.reduce((s, r) => s + r.netPay, 0), employer: rows.reduce((s, r) => s + r.employerEmploymentInsurance + (r.employerChildRearingContribution ?? 0), 0),
  };
  return { runId, payDate: input.payDate, closed: isClosed(closures, 'payroll', runId), rows, problems, totals, ledgerRead };
}

export function closeBonusRun(ss: Spreadsheet, input: BonusInput, user: string, reviewed: boolean) {
  if (!reviewed) throw new KanriError('payroll.reviewRequired');
  return withLock(() => {
    const run = computeBonusRun(ss, input);
    if (run.closed) throw new KanriError('payroll.alreadyClosed', { run: run.runId });
    if (run.problems.length) return { runId: run.runId, closed: false, count: 0, netTotal: 0, problems: run.problems };
    const now = nowTokyo();
    const tx = new Transaction({ ss, user, now });
    const fresh: LedgerRow[] = [];
    for (const row of run.rows) {
      const old = run.ledgerRead.rows.find((r) => r.value.runId === run.runId && r.value.employeeCode === row.employeeCode);
      if (old) tx.update(run.ledgerRead, old.rowNumber, row);
      else fresh.push(row);
    }
    tx.append(wageLedgerTable, fresh, run.ledgerRead);
    const runs = readValidTable(ss, payrollRunsTable);
    const runRow = { runId: run.runId, kind: 'bonus' as const, month: yearMonthOf(input.payDate), payDate: input.payDate, employees: run.totals.employees,
      grossTotal: run.totals.gross, deductionsTotal: run.totals.deductions, netTotal: run.totals.net, employerTotal: run.totals.employer, withholdingMethod: 'table' as const, closedAt: now, closedBy: user };
    const oldRun = runs.rows.find((r) => r.value.runId === run.runId);
    if (oldRun) tx.update(runs, oldRun.rowNumber, runRow);
    else tx.append(payrollRunsTable, [runRow], runs);
    tx.append(closuresTable, [{ area: 'payroll', period: run.runId, status: 'closed', at: now, by: user }]);
    tx.commit();
    return { runId: run.runId, closed: true, count: run.rows.length, netTotal: run.totals.net, problems: [] as PayrollProblem[] };
  });
}
