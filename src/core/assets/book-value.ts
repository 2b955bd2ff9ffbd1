/**
 * An asset's depreciation by fiscal year and its value on any date, for tax and for the books apart
 * (the books may use another method or life than the tax return; the difference is what the return
 * adds back or deducts).
 * - The fiscal year starts on the 1st of the company's start month (a setting) and has 12 months.
 * - Months in service in the first year: from the date put in service to the year's end, a part
 *   month counting as one (法人税法施行令59条1項).
 * - Value on a date: `yearEnd` is the value at the end of the last fiscal year closed by then (what a
 *   tax return shows); `monthly` also books the running year's depreciation month by month (a month
 *   counts once its last day has passed; the month put in service counts whole), 1円未満切捨て.
 */
import { addYearMonths, lastDayOfMonth, monthsBetween, yearMonthOf, type LocalDate } from '../calendar';
import { fraction, floorYen, mul } from '../money';
import { depreciationSchedule } from './depreciation';
import type { DepreciationMethod } from './rates';
import { lumpSumSchedule, type SmallAssetOption } from './small-assets';

export interface FiscalYear {
  /** The calendar year in which the fiscal year starts (2026 for 2026-04-01 … 2027-03-31). */
  readonly label: number;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function fiscalYearOf(date: LocalDate, startMonth: number): FiscalYear {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) throw new RangeError('fiscal year start month: 1–12');
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const label = month >= startMonth ? year : year - 1;
  return fiscalYearStarting(label, startMonth);
}

export function fiscalYearStarting(label: number, startMonth: number): FiscalYear {
  const first = `${String(label).padStart(4, '0')}-${pad2(startMonth)}`;
  return { label, start: `${first}-01`, end: lastDayOfMonth(addYearMonths(first, 11)) };
}

/** Months from `from` to the end of the month of `to`, a part month counting as one (at least 1). */
export function monthsInService(from: LocalDate, fiscalYearEnd: LocalDate): number {
  return Math.max(1, monthsBetween(yearMonthOf(from), yearMonthOf(fiscalYearEnd)) + 1);
}

/** How an asset is treated on one side (tax or books). */
export interface DepreciationBasis {
  readonly treatment: SmallAssetOption;
  readonly method: DepreciationMethod;
  readonly usefulLifeYears: number;
}

export interface AssetForSchedule {
  readonly acquisitionCost: number;
  readonly acquiredOn: LocalDate;
  /** 事業供用日: depreciation starts here, not on the date acquired. */
  readonly servicedOn: LocalDate;
  readonly intangible?: boolean;
}

export interface FiscalYearDepreciation extends FiscalYear {
  readonly year: number;
  readonly months: number;
  readonly openingBookValue: number;
  readonly depreciation: number;
  readonly closingBookValue: number;
}

/** The schedule of one basis by fiscal year, from the year put in service. */
export function fiscalSchedule(asset: AssetForSchedule, basis: DepreciationBasis, startMonth: number): FiscalYearDepreciation[] {
  const first = fiscalYearOf(asset.servicedOn, startMonth);
  const fy = (i: number) => fiscalYearStarting(first.label + i, startMonth);
  const firstMonths = monthsInService(asset.servicedOn, first.end);
  const cost = asset.acquisitionCost;
  if (basis.treatment === 'immediate_expense' || basis.treatment === 'sme_special') {
    return [{ ...first, year: 1, months: firstMonths, openingBookValue: cost, depreciation: cost, closingBookValue: 0 }];
  }
  if (basis.treatment === 'ikkatsu_3y') {
    let opening = cost;
    return lumpSumSchedule(cost).map((y, i) => {
      const row = { ...fy(i), year: y.year, months: 12, openingBookValue: opening, depreciation: y.depreciation, closingBookValue: y.closingBookValue };
      opening = y.closingBookValue;
      return row;
    });
  }
  const schedule = depreciationSchedule({ acquisitionCost: cost, usefulLifeYears: basis.usefulLifeYears, method: basis.method, acquiredOn: asset.acquiredOn, firstYearMonths: firstMonths, intangible: asset.intangible });
  return schedule.years.map((y, i) => ({ ...fy(i), ...y }));
}

export type ValueMode = 'yearEnd' | 'monthly';

export interface ValueOnDate {
  /** Not yet in service on the date (the value is the cost). */
  readonly inService: boolean;
  readonly bookValue: number;
  /** Depreciation accumulated up to the date. */
  readonly accumulated: number;
  /** The fiscal year containing the date, and what it books in full. */
  readonly fiscalYear: FiscalYear;
  readonly depreciationThisYear: number;
}

export function valueOn(asset: AssetForSchedule, schedule: readonly FiscalYearDepreciation[], date: LocalDate, startMonth: number, mode: ValueMode): ValueOnDate {
  const fiscalYear = fiscalYearOf(date, startMonth);
  const cost = asset.acquisitionCost;
  if (date < asset.servicedOn) return { inService: false, bookValue: cost, accumulated: 0, fiscalYear, depreciationThisYear: 0 };
  const closed = schedule.filter((y) => y.end <= date);
  let book = closed.length ? closed[closed.length - 1]!.closingBookValue : cost;
  // the fiscal year still running on the date (a year ending on the date is closed)
  const running = schedule.find((y) => y.start <= date && date < y.end);
  if (running && mode === 'monthly') {
    const firstMonth = running.year === 1 ? yearMonthOf(asset.servicedOn) : yearMonthOf(running.start);
    let counted = 0;
    for (let m = firstMonth; lastDayOfMonth(m) <= date && m <= yearMonthOf(running.end); m = addYearMonths(m, 1)) counted++;
    book = running.openingBookValue - floorYen(mul(fraction(running.depreciation), fraction(counted, running.months)));
  }
  return { inService: true, bookValue: book, accumulated: cost - book, fiscalYear, depreciationThisYear: schedule.find((y) => y.label === fiscalYear.label)?.depreciation ?? 0 };
}

/** Tax and books side by side for one fiscal year: the difference is the 償却超過額 (+) or 不足額 (−). */
export function taxBookDifference(tax: readonly FiscalYearDepreciation[], book: readonly FiscalYearDepreciation[], label: number) {
  const t = tax.find((y) => y.label === label)?.depreciation ?? 0;
  const b = book.find((y) => y.label === label)?.depreciation ?? 0;
  return { label, tax: t, book: b, difference: b - t };
}
