/**
 * 減価償却 (pure): 定額法 and 200%定率法 year by year, from the dated tables (rates.ts).
 *
 * - 定額法: annual = 取得価額 × 定額法償却率.
 * - 200%定率法: annual = 期首帳簿価額 × 償却率 (調整前償却額) while it is not below the 償却保証額
 *   (取得価額 × 保証率); from the first year it is, 改定取得価額 (that year's opening value) × 改定償却率,
 *   the same every year after (法人税法施行令48条の2第1項第2号ロ, タックスアンサー No.2106).
 * - First year: annual × months in service / 12 (a part month counts as one, 法人税法施行令59条1項);
 *   the comparison with the 償却保証額 is made on the annual amount before this proration.
 * - The book value never falls below the 備忘価額 (1 yen; 0 for an intangible asset).
 * Rounding (named): every amount is the exact product, then floorYen (1円未満切捨て), as in the NTA's
 * worked examples; the law sets no rule (small_asset_rules.json "rounding").
 */
import { compare, fraction, floorYen, mul, yen, yenTimes, type Fraction } from '../money';
import type { LocalDate } from '../calendar';
import { Explainer } from '../payroll/explain';
import type { Lang } from '../i18n';
import { MEMO_VALUE, rateRow, type DepreciationMethod, type RateRow } from './rates';

export interface DepreciationInput {
  readonly acquisitionCost: number;
  readonly usefulLifeYears: number;
  readonly method: DepreciationMethod;
  /** The date acquired (decides which table applies). */
  readonly acquiredOn: LocalDate;
  /** Months in service in the first fiscal year (1–12). */
  readonly firstYearMonths: number;
  /** An intangible asset (software) depreciates to 0, never keeping 1 yen. */
  readonly intangible?: boolean;
}

export interface DepreciationYear {
  /** 1 for the first fiscal year in service. */
  readonly year: number;
  readonly months: number;
  readonly openingBookValue: number;
  readonly depreciation: number;
  readonly closingBookValue: number;
}

export interface DepreciationSchedule {
  readonly years: DepreciationYear[];
  readonly rates: RateRow;
  /** 償却保証額 (declining balance); null for straight line. */
  readonly guaranteeAmount: number | null;
  /** The first year depreciated with the 改定償却率; null when none (straight line, 2 years). */
  readonly switchYear: number | null;
  readonly memoValue: number;
  readonly explanation: string[];
}

const MONTHS_PER_YEAR = 12;
/** No schedule of a life up to 50 years runs longer than this (a guard against a loop, never a rule). */
const MAX_YEARS = 60;

function assertInput(input: DepreciationInput): void {
  if (!Number.isSafeInteger(input.acquisitionCost) || input.acquisitionCost < 1) throw new RangeError('acquisitionCost: a whole number of yen, at least 1');
  if (!Number.isInteger(input.firstYearMonths) || input.firstYearMonths < 1 || input.firstYearMonths > MONTHS_PER_YEAR) throw new RangeError('firstYearMonths: 1–12');
}

/** The schedule until the book value reaches the 備忘価額. */
export function depreciationSchedule(input: DepreciationInput, lang: Lang = 'ja'): DepreciationSchedule {
  assertInput(input);
  const rates = rateRow(input.method, input.usefulLifeYears, input.acquiredOn);
  const cost = input.acquisitionCost;
  const memo = input.intangible ? 0 : MEMO_VALUE.yen;
  const ex = new Explainer(lang);
  const years: DepreciationYear[] = [];
  const firstShare = fraction(input.firstYearMonths, MONTHS_PER_YEAR);
  let guaranteeExact: Fraction | null = null;
  let guaranteeAmount: number | null = null;
  let switchYear: number | null = null;
  let revisedBase: number | null = null;

  if (input.method === 'straight_line') {
    ex.add('assets.explain.straightLine', { rate: rates.rate.text, source: rates.source, cost: yen(cost), annual: yen(floorYen(yenTimes(cost, rates.rate))) });
  } else {
    ex.add('assets.explain.declining', { rate: rates.rate.text, revisedRate: rates.revisedRate?.text ?? '―', guaranteeRate: rates.guaranteeRate?.text ?? '―', source: rates.source });
    if (rates.guaranteeRate) {
      guaranteeExact = yenTimes(cost, rates.guaranteeRate);
      guaranteeAmount = floorYen(guaranteeExact);
      ex.add('assets.explain.guarantee', { cost: yen(cost), guaranteeRate: rates.guaranteeRate.text, amount: yen(guaranteeAmount) });
    }
  }
  if (input.firstYearMonths < MONTHS_PER_YEAR) ex.add('assets.explain.firstYear', { months: input.firstYearMonths });

  let book = cost;
  for (let year = 1; book > memo; year++) {
    if (year > MAX_YEARS) throw new Error('depreciation schedule did not end');
    const months = year === 1 ? input.firstYearMonths : MONTHS_PER_YEAR;
    let annual: Fraction;
    if (input.method === 'straight_line') {
      annual = yenTimes(cost, rates.rate);
    } else if (revisedBase !== null) {
      annual = yenTimes(revisedBase, rates.revisedRate!);
    } else {
      const tentative = yenTimes(book, rates.rate);
      if (guaranteeExact && rates.revisedRate && compare(tentative, guaranteeExact) < 0) {
        revisedBase = book;
        switchYear = year;
        annual = yenTimes(revisedBase, rates.revisedRate);
        ex.add('assets.explain.switch', { year, tentative: yen(floorYen(tentative)), guarantee: yen(guaranteeAmount!), base: yen(revisedBase), revisedRate: rates.revisedRate.text, amount: yen(floorYen(annual)) });
      } else {
        annual = tentative;
      }
    }
    const amount = Math.min(floorYen(year === 1 ? mul(annual, firstShare) : annual), book - memo);
    years.push({ year, months, openingBookValue: book, depreciation: amount, closingBookValue: book - amount });
    book -= amount;
  }
  ex.add(input.intangible ? 'assets.explain.intangible' : 'assets.explain.memo', { memo: yen(memo) });
  ex.add('assets.explain.rounding');
  return { years, rates, guaranteeAmount, switchYear, memoValue: memo, explanation: ex.lines };
}
