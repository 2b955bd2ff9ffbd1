/**
 * The compact shape of the 源泉徴収税額表 data (generated into withholding.generated.ts) and an
 * admin-supplied edition alike. All rates are integers over 100,000 (0.04084 → 4084).
 */
export interface WithholdingEditionData {
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly source: string;
  /**
   * 月額表 甲欄: `data` = column-wise deltas of [from (yen/1000), tax for 0..7 dependents (yen/10)];
   * `excess` = pairs [row index, rate]: tax = row amount + (A − from) × rate (the 740,000円以上 bands).
   */
  readonly kou: { readonly rows: number; readonly data: readonly number[]; readonly excess: readonly number[] };
  /** 月額表 乙欄: deltas of [from (yen/1000), tax (yen/100)]; `excess` as for 甲欄 (incl. 3.063 % under the first band). */
  readonly otsu: { readonly rows: number; readonly data: readonly number[]; readonly excess: readonly number[] };
  /**
   * 賞与の算出率の表: for 甲 0..7 dependents then 乙, each group [n, n deltas of lower bound (yen/1000), n rates].
   * The previous month's pay picks the row; a group's first lower bound may be above 0 (乙).
   */
  readonly bonus: readonly number[];
  /**
   * 電算機計算の特例 (甲欄, 月額): t1 別表第一 rows [from, fixed|-1, rate|-1, add]; t2 別表第二 per person;
   * t3 別表第三 rows [from, amount]; t4 別表第四 rows [taxable from, rate, subtract]. Bounds inclusive yen.
   */
  readonly computer: { readonly source: string; readonly t1: readonly number[]; readonly t2: number; readonly t3: readonly number[]; readonly t4: readonly number[] };
  /**
   * The surtaxes folded into the tables' amounts, in percent of the income tax: 復興特別所得税 2.1 % through
   * 2026; from 2027 復興特別所得税 1.1 % + 防衛特別所得税 1 % (together still 2.1 %). Absent = 2.1 % 復興.
   */
  readonly surtax?: { readonly reconstructionPercent: string; readonly defensePercent?: string };
  /**
   * Set when the 賞与の算出率の表 rests on a single transcription: its source and confidence, shown in the
   * explanation; the admin confirms it against the NTA PDF once (設定 payroll.bonusRateTableConfirmed).
   */
  readonly bonusCheck?: { readonly source: string; readonly confidence: string };
}

/** Rates in this data are integers over this denominator. */
export const WITHHOLDING_RATE_DENOMINATOR = 100_000;

/** Undoes the column-wise delta encoding: `columns` columns of `rows` values each. */
export function decodeColumns(data: readonly number[], rows: number, columns: number): number[][] {
  if (data.length !== rows * columns) throw new Error(`encoded table has ${data.length} values, want ${rows}×${columns}`);
  const out: number[][] = [];
  for (let c = 0; c < columns; c++) {
    const col: number[] = [];
    let v = 0;
    for (let r = 0; r < rows; r++) {
      v = r === 0 ? data[c * rows]! : v + data[c * rows + r]!;
      col.push(v);
    }
    out.push(col);
  }
  return out;
}
