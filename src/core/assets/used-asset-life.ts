/**
 * 中古資産の耐用年数, 簡便法 (耐用年数省令3条1項2号; 国税庁 タックスアンサー No.5404):
 * - the whole statutory life has passed: 法定耐用年数 × 20%;
 * - part of it: (法定耐用年数 − 経過年数) + 経過年数 × 20%;
 * computed in months, a fraction of a year dropped, at least 2 years.
 */
import { Explainer } from '../payroll/explain';
import type { Lang } from '../i18n';

/** The factor and the floor of the simplified method (No.5404). */
export const USED_ASSET_RULE = { elapsedShareNumerator: 20, elapsedShareDenominator: 100, minimumYears: 2, source: '耐用年数省令3条1項2号 (国税庁 No.5404)' } as const;

export function usedAssetLife(input: { statutoryLifeYears: number; elapsedYears: number; elapsedMonths?: number }, lang: Lang = 'ja'): { usefulLifeYears: number; explanation: string[] } {
  const ex = new Explainer(lang);
  const statutoryMonths = input.statutoryLifeYears * 12;
  const elapsed = input.elapsedYears * 12 + (input.elapsedMonths ?? 0);
  const { elapsedShareNumerator: n, elapsedShareDenominator: d, minimumYears } = USED_ASSET_RULE;
  // months × 20% exactly: kept as a fraction over d until the years are taken
  let monthsTimesD: number;
  if (elapsed >= statutoryMonths) {
    monthsTimesD = statutoryMonths * n;
    ex.add('assets.explain.usedLifeWhole', { statutory: input.statutoryLifeYears, months: monthsTimesD / d });
  } else {
    monthsTimesD = (statutoryMonths - elapsed) * d + elapsed * n;
    ex.add('assets.explain.usedLifePart', { statutoryMonths, elapsedMonths: elapsed, months: monthsTimesD / d });
  }
  const years = Math.max(minimumYears, Math.floor(monthsTimesD / (12 * d)));
  ex.add('assets.explain.usedLifeRound', { years });
  return { usefulLifeYears: years, explanation: ex.lines };
}
