import type { PayslipData } from '../../../src/core/payslip';

/**
 * Two employees of one run. Totals summed by hand: 山田 280,000 + 20,000 = 300,000; 14,775 + 27,450 + 6,530 =
 * 48,755; 300,000 − 48,755 = 251,245. 佐藤 250,000 + 10,000 = 260,000; 12,000 + 5,000 = 17,000; 243,000.
 */
export function yamada(): PayslipData {
  return {
    companyName: '株式会社カンリ商事',
    employee: { code: 'E001', name: '山田 太郎', department: '営業部' },
    kind: 'salary',
    payDate: '2026-04-24',
    month: '2026-04',
    period: { from: '2026-04-01', to: '2026-04-30' },
    earnings: [
      { label: { ja: '基本給', en: 'Base pay' }, amount: 280000 },
      { label: { ja: '時間外手当', en: 'Overtime pay' }, amount: 20000 },
    ],
    deductions: [
      { label: { ja: '健康保険料', en: 'Health insurance' }, amount: 14775 },
      { label: { ja: '厚生年金保険料', en: 'Pension' }, amount: 27450 },
      { label: { ja: '源泉所得税', en: 'Income tax' }, amount: 6530 },
    ],
    attendance: {
      workedDays: 21, absenceDays: 0, workedMinutes: 10230, legalOvertimeMinutes: 750, over60Minutes: 0,
      lateNightMinutes: 95, legalHolidayMinutes: 0, paidLeaveDaysTaken: 1.5, paidLeaveDaysRemaining: 8.5,
    },
    totals: { grossPay: 300000, totalDeductions: 48755, netPay: 251245 },
    notes: ['5月から住民税額が変わります'],
  };
}

export function sato(): PayslipData {
  return {
    companyName: '株式会社カンリ商事',
    employee: { code: 'E002', name: '佐藤 花子', department: '管理部' },
    kind: 'salary',
    payDate: '2026-04-24',
    month: '2026-04',
    period: { from: '2026-04-01', to: '2026-04-30' },
    earnings: [
      { label: { ja: '基本給', en: 'Base pay' }, amount: 250000 },
      { label: { ja: '住宅手当' }, amount: 10000 },
    ],
    deductions: [
      { label: { ja: '健康保険料', en: 'Health insurance' }, amount: 12000 },
      { label: { ja: '源泉所得税', en: 'Income tax' }, amount: 5000 },
    ],
    attendance: {
      workedDays: 20, absenceDays: 1, workedMinutes: 9600, legalOvertimeMinutes: 0, over60Minutes: 0,
      lateNightMinutes: 0, legalHolidayMinutes: 0, paidLeaveDaysTaken: 0, paidLeaveDaysRemaining: 12,
    },
    totals: { grossPay: 260000, totalDeductions: 17000, netPay: 243000 },
  };
}
