/**
 * What every payroll output shares: a closed run and its 賃金台帳 rows (every export refuses a run that
 * is not closed), the deduction lines of a ledger row, bytes ↔ Apps Script, and the Drive folders
 * (Kanri's own, kept by ID, refused when shared: ../drive.ts).
 */
import { payrollRunsTable, wageLedgerTable } from '../../schema/tables/payroll';
import type { RowOf } from '../../schema/table';
import { readValidTable } from '../tables';
import { assertPayrollClosed } from '../payroll/run';
import { KanriError } from '../../core/errors';
import type { LocalizedLabel } from '../../core/render/format';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type LedgerRow = RowOf<typeof wageLedgerTable>;
export type RunRow = RowOf<typeof payrollRunsTable>;

export interface ClosedRun {
  run: RunRow;
  rows: LedgerRow[];
}

/** The closed run and its ledger rows, in employee-code order; refuses a run that is not closed. */
export function closedRun(ss: Spreadsheet, runId: string): ClosedRun {
  assertPayrollClosed(ss, runId);
  const run = readValidTable(ss, payrollRunsTable).rows.map((r) => r.value).find((r) => r.runId === runId);
  if (!run) throw new KanriError('outputs.noRun', { run: runId });
  const rows = readValidTable(ss, wageLedgerTable).rows.map((r) => r.value).filter((r) => r.runId === runId)
    .sort((a, b) => (a.employeeCode < b.employeeCode ? -1 : 1));
  return { run, rows };
}

/** 控除 of a ledger row by kind, labelled with the 賃金台帳 column headers (one name per concept). */
const DEDUCTION_KEYS = ['healthInsurance', 'careInsurance', 'childSupport', 'pension', 'employmentInsurance', 'incomeTax', 'residentTax', 'otherDeductions', 'yearEndAdjustment'] as const;

export function deductionLines(row: LedgerRow): { key: (typeof DEDUCTION_KEYS)[number]; label: LocalizedLabel; amount: number }[] {
  return DEDUCTION_KEYS.filter((k) => (row[k] ?? 0) !== 0).map((k) => {
    const column = wageLedgerTable.columns.find((c) => c.key === k)!;
    return { key: k, label: { ja: column.header, en: column.headerEn }, amount: row[k] ?? 0 };
  });
}

export function earningLines(row: LedgerRow): { label: LocalizedLabel; amount: number }[] {
  return row.earnings.map((e) => ({ label: { ja: e.name }, amount: e.amount }));
}

/** Apps Script bytes are signed (-128…127). */
export function signedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

/**
 * The private Drive folder and "a file in it" live in ../drive.ts (one helper for every caller,
 * the self-test too): folders kept by ID, refused when shared, written through the Drive API.
 */
export { privateFolder, writePrivateFile as replaceFile, type PrivateFolder } from '../drive';

export function pdfOf(html: string, name: string): GoogleAppsScript.Base.Blob {
  return Utilities.newBlob(html, 'text/html', name).getAs('application/pdf').setName(name);
}
