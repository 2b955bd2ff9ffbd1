/** 割増賃金 (労働基準法 第37条, 規則第19条・第21条; 昭63.3.14 基発150号), worked by hand. */
import { computePremiumPay } from '../../../src/core/payroll/premium-pay';
import { readJson } from './reference';

describe('premium pay', () => {
  test('the premium percentages are those of the reference (labor-law/overtime_limits_36kyotei.json)', () => {
    const p = readJson('labor-law/overtime_limits_36kyotei.json').overtime_premium_min_pct;
    // 2,000 yen an hour, one hour of each kind: 25 % → 2,500; 50 % → 3,000; night +25 % → 500; holiday 35 % → 2,700.
    const r = computePremiumPay({ payType: 'hourly', basePay: 2000, legalOvertimeMinutes: 61 * 60, lateNightMinutes: 60, legalHolidayMinutes: 60 });
    expect(r.overtimeOver60Pay).toBe(2000 * (100 + p.overtime_over_60h_per_month) / 100);
    expect(r.lateNightPay).toBe(2000 * p.late_night_22_to_5 / 100);
    expect(r.legalHolidayPay).toBe(2000 * (100 + p.holiday_statutory) / 100);
    expect(r.overtimePay).toBe(60 * 2000 * (100 + p.overtime) / 100);
  });
  test('monthly pay: base ÷ 月平均所定労働時間, excluded allowances, 60 h split', () => {
    // 300,000 + 役職手当 20,000 (included); 通勤手当 and 家族手当 excluded (規則第21条). 月平均 160 h → 2,000/h.
    // 70 h overtime: 60 h × 2,000 × 1.25 = 150,000; 10 h × 2,000 × 1.5 = 30,000.
    // 5 h night: 5 × 2,000 × 0.25 = 2,500. 8 h legal holiday: 8 × 2,000 × 1.35 = 21,600.
    const r = computePremiumPay({
      payType: 'monthly', basePay: 300000, monthlyAverageScheduledMinutes: 160 * 60,
      allowances: [{ name: '役職手当', amount: 20000, includedInOvertimeBase: true }, { name: '通勤手当', amount: 10000, includedInOvertimeBase: false }, { name: '家族手当', amount: 15000, includedInOvertimeBase: false }],
      legalOvertimeMinutes: 70 * 60, lateNightMinutes: 5 * 60, legalHolidayMinutes: 8 * 60,
    });
    expect([r.hourlyBase, r.overtimePay, r.overtimeOver60Pay, r.lateNightPay, r.legalHolidayPay, r.total]).toEqual([2000, 150000, 30000, 2500, 21600, 204100]);
  });
  test('rounding as 基発150号 allows: hourly base half-up, each total half-up', () => {
    // 250,000 ÷ (1,960 h ÷ 12 = 163.33… h) = 1,530.61… → 1,531. 10 h 20 min overtime: 1,531 × 31/3 × 1.25 = 19,775.41… → 19,775.
    const r = computePremiumPay({ payType: 'monthly', basePay: 250000, monthlyAverageScheduledMinutes: (1960 * 60) / 12, legalOvertimeMinutes: 620, lateNightMinutes: 0, legalHolidayMinutes: 0 });
    expect([r.hourlyBase, r.overtimePay]).toEqual([1531, 19775]);
    // Unrounded base (the 通達 allows, never requires, rounding): 250,000 × 12 / 1,960 × 31/3 × 1.25 = 19,770.4… → 19,770.
    expect(computePremiumPay({ payType: 'monthly', basePay: 250000, monthlyAverageScheduledMinutes: (1960 * 60) / 12, legalOvertimeMinutes: 620, lateNightMinutes: 0, legalHolidayMinutes: 0, roundHourlyBase: false }).overtimePay).toBe(19770);
  });
});
