/**
 * 定期の期限 (routine calendar): the statutory deadlines the daily digest announces, as dated data
 * with their sources. A deadline that falls on a closed day moves to the next open day (see
 * `closedDayRule`). Company deadlines (attendance close, payday) come from 設定, not from here.
 */

export type StatutoryDeadlineId = 'incomeTaxPayment' | 'residentTaxPayment' | 'annualRevisionReport' | 'laborInsuranceRenewal';

export interface StatutoryDeadline {
  readonly id: StatutoryDeadlineId;
  /** Months (1–12) in which the deadline falls; empty: every month. */
  readonly months: readonly number[];
  /** Day of the month of the deadline (the last day allowed). */
  readonly day: number;
  /** First day of the filing window [month, day], when the law gives one. */
  readonly opens?: readonly [number, number];
  readonly effectiveFrom: string;
  readonly source: string;
}

export const STATUTORY_DEADLINES: readonly StatutoryDeadline[] = [
  // 源泉所得税: 「徴収の日の属する月の翌月十日までに」 (所得税法183条1項). The 納期の特例 (216条:
  // 7/10 and 1/20 for fewer than 10 employees) needs an approval and is not modelled here.
  { id: 'incomeTaxPayment', months: [], day: 10, effectiveFrom: '1965-04-01', source: '所得税法183条1項' },
  // 住民税 (特別徴収): 「徴収した月の翌月の十日までに」 (地方税法321条の5第1項); 特例 (321条の5の2) not modelled.
  { id: 'residentTaxPayment', months: [], day: 10, effectiveFrom: '1950-07-31', source: '地方税法321条の5第1項' },
  // 算定基礎届: 「毎年七月一日から同月十日までの間に」 (健康保険法施行規則25条1項, 厚生年金保険法施行規則18条1項).
  { id: 'annualRevisionReport', months: [7], day: 10, opens: [7, 1], effectiveFrom: '1927-01-01', source: '健康保険法施行規則25条1項・厚生年金保険法施行規則18条1項' },
  // 労働保険の年度更新: 「六月一日から起算して四十日以内」= 7月10日 (労働保険徴収法15条1項・19条1項).
  { id: 'laborInsuranceRenewal', months: [7], day: 10, opens: [6, 1], effectiveFrom: '1972-04-01', source: '労働保険の保険料の徴収等に関する法律15条1項・19条1項' },
];

/**
 * Closed days for a deadline: Saturdays, Sundays, 国民の祝日・休日, and 12/29–1/3. A deadline on one
 * of them is the next open day: 国税通則法10条2項 and 同施行令2条2項 (国税), 地方税法20条の5第2項
 * (地方税), 行政機関の休日に関する法律1条・2条 (届出). Month-day pairs [month, day] of the year-end closure.
 */
export const YEAR_END_CLOSED_DAYS: readonly (readonly [number, number])[] = [[12, 29], [12, 30], [12, 31], [1, 1], [1, 2], [1, 3]];
export const closedDayRule = { source: '国税通則法10条2項・同施行令2条2項、地方税法20条の5第2項、行政機関の休日に関する法律2条' } as const;
