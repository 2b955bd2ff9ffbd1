/**
 * Lookup of the dated 源泉徴収税額表 editions (generated data plus admin overrides), decoded once.
 * Source citation travels with every row returned.
 */
import { scaledRate, type Rate } from '../../money';
import type { RateOverrides } from './overrides';
import { withholdingEditions } from './withholding.generated';
import { decodeColumns, WITHHOLDING_RATE_DENOMINATOR, type WithholdingEditionData } from './withholding-types';

/** Legal rules beside the tables (国税庁 月額表 注記), as data. */
export const withholdingRules = {
  /** 甲欄, more than 7 dependents: 7人の税額 − 1,610円 per extra person (月額表 甲欄 注). */
  kouPerExtraDependentYen: 1610,
  kouMaxTabulatedDependents: 7,
  /** 賞与の算出率の表: the last column is 「7人以上」. */
  bonusMaxTabulatedDependents: 7,
  /** 賞与: the 月額表 method applies when there was no salary last month or the bonus exceeds 10× it (所得税法施行令 / 国税庁「賞与に対する源泉徴収税額の計算」). */
  bonusSpecialCaseMultiple: 10,
  /** 賞与 ÷ 6, or ÷ 12 when the calculation period exceeds 6 months, then × the same. */
  bonusDivisorShort: 6,
  bonusDivisorLong: 12,
  bonusLongPeriodOverMonths: 6,
  /** 復興特別所得税 2.1 % of the income tax (復興財源確保法 第13条), folded into every table through 令和8年分. */
  reconstructionSurtaxPercent: '2.1',
  source: '国税庁「給与所得の源泉徴収税額表」月額表 甲欄の注・賞与に対する源泉徴収税額の算出率の表の注 (所得税法 第185条, 第186条, 別表第二・第三)',
} as const;

export interface MonthlyTableRow {
  readonly from: number;
  /** exclusive; null = open-ended */
  readonly to: number | null;
  /** 甲: 0..7 dependents; 乙: one value */
  readonly amounts: readonly number[];
  /** The 740,000円以上 (and 乙's first) bands: tax = amount + (A − from) × excessRate. */
  readonly excessRate: Rate | null;
}
export interface BonusRateRow {
  readonly from: number;
  readonly to: number | null;
  readonly rate: Rate;
}
export interface ComputerMethodTables {
  readonly source: string;
  /** 別表第一: [from, fixed | null, rate | null, add] */
  readonly salaryDeduction: readonly { from: number; fixed: number | null; rate: Rate | null; add: number }[];
  readonly perPersonDeduction: number;
  readonly basicDeduction: readonly { from: number; amount: number }[];
  readonly taxRate: readonly { from: number; rate: Rate; subtract: number }[];
}
export interface WithholdingEdition {
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly source: string;
  readonly kou: readonly MonthlyTableRow[];
  readonly otsu: readonly MonthlyTableRow[];
  /** 甲 0..7 then 乙 (index 8). */
  readonly bonus: readonly (readonly BonusRateRow[])[];
  readonly computer: ComputerMethodTables;
  /** 復興特別所得税 (and from 2027 防衛特別所得税) folded into the amounts, percent text. */
  readonly surtax: { readonly reconstructionPercent: string; readonly defensePercent: string | null };
  /** The bonus table's single-transcription source and confidence, when it needs the admin's check. */
  readonly bonusCheck: { readonly source: string; readonly confidence: string } | null;
}

const rate = (n: number) => scaledRate(n, WITHHOLDING_RATE_DENOMINATOR);

function monthlyRows(t: WithholdingEditionData['kou'], columns: number, fromUnit: number, amountUnit: number): MonthlyTableRow[] {
  const cols = decodeColumns(t.data, t.rows, columns + 1);
  const excess = new Map<number, number>();
  for (let i = 0; i < t.excess.length; i += 2) excess.set(t.excess[i]!, t.excess[i + 1]!);
  const from = cols[0]!;
  return from.map((f, r) => ({
    from: f * fromUnit,
    to: r + 1 < from.length ? from[r + 1]! * fromUnit : null,
    amounts: cols.slice(1).map((c) => c[r]! * amountUnit),
    excessRate: excess.has(r) ? rate(excess.get(r)!) : null,
  }));
}

function bonusRows(data: readonly number[]): BonusRateRow[][] {
  const groups: BonusRateRow[][] = [];
  let i = 0;
  while (i < data.length) {
    const n = data[i++]!;
    const from = decodeColumns(data.slice(i, i + n), n, 1)[0]!.map((v) => v * 1000);
    const rates = data.slice(i + n, i + 2 * n);
    groups.push(from.map((f, k) => ({ from: f, to: k + 1 < n ? from[k + 1]! : null, rate: rate(rates[k]!) })));
    i += 2 * n;
  }
  return groups;
}

function chunks(a: readonly number[], size: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < a.length; i += size) out.push(a.slice(i, i + size) as number[]);
  return out;
}

const decoded = new WeakMap<WithholdingEditionData, WithholdingEdition>();
export function decodeWithholdingEdition(e: WithholdingEditionData): WithholdingEdition {
  const hit = decoded.get(e);
  if (hit) return hit;
  const edition: WithholdingEdition = {
    effectiveFrom: e.effectiveFrom,
    effectiveTo: e.effectiveTo,
    source: e.source,
    kou: monthlyRows(e.kou, 8, 1000, 10),
    otsu: monthlyRows(e.otsu, 1, 1000, 100),
    bonus: bonusRows(e.bonus),
    computer: {
      source: e.computer.source,
      salaryDeduction: chunks(e.computer.t1, 4).map(([from, fixed, r, add]) => ({ from: from!, fixed: fixed! < 0 ? null : fixed!, rate: r! < 0 ? null : rate(r!), add: add! })),
      perPersonDeduction: e.computer.t2,
      basicDeduction: chunks(e.computer.t3, 2).map(([from, amount]) => ({ from: from!, amount: amount! })),
      taxRate: chunks(e.computer.t4, 3).map(([from, r, subtract]) => ({ from: from!, rate: rate(r!), subtract: subtract! })),
    },
    surtax: { reconstructionPercent: e.surtax?.reconstructionPercent ?? withholdingRules.reconstructionSurtaxPercent, defensePercent: e.surtax?.defensePercent ?? null },
    bonusCheck: e.bonusCheck ?? null,
  };
  decoded.set(e, edition);
  return edition;
}

/** The edition in force for a pay date (支払日); an override covering the date wins. */
export function withholdingEditionOn(payDate: string, overrides?: RateOverrides): WithholdingEdition {
  const inForce = (e: WithholdingEditionData) => e.effectiveFrom <= payDate && (e.effectiveTo === null || payDate <= e.effectiveTo);
  const candidates = [...(overrides?.withholdingEditions ?? []), ...withholdingEditions.slice().reverse()];
  const found = candidates.find(inForce);
  if (!found) throw new Error(`no withholding tax table in force on ${payDate} (shipped: ${withholdingEditions.map((e) => e.effectiveFrom).join(', ')}); add one in the settings`);
  return decodeWithholdingEdition(found);
}

/** The row of a table whose [from, to) holds `amount`. */
export function rowFor<T extends { from: number; to: number | null }>(rows: readonly T[], amount: number): T | undefined {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = rows[mid]!;
    if (amount < r.from) hi = mid - 1;
    else if (r.to !== null && amount >= r.to) lo = mid + 1;
    else return r;
  }
  return undefined;
}

export interface CitedRow<T> {
  readonly row: T;
  readonly source: string;
  readonly effectiveFrom: string;
}
/** The 月額表 row (甲 or 乙) for a pay date and 社会保険料等控除後の給与等の金額, with its source. */
export function monthlyTableRowOn(payDate: string, amount: number, column: 'kou' | 'otsu', overrides?: RateOverrides): CitedRow<MonthlyTableRow> {
  const e = withholdingEditionOn(payDate, overrides);
  const row = rowFor(column === 'kou' ? e.kou : e.otsu, amount);
  if (!row) throw new Error(`${amount} is outside the 月額表`);
  return { row, source: e.source, effectiveFrom: e.effectiveFrom };
}
/** The 賞与の算出率の表 row for the previous month's pay (甲: dependents 0–7, 7 = 「7人以上」; 乙), with its source. */
export function bonusRateRowOn(payDate: string, previousMonth: number, column: 'kou' | 'otsu', dependents: number, overrides?: RateOverrides): CitedRow<BonusRateRow> {
  const e = withholdingEditionOn(payDate, overrides);
  const group = column === 'otsu' ? e.bonus[8]! : e.bonus[Math.min(dependents, withholdingRules.bonusMaxTabulatedDependents)]!;
  return { row: rowFor(group, previousMonth) ?? group[0]!, source: e.source, effectiveFrom: e.effectiveFrom };
}
