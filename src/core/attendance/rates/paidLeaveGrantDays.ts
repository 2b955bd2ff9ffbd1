/**
 * 年次有給休暇の付与日数 (労働基準法第39条第1項〜第3項; 労働基準法施行規則第24条の3).
 * Source: /work/shared/reference/labor-law/annual_paid_leave_grant_days.csv; 厚生労働省
 * 「年次有給休暇の付与日数は法律で決まっています」. In force since 2001-04-01 (平成13年 比例付与表改正).
 * Columns: 継続勤務 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5年以上.
 */
export const PAID_LEAVE_GRANTS = {
  effectiveFrom: '2001-04-01',
  /** 通常の労働者 (週30時間以上, or 週5日以上, or 年217日以上): 第39条第1項・第2項. */
  general: [10, 11, 12, 14, 16, 18, 20],
  /** 比例付与 by 週所定労働日数 4, 3, 2, 1 (規則第24条の3第3項の表). Index = weekly days − 1. */
  proportionalByWeeklyDays: [
    [1, 2, 2, 2, 3, 3, 3],
    [3, 4, 4, 5, 6, 6, 7],
    [5, 6, 6, 8, 9, 10, 11],
    [7, 8, 9, 10, 12, 13, 15],
  ],
  /** 年間所定労働日数 lower bounds for 1, 2, 3, 4 days a week (48–72, 73–120, 121–168, 169–216), and 217+ = general. */
  annualDaysLowerBounds: [48, 73, 121, 169, 217],
  /** 比例付与の対象: 週所定労働時間30時間未満 (規則第24条の3第1項). */
  proportionalBelowWeeklyMinutes: 30 * 60,
  /** 週所定労働日数5日以上 is general (規則第24条の3第2項: 4日以下が比例付与). */
  generalFromWeeklyDays: 5,
  /** 初回付与 雇入れの日から6か月 (第39条第1項), then every year (第39条第2項). */
  firstGrantAfterMonths: 6,
  /** 出勤率8割以上 (第39条第1項・第2項): a grant date whose condition failed grants nothing. */
  attendanceRatePercent: 80,
  /** 時効 2年 (第115条). */
  expiryMonths: 24,
  /** 年5日の時季指定義務 (第39条第7項): grants of 10 days or more, within 1 year of the grant. */
  obligation: { minGrantDays: 10, days: 5, withinMonths: 12, article: '労基法39条7項' },
} as const;
