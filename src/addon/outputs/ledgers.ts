/**
 * 賃金台帳 (労基法108条, 規則54条) and 源泉徴収簿 per employee and calendar year, from the closed runs whose pay
 * date falls in the year: sheet rows (one write into `賃金台帳(年次) <year>` / `源泉徴収簿 <year>`, replaced each
 * time, protected) and one PDF (saved in `Kanri 賃金台帳`, returned as base64).
 */
import { auditFields } from '../../schema/auditText';
import { paySettingsTable, payrollRunsTable, wageLedgerTable } from '../../schema/tables/payroll';
import { readValidTable } from '../tables';
import { withLock } from '../lock';
import { writeSheet } from './sheet';
import { Transaction } from '../transaction';
import { nowTokyo } from '../clock';
import { settingFor } from '../payroll/run';
import { KanriError } from '../../core/errors';
import { message, type Lang } from '../../core/i18n';
import { isClosed } from '../../core/closures';
import { firstDayOfMonth, lastDayOfMonth } from '../../core/calendar';
import {
  buildWageLedger, buildWithholdingLedger, renderWageLedgerHtml, renderWithholdingLedgerHtml, wageLedgerSheetRows, withholdingLedgerSheetRows,
  type SheetCell, type WageLedger, type WithholdingLedger,
} from '../../core/ledgers';
import { deductionLines, earningLines, pdfOf, privateFolder, replaceFile, type LedgerRow } from './common';
import { readClosures } from '../closures';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Ledger rows of the closed runs paid in `year`, per employee (code order). */
function rowsOfYear(ss: Spreadsheet, year: number): { runs: Map<string, 'salary' | 'bonus'>; byEmployee: Map<string, LedgerRow[]> } {
  const closures = readClosures(ss);
  const runs = new Map(readValidTable(ss, payrollRunsTable).rows.map((r) => r.value)
    .filter((r) => r.payDate.startsWith(`${year}-`) && isClosed(closures, 'payroll', r.runId)).map((r) => [r.runId, r.kind]));
  const byEmployee = new Map<string, LedgerRow[]>();
  for (const r of readValidTable(ss, wageLedgerTable).rows.map((x) => x.value).filter((x) => runs.has(x.runId))) {
    byEmployee.set(r.employeeCode, [...(byEmployee.get(r.employeeCode) ?? []), r]);
  }
  if (byEmployee.size === 0) throw new KanriError('outputs.noPayments', { year });
  return { runs, byEmployee: new Map([...byEmployee].sort(([a], [b]) => (a < b ? -1 : 1))) };
}

function sexOf(rows: readonly LedgerRow[]): { sex?: 'male' | 'female' } {
  const sex = [...rows].reverse().find((r) => r.sex)?.sex;
  return sex ? { sex: sex === '男' ? 'male' : 'female' } : {};
}

export function wageLedgersOf(ss: Spreadsheet, year: number): WageLedger[] {
  const { runs, byEmployee } = rowsOfYear(ss, year);
  return [...byEmployee.values()].map((rows) => buildWageLedger({
    year,
    // 性別 (規則54条1項2号) as recorded on the latest ledger row of the year.
    employee: { code: rows[0]!.employeeCode, name: rows[0]!.name, department: rows[0]!.department, ...sexOf(rows) },
    payments: rows.map((r) => ({
      kind: runs.get(r.runId)!, payDate: r.payDate, period: { from: firstDayOfMonth(r.month), to: lastDayOfMonth(r.month) },
      workedDays: r.workDays, workedMinutes: r.workedMinutes, legalOvertimeMinutes: r.legalOvertimeMinutes,
      legalHolidayMinutes: r.legalHolidayMinutes, lateNightMinutes: r.lateNightMinutes,
      earnings: earningLines(r), deductions: deductionLines(r).map(({ label, amount }) => ({ label, amount })),
    })),
  }));
}

export function withholdingLedgersOf(ss: Spreadsheet, year: number): WithholdingLedger[] {
  const { runs, byEmployee } = rowsOfYear(ss, year);
  const settings = readValidTable(ss, paySettingsTable).rows.map((r) => r.value);
  return [...byEmployee.values()].map((rows) => buildWithholdingLedger({
    year,
    employee: { code: rows[0]!.employeeCode, name: rows[0]!.name, department: rows[0]!.department },
    payments: rows.map((r) => ({
      kind: runs.get(r.runId)!, payDate: r.payDate, month: r.month, taxableGrossPay: r.taxableWages,
      socialInsurance: r.healthInsurance + r.careInsurance + r.childSupport + r.pension + r.employmentInsurance,
      dependents: r.dependents, taxColumn: settingFor(settings, r.employeeCode, r.month)?.taxColumn ?? 'kou', incomeTax: r.incomeTax,
    })),
  }));
}

export function exportLedger(ss: Spreadsheet, kind: 'wage' | 'withholding', year: number, user: string, lang: Lang = 'ja') {
  const sheetName = message('ja', kind === 'wage' ? 'outputs.sheet.wageLedger' : 'outputs.sheet.withholdingLedger', { year });
  let rows: SheetCell[][];
  let html: string;
  let employees: number;
  if (kind === 'wage') {
    const ledgers = wageLedgersOf(ss, year);
    rows = wageLedgerSheetRows(ledgers, lang);
    html = renderWageLedgerHtml(ledgers, lang);
    employees = ledgers.length;
  } else {
    const ledgers = withholdingLedgersOf(ss, year);
    rows = withholdingLedgerSheetRows(ledgers, lang);
    html = renderWithholdingLedgerHtml(ledgers, lang);
    employees = ledgers.length;
  }
  const pdf = pdfOf(html, `${sheetName}.pdf`);
  withLock(() => {
    writeSheet(ss, sheetName, rows);
    replaceFile(privateFolder([message('ja', 'outputs.folder.ledgers')]), pdf);
    const tx = new Transaction({ ss, user, now: nowTokyo() });
    tx.note(sheetName, 'export', String(year), auditFields({ 人数: employees, 行数: rows.length }));
    tx.commit();
  });
  return { year, kind, sheet: sheetName, employees, rows: rows.length, fileName: `${sheetName}.pdf`, base64: Utilities.base64Encode(pdf.getBytes()) };
}
