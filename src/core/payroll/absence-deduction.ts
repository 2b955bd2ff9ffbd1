/**
 * 欠勤・遅刻早退控除 by the company rule (就業規則; the law only forbids deducting more than the time
 * not worked: 労働基準法 第24条 全額払, ノーワーク・ノーペイ). The daily rate is the monthly wage ÷
 * the month's scheduled days, or ÷ the yearly average (annual scheduled days ÷ 12), as the rule says.
 * Rounding: the deduction is rounded DOWN to the yen (floorYen), never taking more than the time not worked.
 */
import type { Lang } from '../i18n';
import { div, floorYen, formatFraction, fraction, mul, yen } from '../money';
import { Explainer } from './explain';

export type AbsenceRule = 'monthlyScheduledDays' | 'averageScheduledDays';

export interface AbsenceDeductionInput {
  /** The wages the rule deducts from (base pay and the allowances the rule names). */
  readonly monthlyWage: number;
  readonly rule: AbsenceRule;
  /** 当月の所定労働日数 (rule monthlyScheduledDays). */
  readonly scheduledDaysThisMonth?: number;
  /** 年間所定労働日数 (rule averageScheduledDays). */
  readonly annualScheduledDays?: number;
  readonly absenceDays: number;
  /** 遅刻・早退 minutes together. */
  readonly latenessMinutes: number;
  readonly dailyScheduledMinutes: number;
  readonly lang?: Lang;
}

export interface AbsenceDeductionResult {
  readonly absenceDeduction: number;
  readonly latenessDeduction: number;
  readonly total: number;
  readonly explanation: string[];
}

export function computeAbsenceDeduction(input: AbsenceDeductionInput): AbsenceDeductionResult {
  const days = input.rule === 'monthlyScheduledDays'
    ? fraction(required(input.scheduledDaysThisMonth, 'scheduledDaysThisMonth'))
    : fraction(required(input.annualScheduledDays, 'annualScheduledDays'), 12);
  const daily = div(fraction(input.monthlyWage), days);
  const absenceDeduction = floorYen(mul(daily, fraction(input.absenceDays)));
  const latenessDeduction = floorYen(mul(daily, fraction(input.latenessMinutes, input.dailyScheduledMinutes)));
  const ex = new Explainer(input.lang);
  ex.add('payroll.ab.daily', { wage: yen(input.monthlyWage), days: formatFraction(days), rule: ex.text(`payroll.ab.${input.rule}`), daily: formatFraction(daily) });
  ex.add('payroll.ab.result', { absenceDays: input.absenceDays, absence: yen(absenceDeduction), minutes: input.latenessMinutes, dayMinutes: input.dailyScheduledMinutes, lateness: yen(latenessDeduction) });
  return { absenceDeduction, latenessDeduction, total: absenceDeduction + latenessDeduction, explanation: ex.lines };
}

function required(v: number | undefined, name: string): number {
  if (!v || v <= 0) throw new Error(`${name} is required by the absence rule`);
  return v;
}
