/**
 * 通勤手当の非課税限度額 (所得税法第9条第1項第5号, 所得税法施行令第20条の2): 交通機関又は有料道路を
 * 利用する者 150,000円/月 (平成28年1月1日以後). Source: 国税庁 タックスアンサー No.2582
 * 「電車・バス通勤者の通勤手当」. Car/bicycle commuters have distance-based limits (No.2585), which the
 * admin can set per employee in 給与設定 instead of this default.
 */
export const COMMUTING_NON_TAXABLE = {
  effectiveFrom: '2016-01-01',
  publicTransitMonthlyLimit: 150_000,
  source: '所得税法施行令第20条の2第1号・第2号 (国税庁 No.2582)',
} as const;

/**
 * 社会保険の資格と保険料の月 (健康保険法第156条第1項・第3項, 厚生年金保険法第19条第1項・第2項):
 * a premium is due for every month from the month of acquisition (資格取得月) to the month before the
 * month of loss (資格喪失月, the day after leaving); acquisition and loss in the same month: that month
 * is due once (厚生年金 as 同月得喪).
 */
export const SOCIAL_INSURANCE_MONTHS = { source: '健康保険法第156条, 厚生年金保険法第19条' } as const;
