/**
 * 地域別最低賃金 (最低賃金法第9条〜第14条), 時間額 by prefecture, dated by each 労働局長's 公示 (they change
 * each autumn, on a date set per prefecture: in 令和7年度 from 2025-10-01 (栃木) to 2026-03-31 (秋田)).
 * Official source: 厚生労働省「地域別最低賃金の全国一覧」
 * https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/ and each
 * 労働局's 最低賃金公示 (e.g. 青森労働局最低賃金公示第1号, 令和7年9月29日: 「1時間953円」を「1時間1,029円」、
 * 令和7年11月21日から効力, as printed by JIL 2025-09-29).
 * Not in ../shared/reference/. Transcribed from public restatements of the MHLW list: hyperpc.jp (all 47,
 * 令和6年度 and 令和7年度 amounts with 発効日), toms.or.jp and west-up.jp (北海道〜鳥取/島根 with 改定前 amounts),
 * ayabesr.com (九州・沖縄), JIL's print of seven 公示 (青森, 山梨, 愛媛, 高知, 佐賀, 宮崎, 鹿児島); every row
 * read agrees across the sources that have it. Confidence: high for the amounts and dates of 40 prefectures
 * seen in two or more sources; medium-high for 岡山, 広島, 山口, 香川 (one full list; the national average
 * 1,121円 and the range 1,023–1,226円 agree). The 令和6年度 amounts are shipped as in force from 2025-01-01
 * (their own dates, autumn 2024, are not recorded here): a date before that has no data and is refused.
 * Next change: 令和8年度, autumn 2026 — add it when the 公示 are out; a date past the shipped data is
 * answered with the latest amount and says so (the 公示 may not be out yet).
 */
export interface MinimumWageRow {
  readonly prefecture: string;
  /** 令和6年度 時間額 (in force on 2025-01-01). */
  readonly r06: number;
  /** 令和7年度 時間額 and its 発効日. */
  readonly r07: number;
  readonly r07From: string;
}
export const MINIMUM_WAGE_DATA_FROM = '2025-01-01';
/** From this date the next 改定 (令和8年度) may be in force and is not shipped: the explanation says so. */
export const MINIMUM_WAGE_NEXT_REVISION_FROM = '2026-10-01';
export const MINIMUM_WAGE_SOURCE = '厚生労働省「地域別最低賃金の全国一覧」（令和7年度）、各労働局 最低賃金公示（最低賃金法第9条・第14条）';
// Prefectures in JIS X 0401 order.
export const MINIMUM_WAGES: readonly MinimumWageRow[] = [
  ['北海道', 1010, 1075, '2025-10-04'], ['青森県', 953, 1029, '2025-11-21'], ['岩手県', 952, 1031, '2025-12-01'], ['宮城県', 973, 1038, '2025-10-04'],
  ['秋田県', 951, 1031, '2026-03-31'], ['山形県', 955, 1032, '2025-12-23'], ['福島県', 955, 1033, '2026-01-01'], ['茨城県', 1005, 1074, '2025-10-12'],
  ['栃木県', 1004, 1068, '2025-10-01'], ['群馬県', 985, 1063, '2026-03-01'], ['埼玉県', 1078, 1141, '2025-11-01'], ['千葉県', 1076, 1140, '2025-10-03'],
  ['東京都', 1163, 1226, '2025-10-03'], ['神奈川県', 1162, 1225, '2025-10-04'], ['新潟県', 985, 1050, '2025-10-02'], ['富山県', 998, 1062, '2025-10-12'],
  ['石川県', 984, 1054, '2025-10-08'], ['福井県', 984, 1053, '2025-10-08'], ['山梨県', 988, 1052, '2025-12-01'], ['長野県', 998, 1061, '2025-10-03'],
  ['岐阜県', 1001, 1065, '2025-10-18'], ['静岡県', 1034, 1097, '2025-11-01'], ['愛知県', 1077, 1140, '2025-10-18'], ['三重県', 1023, 1087, '2025-11-21'],
  ['滋賀県', 1017, 1080, '2025-10-05'], ['京都府', 1058, 1122, '2025-11-21'], ['大阪府', 1114, 1177, '2025-10-16'], ['兵庫県', 1052, 1116, '2025-10-04'],
  ['奈良県', 986, 1051, '2025-11-16'], ['和歌山県', 980, 1045, '2025-11-01'], ['鳥取県', 957, 1030, '2025-10-04'], ['島根県', 962, 1033, '2025-11-17'],
  ['岡山県', 982, 1047, '2025-12-01'], ['広島県', 1020, 1085, '2025-11-01'], ['山口県', 979, 1043, '2025-10-16'], ['徳島県', 980, 1046, '2026-01-01'],
  ['香川県', 970, 1036, '2025-10-18'], ['愛媛県', 956, 1033, '2025-12-01'], ['高知県', 952, 1023, '2025-12-01'], ['福岡県', 992, 1057, '2025-11-16'],
  ['佐賀県', 956, 1030, '2025-11-21'], ['長崎県', 953, 1031, '2025-12-01'], ['熊本県', 952, 1034, '2026-01-01'], ['大分県', 954, 1035, '2026-01-01'],
  ['宮崎県', 952, 1023, '2025-11-16'], ['鹿児島県', 953, 1026, '2025-11-01'], ['沖縄県', 952, 1023, '2025-12-01'],
].map(([prefecture, r06, r07, r07From]) => ({ prefecture: prefecture as string, r06: r06 as number, r07: r07 as number, r07From: r07From as string }));

/**
 * Wages left out of the comparison (最低賃金法第4条第3項): 臨時の賃金 and 1か月を超える期間ごとの賃金 (賞与)
 * (第1号, 施行規則第1条第1項), 時間外・休日の賃金 and 深夜の割増 (第2号, 施行規則第1条第2項), and 精皆勤手当・
 * 通勤手当・家族手当 (第3号: each 地域別最低賃金's 決定 says they are not counted).
 */
export const MINIMUM_WAGE_EXCLUDED = {
  kinds: ['temporary', 'overMonth', 'overtime', 'holiday', 'lateNight', 'attendance', 'commuting', 'family'] as const,
  source: '最低賃金法第4条第3項, 同法施行規則第1条, 各地域別最低賃金の決定（精皆勤手当・通勤手当・家族手当）',
  conversionSource: '最低賃金法施行規則第2条 (月給 ÷ 1年間の1月平均所定労働時間数, 日給 ÷ 1日の所定労働時間数)',
} as const;
