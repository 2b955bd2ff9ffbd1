/**
 * 割増賃金 (premium pay) rules as data, with their articles. Source: 労働基準法 第37条, 割増賃金令
 * (平成6年政令第5号), 労働基準法施行規則 第19条・第21条, 昭和63年3月14日 基発第150号;
 * ../shared/reference/labor-law/overtime_limits_36kyotei.json (overtime_premium_min_pct).
 */
export const premiumPayRules = {
  /** 時間外 25 % (割増賃金令). The 100 % for the hour itself is paid on top. */
  overtimePercent: '25',
  /** 月60時間を超える時間外 50 % (第37条第1項ただし書; 中小企業も2023-04-01から). */
  overtimeOver60Percent: '50',
  overtimeOver60ThresholdMinutes: 60 * 60,
  /** 深夜 (22:00–5:00) +25 % (第37条第4項). */
  lateNightPercent: '25',
  /** 法定休日 35 % (割増賃金令). */
  legalHolidayPercent: '35',
  /** 割増賃金の基礎から除外する賃金 (第37条第5項, 規則第21条). */
  excludedAllowances: ['家族手当', '通勤手当', '別居手当', '子女教育手当', '住宅手当', '臨時に支払われた賃金', '1か月を超える期間ごとに支払われる賃金'],
  source: '労働基準法 第37条; 割増賃金令 (平成6年政令第5号); 労働基準法施行規則 第19条第1項第4号 (月給 ÷ 月平均所定労働時間), 第21条',
  roundingSource: '昭和63年3月14日 基発第150号: 1時間当たりの賃金額及び割増賃金額の円未満の端数、1か月の割増賃金の総額の円未満の端数は、50銭未満切り捨て・50銭以上切り上げとしてよい',
} as const;
