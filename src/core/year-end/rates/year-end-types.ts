/**
 * The shape of one year's 年末調整 data (generated into year-end.generated.ts by scripts/gen-rates.mjs from
 * ../shared/reference/year-end-adjustment/). Yen are integers; rates are decimal text (exact).
 * Ranges: `[over, upto]` rows mean over < x ≤ upto (the first row also holds 0); `from`/`to` rows mean
 * from ≤ x < to.
 */
export type LifeFormulaRow = readonly [upto: number | null, divisor: number, add: number];

export interface YearEndEditionData {
  readonly year: number;
  readonly label: string;
  /** The adjustment under this year's rules is done on or after this date (令和8年法律第12号: 2026-12-01). */
  readonly performedFrom: string;
  readonly source: string;
  readonly sources: Readonly<Record<string, string>>;
  /** 給与等の金額 over this amount is excluded from the 年末調整 (所得税法第190条: 「二千万円以下である居住者」; exactly 2,000万円 is adjusted). */
  readonly salaryLimit: number;
  readonly employmentIncome: {
    /** floor(salary × rate) − subtract, not below 0, for from ≤ salary < to. */
    readonly formulas: readonly { readonly from: number; readonly to: number; readonly rate: string; readonly subtract: number }[];
    /** 別表第五 bands from..to: column-wise deltas of [band start (yen/1000), amount (yen/100)]. */
    readonly table: { readonly from: number; readonly to: number; readonly rows: number; readonly data: readonly number[] };
  };
  /** 所得金額調整控除: (min(salary, salaryCap) − base) × percent, 1円未満切上げ, at most max, when salary > salaryOver. */
  readonly incomeAdjustment: { readonly salaryOver: number; readonly salaryCap: number; readonly base: number; readonly percent: string; readonly max: number };
  /** 基礎控除 by the employee's 合計所得金額: [over, upto | null, amount]. */
  readonly basic: readonly (readonly [number, number | null, number])[];
  /** The employee's 合計所得金額 limits of the spouse-table columns (≤ 900万 / 950万 / 1,000万). */
  readonly earnerLimits: readonly number[];
  /** 配偶者控除 (spouse, elderlySpouse: upto only) and 配偶者特別控除 (special: over < x ≤ upto), amounts per earner column. */
  readonly spouse: readonly { readonly kind: 'spouse' | 'elderlySpouse' | 'special'; readonly over: number | null; readonly upto: number; readonly amounts: readonly number[] }[];
  /** 老人 (spouse and dependant) from this age on 31 December. */
  readonly elderlyAge: number;
  /** 特定親族特別控除: relatives minAge ≤ age < underAge with over < income ≤ upto. */
  readonly specificRelative: { readonly minAge: number; readonly underAge: number; readonly rows: readonly (readonly [number, number, number])[] };
  /** 扶養親族 / 同一生計配偶者: 合計所得金額 at most this. */
  readonly dependantIncomeLimit: number;
  readonly dependantAges: { readonly general: number; readonly specificFrom: number; readonly specificTo: number; readonly elderly: number };
  readonly amounts: {
    readonly general: number; readonly specific: number; readonly elderly: number; readonly elderlyParentLivingTogether: number;
    readonly disability: number; readonly specialDisability: number; readonly specialDisabilityLivingTogether: number;
    readonly widow: number; readonly singleParent: number; readonly workingStudent: number;
  };
  readonly incomeLimits: { readonly widow: number; readonly singleParent: number; readonly workingStudent: number; readonly workingStudentOther: number };
  /** 生命保険料控除: formulas as rows [paid upto | null, divisor (0 = fixed), add or the fixed amount]; 1円未満切上げ. */
  readonly life: {
    readonly newFormula: readonly LifeFormulaRow[]; readonly under23Formula: readonly LifeFormulaRow[]; readonly oldFormula: readonly LifeFormulaRow[];
    readonly newMax: number; readonly under23Max: number; readonly oldMax: number; readonly total: number; readonly under23Age: number;
  };
  readonly earthquake: { readonly earthquakeMax: number; readonly oldLongTermFormula: readonly LifeFormulaRow[]; readonly total: number };
  /** 速算表: [over, upto, rate, 控除額] on the 課税給与所得金額. */
  readonly rates: readonly (readonly [number, number, string, number])[];
  /** 年調年税額 = 年調所得税額 × numerator / denominator (102.1 %), 100円未満切捨て. */
  readonly surtax: { readonly numerator: number; readonly denominator: number };
}
