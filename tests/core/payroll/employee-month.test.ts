/**
 * One employee's month, end to end. Expected values are worked by hand below from the official
 * tables in ../shared/reference (協会けんぽ R8 東京 9.85 %, 子ども・子育て支援金 0.23 %, 厚生年金 18.3 %,
 * 雇用保険 R8 一般 労働者 5/1000, 月額表 令和8年分 甲欄) and 労基法37条 — never from running the code.
 */
import { computeEmployeeMonth, socialInsuranceDue, type EmployeeMonthInput } from '../../../src/core/payroll/employee-month';

const base: EmployeeMonthInput = {
  month: '2026-10', payDate: '2026-11-25', hireDate: '2020-04-01', birthDate: '1990-05-10',
  setting: {
    payType: 'monthly', basePay: 300_000,
    allowances: [
      { name: '役職手当', amount: 20_000, taxable: true, inOvertimeBase: true },
      { name: '家族手当', amount: 10_000, taxable: true, inOvertimeBase: false }, // 規則21条: excluded from the base
    ],
    commutingAllowance: 15_000, dependents: 0, taxColumn: 'kou', residentTaxJune: 15_600, residentTaxMonthly: 15_000,
    prefecture: '東京都', employmentInsuranceType: 'general', employmentInsuranceEnrolled: true,
    standardMonthlyRemuneration: 360_000, socialInsuranceAcquiredOn: '2020-04-01', otherDeductions: [],
  },
  attendance: { workDays: 21, workedMinutes: 10_080 + 600, legalOvertimeMinutes: 600, nonStatutoryOvertimeMinutes: 0, lateNightMinutes: 120, legalHolidayMinutes: 0, latenessMinutes: 0, earlyLeaveMinutes: 0, absenceDays: 0 },
  monthlyAverageScheduledMinutes: 160 * 60, dailyScheduledMinutes: 480, annualScheduledDays: 240, scheduledDaysThisMonth: 21, scheduledDaysEmployed: 21,
  prorationRule: 'calendarDays', absenceRule: 'averageScheduledDays',
};

test('a full month: premium pay, every deduction and the net pay, worked by hand', () => {
  const r = computeEmployeeMonth(base);
  // 割増の基礎: (300,000 + 役職手当 20,000) ÷ 160 h = 2,000円/h (家族手当 excluded, 規則21条)
  expect(r.premium.hourlyBase).toBe(2000);
  expect(r.premium.overtimePay).toBe(25_000); // 2,000 × 10 h × 1.25
  expect(r.premium.lateNightPay).toBe(1_000); // 2,000 × 2 h × 0.25
  const p = r.payroll;
  // 課税支給 300,000 + 20,000 + 10,000 + 25,000 + 1,000 = 356,000; 総支給 + 通勤 15,000 = 371,000
  expect(p.taxableWages).toBe(356_000);
  expect(p.grossPay).toBe(371_000);
  expect(p.insuranceMonth).toBe('2026-10'); // 翌月徴収
  expect(p.healthInsurance).toBe(17_730); // 360,000 × 9.85 % ÷ 2 = 17,730
  expect(p.careInsurance).toBe(0); // 36 years old
  expect(p.childSupport).toBe(414); // 360,000 × 0.23 % ÷ 2 = 414
  expect(p.pension).toBe(32_940); // 360,000 × 18.3 % ÷ 2 = 32,940
  expect(p.employmentInsurance).toBe(1_855); // 371,000 × 5/1000 = 1,855
  expect(p.taxableAfterSocialInsurance).toBe(303_061); // 356,000 − 52,939
  expect(p.incomeTax).toBe(8_060); // 月額表 令和8年分 302,000–305,000 甲 0人
  expect(p.residentTax).toBe(15_000);
  expect(p.netPay).toBe(295_001); // 371,000 − 52,939 − 8,060 − 15,000
  expect(r.explanation.length).toBeGreaterThan(8);
});

test('a joiner on the 16th: base pay and allowances prorated by calendar days, rounded down', () => {
  const r = computeEmployeeMonth({ ...base, hireDate: '2026-10-16', setting: { ...base.setting, socialInsuranceAcquiredOn: '2026-10-16' } });
  expect(r.basePay).toBe(154_838); // 300,000 × 16/31 = 154,838.7…
  expect(r.allowancesTotal).toBe(10_322 + 5_161); // 20,000 × 16/31 = 10,322.5…; 10,000 × 16/31 = 5,161.2…
  expect(r.socialInsuranceCharged).toBe(true); // insurance month 2026-10 is the month of acquisition
});

test('social insurance months: due from the month of acquisition, not for the month of loss (unless both fall in it)', () => {
  expect(socialInsuranceDue('2026-10', '2026-10-16', undefined)).toBe(true);
  expect(socialInsuranceDue('2026-09', '2026-10-16', undefined)).toBe(false);
  // leaving on 10-31: 資格喪失日 11-01, so October is due and November is not
  expect(socialInsuranceDue('2026-10', '2020-04-01', '2026-10-31')).toBe(true);
  expect(socialInsuranceDue('2026-11', '2020-04-01', '2026-10-31')).toBe(false);
  // leaving on 10-15: 資格喪失日 10-16, October is the month of loss: not due
  expect(socialInsuranceDue('2026-10', '2020-04-01', '2026-10-15')).toBe(false);
  // joined and left in October (同月得喪): October is due once
  expect(socialInsuranceDue('2026-10', '2026-10-01', '2026-10-20')).toBe(true);
  expect(socialInsuranceDue('2026-10', undefined, undefined)).toBe(false);
});

test('commuting over the non-taxable limit is taxable for the excess (所得税法施行令20条の2)', () => {
  const r = computeEmployeeMonth({ ...base, setting: { ...base.setting, commutingAllowance: 160_000 } });
  expect(r.commutingNonTaxable).toBe(150_000);
  expect(r.commutingTaxable).toBe(10_000);
  expect(r.payroll.taxableWages).toBe(366_000);
});

test('June deducts the June resident-tax amount', () => {
  const r = computeEmployeeMonth({ ...base, month: '2026-05', payDate: '2026-06-25' });
  expect(r.payroll.residentTax).toBe(15_600);
});
