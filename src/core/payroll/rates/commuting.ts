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

/**
 * 交通用具 (car, bicycle, motorbike …) commuters: the monthly non-taxable limit by one-way distance
 * (所得税法施行令第20条の2第1号). Distances are 片道 km, each band from its lower bound (以上) to the next
 * (未満); under 2 km the whole allowance is taxable. Editions by the date the allowance is due
 * (「支払われるべき」): the 令和7年 revision (所得税法施行令の一部を改正する政令, 公布 2025-11-19, 施行
 * 2025-11-20) applies to allowances due on or after 2025-04-01; what was paid from 2025-04-01 to 2025-11-19
 * under the old limits is put right in the 年末調整.
 * Sources: 国税庁 タックスアンサー No.2585「マイカー・自転車通勤者の通勤手当」 (https://www.nta.go.jp/taxes/shiraberu/taxanswer/gensen/2585.htm)
 * and 国税庁「通勤手当の非課税限度額の改正について」 (https://www.nta.go.jp/users/gensen/2025tsukin/index.htm).
 * Not in ../shared/reference/: transcribed from two independent public restatements of the NTA page that
 * agree on every band (kannaikaikei.jp ?p=15514; news.livedoor.com 30552738 「出典：国税庁」), and the
 * pre-revision bands are the long-standing 平成26年 figures. Confidence: high for the bands, medium for
 * the exact wording of the effective date (the restatements quote it alike; the NTA page itself was
 * not read here). The 令和8年度税制改正大綱 proposes splitting 55 km+ further (to 95 km+); not enacted
 * data here, so not applied.
 */
export interface VehicleBand {
  /** Lower bound of the one-way distance, km (以上). */
  readonly fromKm: number;
  readonly monthlyLimit: number;
}
export interface VehicleLimitEdition {
  /** First due date (支払われるべき日) the edition applies to. */
  readonly from: string;
  readonly bands: readonly VehicleBand[];
  readonly source: string;
}
export const COMMUTING_VEHICLE_LIMITS: readonly VehicleLimitEdition[] = [
  {
    from: '2014-04-01',
    bands: [
      { fromKm: 0, monthlyLimit: 0 }, { fromKm: 2, monthlyLimit: 4_200 }, { fromKm: 10, monthlyLimit: 7_100 }, { fromKm: 15, monthlyLimit: 12_900 },
      { fromKm: 25, monthlyLimit: 18_700 }, { fromKm: 35, monthlyLimit: 24_400 }, { fromKm: 45, monthlyLimit: 28_000 }, { fromKm: 55, monthlyLimit: 31_600 },
    ],
    source: '所得税法施行令第20条の2第1号 (平成26年4月1日以後; 国税庁 No.2585)',
  },
  {
    from: '2025-04-01',
    bands: [
      { fromKm: 0, monthlyLimit: 0 }, { fromKm: 2, monthlyLimit: 4_200 }, { fromKm: 10, monthlyLimit: 7_300 }, { fromKm: 15, monthlyLimit: 13_500 },
      { fromKm: 25, monthlyLimit: 19_700 }, { fromKm: 35, monthlyLimit: 25_900 }, { fromKm: 45, monthlyLimit: 32_300 }, { fromKm: 55, monthlyLimit: 38_700 },
    ],
    source: '所得税法施行令第20条の2第1号 (令和7年11月19日政令改正、令和7年4月1日以後に支払われるべき通勤手当; 国税庁「通勤手当の非課税限度額の改正について」)',
  },
];
