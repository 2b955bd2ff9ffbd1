/**
 * The resident-tax year (住民税 特別徴収, June to May): a schedule per employee and 年度 from the notice
 * (税額決定通知書) or from the annual amount, and what happens to the rest when the employee leaves
 * (rates/resident-tax.ts for the rules and their articles).
 */
import { addYearMonths, type LocalDate, type YearMonth } from '../calendar';
import type { Lang } from '../i18n';
import { yen } from '../money';
import { nextOpenDay } from '../routine/calendar';
import { Explainer } from './explain';
import { RESIDENT_TAX_RULES as R } from './rates/resident-tax';

export interface ResidentTaxMonth {
  readonly month: YearMonth;
  readonly amount: number;
}
export interface ResidentTaxScheduleInput {
  /** The 年度: 2026 = June 2026 to May 2027 (令和8年度). */
  readonly fiscalYear: number;
  /** 年税額 (特別徴収税額): the parts are worked out by 第321条の5第1項. */
  readonly annualAmount?: number;
  /** Or the notice's own June and July–May amounts. */
  readonly juneAmount?: number;
  readonly monthlyAmount?: number;
  readonly lang?: Lang;
}
export interface ResidentTaxSchedule {
  readonly months: readonly ResidentTaxMonth[];
  readonly total: number;
  readonly explanation: string[];
}

const firstMonthOf = (fiscalYear: number): YearMonth => `${String(fiscalYear).padStart(4, '0')}-${String(R.firstMonth).padStart(2, '0')}`;

export function residentTaxSchedule(input: ResidentTaxScheduleInput): ResidentTaxSchedule {
  const ex = new Explainer(input.lang);
  let june: number;
  let monthly: number;
  if (input.annualAmount !== undefined) {
    const a = input.annualAmount;
    if (a < R.wholeInFirstMonthBelow) [june, monthly] = [a, 0];
    else {
      monthly = Math.floor(a / R.installments / R.fractionUnit) * R.fractionUnit;
      june = a - monthly * (R.installments - 1);
    }
    ex.add('payroll.rt.fromAnnual', { annual: yen(a), june: yen(june), monthly: yen(monthly), source: R.source });
  } else if (input.juneAmount !== undefined && input.monthlyAmount !== undefined) {
    [june, monthly] = [input.juneAmount, input.monthlyAmount];
    ex.add('payroll.rt.fromNotice', { june: yen(june), monthly: yen(monthly) });
  } else throw new Error('annualAmount: give annualAmount, or juneAmount and monthlyAmount (税額決定通知書) / 年税額か通知書の6月分・7月以降分が必要です');
  const first = firstMonthOf(input.fiscalYear);
  const months = Array.from({ length: R.installments }, (_, i) => ({ month: addYearMonths(first, i), amount: i === 0 ? june : monthly }));
  const total = months.reduce((s, m) => s + m.amount, 0);
  ex.add('payroll.rt.total', { from: months[0]!.month, to: months[months.length - 1]!.month, total: yen(total) });
  return { months, total, explanation: ex.lines };
}

export interface ResidentTaxLeaverInput {
  readonly schedule: readonly ResidentTaxMonth[];
  readonly leaveDate: LocalDate;
  /** The last month whose part is deducted as usual (the month of the last regular pay). */
  readonly lastDeductedMonth: YearMonth;
  /** The employee asked for 一括徴収 (leaving June to December). */
  readonly lumpSumRequested: boolean;
  /** What the last pay can bear (net before resident tax); under the rest, no 一括徴収 is required. */
  readonly lastPayAvailable?: number;
  readonly lang?: Lang;
}
export interface ResidentTaxLeaverResult {
  readonly remaining: number;
  readonly remainingMonths: readonly YearMonth[];
  readonly method: 'none' | 'lumpSum' | 'ordinary';
  readonly lumpSumRequired: boolean;
  /** 給与所得者異動届出書 due date. */
  readonly changeReportDue: LocalDate;
  readonly explanation: string[];
}

export function residentTaxOnLeaving(input: ResidentTaxLeaverInput): ResidentTaxLeaverResult {
  const ex = new Explainer(input.lang);
  const rest = input.schedule.filter((m) => m.month > input.lastDeductedMonth);
  const remaining = rest.reduce((s, m) => s + m.amount, 0);
  const md = input.leaveDate.slice(5);
  const inRequiredWindow = md >= R.lumpSumRequired.from && md <= R.lumpSumRequired.to;
  const payTooSmall = input.lastPayAvailable !== undefined && input.lastPayAvailable < remaining;
  const lumpSumRequired = remaining > 0 && inRequiredWindow && !payTooSmall;
  const method = remaining === 0 ? 'none' : lumpSumRequired || (input.lumpSumRequested && !payTooSmall) ? 'lumpSum' : 'ordinary';
  const next = addYearMonths(input.leaveDate.slice(0, 7), 1);
  const changeReportDue = nextOpenDay(`${next}-${String(R.changeReportDay).padStart(2, '0')}`);
  ex.add('payroll.rt.rest', { last: input.lastDeductedMonth, months: rest.map((m) => m.month).join(', ') || '—', remaining: yen(remaining) });
  if (method !== 'none') ex.add(method === 'lumpSum' ? (lumpSumRequired ? 'payroll.rt.lumpSumRequired' : 'payroll.rt.lumpSumRequested') : payTooSmall ? 'payroll.rt.ordinaryPayTooSmall' : 'payroll.rt.ordinary', { leave: input.leaveDate, remaining: yen(remaining), source: R.source });
  ex.add('payroll.rt.report', { due: changeReportDue, source: R.source });
  return { remaining, remainingMonths: rest.map((m) => m.month), method, lumpSumRequired, changeReportDue, explanation: ex.lines };
}
