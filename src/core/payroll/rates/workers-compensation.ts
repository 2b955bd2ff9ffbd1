/**
 * 労災保険率 (労働保険の保険料の徴収等に関する法律 第12条第2項, 同法施行規則 別表第1 「労災保険率表」): employer
 * only, per mille of all wages paid (賃金総額, commuting allowance included), by the 事業の種類 (industry), set by
 * 厚生労働省 for a 年度 (April–March, revised about every three years; the last revision from 2024-04-01).
 * The premium itself is settled once a year in the 年度更新 (概算・確定保険料, 徴収法 第15条・第19条); monthly
 * figures are an estimate for the employer's cost.
 *
 * ../shared/reference/ holds no official 労災保険率表, so Kanri ships no rates: the company enters the rate of its
 * own 事業の種類 in 設定 `payroll.workersCompensation` with the source it took it from (the 厚生労働省 table,
 * https://www.mhlw.go.jp/content/rousaihokenritu_r05.pdf for 2024-04-01 onward, or its 労働保険 年度更新 申告書).
 */
export interface WorkersCompensationRate {
  /** First day in force 'YYYY-MM-DD' (the 年度 starts on April 1). */
  readonly from: string;
  /** Last day in force (inclusive); absent = until the next entry. */
  readonly to?: string;
  /** 事業の種類 as in the table, e.g. "94 その他の各種事業". */
  readonly industry: string;
  /** Per mille of wages, decimal text, e.g. "3". */
  readonly ratePerMille: string;
  readonly source: string;
}

export const WORKERS_COMPENSATION = {
  settingKey: 'payroll.workersCompensation',
  source: '労働保険の保険料の徴収等に関する法律 第12条第2項; 同法施行規則 別表第1 (労災保険率表)',
  roundingSource: '月の見込額 = 賃金総額 × 労災保険率、1円未満切り捨て (確定は年度更新で年間の賃金総額に対して計算)',
} as const;
