/**
 * 年次有給休暇の賃金 (労働基準法 第39条第9項): the company pays, by its 就業規則, one of
 * - 通常の賃金 (所定労働時間労働した場合に支払われる通常の賃金): for an hourly wage, the day's scheduled
 *   hours × the hourly rate; for a daily wage, the daily rate (労働基準法施行規則 第25条第1項第1号・第2号);
 * - 平均賃金 (第12条);
 * - 標準報酬日額 (健康保険法 第40条第1項 の標準報酬月額の30分の1; 5円未満切り捨て、5円以上10円未満は
 *   10円に切り上げ — 第39条第9項ただし書, with a 労使協定).
 * A monthly wage already pays the scheduled day: the leave day is simply not deducted.
 */
export const PAID_LEAVE_PAY = {
  methods: ['ordinaryWage', 'averageWage', 'standardDailyRemuneration'] as const,
  defaultMethod: 'ordinaryWage' as const,
  /** 標準報酬日額 = 標準報酬月額 ÷ 30, then rounded to 10 yen at 5 (第39条第9項ただし書). */
  standardDailyDivisor: 30,
  standardDailyRoundingUnit: 10,
  standardDailyRoundingHalf: 5,
  source: '労働基準法 第39条第9項; 労働基準法施行規則 第25条',
  roundingSource: '通常の賃金 for hours: 円未満 50銭以上切り上げ (昭和63年3月14日 基発第150号 の取扱いに準じる); 標準報酬日額: 5円未満切り捨て・5円以上10円未満は10円に切り上げ (労基法39条9項ただし書)',
} as const;
export type PaidLeavePayMethod = (typeof PAID_LEAVE_PAY.methods)[number];
