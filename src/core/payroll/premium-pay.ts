/**
 * 割増賃金 from the month's minutes (労働基準法 第37条): the hourly base of 規則第19条 (monthly
 * wage ÷ 月平均所定労働時間, excluding the allowances of 第37条第5項・規則第21条), then each kind of
 * premium time × base × (1 + premium).
 * Rounding (昭63.3.14 基発150号 allows both to be rounded half-up to the yen): the hourly base is
 * rounded with roundHalfUp (option `roundHourlyBase`, default true), and each kind's monthly total is
 * rounded with roundHalfUp. Minutes are not rounded (the 30-minute rounding of the monthly total the
 * 通達 also allows is not applied: every minute is paid).
 */
import { add, div, fraction, mul, percentRate, roundHalfUp, formatFraction, yen, type Fraction } from '../money';
import type { Lang, MessageKey } from '../i18n';
import { Explainer } from './explain';
import { premiumPayRules } from './rates/premium-pay';

export interface Allowance {
  readonly name: string;
  readonly amount: number;
  /** Part of the 割増賃金の基礎 (false for 家族手当, 通勤手当, 住宅手当… of 規則第21条). */
  readonly includedInOvertimeBase: boolean;
}

export type PayType = 'monthly' | 'daily' | 'hourly';

export interface PremiumPayInput {
  readonly payType: PayType;
  /** 月給, 日給 or 時給 by pay type. */
  readonly basePay: number;
  readonly allowances?: readonly Allowance[];
  /** 月平均所定労働時間 in minutes (year's scheduled minutes ÷ 12): monthly pay only. */
  readonly monthlyAverageScheduledMinutes?: number;
  /** 1日の所定労働時間 in minutes: daily pay only. */
  readonly dailyScheduledMinutes?: number;
  readonly legalOvertimeMinutes: number;
  readonly lateNightMinutes: number;
  readonly legalHolidayMinutes: number;
  readonly roundHourlyBase?: boolean;
  readonly lang?: Lang;
}
export interface PremiumPayResult {
  readonly hourlyBase: number | string;
  readonly overtimePay: number;
  readonly overtimeOver60Pay: number;
  readonly lateNightPay: number;
  readonly legalHolidayPay: number;
  readonly total: number;
  readonly explanation: string[];
}

export function computePremiumPay(input: PremiumPayInput): PremiumPayResult {
  const ex = new Explainer(input.lang);
  const included = (input.allowances ?? []).filter((a) => a.includedInOvertimeBase);
  const excluded = (input.allowances ?? []).filter((a) => !a.includedInOvertimeBase);
  const wage = input.basePay + included.reduce((s, a) => s + a.amount, 0);
  ex.add('payroll.pp.base', { wage: yen(wage), base: yen(input.basePay), included: included.map((a) => ` + ${a.name} ${yen(a.amount)}`).join('') });
  if (excluded.length) ex.add('payroll.pp.excluded', { names: excluded.map((a) => a.name).join(', ') });
  let exact: Fraction;
  if (input.payType === 'hourly') exact = fraction(wage);
  else if (input.payType === 'daily') {
    if (!input.dailyScheduledMinutes) throw new Error('dailyScheduledMinutes is required for daily pay');
    exact = div(fraction(wage * 60), fraction(input.dailyScheduledMinutes));
  } else {
    if (!input.monthlyAverageScheduledMinutes) throw new Error('monthlyAverageScheduledMinutes is required for monthly pay');
    exact = div(fraction(wage * 60), fraction(input.monthlyAverageScheduledMinutes));
    ex.add('payroll.pp.hourly', { wage: yen(wage), hours: formatFraction(fraction(input.monthlyAverageScheduledMinutes, 60)), exact: formatFraction(exact) });
  }
  const roundBase = input.roundHourlyBase ?? true;
  const base: Fraction = roundBase ? fraction(roundHalfUp(exact)) : exact;
  if (roundBase) ex.add('payroll.pp.hourlyRounded', { amount: yen(base.n) });
  const r = premiumPayRules;
  const over60 = Math.max(0, input.legalOvertimeMinutes - r.overtimeOver60ThresholdMinutes);
  const upTo60 = input.legalOvertimeMinutes - over60;
  const one = fraction(1);
  const part = (labelKey: MessageKey, percent: string, minutes: number, multiplier: Fraction): number => {
    const amount = roundHalfUp(mul(mul(base, fraction(minutes, 60)), multiplier));
    ex.add('payroll.pp.part', { label: ex.text(labelKey, { p: percent }), base: formatFraction(base), hours: formatFraction(fraction(minutes, 60)), multiplier: formatFraction(multiplier), amount: yen(amount) });
    return amount;
  };
  const overtimePay = part('payroll.pp.overtime', r.overtimePercent, upTo60, add(one, percentRate(r.overtimePercent)));
  const overtimeOver60Pay = part('payroll.pp.over60', r.overtimeOver60Percent, over60, add(one, percentRate(r.overtimeOver60Percent)));
  const lateNightPay = part('payroll.pp.lateNight', r.lateNightPercent, input.lateNightMinutes, percentRate(r.lateNightPercent));
  const legalHolidayPay = part('payroll.pp.holiday', r.legalHolidayPercent, input.legalHolidayMinutes, add(one, percentRate(r.legalHolidayPercent)));
  ex.add('payroll.pp.source', { source: r.source, rounding: r.roundingSource });
  return {
    hourlyBase: roundBase ? base.n : formatFraction(base),
    overtimePay,
    overtimeOver60Pay,
    lateNightPay,
    legalHolidayPay,
    total: overtimePay + overtimeOver60Pay + lateNightPay + legalHolidayPay,
    explanation: ex.lines,
  };
}
