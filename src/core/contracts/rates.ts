/**
 * The legal figures of the contracts module, each with its source (law as data; the logic in this
 * folder holds no bare legal number). Reference notes: ../shared/reference/contracts/.
 * 印紙税 (別表第一 第2号・第7号) is generated from stamp_duty_no2.csv by scripts/gen-rates.mjs.
 */
export { STAMP_DUTY_NO2_BANDS, STAMP_DUTY_NO2_NO_AMOUNT, STAMP_DUTY_NO7, STAMP_DUTY_SOURCE } from './rates/stamp-duty.generated';

/** 民法 (明治29年法律第89号) 140条・143条: how a term counted in months starts and ends. */
export const CIVIL_CODE_PERIOD = {
  /** 140条ただし書: a term that starts at 0:00 counts its first day. */
  firstDayCounted: '民法140条ただし書',
  /** 143条2項: ends the day before the corresponding day; without one, on the month's last day. */
  monthEnd: '民法143条2項',
} as const;

/** One row of the クーリング table: a counted period before the gap up to `upToMonths` needs `gapMonths`. */
export interface CoolingRow {
  /** The row covers counted periods up to this many months… */
  readonly upToMonths: number;
  /** …inclusive (「以下」) or exclusive (「未満」). */
  readonly inclusive: boolean;
  readonly gapMonths: number;
}

/**
 * 労働契約法18条 (平成19年法律第128号, as amended by 平成24年法律第56号) and 労働契約法第十八条第一項の
 * 通算契約期間に関する基準を定める省令 (平成24年厚生労働省令第148号).
 */
export const CONVERSION_RULE = {
  /** 平成24年法律第56号 附則1項・2項: only terms whose first day is on or after this date are counted. */
  countedFrom: '2013-04-01',
  /** 18条1項「五年を超える」: more than this many months. */
  thresholdMonths: 60,
  /** 18条1項「二以上の有期労働契約」. */
  minimumContracts: 2,
  /** 省令148号: fractions of a month in several terms are added, 30 days counting as one month. */
  daysPerMonth: 30,
  /** 18条2項: a gap of 6 months or more resets the count (counted period before the gap of 1 year or more). */
  fullGapMonths: 6,
  /** 省令148号 (the table in ../shared/reference/contracts/fixed_term_employment.md), under 1 year before the gap. */
  coolingTable: [
    { upToMonths: 2, inclusive: true, gapMonths: 1 },
    { upToMonths: 4, inclusive: true, gapMonths: 2 },
    { upToMonths: 6, inclusive: true, gapMonths: 3 },
    { upToMonths: 8, inclusive: true, gapMonths: 4 },
    { upToMonths: 10, inclusive: true, gapMonths: 5 },
    { upToMonths: 12, inclusive: false, gapMonths: 6 },
  ] as readonly CoolingRow[],
  source: '労働契約法18条（平成24年法律第56号 附則2項）・平成24年厚生労働省令第148号',
} as const;

/**
 * 有期労働契約の締結、更新及び雇止めに関する基準 (平成15年厚生労働省告示第357号, as amended by
 * 令和5年厚生労働省告示第114号), 雇止めの予告 (the article number changed with the amendments; not cited): at least 30 days before the end, for a contract
 * renewed 3 times or more, or a worker employed for more than 1 year from hiring.
 */
export const NON_RENEWAL_NOTICE = {
  daysBefore: 30,
  minimumRenewals: 3,
  employedOverMonths: 12,
  source: '有期労働契約の締結、更新及び雇止めに関する基準（平成15年厚生労働省告示第357号）雇止めの予告',
} as const;
