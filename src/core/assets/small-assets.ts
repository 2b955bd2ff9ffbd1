/**
 * The small-asset choices by cost and acquisition date (small_asset_rules.json, rates.ts):
 * - immediate_expense: 取得価額10万円未満 (法人税法施行令133条);
 * - ikkatsu_3y: 20万円未満, the total of the year's items written off evenly over 3 years, × the fiscal
 *   year's months / 36, never prorated by the month put in service (法人税法施行令133条の2);
 * - sme_special: 中小企業者等 only, under the threshold of the version covering the acquisition date
 *   (30万円 until 2026-03-31; 40万円 from 2026-04-01 to 2029-03-31, 令和8年度税制改正), up to 300万円
 *   a fiscal year (× months/12 for a short year) (租税特別措置法67条の5);
 * - normal: depreciation over the useful life, always available.
 */
import { fraction, floorYen, mul, yen } from '../money';
import type { LocalDate } from '../calendar';
import { Explainer } from '../payroll/explain';
import type { Lang } from '../i18n';
import { SMALL_ASSETS, smeSpecialVersion } from './rates';

export type SmallAssetOption = 'immediate_expense' | 'ikkatsu_3y' | 'sme_special' | 'normal';
export const SMALL_ASSET_OPTIONS: readonly SmallAssetOption[] = ['immediate_expense', 'ikkatsu_3y', 'sme_special', 'normal'];

export interface SmallAssetInput {
  readonly cost: number;
  readonly acquiredOn: LocalDate;
  readonly smeEligible: boolean;
}

export function smallAssetOptions(input: SmallAssetInput, lang: Lang = 'ja'): { options: SmallAssetOption[]; explanation: string[] } {
  const ex = new Explainer(lang);
  const options: SmallAssetOption[] = [];
  const { immediateExpense, lumpSum, smeSpecial } = SMALL_ASSETS;
  if (input.cost < immediateExpense.thresholdExclusive) {
    options.push('immediate_expense');
    ex.add('assets.explain.immediate', { cost: yen(input.cost), threshold: yen(immediateExpense.thresholdExclusive), law: immediateExpense.law });
  }
  if (input.cost < lumpSum.thresholdExclusive) {
    options.push('ikkatsu_3y');
    ex.add('assets.explain.lumpSum', { cost: yen(input.cost), threshold: yen(lumpSum.thresholdExclusive), law: lumpSum.law });
  }
  const version = smeSpecialVersion(input.acquiredOn);
  if (!input.smeEligible) ex.add('assets.explain.smeNotEligible');
  else if (!version) ex.add('assets.explain.smeNone', { date: input.acquiredOn });
  else if (input.cost < version.thresholdExclusive) {
    options.push('sme_special');
    ex.add('assets.explain.sme', { date: input.acquiredOn, threshold: yen(version.thresholdExclusive), cap: yen(smeSpecial.annualCap), law: smeSpecial.law });
  }
  options.push('normal');
  ex.add('assets.explain.normal');
  return { options, explanation: ex.lines };
}

/** The SME rule's annual cap for a fiscal year of `months` months (300万円 × months/12, 1円未満切捨て). */
export function smeAnnualCap(months = 12): number {
  return floorYen(mul(fraction(SMALL_ASSETS.smeSpecial.annualCap), fraction(months, 12)));
}

/**
 * Which of a fiscal year's sme_special items fit under the annual cap, in the order given (the cap
 * counts the total of the items expensed: 「合計300万円に達するまでの資産が対象」): the rest must be
 * depreciated normally.
 */
export function withinSmeCap<T extends { readonly cost: number }>(items: readonly T[], months = 12): { within: T[]; over: T[]; total: number; cap: number } {
  const cap = smeAnnualCap(months);
  const within: T[] = [];
  const over: T[] = [];
  let total = 0;
  for (const item of items) {
    if (total + item.cost <= cap) { within.push(item); total += item.cost; } else over.push(item);
  }
  return { within, over, total, cap };
}

/**
 * 一括償却資産: each fiscal year's amount = 一括償却対象額 × that year's months / 36 (1円未満切捨て), the last
 * of the 36 months taking what is left so the total is the cost. `yearMonths` lists the months of
 * the fiscal years from the one put in service (12 for a full year).
 */
export function lumpSumSchedule(cost: number, yearMonths: readonly number[] = [12, 12, 12]): { year: number; depreciation: number; closingBookValue: number }[] {
  const totalMonths = SMALL_ASSETS.lumpSum.periodYears * 12;
  const out: { year: number; depreciation: number; closingBookValue: number }[] = [];
  let used = 0;
  let book = cost;
  for (let i = 0; book > 0 && i < yearMonths.length + totalMonths; i++) {
    const months = Math.min(yearMonths[i] ?? 12, totalMonths - used);
    used += months;
    const amount = used >= totalMonths ? book : floorYen(mul(fraction(cost), fraction(months, totalMonths)));
    book -= amount;
    out.push({ year: i + 1, depreciation: amount, closingBookValue: book });
  }
  return out;
}

/** An asset taken under the SME rule, in the fiscal year it was put in service (措法67条の5: 事業の用に供した事業年度). */
export interface SmeCapItem {
  readonly id: string;
  readonly cost: number;
  /** The fiscal year's label (the calendar year it starts in). */
  readonly fiscalYear: number;
}

export interface SmeCapBreach {
  readonly item: SmeCapItem;
  /** The year's total before this item, and with it. */
  readonly runningTotal: number;
  readonly totalWith: number;
  readonly cap: number;
  readonly months: number;
}

/**
 * The first candidate that would take its fiscal year's SME total over the cap (300万円 × months/12
 * for a short year), the year's total counting `registered` (the register without the candidates)
 * and the candidates before it in order; null when all fit.
 */
export function firstOverSmeCap(registered: readonly SmeCapItem[], candidates: readonly SmeCapItem[], monthsOf: (fiscalYear: number) => number = () => 12): SmeCapBreach | null {
  const replaced = new Set(candidates.map((c) => c.id));
  const totals = new Map<number, number>();
  for (const r of registered) if (!replaced.has(r.id)) totals.set(r.fiscalYear, (totals.get(r.fiscalYear) ?? 0) + r.cost);
  for (const item of candidates) {
    const months = monthsOf(item.fiscalYear);
    const cap = smeAnnualCap(months);
    const runningTotal = totals.get(item.fiscalYear) ?? 0;
    const totalWith = runningTotal + item.cost;
    if (totalWith > cap) return { item, runningTotal, totalWith, cap, months };
    totals.set(item.fiscalYear, totalWith);
  }
  return null;
}
