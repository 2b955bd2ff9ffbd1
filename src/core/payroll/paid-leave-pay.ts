/**
 * 年次有給休暇の賃金 of one month for an hourly or daily wage (労働基準法 第39条第9項; the method and its
 * rounding in rates/paid-leave-pay.ts). A monthly wage is not touched: its leave day is not deducted.
 */
import { fraction, mul, roundHalfUp, yen } from '../money';
import type { Lang } from '../i18n';
import { Explainer } from './explain';
import type { PayType } from './premium-pay';
import { PAID_LEAVE_PAY, type PaidLeavePayMethod } from './rates/paid-leave-pay';

export interface PaidLeavePayInput {
  readonly payType: PayType;
  readonly method: PaidLeavePayMethod;
  /** 時給 (hourly) or 日給 (daily). */
  readonly rate: number;
  /** Leave days of the month (a half day is 0.5). */
  readonly paidLeaveDays: number;
  /** 所定労働時間 of those days (half days halved), minutes. */
  readonly paidLeaveMinutes: number;
  /** 標準報酬月額 (method standardDailyRemuneration). */
  readonly standardMonthlyRemuneration: number;
  readonly lang?: Lang;
}

/** 標準報酬日額: 標準報酬月額 ÷ 30, under 5 yen dropped, 5 to 9 yen up to 10 (労基法39条9項ただし書). */
export function standardDailyRemuneration(standardMonthly: number): number {
  const { standardDailyDivisor: d, standardDailyRoundingUnit: u, standardDailyRoundingHalf: h } = PAID_LEAVE_PAY;
  const tens = Math.floor(standardMonthly / (d * u)); // whole 10-yen units of the 30th
  const rest = standardMonthly - tens * d * u; // remainder in 1/30 yen
  return tens * u + (rest >= h * d ? u : 0);
}

export function computePaidLeavePay(input: PaidLeavePayInput): { amount: number; explanation: string[] } {
  const ex = new Explainer(input.lang);
  if (input.payType === 'monthly' || input.paidLeaveDays <= 0) return { amount: 0, explanation: [] };
  let amount: number;
  if (input.method === 'ordinaryWage') {
    amount = input.payType === 'hourly'
      ? roundHalfUp(mul(fraction(input.rate), fraction(input.paidLeaveMinutes, 60)))
      : roundHalfUp(mul(fraction(input.rate), fraction(Math.round(input.paidLeaveDays * 2), 2)));
    ex.add(input.payType === 'hourly' ? 'payroll.e.paidLeaveHourly' : 'payroll.e.paidLeaveDaily', {
      days: input.paidLeaveDays, minutes: input.paidLeaveMinutes, rate: yen(input.rate), amount: yen(amount), source: PAID_LEAVE_PAY.source,
    });
  } else if (input.method === 'standardDailyRemuneration') {
    if (!input.standardMonthlyRemuneration) throw new Error('有給休暇の賃金を標準報酬日額で払うには標準報酬月額が必要です (労基法39条9項ただし書)');
    const daily = standardDailyRemuneration(input.standardMonthlyRemuneration);
    amount = roundHalfUp(mul(fraction(daily), fraction(Math.round(input.paidLeaveDays * 2), 2)));
    ex.add('payroll.e.paidLeaveStandard', { days: input.paidLeaveDays, standard: yen(input.standardMonthlyRemuneration), daily: yen(daily), amount: yen(amount), source: PAID_LEAVE_PAY.source });
  } else {
    throw new Error('有給休暇の賃金の平均賃金 (労基法12条) による計算にはまだ対応していません。設定 payroll.paidLeavePay を ordinaryWage にしてください');
  }
  return { amount, explanation: ex.lines };
}
