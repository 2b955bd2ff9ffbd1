/**
 * 最低賃金の確認 (最低賃金法第4条): the wage that counts, as an hourly amount (施行規則第2条: 月給 ÷
 * 1年間の1月平均所定労働時間, 日給 ÷ 1日の所定労働時間, 時給 as is; amounts of several kinds added), against the
 * 地域別最低賃金 of the workplace's prefecture in force on the date (rates/minimum-wage.ts). What the law leaves
 * out (第4条第3項, 施行規則第1条, the 決定's 精皆勤・通勤・家族手当) is not counted. Exact fractions throughout;
 * the shortfall is rounded up to the yen (ceilYen: what must at least be added).
 */
import type { Lang } from '../i18n';
import { ceilYen, compare, div, formatFraction, fraction, mul, sub, add, yen, type Fraction } from '../money';
import { Explainer } from './explain';
import { MINIMUM_WAGE_DATA_FROM, MINIMUM_WAGE_EXCLUDED, MINIMUM_WAGE_NEXT_REVISION_FROM, MINIMUM_WAGE_SOURCE, MINIMUM_WAGES } from './rates/minimum-wage';

export type MinimumWageExcludedKind = (typeof MINIMUM_WAGE_EXCLUDED.kinds)[number];
export interface MinimumWagePart {
  readonly name: string;
  /** A monthly amount (an allowance paid each month). */
  readonly amount: number;
  /** 'counted', or the excluded kind it is. */
  readonly kind: 'counted' | MinimumWageExcludedKind;
}
export interface MinimumWageInput {
  readonly prefecture: string;
  readonly date: string;
  readonly payType: 'hourly' | 'daily' | 'monthly';
  /** 時給, 日給 or 月給 (the base wage, counted). */
  readonly wage: number;
  readonly parts?: readonly MinimumWagePart[];
  /** 1年間における1月平均所定労働時間 in minutes: monthly pay, and monthly parts of hourly or daily pay. */
  readonly monthlyAverageScheduledMinutes?: number;
  /** 1日の所定労働時間 in minutes: daily pay. */
  readonly dailyScheduledMinutes?: number;
  readonly lang?: Lang;
}
export interface MinimumWageResult {
  readonly minimumWage: number;
  readonly minimumWageFrom: string;
  /** Exact hourly amount, as a decimal text (floored to 1/100 yen for display: "1187.50"). */
  readonly hourlyEquivalent: string;
  /** Per hour, rounded up to the yen; 0 when the wage is not below. */
  readonly shortfall: number;
  /** Monthly pay only: the monthly amount to add (ceilYen), 0 when not below. */
  readonly monthlyShortfall: number | null;
  readonly below: boolean;
  readonly explanation: string[];
}

/** The 地域別最低賃金 in force on `date` in `prefecture`, with its start and whether the shipped data may be out of date. */
export function minimumWageOn(prefecture: string, date: string): { hourly: number; from: string; latest: boolean } {
  const row = MINIMUM_WAGES.find((r) => r.prefecture === prefecture);
  if (!row) throw new Error(`prefecture: unknown prefecture "${prefecture}" (expected e.g. 東京都, 大阪府, 北海道)`);
  if (date < MINIMUM_WAGE_DATA_FROM) throw new Error(`date: no 地域別最低賃金 shipped before ${MINIMUM_WAGE_DATA_FROM} / ${MINIMUM_WAGE_DATA_FROM} より前の最低賃金はありません`);
  return date >= row.r07From ? { hourly: row.r07, from: row.r07From, latest: true } : { hourly: row.r06, from: MINIMUM_WAGE_DATA_FROM, latest: false };
}

const hundredths = (x: Fraction): string => {
  const c = Math.floor((x.n * 100) / x.d);
  return `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
};

export function checkMinimumWage(input: MinimumWageInput): MinimumWageResult {
  const ex = new Explainer(input.lang);
  const m = minimumWageOn(input.prefecture, input.date);
  ex.add('payroll.mw.rate', { prefecture: input.prefecture, date: input.date, amount: yen(m.hourly), from: m.from, source: MINIMUM_WAGE_SOURCE });
  if (m.latest && input.date >= MINIMUM_WAGE_NEXT_REVISION_FROM) ex.add('payroll.mw.maybeOld');
  const parts = input.parts ?? [];
  const counted = parts.filter((p) => p.kind === 'counted');
  for (const p of parts.filter((x) => x.kind !== 'counted')) ex.add('payroll.mw.excluded', { name: p.name, amount: yen(p.amount), kind: p.kind, source: MINIMUM_WAGE_EXCLUDED.source });
  const countedMonthly = counted.reduce((s, p) => s + p.amount, 0);
  const monthMinutes = input.monthlyAverageScheduledMinutes;
  if ((input.payType === 'monthly' || countedMonthly > 0) && !monthMinutes) {
    throw new Error('monthlyAverageScheduledMinutes: required for monthly pay and for monthly allowances / 月給・月額の手当には1月平均所定労働時間が必要です');
  }
  let hourly: Fraction;
  if (input.payType === 'hourly') hourly = fraction(input.wage);
  else if (input.payType === 'daily') {
    if (!input.dailyScheduledMinutes) throw new Error('dailyScheduledMinutes: required for daily pay / 日給には1日の所定労働時間が必要です');
    hourly = div(fraction(input.wage * 60), fraction(input.dailyScheduledMinutes));
  } else hourly = div(fraction(input.wage * 60), fraction(monthMinutes!));
  if (countedMonthly) hourly = add(hourly, div(fraction(countedMonthly * 60), fraction(monthMinutes!)));
  ex.add(`payroll.mw.${input.payType}`, { wage: yen(input.wage), allowances: yen(countedMonthly), monthMinutes: monthMinutes ?? 0, dayMinutes: input.dailyScheduledMinutes ?? 0, hourly: formatFraction(hourly, 2), conversion: MINIMUM_WAGE_EXCLUDED.conversionSource });
  const below = compare(hourly, fraction(m.hourly)) < 0;
  const shortfall = below ? ceilYen(sub(fraction(m.hourly), hourly)) : 0;
  const monthlyShortfall = input.payType === 'monthly'
    ? (below ? ceilYen(sub(mul(fraction(m.hourly), fraction(monthMinutes!, 60)), fraction(input.wage + countedMonthly))) : 0)
    : null;
  if (below) ex.add('payroll.mw.below', { hourly: hundredths(hourly), minimum: yen(m.hourly), shortfall: yen(shortfall), monthly: monthlyShortfall === null ? '—' : yen(monthlyShortfall) });
  else ex.add('payroll.mw.ok', { hourly: hundredths(hourly), minimum: yen(m.hourly) });
  return { minimumWage: m.hourly, minimumWageFrom: m.from, hourlyEquivalent: hundredths(hourly), shortfall, monthlyShortfall, below, explanation: ex.lines };
}
