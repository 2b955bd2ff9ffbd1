/**
 * 個人住民税の特別徴収 (給与からの天引き), the rules of 地方税法 (hand-written legal data):
 * - 第321条の5第1項: the 特別徴収税額 of a 年度 is collected in 12 monthly parts from June to the next May;
 *   a part's 百円未満の端数, or the whole when the annual amount is under 1,000円, goes to the first month (June).
 * - 第321条の5第2項: when an employee leaves, what is left of the year is collected at once (一括徴収) with the
 *   last pay if the employee asks (leaving 6月1日〜12月31日), and must be (leaving 1月1日〜4月30日) unless the
 *   last pay is less than it; otherwise it goes to 普通徴収 by the municipality.
 * - 第321条の7第1項: the 給与所得者異動届出書 is due by the 10th of the month after the month of the change;
 *   a due date on a holiday moves to the next open day (地方税法第20条の5第2項).
 * Confidence: medium-high (the rules as the municipal 特別徴収の手引き restate them; the statute text was not
 * read here). Amounts always come from each municipality's 特別徴収税額決定通知書, not from Kanri.
 */
export const RESIDENT_TAX_RULES = {
  firstMonth: 6,
  installments: 12,
  fractionUnit: 100,
  wholeInFirstMonthBelow: 1000,
  /** Leaving on a day from 1 January to 30 April (month-day inclusive): 一括徴収 is required. */
  lumpSumRequired: { from: '01-01', to: '04-30' },
  changeReportDay: 10,
  source: '地方税法第321条の5・第321条の7',
} as const;
