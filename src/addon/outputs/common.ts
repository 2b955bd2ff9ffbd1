/**
 * What every payroll output shares: a closed run and its 賃金台帳 rows (every export refuses a run that
 * is not closed), the deduction lines of a ledger row, bytes ↔ Apps Script, and the Drive folders
 * (private to the script owner: created PRIVATE, never shared).
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
const DEDUCTION_KEYS = ['healthInsurance', 'careInsurance', 'childSupport', 'pension', 'employmentInsurance', 'incomeTax', 'residentTax', 'otherDeductions'] as const;

export function deductionLines(row: LedgerRow): { key: (typeof DEDUCTION_KEYS)[number]; label: LocalizedLabel; amount: number }[] {
  return DEDUCTION_KEYS.filter((k) => row[k] !== 0).map((k) => {
    const column = wageLedgerTable.columns.find((c) => c.key === k)!;
    return { key: k, label: { ja: column.header, en: column.headerEn }, amount: row[k] };
  });
}

export function earningLines(row: LedgerRow): { label: LocalizedLabel; amount: number }[] {
  return row.earnings.map((e) => ({ label: { ja: e.name }, amount: e.amount }));
}

/** Apps Script bytes are signed (-128…127). */
export function signedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

/** A folder path under My Drive, created where missing; new folders are private (shared with nobody). */
export function privateFolder(path: readonly string[]): GoogleAppsScript.Drive.Folder {
  let folder = DriveApp.getRootFolder();
  for (const name of path) {
    const found = folder.getFoldersByName(name);
    if (found.hasNext()) folder = found.next();
    else {
      folder = folder.createFolder(name);
      folder.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.NONE);
    }
  }
  return folder;
}

/** Writes a file into the folder, replacing (trashing) an earlier file of the same name. */
export function replaceFile(folder: GoogleAppsScript.Drive.Folder, blob: GoogleAppsScript.Base.Blob): GoogleAppsScript.Drive.File {
  const old = folder.getFilesByName(blob.getName() ?? '');
  while (old.hasNext()) old.next().setTrashed(true);
  const file = folder.createFile(blob);
  file.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.NONE);
  return file;
}

export function pdfOf(html: string, name: string): GoogleAppsScript.Base.Blob {
  return Utilities.newBlob(html, 'text/html', name).getAs('application/pdf').setName(name);
}
