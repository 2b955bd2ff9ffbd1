/**
 * A closed payroll run's totals → one compound journal entry (複合仕訳):
 *   Dr 給与手当 / 役員報酬 (gross, by department)       Cr 預り金 / <kind> (each withholding)
 *   Dr 法定福利費 (employer shares, by department)      Cr 預り金 / <other deduction>
 *                                                     Cr 未払費用 / 社会保険料・労働保険料 (employer shares)
 *                                                     Cr 未払金 or 普通預金 (net pay)
 * Each group must satisfy gross = deductions + net; the entry's debits must equal its credits. Both are checked
 * before anything is returned (an error otherwise), and again by every exporter before it writes.
 */
import { DEFAULT_ACCOUNT_NAMES, EMPLOYER_SHARE_KINDS, WITHHOLDING_KINDS } from './data/accounts';
import { JournalError } from './errors';
import type { JournalEntry, JournalLine, JournalSettings, PayrollJournalGroup, PayrollJournalInput } from './types';

function checkAmount(who: string, item: string, value: number): number {
  if (!Number.isSafeInteger(value)) throw new JournalError('journal.error.notInteger', { who, item, value: String(value) });
  if (value < 0) throw new JournalError('journal.error.negative', { who, item, value });
  return value;
}

/** 源泉所得税 may be negative: a 年末調整 refund larger than the month's withholding is a debit to 預り金. */
function withholdingOf(g: PayrollJournalGroup, kind: string): number {
  const value = (g.withholdings as Record<string, number | undefined>)[kind] ?? 0;
  if (kind === 'incomeTax' && Number.isSafeInteger(value)) return value;
  return checkAmount(g.label, kind, value);
}

function deductionsOf(g: PayrollJournalGroup): number {
  let sum = 0;
  for (const [kind] of WITHHOLDING_KINDS) sum += withholdingOf(g, kind);
  for (const d of g.otherDeductions ?? []) sum += checkAmount(g.label, d.name, d.amount);
  return sum;
}

/** Throws unless the debits equal the credits. */
export function assertBalanced(entry: Pick<JournalEntry, 'lines'>): void {
  const debit = entry.lines.filter((l) => l.side === 'debit').reduce((s, l) => s + l.amount, 0);
  const credit = entry.lines.filter((l) => l.side === 'credit').reduce((s, l) => s + l.amount, 0);
  if (debit !== credit) throw new JournalError('journal.error.unbalanced', { debit, credit });
}

export function payrollJournalEntry(input: PayrollJournalInput, settings: JournalSettings): JournalEntry {
  const accounts = { ...DEFAULT_ACCOUNT_NAMES, ...settings.accounts };
  const lines = new Map<string, JournalLine>();
  const add = (side: JournalLine['side'], account: string, subAccount: string, department: string, amount: number) => {
    if (amount === 0) return;
    const key = [side, account, subAccount, department].join('\u0000');
    const line = lines.get(key);
    if (line) line.amount += amount;
    else lines.set(key, { side, account, subAccount, department, amount });
  };

  for (const g of input.groups) {
    const gross = checkAmount(g.label, 'grossPay', g.grossPay);
    const net = checkAmount(g.label, 'netPay', g.netPay);
    const deductions = deductionsOf(g);
    if (gross !== deductions + net) throw new JournalError('journal.error.unbalancedGroup', { who: g.label, gross, deductions, net });
    const dept = g.department ?? '';
    const bsDept = settings.departmentOnBalanceSheet ? dept : '';

    add('debit', g.officer ? accounts.officerCompensation : accounts.salaries, '', dept, gross);
    for (const [kind, sub] of WITHHOLDING_KINDS) {
      const w = withholdingOf(g, kind);
      if (w < 0) add('debit', accounts.withholdings, sub, bsDept, -w);
      else add('credit', accounts.withholdings, sub, bsDept, w);
    }
    for (const d of g.otherDeductions ?? []) add('credit', accounts.withholdings, d.name, bsDept, d.amount);
    add('credit', settings.netPay === 'bankDeposit' ? accounts.bankDeposit : accounts.accruedPayable, '', bsDept, net);
    for (const [kind, sub] of EMPLOYER_SHARE_KINDS) {
      const share = checkAmount(g.label, kind, g.employerShares?.[kind] ?? 0);
      add('debit', accounts.statutoryWelfare, '', dept, share);
      add('credit', accounts.employerSharePayable, sub, bsDept, share);
    }
  }
  // Debits first, then credits; within a side, in the order first seen.
  const all = [...lines.values()];
  const ordered = [...all.filter((l) => l.side === 'debit'), ...all.filter((l) => l.side === 'credit')];
  if (ordered.length === 0) throw new JournalError('journal.error.empty', {});
  const entry = { date: input.date, description: input.description, lines: ordered };
  assertBalanced(entry);
  const totalDebit = ordered.filter((l) => l.side === 'debit').reduce((s, l) => s + l.amount, 0);
  return { ...entry, totalDebit, totalCredit: totalDebit };
}
