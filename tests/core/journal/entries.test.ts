/**
 * Payroll journal entry from a run's totals. Expected lines are summed by hand from the inputs below
 * (accounting identity: 総支給額 = 控除合計 + 差引支給額; 借方合計 = 貸方合計), not from running the code.
 */
import { payrollJournalEntry, assertBalanced, JournalError } from '../../../src/core/journal';
import type { PayrollJournalInput } from '../../../src/core/journal';

const input: PayrollJournalInput = {
  date: '2026-04-24',
  description: '2026年4月分 給与',
  groups: [
    { label: 'E001 山田太郎', department: '営業部', grossPay: 300000, netPay: 237400,
      withholdings: { healthInsurance: 14775, childSupport: 345, pension: 27450, employmentInsurance: 1500, incomeTax: 6530, residentTax: 12000 },
      employerShares: { healthInsurance: 14775, childSupport: 345, pension: 27450, childRearingContribution: 1080, employmentInsurance: 2850 } },
    { label: 'E002 佐藤花子', department: '営業部', grossPay: 250000, netPay: 176875,
      withholdings: { healthInsurance: 12000, careInsurance: 2000, pension: 22875, employmentInsurance: 1250, incomeTax: 5000, residentTax: 10000 },
      otherDeductions: [{ name: '社宅費', amount: 20000 }],
      employerShares: { healthInsurance: 12000, careInsurance: 2000, pension: 22875, childRearingContribution: 900, employmentInsurance: 2375 } },
    { label: 'E003 鈴木一郎', department: '管理部', officer: true, grossPay: 500000, netPay: 374625,
      withholdings: { healthInsurance: 24625, pension: 45750, incomeTax: 30000, residentTax: 25000 },
      employerShares: { healthInsurance: 24625, pension: 45750, childRearingContribution: 1800 } },
  ],
};

describe('payrollJournalEntry', () => {
  test('lines by account, sub-account (預り金 by kind) and department; debits = credits = 1,208,825', () => {
    const entry = payrollJournalEntry(input, { netPay: 'accruedPayable' });
    const l = (side: string, account: string, subAccount: string, department: string, amount: number) => ({ side, account, subAccount, department, amount });
    expect(entry.lines).toEqual([
      l('debit', '給与手当', '', '営業部', 550000), // 300,000 + 250,000
      l('debit', '法定福利費', '', '営業部', 86650), // 46,500 + 40,150
      l('debit', '役員報酬', '', '管理部', 500000),
      l('debit', '法定福利費', '', '管理部', 72175), // 24,625 + 45,750 + 1,800
      l('credit', '預り金', '健康保険料', '', 51400), // 14,775 + 12,000 + 24,625
      l('credit', '預り金', '子ども・子育て支援金', '', 345),
      l('credit', '預り金', '厚生年金保険料', '', 96075), // 27,450 + 22,875 + 45,750
      l('credit', '預り金', '雇用保険料', '', 2750),
      l('credit', '預り金', '源泉所得税', '', 41530), // 6,530 + 5,000 + 30,000
      l('credit', '預り金', '住民税', '', 47000),
      l('credit', '未払金', '', '', 788900), // 237,400 + 176,875 + 374,625
      l('credit', '未払費用', '社会保険料', '', 153600), // 43,650 + 37,775 + 72,175
      l('credit', '未払費用', '労働保険料', '', 5225), // 2,850 + 2,375
      l('credit', '預り金', '介護保険料', '', 2000),
      l('credit', '預り金', '社宅費', '', 20000),
    ]);
    expect(entry.totalDebit).toBe(1208825);
    expect(entry.totalCredit).toBe(1208825);
  });

  test('net pay to 普通預金, renamed accounts, department on balance-sheet lines', () => {
    const entry = payrollJournalEntry({ ...input, groups: [input.groups[0]!] }, {
      netPay: 'bankDeposit', accounts: { salaries: '給料手当', employerSharePayable: '未払金' }, departmentOnBalanceSheet: true,
    });
    expect(entry.lines.find((x) => x.account === '普通預金')).toEqual({ side: 'credit', account: '普通預金', subAccount: '', department: '営業部', amount: 237400 });
    expect(entry.lines[0]).toEqual({ side: 'debit', account: '給料手当', subAccount: '', department: '営業部', amount: 300000 });
    expect(entry.lines.filter((x) => x.account === '未払金').map((x) => x.amount)).toEqual([43650, 2850]);
  });

  test('a group whose gross ≠ deductions + net is refused, naming it', () => {
    const bad = { ...input, groups: [{ ...input.groups[1]!, netPay: 176876 }] };
    expect(() => payrollJournalEntry(bad, { netPay: 'accruedPayable' }))
      .toThrow('E002 佐藤花子: gross pay 250000 yen differs from deductions 73125 yen + net pay 176876 yen');
  });

  test('negative or fractional amounts are refused (but 源泉所得税 after a 年末調整 refund)', () => {
    expect(() => payrollJournalEntry({ ...input, groups: [{ ...input.groups[0]!, withholdings: { residentTax: -1 }, netPay: 300001 }] }, { netPay: 'bankDeposit' }))
      .toThrow(/E001 山田太郎: residentTax is negative/);
    // 年末調整: a refund of 20,000 against 6,530 withheld this month leaves 源泉所得税 −13,470: a debit to 預り金.
    // gross 300,000 = 14,775 + 345 + 27,450 + 1,500 − 13,470 + 12,000 + net 257,400
    const refund = payrollJournalEntry({ ...input, groups: [{ ...input.groups[0]!, withholdings: { ...input.groups[0]!.withholdings, incomeTax: -13_470 }, netPay: 257_400 }] }, { netPay: 'bankDeposit' });
    expect(refund.lines).toContainEqual({ side: 'debit', account: '預り金', subAccount: '源泉所得税', department: '', amount: 13_470 });
    expect(refund.totalDebit).toBe(refund.totalCredit);
    expect(() => payrollJournalEntry({ ...input, groups: [{ ...input.groups[0]!, grossPay: 300000.5 }] }, { netPay: 'bankDeposit' }))
      .toThrow(/must be whole yen/);
  });

  test('assertBalanced refuses a tampered entry (the exporters call it before writing)', () => {
    const entry = payrollJournalEntry(input, { netPay: 'accruedPayable' });
    entry.lines[0]!.amount += 1;
    let error: unknown;
    try {
      assertBalanced(entry);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JournalError);
    expect((error as JournalError).localized('ja')).toBe('仕訳の借方合計 1208826円 と貸方合計 1208825円 が一致しません。出力しません');
  });
});
