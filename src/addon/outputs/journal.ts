/**
 * 仕訳 of a closed run: the ledger rows summed per 部門 (and 役員 apart, to 役員報酬) → payrollJournalEntry →
 * CSV. Generic: UTF-8 with BOM; 弥生: Windows-31J bytes (Utilities.newBlob().setDataFromString). Debits =
 * credits is checked by the core before any CSV is made, and the net pay credited must equal the run's
 * netTotal (journal total = ledger total) before the file is written.
 */
import { auditFields } from '../../schema/auditText';
import { yen } from '../../core/money';
import { readSettings } from '../settings';
import { withLock } from '../lock';
import { Transaction } from '../transaction';
import { nowTokyo } from '../clock';
import { KanriError } from '../../core/errors';
import { message } from '../../core/i18n';
import { formatYearMonth } from '../../core/render/format';
import { genericJournalCsv, JournalError, payrollJournalEntry, yayoiJournalBytes, YAYOI_CHARSET, type JournalEntry, type PayrollJournalGroup } from '../../core/journal';
import { closedRun, privateFolder, replaceFile, type LedgerRow } from './common';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sums a run's ledger rows per department and officer flag. */
export function journalGroups(rows: readonly LedgerRow[]): PayrollJournalGroup[] {
  const groups = new Map<string, PayrollJournalGroup>();
  for (const r of rows) {
    const key = `${r.department}\u0000${r.officer}`;
    const g = groups.get(key) ?? { label: r.department || '-', department: r.department, officer: r.officer, grossPay: 0, withholdings: {}, otherDeductions: [], netPay: 0, employerShares: {} };
    const w = g.withholdings;
    g.grossPay += r.grossPay;
    g.netPay += r.netPay;
    w.healthInsurance = (w.healthInsurance ?? 0) + r.healthInsurance;
    w.careInsurance = (w.careInsurance ?? 0) + r.careInsurance;
    w.childSupport = (w.childSupport ?? 0) + r.childSupport;
    w.pension = (w.pension ?? 0) + r.pension;
    w.employmentInsurance = (w.employmentInsurance ?? 0) + r.employmentInsurance;
    // 年末調整の過不足 settles through the same 預り金 (源泉所得税): a collection adds to it, a refund takes from it.
    w.incomeTax = (w.incomeTax ?? 0) + r.incomeTax + (r.yearEndAdjustment ?? 0);
    w.residentTax = (w.residentTax ?? 0) + r.residentTax;
    if (r.otherDeductions) {
      const other = g.otherDeductions!;
      if (other.length) other[0]!.amount += r.otherDeductions;
      else other.push({ name: 'その他控除', amount: r.otherDeductions });
    }
    // The ledger keeps the employer's social insurance as one figure (health, care, child support, pension):
    // all of it goes to 法定福利費 / 未払費用 社会保険料, so it is booked under one social-insurance kind.
    const e = g.employerShares!;
    e.pension = (e.pension ?? 0) + r.employerSocialInsurance;
    e.childRearingContribution = (e.childRearingContribution ?? 0) + (r.employerChildRearingContribution ?? 0);
    e.employmentInsurance = (e.employmentInsurance ?? 0) + r.employerEmploymentInsurance;
    e.workersCompensation = (e.workersCompensation ?? 0) + (r.employerWorkersCompensation ?? 0);
    groups.set(key, g);
  }
  return [...groups.values()];
}

export function runJournalEntry(ss: Spreadsheet, runId: string): { entry: JournalEntry; netTotal: number; month: string } {
  const { run, rows } = closedRun(ss, runId);
  const settings = readSettings(ss);
  const entry = payrollJournalEntry({
    date: run.payDate,
    description: message('ja', 'outputs.journalDescription', { month: formatYearMonth(run.month, 'ja') }),
    groups: journalGroups(rows),
  }, { netPay: settings['journal.netPay'] === 'accruedPayable' ? 'accruedPayable' : 'bankDeposit' });
  const netCredited = entry.lines.filter((l) => l.side === 'credit' && (l.account === '普通預金' || l.account === '未払金')).reduce((s, l) => s + l.amount, 0);
  if (netCredited !== run.netTotal) throw new KanriError('outputs.totalMismatch', { what: '仕訳', total: netCredited, run: runId, expected: run.netTotal });
  return { entry, netTotal: run.netTotal, month: run.month };
}

export function exportJournal(ss: Spreadsheet, runId: string, format: 'generic' | 'yayoi', user: string) {
  const { entry } = runJournalEntry(ss, runId);
  const fileName = `仕訳_${format}_${runId}.csv`;
  // 弥生 reads Windows-31J (cp932); a character it cannot hold is refused, naming row and field, never '?'.
  // The generic file is UTF-8 (its BOM is the string's first character).
  let blob: GoogleAppsScript.Base.Blob;
  if (format === 'yayoi') {
    const codec = {
      encode: (text: string) => Utilities.newBlob('').setDataFromString(text, YAYOI_CHARSET).getBytes(),
      decode: (bytes: Uint8Array | number[]) => Utilities.newBlob(Array.from(bytes)).getDataAsString(YAYOI_CHARSET),
    };
    let bytes: Uint8Array | number[];
    try {
      bytes = yayoiJournalBytes([entry], codec);
    } catch (e) {
      if (e instanceof JournalError) throw new KanriError(e.key, e.params);
      throw e;
    }
    blob = Utilities.newBlob(Array.from(bytes), 'text/csv', fileName);
  } else {
    blob = Utilities.newBlob('', 'text/csv', fileName).setDataFromString(genericJournalCsv([entry]), 'UTF-8');
  }
  withLock(() => {
    replaceFile(privateFolder([message('ja', 'outputs.folder.payslips'), runId]), blob);
    const tx = new Transaction({ ss, user, now: nowTokyo() });
    tx.note('給与計算', 'journal', `給与/${runId}`, auditFields({ 形式: format, 借方合計: yen(entry.totalDebit), 貸方合計: yen(entry.totalCredit) }));
    tx.commit();
  });
  return {
    runId, format, fileName, base64: Utilities.base64Encode(blob.getBytes()), lines: entry.lines.length,
    totalDebit: entry.totalDebit, totalCredit: entry.totalCredit,
  };
}
