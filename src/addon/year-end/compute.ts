/**
 * 年末調整 in the workbook (issue 14): each employee's adjustment for a year from the 賃金台帳 (the closed runs paid in
 * the year, plus the December pay as computed now when it is not closed yet), 導入前の給与, and the 確認済み rows of the
 * 扶養控除等申告書 / 保険料控除申告書; who is excluded and why. Reads each table once. Confirming writes the 年末調整
 * sheet in one write (audited); the December run then settles each row (payroll/run.ts).
 */
import { readValidTable } from '../tables';
import { Transaction } from '../transaction';
import { withLock } from '../lock';
import { nowTokyo } from '../clock';
import { computePayrollRun, payDateOf, settingFor } from '../payroll/run';
import { readSettings, type Settings } from '../settings';
import { KanriError } from '../../core/errors';
import { message, type Lang } from '../../core/i18n';
import { addYearMonths, type LocalDate, type YearMonth } from '../../core/calendar';
import { dependantDeclarationsTable, insuranceDeclarationsTable } from '../../schema/tables/yearEndDeclarations';
import { payBeforeGoLiveTable, yearEndAdjustmentsTable } from '../../schema/tables/yearEnd';
import { YEAR_END_COLUMN_BOXES, yearEndLedgerColumnTable } from '../../schema/tables/yearEndLedger';
import { yearEndColumnLines } from '../../core/year-end/slip';
import type { RowOf } from '../../schema/table';
import { computeYearEndAdjustment, type YearEndInput, type YearEndResult } from '../../core/year-end/adjustment';
import { yearEndInputFromDeclarations } from '../../core/year-end/declarations';
import { readLineSetting } from '../settingLines';
import { readLeaverCases } from '../../schema/settingLines';
import { coverageOf, LEAVER_CASES, yearPayOf, type Coverage, type LeaverCase, type YearPay } from '../../core/year-end/settlement';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type AdjustmentRow = RowOf<typeof yearEndAdjustmentsTable>;
type DependantRow = RowOf<typeof dependantDeclarationsTable>;
type LedgerColumnRow = RowOf<typeof yearEndLedgerColumnTable>;

export interface YearEndProblem { employeeCode: string; name: string; ja: string; en: string; blocking: boolean }

export interface YearEndEmployee {
  code: string;
  name: string;
  department: string;
  pay: YearPay;
  coverage: Coverage;
  /** The input given to the core (declarations and pay), for the 源泉徴収票. */
  input?: YearEndInput;
  result?: YearEndResult;
  /** The employee's 確認済み declaration rows (names for the 源泉徴収票). */
  people: DependantRow[];
  hireDate: LocalDate;
  leaveDate?: LocalDate;
  birthDate?: LocalDate;
  address?: string;
  kana?: string;
  /** 給与支払報告書: the 1月1日 municipality and 普通徴収の理由 (従業員), 役員 at any time in the year (賃金台帳). */
  municipalityCode?: string;
  municipality?: string;
  residentTaxOrdinaryReason?: string;
  officer: boolean;
  /** 税額表の区分 of the December (or latest) 給与設定: a leaver on 乙欄 did not submit the 扶養控除等申告書. */
  taxColumn?: 'kou' | 'otsu';
}

export interface YearEndRun {
  year: number;
  /** The salary run paid in December (the year's last pay) and its pay date. */
  runId: YearMonth;
  payDate: LocalDate;
  runClosed: boolean;
  employees: YearEndEmployee[];
  problems: YearEndProblem[];
  confirmed: AdjustmentRow[];
  companyName: string;
  settings: Settings;
}

function problem(code: string, name: string, key: Parameters<typeof message>[1], params: Record<string, string | number>, blocking: boolean): YearEndProblem {
  return { employeeCode: code, name, ja: message('ja', key, params), get en() { return message('en', key, params); }, blocking };
}

/** The salary run paid in December of `year` (payroll.payMonthOffset months before). */
export function decemberRunOf(year: number, settings: Settings): { runId: YearMonth; payDate: LocalDate } {
  const runId = addYearMonths(`${year}-12`, -(Number(settings['payroll.payMonthOffset']) || 0));
  return { runId, payDate: payDateOf(runId, settings) };
}

/** 設定 yearEnd.leaverCases: 「2026年 E041：死亡退職」 a line (schema/settingLines.ts), or the JSON of older sheets. */
function leaverCases(settings: Settings, year: number): { cases: Map<string, LeaverCase>; error?: string } {
  const read = readLineSetting(settings, 'yearEnd.leaverCases', readLeaverCases);
  if (read.error) return { cases: new Map(), error: read.error };
  const parsed: unknown = read.value;
  const ofYear = (parsed as Record<string, Record<string, string>> | null)?.[String(year)] ?? {};
  const cases = new Map<string, LeaverCase>();
  for (const [code, c] of Object.entries(ofYear)) {
    if (!(LEAVER_CASES as readonly string[]).includes(c)) return { cases: new Map(), error: `設定 yearEnd.leaverCases の ${year}.${code}: 「${c}」は ${LEAVER_CASES.join('・')} のどれかにしてください` };
    cases.set(code, c as LeaverCase);
  }
  return { cases };
}

/** Every employee's 年末調整 for `year`, without writing. */
export function computeYearEnd(ss: Spreadsheet, year: number, lang: Lang = 'ja'): YearEndRun {
  // The December pay as computed now, without any settlement (its own figures enter the year's totals).
  const preread = readSettings(ss);
  const { runId, payDate } = decemberRunOf(year, preread);
  const run = computePayrollRun(ss, runId, lang, { yearEnd: false, settings: preread });
  const { settings, employees, paySettings } = run.reads;
  const problems: YearEndProblem[] = [];
  if (!payDate.startsWith(`${year}-12`)) throw new KanriError('yeShell.noDecemberPay', { year, run: runId, payDate });
  for (const p of run.problems.filter((x) => x.blocking && !run.closed)) problems.push({ ...p, ja: message('ja', 'yeShell.runProblem', { run: runId, detail: p.ja }), en: message('en', 'yeShell.runProblem', { run: runId, detail: p.en }) });
  const cases = leaverCases(settings, year);
  if (cases.error) problems.push(problem('', '', 'payroll.computeError', { detail: cases.error }, true));
  // the year's ledger: closed rows of other runs, and the December run's rows (closed, or as computed now)
  const ledger = run.ledgerRead.rows.map((r) => r.value).filter((r) => r.payDate.startsWith(`${year}-`) && (r.runId !== runId || run.closed));
  const december = run.closed ? [] : run.employees.map((e) => e.ledger);
  const inDecember = new Set(run.closed ? ledger.filter((r) => r.runId === runId).map((r) => r.employeeCode) : december.map((r) => r.employeeCode));
  const all = [...ledger, ...december];
  const before = new Map(readValidTable(ss, payBeforeGoLiveTable).rows.map((r) => r.value).filter((r) => r.year === year).map((r) => [r.employeeCode, r]));
  const people = readValidTable(ss, dependantDeclarationsTable).rows.map((r) => r.value).filter((r) => r.year === year);
  const insurance = readValidTable(ss, insuranceDeclarationsTable).rows.map((r) => r.value).filter((r) => r.year === year);
  const confirmed = readValidTable(ss, yearEndAdjustmentsTable).rows.map((r) => r.value).filter((r) => r.year === year);
  const names = new Map(employees.map((e) => [e.code, e.name]));
  for (const [sheet, rows] of [[dependantDeclarationsTable.sheet, people], [insuranceDeclarationsTable.sheet, insurance]] as const) {
    for (const r of rows as readonly { employeeCode: string; line: number; status: string }[]) {
      // 取消: a row the employee took out of a later save, kept for the record
      if (r.status !== '確認済み' && r.status !== '取消') problems.push(problem(r.employeeCode, names.get(r.employeeCode) ?? '', 'yeShell.unchecked', { sheet, line: r.line, status: r.status }, false));
    }
  }
  const out: YearEndEmployee[] = [];
  for (const e of employees) {
    if (e.hireDate > `${year}-12-31`) continue;
    const b = before.get(e.code);
    const pay = yearPayOf(all, year, e.code, b ? { salary: b.salary, socialInsurance: b.socialInsurance, withheld: b.withheld } : undefined);
    const coverage = coverageOf(e, year, payDate, inDecember.has(e.code), pay.payments + (b ? 1 : 0), cases.cases.get(e.code));
    if (!coverage.covered && coverage.reason === 'noPay') continue;
    const own = people.filter((p) => p.employeeCode === e.code && p.status === '確認済み');
    const row: YearEndEmployee = {
      code: e.code, name: e.name, department: e.department, pay, coverage, people: own, hireDate: e.hireDate,
      officer: all.some((l) => l.employeeCode === e.code && (l as { officer?: boolean }).officer === true),
      ...(e.municipalityCode ? { municipalityCode: e.municipalityCode } : {}), ...(e.municipality ? { municipality: e.municipality } : {}),
      ...(e.residentTaxOrdinaryReason ? { residentTaxOrdinaryReason: e.residentTaxOrdinaryReason } : {}),
      ...(e.leaveDate ? { leaveDate: e.leaveDate } : {}), ...(e.birthDate ? { birthDate: e.birthDate } : {}), ...(e.address ? { address: e.address } : {}), ...(e.kana ? { kana: e.kana } : {}),
    };
    const setting = settingFor(paySettings, e.code, runId) ?? settingFor(paySettings, e.code, `${year}-12`);
    if (setting) row.taxColumn = setting.taxColumn;
    if (coverage.covered) {
      const input = { ...yearEndInputFromDeclarations({ year, salaryTotal: pay.salaryTotal, withheldTotal: pay.withheldTotal, socialInsurance: pay.socialInsurance, taxColumn: setting?.taxColumn ?? 'kou' },
        own, insurance.filter((i) => i.employeeCode === e.code)), lang };
      row.input = input;
      try {
        row.result = computeYearEndAdjustment(input);
      } catch (err) {
        problems.push(problem(e.code, e.name, 'payroll.computeError', { detail: (err as Error).message }, true));
      }
    }
    out.push(row);
  }
  return { year, runId, payDate, runClosed: run.closed, employees: out, problems, confirmed, companyName: settings.companyName, settings };
}

export interface YearEndSummary {
  adjusted: number;
  excluded: number;
  refunds: number;
  refundTotal: number;
  collections: number;
  collectionTotal: number;
  none: number;
  /** Refunds and collections that go on the December pay. */
  inDecemberPay: number;
}

export function summaryOf(run: YearEndRun): YearEndSummary {
  const s: YearEndSummary = { adjusted: 0, excluded: 0, refunds: 0, refundTotal: 0, collections: 0, collectionTotal: 0, none: 0, inDecemberPay: 0 };
  for (const e of run.employees) {
    const r = e.result;
    if (!r || !r.eligible) {
      s.excluded++;
      continue;
    }
    s.adjusted++;
    if (e.coverage.covered && e.coverage.inDecemberPay) s.inDecemberPay++;
    if (r.difference < 0) [s.refunds, s.refundTotal] = [s.refunds + 1, s.refundTotal - r.difference];
    else if (r.difference > 0) [s.collections, s.collectionTotal] = [s.collections + 1, s.collectionTotal + r.difference];
    else s.none++;
  }
  return s;
}

/** Why an employee is not adjusted, in the reader's language. */
export function exclusionText(e: YearEndEmployee, lang: Lang): string | undefined {
  if (!e.coverage.covered) return message(lang, e.coverage.reason === 'leaver' ? 'yeShell.reason.leaver' : 'yeShell.reason.noPay', { leaveDate: e.leaveDate ?? '' });
  if (e.result && !e.result.eligible) return message(lang, e.result.reason === 'otsu' ? 'yeShell.reason.otsu' : 'yeShell.reason.salaryOver20M', {});
  return undefined;
}

/**
 * The 源泉徴収簿 年末調整欄 row of an adjustment (slip.ts yearEndColumnLines, in the form's order; ㉗ in its 還付 or 徴収
 * box); all zero for someone confirmed before and no longer adjusted.
 */
function ledgerColumnRow(year: number, employeeCode: string, name: string, lines: ReturnType<typeof yearEndColumnLines> | null, now: string, user: string): LedgerColumnRow {
  const amounts = Object.fromEntries(YEAR_END_COLUMN_BOXES.map(([key]) => [key, 0])) as Record<(typeof YEAR_END_COLUMN_BOXES)[number][0], number>;
  for (const [i, l] of (lines ?? []).entries()) {
    if (l.no !== '㉗') amounts[YEAR_END_COLUMN_BOXES[i]![0]] = l.amount;
    else if (l.item.includes('還付')) amounts.c27refund = l.amount;
    else amounts.c27collect = l.amount;
  }
  return { year, employeeCode, name, ...amounts, confirmedAt: now, confirmedBy: user };
}

/** 確定: writes every adjusted employee's row of the year in one write (each change audited); the December run settles them. */
export function confirmYearEnd(ss: Spreadsheet, year: number, user: string, reviewed: boolean) {
  if (!reviewed) throw new KanriError('payroll.reviewRequired');
  return withLock(() => {
    const run = computeYearEnd(ss, year);
    if (run.runClosed) throw new KanriError('yeShell.runClosed', { run: run.runId, year });
    const blocking = run.problems.filter((p) => p.blocking);
    if (blocking.length) return { year, confirmed: false, runId: run.runId, count: 0, summary: summaryOf(run), problems: blocking.map(({ employeeCode, name, ja, en, blocking: b }) => ({ employeeCode, name, ja, en, blocking: b })) };
    const now = nowTokyo();
    const tx = new Transaction({ ss, user, now });
    const read = readValidTable(ss, yearEndAdjustmentsTable);
    const columnRead = readValidTable(ss, yearEndLedgerColumnTable);
    const fresh: AdjustmentRow[] = [];
    const freshColumns: LedgerColumnRow[] = [];
    let count = 0;
    for (const e of run.employees) {
      const r = e.result;
      const existing = read.rows.find((x) => x.value.year === year && x.value.employeeCode === e.code);
      const existingColumn = columnRead.rows.find((x) => x.value.year === year && x.value.employeeCode === e.code);
      // someone confirmed before and no longer adjusted (a late 乙欄, a leaver): nothing left to settle
      if (!r || !r.eligible || !e.coverage.covered) {
        if (existing) tx.update(read, existing.rowNumber, { ...existing.value, difference: 0, settlement: 'なし', inDecemberPay: false, confirmedAt: now, confirmedBy: user });
        if (existingColumn) tx.update(columnRead, existingColumn.rowNumber, ledgerColumnRow(year, e.code, e.name, null, now, user));
        continue;
      }
      const column = ledgerColumnRow(year, e.code, e.name, yearEndColumnLines(r, e.pay), now, user);
      if (existingColumn) tx.update(columnRead, existingColumn.rowNumber, column);
      else freshColumns.push(column);
      count++;
      const row: AdjustmentRow = {
        year, employeeCode: e.code, name: e.name, runId: run.runId, salaryTotal: e.pay.salaryTotal, socialInsurance: e.pay.socialInsurance, withheldTotal: e.pay.withheldTotal,
        employmentIncome: r.employmentIncome, deductionsTotal: r.deductionsTotal, taxableIncome: r.taxableIncome, calculatedTax: r.calculatedTax,
        housingLoanCredit: r.housingLoanCredit, annualTax: r.annualTax, difference: r.difference, settlement: r.difference < 0 ? '還付' : r.difference > 0 ? '徴収' : 'なし',
        inDecemberPay: e.coverage.inDecemberPay, confirmedAt: now, confirmedBy: user,
      };
      if (existing) tx.update(read, existing.rowNumber, row);
      else fresh.push(row);
    }
    tx.append(yearEndAdjustmentsTable, fresh, read);
    tx.append(yearEndLedgerColumnTable, freshColumns, columnRead);
    tx.commit();
    return { year, confirmed: true, runId: run.runId, count, summary: summaryOf(run), problems: [] as YearEndProblem[] };
  });
}
