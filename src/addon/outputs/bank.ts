/**
 * 全銀 transfer file of a closed run: one data record per employee with net pay > 0, the account from
 * 給与設定 (the row in force for the run's month; holder kana converted by toZenginKana, anything the format
 * does not allow is an error naming the employee), the consignor from 設定 bank.*, 振込指定日 = the pay
 * date. Pre-flight: the file's total must equal the ledger's net total and the run's netTotal.
 */
import { auditFields } from '../../schema/auditText';
import { yen } from '../../core/money';
import { paySettingsTable } from '../../schema/tables/payroll';
import { readValidTable } from '../tables';
import { readSettings } from '../settings';
import { withLock } from '../lock';
import { Transaction } from '../transaction';
import { nowTokyo } from '../clock';
import { settingFor } from '../payroll/run';
import { KanriError } from '../../core/errors';
import { message } from '../../core/i18n';
import { buildZenginFile, ZenginError, type ZenginLineEnding, type ZenginPayee, type ZenginTransferKind } from '../../core/zengin';
import { closedRun, privateFolder, replaceFile, signedBytes } from './common';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type BankFileKind = 'salary' | 'bonus' | 'general';
const ZENGIN_KIND: Record<BankFileKind, ZenginTransferKind> = { salary: 'salary', bonus: 'bonus', general: 'sogo' };

export interface BankFile {
  runId: string;
  fileName: string;
  base64: string;
  count: number;
  total: number;
  bytes: number;
}

export function exportBankFile(ss: Spreadsheet, runId: string, kind: BankFileKind, user: string, lineEnding: ZenginLineEnding = 'CRLF'): BankFile {
  const { run, rows } = closedRun(ss, runId);
  const settings = readSettings(ss);
  const paySettings = readValidTable(ss, paySettingsTable).rows.map((r) => r.value);
  const missing: string[] = [];
  const payees: ZenginPayee[] = [];
  for (const row of rows.filter((r) => r.netPay > 0)) {
    const s = settingFor(paySettings, row.employeeCode, run.month);
    const who = `${row.employeeCode} ${row.name}`;
    if (!s?.bankCode || !s.branchCode || !s.accountType || !s.accountNumber || !s.accountHolderKana) {
      missing.push(message('ja', 'outputs.noBank', { who }));
      continue;
    }
    payees.push({
      employeeId: row.employeeCode, employeeName: row.name,
      bankCode: s.bankCode, bankNameKana: s.bankNameKana ?? '', branchCode: s.branchCode, branchNameKana: s.branchNameKana ?? '',
      accountType: s.accountType, accountNumber: s.accountNumber, payeeNameKana: s.accountHolderKana, amount: row.netPay,
    });
  }
  if (missing.length) throw new KanriError('outputs.bankFileErrors', { count: missing.length }, missing);
  const [, mm, dd] = run.payDate.split('-');
  let file;
  try {
    file = buildZenginFile({
      kind: ZENGIN_KIND[kind],
      consignor: {
        consignorCode: settings['bank.consignorCode'], consignorNameKana: settings['bank.consignorNameKana'], transferDate: `${mm}${dd}`,
        bankCode: settings['bank.bankCode'], bankNameKana: settings['bank.bankNameKana'], branchCode: settings['bank.branchCode'],
        branchNameKana: settings['bank.branchNameKana'], accountType: settings['bank.accountType'] as '1' | '2' | '9', accountNumber: settings['bank.accountNumber'],
      },
      payees,
    }, { lineEnding });
  } catch (e) {
    if (e instanceof ZenginError) throw new KanriError('outputs.bankFileErrors', { count: e.issues.length }, e.localized('ja'));
    throw e;
  }
  // Pre-flight: bank total = ledger total = the run's net total (a row with net ≤ 0 is not paid by transfer).
  const ledgerTotal = rows.reduce((s, r) => s + Math.max(0, r.netPay), 0);
  for (const [what, total] of [['振込ファイル', file.totalAmount], ['賃金台帳', ledgerTotal]] as const) {
    if (total !== run.netTotal) throw new KanriError('outputs.totalMismatch', { what, total, run: runId, expected: run.netTotal });
  }
  const fileName = `全銀_${kind}_${runId}.txt`;
  const bytes = signedBytes(file.bytes);
  withLock(() => {
    replaceFile(privateFolder([message('ja', 'outputs.folder.payslips'), runId]), Utilities.newBlob(bytes, 'text/plain', fileName));
    const tx = new Transaction({ ss, user, now: nowTokyo() });
    tx.note('給与計算', 'bankFile', `給与/${runId}`, auditFields({ ファイル: fileName, 件数: file.count, 合計: yen(file.totalAmount) }));
    tx.commit();
  });
  return { runId, fileName, base64: Utilities.base64Encode(bytes), count: file.count, total: file.totalAmount, bytes: file.bytes.length };
}
