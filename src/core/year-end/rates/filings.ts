/**
 * The filings after the 年末調整, as dated data with their sources (issue 14):
 * - which 給与所得の源泉徴収票 go to the tax office (税務署提出分; every slip is still handed to its recipient);
 * - which 給与支払報告書 go to the municipalities.
 * Amounts are "を超えるもの" (strictly over). Not in ../shared/reference/year-end-adjustment/ (which lists the deadlines
 * and the form's items only): taken from the public transcription of NTA タックスアンサー No.7411 named in `source`.
 */

export interface SlipFilingRule {
  /** The first 年分 the figures are confirmed for. */
  readonly fromYear: number;
  /** 年末調整をしたもの: 法人の役員 (その年中に役員だった者を含む) / 弁護士等 (not paid as 給与 by Kanri) / others. */
  readonly adjusted: { readonly officer: number; readonly other: number };
  /** 扶養控除等申告書を提出し、年の中途で退職した (or 災害減免法で猶予を受けた) ため年末調整をしなかったもの. */
  readonly leaver: { readonly officer: number; readonly other: number };
  /** 給与等の金額が2,000万円を超えるため年末調整をしなかったもの: all of them (threshold 0). */
  readonly over20M: number;
  /** 扶養控除等申告書を提出しなかったもの (乙欄・丙欄). */
  readonly otsu: number;
  readonly source: string;
  readonly confidence: string;
}

export const SLIP_FILING_RULES: readonly SlipFilingRule[] = [
  {
    fromYear: 2024,
    adjusted: { officer: 1_500_000, other: 5_000_000 },
    leaver: { officer: 500_000, other: 2_500_000 },
    over20M: 0,
    otsu: 500_000,
    source: '所得税法226条1項・所得税法施行規則93条2項; 国税庁 タックスアンサー No.7411「給与所得の源泉徴収票の提出範囲と提出枚数等」'
      + ' (transcribed in https://tax-com.sakura.ne.jp/wp/2024/09/27/ 「提出範囲が限られている「給与所得の源泉徴収票」」)',
    confidence: 'medium: one public transcription (2024), not the NTA page itself; unchanged by the 令和8年度 reform as far as the 令和8年分 reference files show',
  },
];

export function slipFilingRuleFor(year: number): SlipFilingRule {
  const rule = [...SLIP_FILING_RULES].reverse().find((r) => r.fromYear <= year);
  if (!rule) throw new Error(`no 源泉徴収票 提出範囲 for ${year} (from ${SLIP_FILING_RULES[0]!.fromYear})`);
  return rule;
}

/**
 * 給与支払報告書 (地方税法317条の6): 1月1日現在 paid employees to the municipality of their 1月1日 address by 1月31日 (1項);
 * those who left during the year to the municipality of their address when they left, by the next 1月31日 (3項), where the
 * pay they received in the year is over 30万円 (3項 ただし書). Kanri reports every leaver paid in the year and marks those
 * at or under the threshold as not required (many municipalities ask for them; the admin decides whether to send).
 */
export const SALARY_REPORT_RULE = {
  leaverThreshold: 300_000,
  source: '地方税法317条の6第1項・第3項',
} as const;
