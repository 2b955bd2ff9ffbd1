/**
 * 源泉所得税 on salary and bonus: the 月額表 (甲・乙), the 電算機計算の特例 (computer method, 甲欄
 * only) and the 賞与の算出率の表 with its 月額表 special case. Integer yen; explained line by line.
 */
import { add, fraction, floorYen, ceilYen, mul, roundHalfUpToTen, sub, yen, yenTimes, formatFraction, type Fraction } from '../money';
import type { RateOverrides } from './rates/overrides';
import { bonusRateRowOn, rowFor, withholdingEditionOn, withholdingRules, type MonthlyTableRow, type WithholdingEdition } from './rates/withholding';

export type TaxColumn = 'kou' | 'otsu';
export type WithholdingMethod = 'table' | 'computer';

export interface WithholdingResult {
  readonly incomeTax: number;
  readonly method: WithholdingMethod;
  readonly explanation: string[];
}

const pct = (r: Fraction) => `${formatFraction(mul(r, { n: 100, d: 1 }))}%`;

function assertYen(v: number, what: string): void {
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`${what} must be a non-negative integer number of yen, got ${v}`);
}

/** Tax from one 月額表 row (column index into amounts), with the excess-rate formula of the top bands. */
function taxFromRow(row: MonthlyTableRow, column: number, amount: number, lines: string[]): number {
  const base = row.amounts[column]!;
  const range = `${yen(row.from)}以上${row.to === null ? '' : `${yen(row.to)}未満`}`;
  if (!row.excessRate) {
    lines.push(`月額表 row ${range}: ${yen(base)}`);
    return base;
  }
  // 「…を超える金額の x% に相当する金額を加算した金額」: the addition rounded down to the yen (1円未満切り捨て, floorYen).
  const extra = floorYen(yenTimes(amount - row.from, row.excessRate));
  lines.push(`月額表 row ${range}: ${yen(base)} + (${yen(amount)} − ${yen(row.from)}) × ${pct(row.excessRate)} = ${yen(base)} + ${yen(extra)} (floorYen)`);
  return base + extra;
}

/** 月額表 甲欄 / 乙欄 tax for a month's 社会保険料等控除後の給与等の金額. */
export function monthlyTableTax(edition: WithholdingEdition, amount: number, dependents: number, column: TaxColumn, lines: string[] = []): number {
  assertYen(amount, 'taxableAfterSocialInsurance');
  if (!Number.isInteger(dependents) || dependents < 0) throw new Error(`dependents must be a non-negative integer, got ${dependents}`);
  const rows = column === 'kou' ? edition.kou : edition.otsu;
  const row = rowFor(rows, amount);
  if (!row) throw new Error(`${yen(amount)} is outside the 月額表`);
  if (column === 'otsu') {
    lines.push(`乙欄 (${edition.source})`);
    return taxFromRow(row, 0, amount, lines);
  }
  const tabulated = Math.min(dependents, withholdingRules.kouMaxTabulatedDependents);
  lines.push(`甲欄, 扶養親族等の数 ${dependents}${dependents > tabulated ? ` (table column ${tabulated})` : ''} (${edition.source})`);
  const tax = taxFromRow(row, tabulated, amount, lines);
  if (dependents <= tabulated) return tax;
  const less = (dependents - tabulated) * withholdingRules.kouPerExtraDependentYen;
  const result = Math.max(0, tax - less);
  lines.push(`over ${tabulated} dependents: ${yen(tax)} − ${dependents - tabulated} × ${yen(withholdingRules.kouPerExtraDependentYen)} = ${yen(result)} (月額表 甲欄 注)`);
  return result;
}

/** 電算機計算の特例 (甲欄 only): B = A − 給与所得控除 − 31,667 × 扶養親族等 − 基礎控除; tax = B × rate − subtract, 10円未満四捨五入. */
export function computerMethodTax(edition: WithholdingEdition, amount: number, dependents: number, lines: string[] = []): number {
  assertYen(amount, 'taxableAfterSocialInsurance');
  const c = edition.computer;
  const d1 = [...c.salaryDeduction].reverse().find((r) => amount >= r.from)!;
  // 別表第一: 1円未満の端数は切り上げ (ceilYen).
  const salaryDeduction = d1.fixed !== null ? d1.fixed : ceilYen(add(yenTimes(amount, d1.rate!), fraction(d1.add)));
  const personal = c.perPersonDeduction * dependents;
  const basic = [...c.basicDeduction].reverse().find((r) => amount >= r.from)!.amount;
  const b = Math.max(0, amount - salaryDeduction - personal - basic);
  const t4 = [...c.taxRate].reverse().find((r) => b >= r.from)!;
  const raw = sub(yenTimes(b, t4.rate), fraction(t4.subtract));
  const tax = Math.max(0, roundHalfUpToTen(raw));
  lines.push(
    `電算機計算の特例 (${c.source})`,
    `別表第一 給与所得控除 ${d1.fixed !== null ? `${yen(d1.fixed)} (fixed)` : `${yen(amount)} × ${pct(d1.rate!)} ${d1.add < 0 ? '−' : '+'} ${yen(Math.abs(d1.add))} = ${yen(salaryDeduction)} (ceilYen)`}`,
    `別表第二 ${dependents} × ${yen(c.perPersonDeduction)} = ${yen(personal)}; 別表第三 基礎控除 ${yen(basic)}`,
    `B = ${yen(amount)} − ${yen(salaryDeduction)} − ${yen(personal)} − ${yen(basic)} = ${yen(b)}`,
    `別表第四: ${yen(b)} × ${pct(t4.rate)} − ${yen(t4.subtract)} = ${formatFraction(raw)} → ${yen(tax)} (roundHalfUpToTen: 10円未満四捨五入)`,
  );
  return tax;
}

export interface WithholdingInput {
  readonly payDate: string;
  readonly taxableAfterSocialInsurance: number;
  readonly dependents: number;
  readonly taxColumn: TaxColumn;
  readonly method?: WithholdingMethod;
  readonly overrides?: RateOverrides;
}

/** 源泉所得税 on a month's salary. The computer method exists for 甲欄 only; 乙欄 always uses the table. */
export function computeWithholding(input: WithholdingInput): WithholdingResult {
  const edition = withholdingEditionOn(input.payDate, input.overrides);
  const lines: string[] = [`社会保険料等控除後の給与等の金額 ${yen(input.taxableAfterSocialInsurance)}, pay date ${input.payDate}`];
  const wantComputer = input.method === 'computer';
  if (wantComputer && input.taxColumn === 'otsu') lines.push('乙欄 has no computer method: 月額表 used');
  const method: WithholdingMethod = wantComputer && input.taxColumn === 'kou' ? 'computer' : 'table';
  const incomeTax = method === 'computer'
    ? computerMethodTax(edition, input.taxableAfterSocialInsurance, input.dependents, lines)
    : monthlyTableTax(edition, input.taxableAfterSocialInsurance, input.dependents, input.taxColumn, lines);
  lines.push(`incomeTax ${yen(incomeTax)} (所得税及び復興特別所得税)`);
  return { incomeTax, method, explanation: lines };
}

export interface BonusWithholdingInput {
  readonly payDate: string;
  readonly bonusAfterSocialInsurance: number;
  readonly previousMonthTaxableAfterSocialInsurance: number;
  readonly dependents: number;
  readonly taxColumn: TaxColumn;
  /** 賞与の計算期間 in months (default 6): over 6 → ÷12 ×12 in the special case. */
  readonly bonusPeriodMonths?: number;
  readonly overrides?: RateOverrides;
}
export interface BonusWithholdingResult {
  /** The 算出率 applied (decimal, e.g. 0.04084), or null when the 月額表 special case applied. */
  readonly rate: number | null;
  readonly rateText: string | null;
  readonly method: 'bonusRateTable' | 'monthlyTable';
  readonly incomeTax: number;
  readonly explanation: string[];
}

/** 賞与の源泉所得税 (所得税法 第186条; 国税庁 賞与に対する源泉徴収税額の算出率の表 and its notes). */
export function computeBonusWithholding(input: BonusWithholdingInput): BonusWithholdingResult {
  const edition = withholdingEditionOn(input.payDate, input.overrides);
  const bonus = input.bonusAfterSocialInsurance;
  const prev = input.previousMonthTaxableAfterSocialInsurance;
  assertYen(bonus, 'bonusAfterSocialInsurance');
  assertYen(prev, 'previousMonthTaxableAfterSocialInsurance');
  const lines: string[] = [`賞与 (社会保険料等控除後) ${yen(bonus)}; 前月の社会保険料等控除後の給与等 ${yen(prev)}`];
  const r = withholdingRules;
  if (prev === 0 || bonus > prev * r.bonusSpecialCaseMultiple) {
    const months = input.bonusPeriodMonths ?? r.bonusDivisorShort;
    const divisor = months > r.bonusLongPeriodOverMonths ? r.bonusDivisorLong : r.bonusDivisorShort;
    lines.push(`${prev === 0 ? 'no salary in the previous month' : `bonus over ${r.bonusSpecialCaseMultiple}× the previous month`}: 月額表 method (${r.source}), 賞与 ÷ ${divisor} (計算期間 ${months} か月)`);
    // 賞与の1/6 (1/12): 1円未満切り捨て (floorYen) before adding to the previous month's pay.
    const part = floorYen(fraction(bonus, divisor));
    const withBonus = monthlyTableTax(edition, prev + part, input.dependents, input.taxColumn, lines);
    const without = monthlyTableTax(edition, prev, input.dependents, input.taxColumn, lines);
    const incomeTax = (withBonus - without) * divisor;
    lines.push(`(月額表 on ${yen(prev)} + ${yen(part)} = ${yen(withBonus)}) − (月額表 on ${yen(prev)} = ${yen(without)}) = ${yen(withBonus - without)}; × ${divisor} = ${yen(incomeTax)}`);
    return { rate: null, rateText: null, method: 'monthlyTable', incomeTax, explanation: lines };
  }
  const { row } = bonusRateRowOn(input.payDate, prev, input.taxColumn, input.dependents, input.overrides);
  // 賞与の金額 × 算出率: 1円未満切り捨て (floorYen).
  const incomeTax = floorYen(yenTimes(bonus, row.rate));
  lines.push(
    `賞与の算出率の表 ${input.taxColumn === 'kou' ? `甲欄 扶養親族等 ${Math.min(input.dependents, r.bonusMaxTabulatedDependents)}${input.dependents > r.bonusMaxTabulatedDependents ? '人以上' : '人'}` : '乙欄'}, 前月 ${yen(row.from)}以上${row.to === null ? '' : `${yen(row.to)}未満`}: ${pct(row.rate)} (${edition.source})`,
    `${yen(bonus)} × ${pct(row.rate)} = ${yen(incomeTax)} (floorYen)`,
  );
  return { rate: Number(formatFraction(row.rate, 6)), rateText: pct(row.rate), method: 'bonusRateTable', incomeTax, explanation: lines };
}
