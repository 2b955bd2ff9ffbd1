import type { WagePayment, WithholdingPayment, LedgerEmployee } from '../../../src/core/ledgers';

export const yamada: LedgerEmployee = { code: 'E001', name: '山田 太郎', sex: 'male', department: '営業部' };
export const sato: LedgerEmployee = { code: 'E002', name: '佐藤 花子', sex: 'female', department: '管理部' };

const month = (m: string, payDay: string) => ({ period: { from: `2026-${m}-01`, to: `2026-${m}-${m === '02' ? '28' : m === '04' ? '30' : '31'}` }, payDate: `2026-${m}-${payDay}` });

/**
 * Three payments of 山田 in 2026, small round figures so the sums are easy by hand:
 *  Jan: 基本給 200,000 + 残業手当 10,000 + 通勤手当 5,000 = 215,000; 健康保険料 10,000 + 源泉所得税 4,000 = 14,000; net 201,000
 *  Feb: 基本給 200,000 + 通勤手当 5,000 = 205,000; 健康保険料 10,000 + 源泉所得税 3,000 = 13,000; net 192,000
 *  Jul bonus: 賞与 300,000; 健康保険料 15,000 + 源泉所得税 12,000 = 27,000; net 273,000
 *  Year: 基本給 400,000, 残業手当 10,000, 通勤手当 10,000, 賞与 300,000, gross 720,000;
 *        健康保険料 35,000, 源泉所得税 19,000, deductions 54,000; net 666,000;
 *        days 20 + 19 + 0 = 39; hours 9,600 + 9,120 = 18,720 min (312:00); overtime 600 min (10:00);
 *        holiday 480 min (8:00); late night 90 + 30 = 120 min (2:00).
 */
export function yamadaPayments(): WagePayment[] {
  return [
    // given out of order on purpose: the ledger sorts by pay date
    { kind: 'bonus', payDate: '2026-07-10', workedDays: 0, workedMinutes: 0, legalOvertimeMinutes: 0, legalHolidayMinutes: 0, lateNightMinutes: 0,
      earnings: [{ label: { ja: '賞与', en: 'Bonus' }, amount: 300000 }],
      deductions: [{ label: { ja: '健康保険料', en: 'Health insurance' }, amount: 15000 }, { label: { ja: '源泉所得税', en: 'Income tax' }, amount: 12000 }] },
    { kind: 'salary', ...month('01', '23'), workedDays: 20, workedMinutes: 9600, legalOvertimeMinutes: 600, legalHolidayMinutes: 480, lateNightMinutes: 90,
      earnings: [{ label: { ja: '基本給', en: 'Base pay' }, amount: 200000 }, { label: { ja: '残業手当', en: 'Overtime pay' }, amount: 10000 }, { label: { ja: '通勤手当', en: 'Commuting' }, amount: 5000 }],
      deductions: [{ label: { ja: '健康保険料', en: 'Health insurance' }, amount: 10000 }, { label: { ja: '源泉所得税', en: 'Income tax' }, amount: 4000 }] },
    { kind: 'salary', ...month('02', '25'), workedDays: 19, workedMinutes: 9120, legalOvertimeMinutes: 0, legalHolidayMinutes: 0, lateNightMinutes: 30,
      earnings: [{ label: { ja: '基本給', en: 'Base pay' }, amount: 200000 }, { label: { ja: '通勤手当', en: 'Commuting' }, amount: 5000 }],
      deductions: [{ label: { ja: '健康保険料', en: 'Health insurance' }, amount: 10000 }, { label: { ja: '源泉所得税', en: 'Income tax' }, amount: 3000 }] },
  ];
}

/** 佐藤, one month: 基本給 180,000 + 住宅手当 20,000 = 200,000; 健康保険料 9,000 + 住民税 6,000 = 15,000; net 185,000. */
export function satoPayments(): WagePayment[] {
  return [
    { kind: 'salary', ...month('01', '23'), workedDays: 18, workedMinutes: 8640, legalOvertimeMinutes: 0, legalHolidayMinutes: 0, lateNightMinutes: 0,
      earnings: [{ label: { ja: '基本給', en: 'Base pay' }, amount: 180000 }, { label: { ja: '住宅手当', en: 'Housing' }, amount: 20000 }],
      deductions: [{ label: { ja: '健康保険料', en: 'Health insurance' }, amount: 9000 }, { label: { ja: '住民税', en: 'Resident tax' }, amount: 6000 }] },
  ];
}

/**
 * 源泉徴収簿 of 山田, 2026 (taxable gross excludes the 5,000 通勤手当):
 *  Jan 210,000 − 社保 30,000 = 180,000, tax 4,000; Feb 200,000 − 30,000 = 170,000, tax 3,000; Mar 200,000 − 30,000 = 170,000, tax 3,000
 *  salary totals: 610,000 / 90,000 / 520,000 / 10,000
 *  bonus Jul 300,000 − 45,000 = 255,000, tax 12,000 → bonus totals 300,000 / 45,000 / 255,000 / 12,000
 *  all: 910,000 / 135,000 / 775,000 / 22,000
 */
export function yamadaWithholding(): WithholdingPayment[] {
  const s = (m: string, day: string, gross: number, tax: number): WithholdingPayment =>
    ({ kind: 'salary', month: `2026-${m}`, payDate: `2026-${m}-${day}`, taxableGrossPay: gross, socialInsurance: 30000, dependents: 1, taxColumn: 'kou', incomeTax: tax });
  return [
    { kind: 'bonus', month: '2026-07', payDate: '2026-07-10', taxableGrossPay: 300000, socialInsurance: 45000, dependents: 1, taxColumn: 'kou', incomeTax: 12000 },
    s('03', '25', 200000, 3000),
    s('01', '23', 210000, 4000),
    s('02', '25', 200000, 3000),
  ];
}
