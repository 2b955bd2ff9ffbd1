/**
 * One employee's pay for one work month, from the pay settings (給与設定) and the closed monthly
 * attendance: base pay and allowances (prorated for a joiner or leaver), 法定内残業 and 割増賃金,
 * absence and lateness deductions, commuting allowance split into its non-taxable and taxable
 * parts, then every deduction by computeMonthlyPayroll. Pure; every figure explained.
 */
import { addDays, daysBetween, firstDayOfMonth, lastDayOfMonth, yearMonthOf, type LocalDate, type YearMonth } from '../calendar';
import { div, fraction, mul, roundHalfUp, floorYen, yen } from '../money';
import type { Lang } from '../i18n';
import { Explainer } from './explain';
import { computePremiumPay, type PayType, type PremiumPayResult } from './premium-pay';
import { computeAbsenceDeduction, type AbsenceRule } from './absence-deduction';
import { computeMonthlyPayroll, type MonthlyPayrollResult } from './monthly-payroll';
import type { TaxColumn, WithholdingMethod } from './withholding';
import type { EmploymentInsuranceType } from './rates/employment-insurance';
import type { HealthInsurer, RateOverrides } from './rates/overrides';
import { COMMUTING_NON_TAXABLE } from './rates/commuting';
import { computePaidLeavePay } from './paid-leave-pay';
import { PAID_LEAVE_PAY, type PaidLeavePayMethod } from './rates/paid-leave-pay';
import type { WorkersCompensationRate } from './rates/workers-compensation';

export interface PayAllowance {
  name: string;
  amount: number;
  taxable: boolean;
  /** Part of the 割増賃金の基礎 (労基法37条5項・規則21条 exclude family, commuting, housing … allowances). */
  inOvertimeBase: boolean;
  /** Counted for the 最低賃金 (最低賃金法4条3項; unset: by its name, see addon/payroll/minimum-wage.ts). */
  minimumWage?: boolean;
}

/** 給与設定 in force for the month. */
export interface PaySetting {
  payType: PayType;
  basePay: number;
  allowances: PayAllowance[];
  commutingAllowance: number;
  /** Non-taxable limit for this employee's commuting (default: public transit, 150,000円). */
  commutingNonTaxableLimit?: number;
  dependents: number;
  taxColumn: TaxColumn;
  residentTaxJune: number;
  residentTaxMonthly: number;
  prefecture: string;
  healthInsurer?: HealthInsurer;
  employmentInsuranceType: EmploymentInsuranceType;
  employmentInsuranceEnrolled: boolean;
  standardMonthlyRemuneration: number;
  /** 資格取得日; none = not enrolled in health insurance / pension. */
  socialInsuranceAcquiredOn?: LocalDate;
  otherDeductions: { name: string; amount: number }[];
}

export interface MonthAttendance {
  workDays: number;
  workedMinutes: number;
  legalOvertimeMinutes: number;
  nonStatutoryOvertimeMinutes: number;
  lateNightMinutes: number;
  legalHolidayMinutes: number;
  latenessMinutes: number;
  earlyLeaveMinutes: number;
  absenceDays: number;
  /** 有給取得日数 (a half day 0.5) and the 所定労働時間 of those days (minutes). */
  paidLeaveDays?: number;
  paidLeaveMinutes?: number;
}

export interface EmployeeMonthInput {
  month: YearMonth;
  payDate: LocalDate;
  hireDate: LocalDate;
  leaveDate?: LocalDate;
  birthDate: LocalDate;
  setting: PaySetting;
  attendance: MonthAttendance;
  /** 月平均所定労働時間 in minutes (規則19条). */
  monthlyAverageScheduledMinutes: number;
  dailyScheduledMinutes: number;
  annualScheduledDays: number;
  scheduledDaysThisMonth: number;
  /** Scheduled days of the month within the employment period (for proration by scheduled days). */
  scheduledDaysEmployed: number;
  prorationRule: 'calendarDays' | 'scheduledDays';
  absenceRule: AbsenceRule;
  /** 労災保険率 of the company's 事業の種類 (設定 payroll.workersCompensation); none: no estimate. */
  workersCompensationRates?: readonly WorkersCompensationRate[];
  /** 役員 (no 労災保険). */
  officer?: boolean;
  /** 年次有給休暇の賃金 (就業規則; default 通常の賃金, 労基法39条9項). */
  paidLeavePayMethod?: PaidLeavePayMethod;
  method?: WithholdingMethod;
  overrides?: RateOverrides;
  lang?: Lang;
}

export interface EarningLine {
  key: 'basePay' | 'allowance' | 'paidLeave' | 'nonStatutoryOvertime' | 'overtime' | 'overtimeOver60' | 'lateNight' | 'legalHoliday' | 'absence' | 'commuting';
  name: string;
  amount: number;
  taxable: boolean;
}

export interface EmployeeMonthResult {
  earnings: EarningLine[];
  basePay: number;
  allowancesTotal: number;
  premium: PremiumPayResult;
  nonStatutoryOvertimePay: number;
  /** 年次有給休暇の賃金 of an hourly or daily wage (0 for a monthly wage, whose leave day is not deducted). */
  paidLeavePay: number;
  absenceDeduction: number;
  commutingNonTaxable: number;
  commutingTaxable: number;
  socialInsuranceCharged: boolean;
  payroll: MonthlyPayrollResult;
  explanation: string[];
}

/** Whether insurance month M's premium is due (health insurance and pension; see rates/commuting.ts). */
export function socialInsuranceDue(insuranceMonth: YearMonth, acquiredOn: LocalDate | undefined, leaveDate: LocalDate | undefined): boolean {
  if (!acquiredOn || yearMonthOf(acquiredOn) > insuranceMonth) return false;
  if (!leaveDate) return true;
  const lossMonth = yearMonthOf(addDays(leaveDate, 1)); // 資格喪失日 = the day after leaving
  if (lossMonth > insuranceMonth) return true;
  return lossMonth === insuranceMonth && yearMonthOf(acquiredOn) === insuranceMonth;
}

export function computeEmployeeMonth(input: EmployeeMonthInput): EmployeeMonthResult {
  const { setting: s, attendance: a } = input;
  const ex = new Explainer(input.lang);
  const from = firstDayOfMonth(input.month);
  const to = lastDayOfMonth(input.month);
  const start = input.hireDate > from ? input.hireDate : from;
  const end = input.leaveDate && input.leaveDate < to ? input.leaveDate : to;
  const partial = start !== from || end !== to;
  // 日割: the company's proration rule (設定 proration), named on the explanation.
  const share = !partial ? fraction(1)
    : input.prorationRule === 'calendarDays'
      ? fraction(daysBetween(start, end) + 1, daysBetween(from, to) + 1)
      : fraction(input.scheduledDaysEmployed, Math.max(1, input.scheduledDaysThisMonth));
  const prorate = (amount: number) => (partial ? floorYen(mul(fraction(amount), share)) : amount);
  const basePay = s.payType === 'monthly' ? prorate(s.basePay)
    : s.payType === 'daily' ? s.basePay * a.workDays
    : roundHalfUp(mul(fraction(s.basePay), fraction(a.workedMinutes - a.legalOvertimeMinutes - a.legalHolidayMinutes - a.nonStatutoryOvertimeMinutes, 60)));
  if (partial) ex.add('payroll.e.prorated', { from: start, to: end, rule: ex.text(input.prorationRule === 'calendarDays' ? 'payroll.e.ruleCalendar' : 'payroll.e.ruleScheduled'), share: `${share.n}/${share.d}` });
  const allowances = s.allowances.map((al) => ({ ...al, amount: s.payType === 'monthly' ? prorate(al.amount) : al.amount }));
  const allowancesTotal = allowances.reduce((t, al) => t + al.amount, 0);
  const premium = computePremiumPay({
    payType: s.payType, basePay: s.payType === 'monthly' ? s.basePay : s.basePay,
    allowances: s.allowances.map((al) => ({ name: al.name, amount: al.amount, includedInOvertimeBase: al.inOvertimeBase })),
    monthlyAverageScheduledMinutes: input.monthlyAverageScheduledMinutes, dailyScheduledMinutes: input.dailyScheduledMinutes,
    legalOvertimeMinutes: a.legalOvertimeMinutes, lateNightMinutes: a.lateNightMinutes, legalHolidayMinutes: a.legalHolidayMinutes, lang: input.lang,
  });
  ex.append(premium.explanation);
  // 法定内残業 (所定外・法定内): paid at the hourly base, no premium (労基法37条 applies beyond 8 h only).
  const hourly = typeof premium.hourlyBase === 'number' ? fraction(premium.hourlyBase) : div(fraction(Math.round(Number(premium.hourlyBase) * 1e6)), fraction(1e6));
  const nonStatutoryOvertimePay = roundHalfUp(mul(hourly, fraction(a.nonStatutoryOvertimeMinutes, 60)));
  if (a.nonStatutoryOvertimeMinutes) ex.add('payroll.e.nonStatutory', { minutes: a.nonStatutoryOvertimeMinutes, amount: yen(nonStatutoryOvertimePay) });
  const leave = computePaidLeavePay({
    payType: s.payType, method: input.paidLeavePayMethod ?? PAID_LEAVE_PAY.defaultMethod, rate: s.basePay,
    paidLeaveDays: a.paidLeaveDays ?? 0, paidLeaveMinutes: a.paidLeaveMinutes ?? 0, standardMonthlyRemuneration: s.standardMonthlyRemuneration, lang: input.lang,
  });
  ex.append(leave.explanation);
  const paidLeavePay = leave.amount;
  const absence = s.payType === 'monthly' && (a.absenceDays || a.latenessMinutes || a.earlyLeaveMinutes)
    ? computeAbsenceDeduction({ monthlyWage: s.basePay + s.allowances.filter((al) => al.inOvertimeBase).reduce((t, al) => t + al.amount, 0), rule: input.absenceRule,
      scheduledDaysThisMonth: input.scheduledDaysThisMonth, annualScheduledDays: input.annualScheduledDays, absenceDays: a.absenceDays,
      latenessMinutes: a.latenessMinutes + a.earlyLeaveMinutes, dailyScheduledMinutes: input.dailyScheduledMinutes, lang: input.lang })
    : null;
  if (absence) ex.append(absence.explanation);
  const absenceDeduction = absence?.total ?? 0;
  // 通勤手当: non-taxable up to the limit (所得税法施行令20条の2), the rest taxable.
  const limit = s.commutingNonTaxableLimit ?? COMMUTING_NON_TAXABLE.publicTransitMonthlyLimit;
  const commuting = s.commutingAllowance;
  const commutingNonTaxable = Math.min(commuting, limit);
  const commutingTaxable = commuting - commutingNonTaxable;
  if (commuting) ex.add('payroll.e.commuting', { amount: yen(commuting), limit: yen(limit), nonTaxable: yen(commutingNonTaxable), taxable: yen(commutingTaxable), source: COMMUTING_NON_TAXABLE.source });
  const lines: EarningLine[] = [
    { key: 'basePay', name: '基本給', amount: basePay, taxable: true },
    ...allowances.map((al): EarningLine => ({ key: 'allowance', name: al.name, amount: al.amount, taxable: al.taxable })),
    { key: 'paidLeave', name: '有給休暇の賃金', amount: paidLeavePay, taxable: true },
    { key: 'nonStatutoryOvertime', name: '法定内残業手当', amount: nonStatutoryOvertimePay, taxable: true },
    { key: 'overtime', name: '時間外手当', amount: premium.overtimePay, taxable: true },
    { key: 'overtimeOver60', name: '時間外手当 (60時間超)', amount: premium.overtimeOver60Pay, taxable: true },
    { key: 'lateNight', name: '深夜手当', amount: premium.lateNightPay, taxable: true },
    { key: 'legalHoliday', name: '休日手当', amount: premium.legalHolidayPay, taxable: true },
    { key: 'absence', name: '欠勤・遅早控除', amount: -absenceDeduction, taxable: true },
    { key: 'commuting', name: '通勤手当', amount: commuting, taxable: false },
  ];
  const earnings = lines.filter((e) => e.amount !== 0 || e.key === 'basePay');
  const taxableWages = earnings.filter((e) => e.taxable).reduce((t, e) => t + e.amount, 0) + commutingTaxable;
  const insuranceMonth = yearMonthOf(addDays(firstDayOfMonth(yearMonthOf(input.payDate)), -1));
  const socialInsuranceCharged = socialInsuranceDue(insuranceMonth, s.socialInsuranceAcquiredOn, input.leaveDate);
  const payroll = computeMonthlyPayroll({
    payDate: input.payDate, wageClosingDate: to, prefecture: s.prefecture, birthDate: input.birthDate,
    standardMonthlyRemuneration: s.standardMonthlyRemuneration, taxableWages: Math.max(0, taxableWages), nonTaxableCommuting: commutingNonTaxable,
    dependents: s.dependents, taxColumn: s.taxColumn, method: input.method ?? 'table',
    employmentInsuranceType: s.employmentInsuranceType, employmentInsuranceCharged: s.employmentInsuranceEnrolled,
    residentTax: yearMonthOf(input.payDate).endsWith('-06') ? s.residentTaxJune : s.residentTaxMonthly,
    otherDeductions: s.otherDeductions, socialInsuranceCharged,
    ...(input.workersCompensationRates ? { workersCompensationRates: input.workersCompensationRates } : {}), officer: input.officer ?? false,
    ...(s.healthInsurer ? { healthInsurer: s.healthInsurer } : {}), ...(input.overrides ? { overrides: input.overrides } : {}), lang: input.lang,
  });
  return {
    earnings, basePay, allowancesTotal, premium, nonStatutoryOvertimePay, paidLeavePay, absenceDeduction, commutingNonTaxable, commutingTaxable,
    socialInsuranceCharged, payroll, explanation: [...ex.lines, ...payroll.explanation],
  };
}
