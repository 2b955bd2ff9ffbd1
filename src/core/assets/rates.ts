/**
 * The dated depreciation tables (generated from ../shared/reference/assets by scripts/gen-rates.mjs):
 * 定額法償却率 (別表第八) and 200%定率法の償却率・改定償却率・保証率 (別表第十), each with its table row
 * for explanations, and the small-asset thresholds with their validity by acquisition date.
 */
import { scaledRate, type Rate } from '../money';
import type { LocalDate } from '../calendar';
import { DECLINING_200_TABLE_FROM, DEPRECIATION_RATE_ROWS, SMALL_ASSET_RULES, STRAIGHT_LINE_TABLE_FROM, USEFUL_LIFE_OFFICE } from './rates/depreciation.generated';

export type DepreciationMethod = 'straight_line' | 'declining_balance_200';
export const DEPRECIATION_METHODS: readonly DepreciationMethod[] = ['straight_line', 'declining_balance_200'];

export interface RateRow {
  readonly usefulLifeYears: number;
  readonly rate: Rate;
  /** 200%定率法 only; null for 2 years (別表第十 has 「―」: fully depreciated in year 1). */
  readonly revisedRate: Rate | null;
  readonly guaranteeRate: Rate | null;
  /** Which table row this is, for explanations. */
  readonly source: string;
}

export const MIN_USEFUL_LIFE = DEPRECIATION_RATE_ROWS[0]![0];
export const MAX_USEFUL_LIFE = DEPRECIATION_RATE_ROWS[DEPRECIATION_RATE_ROWS.length - 1]![0];

const text3 = (v: number) => (v / 1000).toFixed(3);
const text5 = (v: number) => (v / 100000).toFixed(5);

/**
 * The rates for a useful life and method, for an asset acquired on `acquiredOn`. Refuses what the
 * tables do not cover (a life outside 2–50 years; 200%定率法 before 2012-04-01, whose 250% table is
 * not shipped; 定額法 before 2007-04-01, the old 旧定額法).
 */
export function rateRow(method: DepreciationMethod, usefulLifeYears: number, acquiredOn: LocalDate): RateRow {
  const row = DEPRECIATION_RATE_ROWS.find((r) => r[0] === usefulLifeYears);
  if (!row) throw new RangeError(`usefulLifeYears: ${usefulLifeYears} is outside the table (${MIN_USEFUL_LIFE}–${MAX_USEFUL_LIFE})`);
  if (method === 'straight_line') {
    if (acquiredOn < STRAIGHT_LINE_TABLE_FROM) throw new RangeError(`acquiredOn: 別表第八 applies from ${STRAIGHT_LINE_TABLE_FROM}`);
    return { usefulLifeYears, rate: scaledRate(row[1], 1000, text3(row[1])), revisedRate: null, guaranteeRate: null, source: `耐用年数省令 別表第八 耐用年数${usefulLifeYears}年` };
  }
  if (acquiredOn < DECLINING_200_TABLE_FROM) throw new RangeError(`acquiredOn: 別表第十 (200%定率法) applies from ${DECLINING_200_TABLE_FROM}`);
  return {
    usefulLifeYears,
    rate: scaledRate(row[2], 1000, text3(row[2])),
    revisedRate: row[3] === null ? null : scaledRate(row[3], 1000, text3(row[3])),
    guaranteeRate: row[4] === null ? null : scaledRate(row[4], 100000, text5(row[4])),
    source: `耐用年数省令 別表第十 耐用年数${usefulLifeYears}年`,
  };
}

export type UsefulLifeKey = (typeof USEFUL_LIFE_OFFICE)[number]['key'];
export const usefulLifeCategories = USEFUL_LIFE_OFFICE;

/**
 * The 別表第一・第三 category of a 区分 as written in the register: its Japanese label (「タブレット端末」,
 * what a person reads in the sheet) or its key (`tablet`); undefined for a free-text 区分.
 */
export function usefulLifeOf(category: string): (typeof USEFUL_LIFE_OFFICE)[number] | undefined {
  return USEFUL_LIFE_OFFICE.find((c) => c.ja === category || c.key === category);
}

/** Intangible assets (別表第三) depreciate to 0; tangible ones keep the 1-yen 備忘価額 (法人税法施行令61条1項). */
export function isIntangible(key: string): boolean {
  return usefulLifeOf(key)?.table === '別表第三';
}

export const SMALL_ASSETS = SMALL_ASSET_RULES;

/** The SME special rule's threshold for an acquisition date, or null when no version covers it. */
export function smeSpecialVersion(acquiredOn: LocalDate) {
  return SMALL_ASSET_RULES.smeSpecial.versions.find((v) => v.from <= acquiredOn && acquiredOn <= v.to) ?? null;
}

/**
 * 備忘価額: a tangible asset acquired on or after 2007-04-01 depreciates to 1 yen (残存価額 and the 95 %
 * limit abolished); an intangible one to 0. Source: 法人税法施行令61条1項, 所得税法施行令134条1項
 * (small_asset_rules.json "residual_and_limits").
 */
export const MEMO_VALUE = { yen: 1, from: '2007-04-01', law: '法人税法施行令61条1項・所得税法施行令134条1項' } as const;
