/**
 * 定期の期限 (routine calendar): the statutory deadlines the daily digest announces, as dated data
 * with their sources. A deadline that falls on a closed day moves to the next open day (see
 * `closedDayRule`). Company deadlines (attendance close, payday) come from 設定, not from here.
 */

export type StatutoryDeadlineId = 'incomeTaxPayment' | 'residentTaxPayment' | 'annualRevisionReport' | 'laborInsuranceRenewal'
  | 'withholdingSlipDelivery' | 'statutoryReportSummary' | 'salaryPaymentReport' | 'withholdingSpecialPayment';

/**
 * Which companies a deadline concerns: 'always'; 'monthlyWithholding' only without the 納期の特例 (所得税法216条);
 * 'specialWithholding' only with it (設定 payroll.withholdingPaymentSpecial).
 */
export type DeadlineApplies = 'always' | 'monthlyWithholding' | 'specialWithholding';

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
  /** Absent: 'always'. */
  readonly applies?: DeadlineApplies;
}

export const STATUTORY_DEADLINES: readonly StatutoryDeadline[] = [
  // 源泉所得税: 「徴収の日の属する月の翌月十日までに」 (所得税法183条1項); replaced by the two payments below for a
  // company with the 納期の特例 (Kanri pays only 給与等, all of which the 特例 covers).
  { id: 'incomeTaxPayment', months: [], day: 10, effectiveFrom: '1965-04-01', source: '所得税法183条1項', applies: 'monthlyWithholding' },
  // 納期の特例 (給与の支払を受ける者が常時10人未満, 税務署長の承認): 1月〜6月分は7月10日 (所得税法216条), 7月〜12月分は
  // 216条では翌年1月10日、納期限の特例の届出をした者は1月20日 (租税特別措置法41条の6第1項). Kanri takes the 1月20日 (the
  // usual case; NTA「源泉所得税の納期の特例」 and 国税不服審判所 裁決 別紙1 https://www.kfs.go.jp/service/JP/77/01/besshi01.html).
  { id: 'withholdingSpecialPayment', months: [7], day: 10, effectiveFrom: '1965-04-01', source: '所得税法216条', applies: 'specialWithholding' },
  { id: 'withholdingSpecialPayment', months: [1], day: 20, effectiveFrom: '1965-04-01', source: '所得税法216条・租税特別措置法41条の6第1項', applies: 'specialWithholding' },
  // 住民税 (特別徴収): 「徴収した月の翌月の十日までに」 (地方税法321条の5第1項); 特例 (321条の5の2) not modelled.
  { id: 'residentTaxPayment', months: [], day: 10, effectiveFrom: '1950-07-31', source: '地方税法321条の5第1項' },
  // 算定基礎届: 「毎年七月一日から同月十日までの間に」 (健康保険法施行規則25条1項, 厚生年金保険法施行規則18条1項).
  { id: 'annualRevisionReport', months: [7], day: 10, opens: [7, 1], effectiveFrom: '1927-01-01', source: '健康保険法施行規則25条1項・厚生年金保険法施行規則18条1項' },
  // 労働保険の年度更新: 「六月一日から起算して四十日以内」= 7月10日 (労働保険徴収法15条1項・19条1項).
  { id: 'laborInsuranceRenewal', months: [7], day: 10, opens: [6, 1], effectiveFrom: '1972-04-01', source: '労働保険の保険料の徴収等に関する法律15条1項・19条1項' },
  // 給与所得の源泉徴収票: 受給者へ「その年の翌年一月三十一日まで」交付 (所得税法226条1項); 令和8年分は「令和９年２月１日まで」
  // (NTA 令和8年分 法定調書の手引, ../shared/reference/year-end-adjustment/deadlines_r08_filing_2027.json).
  { id: 'withholdingSlipDelivery', months: [1], day: 31, effectiveFrom: '1965-04-01', source: '所得税法226条1項' },
  // 法定調書 (源泉徴収票 税務署提出分) と 給与所得の源泉徴収票等の法定調書合計表: 翌年1月31日 (所得税法226条1項); 令和8年分は
  // 「令和９年２月１日（月）までに所轄税務署に」 (NTA tebiki2026 01.pdf, same reference file).
  { id: 'statutoryReportSummary', months: [1], day: 31, effectiveFrom: '1965-04-01', source: '所得税法226条1項・国税通則法10条2項' },
  // 給与支払報告書 (総括表・個人別明細書) to each municipality of the 1月1日 address: 「一月三十一日までに」 (地方税法317条の6第1項).
  { id: 'salaryPaymentReport', months: [1], day: 31, effectiveFrom: '1950-07-31', source: '地方税法317条の6第1項・20条の5第2項' },
];

/**
 * Closed days for a deadline: Saturdays, Sundays, 国民の祝日・休日, and 12/29–1/3. A deadline on one
 * of them is the next open day: 国税通則法10条2項 and 同施行令2条2項 (国税), 地方税法20条の5第2項
 * (地方税), 行政機関の休日に関する法律1条・2条 (届出). Month-day pairs [month, day] of the year-end closure.
 */
export const YEAR_END_CLOSED_DAYS: readonly (readonly [number, number])[] = [[12, 29], [12, 30], [12, 31], [1, 1], [1, 2], [1, 3]];
export const closedDayRule = { source: '国税通則法10条2項・同施行令2条2項、地方税法20条の5第2項、行政機関の休日に関する法律2条' } as const;
