/**
 * 標準報酬月額の決定・改定 rules as data. Sources: 健康保険法 第41条 (定時決定), 第43条 (随時改定),
 * 厚生年金保険法 第21条, 第23条; 日本年金機構「定時決定（算定基礎届）」「随時改定（月額変更届）」
 * (https://www.nenkin.go.jp/service/kounen/jigyosho-hiho/hoshu/20150515-01.html).
 */
export const remunerationRevisionRules = {
  /** 定時決定: remuneration paid in April, May and June… */
  annualMonths: ['04', '05', '06'],
  /** …effective from September of the same year (to the following August). */
  annualEffectiveMonth: '09',
  /** A month counts when its 支払基礎日数 is at least 17 days (短時間労働者 11). */
  minPaymentBaseDays: 17,
  minPaymentBaseDaysShortTime: 11,
  /** 随時改定: the three months from the month the changed fixed wage is first paid… */
  interimMonths: 3,
  /** …all with 17 days or more, and a difference of 2 grades or more… */
  interimGradeDifference: 2,
  /** …takes effect from the 4th month. */
  interimEffectiveAfterMonths: 3,
  annualSource: '健康保険法 第41条, 厚生年金保険法 第21条 (定時決定)',
  interimSource: '健康保険法 第43条, 厚生年金保険法 第23条 (随時改定)',
} as const;
