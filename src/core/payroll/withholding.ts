/**
 * 源泉所得税 on salary and bonus: the 月額表 (甲・乙), the 電算機計算の特例 (computer method, 甲欄
 * only) and the 賞与の算出率の表 with its 月額表 special case. Integer yen; explained line by line.
 */
import { add, addRates, percentRate, fraction, floorYen, ceilYen, mul, roundHalfUpToTen, sub, yen, yenTimes, formatFraction, type Fraction } from '../money';
import type { Lang } from '../i18n';
import { Explainer } from './explain';
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
/** 「{from}以上{to}未満」 of a table row. */
export function rangeText(ex: Explainer, row: { from: number; to: number | null }): string {
  return row.to === null ? ex.text('payroll.range.open', { from: yen(row.from) }) : ex.text('payroll.range', { from: yen(row.from), to: yen(row.to) });
}

function taxFromRow(row: MonthlyTableRow, column: number, amount: number, ex: Explainer): number {
  const base = row.amounts[column]!;
  const range = rangeText(ex, row);
  if (!row.excessRate) {
    ex.add('payroll.wh.row', { range, amount: yen(base) });
    return base;
  }
  // 「…を超える金額の x% に相当する金額を加算した金額」: the addition rounded down to the yen (1円未満切り捨て, floorYen).
  const extra = floorYen(yenTimes(amount - row.from, row.excessRate));
  ex.add('payroll.wh.rowExcess', { range, base: yen(base), amount: yen(amount), from: yen(row.from), rate: pct(row.excessRate), extra: yen(extra) });
  return base + extra;
}

/**
 * The surtaxes inside the table amounts: from 令和9年分 復興特別所得税 1.1 % + 防衛特別所得税 1 % (together
 * 2.1 %, NTA 源泉所得税の改正のあらまし 令和8年4月); before, 復興特別所得税 2.1 %.
 */
export function surtaxLine(edition: WithholdingEdition, ex: Explainer): void {
  const s = edition.surtax;
  if (s.defensePercent === null) return;
  const total = formatFraction(mul(addRates(percentRate(s.reconstructionPercent), percentRate(s.defensePercent)), { n: 100, d: 1 }));
  ex.add('payroll.wh.surtaxDefense', { reconstruction: s.reconstructionPercent, defense: s.defensePercent, total });
}

/** 月額表 甲欄 / 乙欄 tax for a month's 社会保険料等控除後の給与等の金額. */
export function monthlyTableTax(edition: WithholdingEdition, amount: number, dependents: number, column: TaxColumn, ex: Explainer = new Explainer()): number {
  assertYen(amount, 'taxableAfterSocialInsurance');
  if (!Number.isInteger(dependents) || dependents < 0) throw new Error(`dependents must be a non-negative integer, got ${dependents}`);
  const rows = column === 'kou' ? edition.kou : edition.otsu;
  const row = rowFor(rows, amount);
  if (!row) throw new Error(`${yen(amount)} is outside the 月額表`);
  if (column === 'otsu') {
    ex.add('payroll.wh.otsu', { source: edition.source });
    return taxFromRow(row, 0, amount, ex);
  }
  const tabulated = Math.min(dependents, withholdingRules.kouMaxTabulatedDependents);
  ex.add(dependents > tabulated ? 'payroll.wh.kouOver' : 'payroll.wh.kou', { dependents, column: tabulated, source: edition.source });
  const tax = taxFromRow(row, tabulated, amount, ex);
  if (dependents <= tabulated) return tax;
  const less = (dependents - tabulated) * withholdingRules.kouPerExtraDependentYen;
  const result = Math.max(0, tax - less);
  ex.add('payroll.wh.overSeven', { column: tabulated, tax: yen(tax), extra: dependents - tabulated, per: yen(withholdingRules.kouPerExtraDependentYen), result: yen(result) });
  return result;
}

/** 電算機計算の特例 (甲欄 only): B = A − 給与所得控除 − 31,667 × 扶養親族等 − 基礎控除; tax = B × rate − subtract, 10円未満四捨五入. */
export function computerMethodTax(edition: WithholdingEdition, amount: number, dependents: number, ex: Explainer = new Explainer()): number {
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
  ex.add('payroll.wh.computer', { source: c.source });
  if (d1.fixed !== null) ex.add('payroll.wh.t1Fixed', { result: yen(salaryDeduction) });
  else ex.add('payroll.wh.t1Rate', { amount: yen(amount), rate: pct(d1.rate!), add: `${d1.add < 0 ? '−' : '+'} ${yen(Math.abs(d1.add))}`, result: yen(salaryDeduction) });
  ex.add('payroll.wh.t2t3', { dependents, per: yen(c.perPersonDeduction), personal: yen(personal), basic: yen(basic) });
  ex.add('payroll.wh.b', { amount: yen(amount), salary: yen(salaryDeduction), personal: yen(personal), basic: yen(basic), b: yen(b) });
  ex.add('payroll.wh.t4', { b: yen(b), rate: pct(t4.rate), subtract: yen(t4.subtract), raw: formatFraction(raw), tax: yen(tax) });
  return tax;
}

export interface WithholdingInput {
  readonly payDate: string;
  readonly taxableAfterSocialInsurance: number;
  readonly dependents: number;
  readonly taxColumn: TaxColumn;
  readonly method?: WithholdingMethod;
  readonly overrides?: RateOverrides;
  readonly lang?: Lang;
}

/** 源泉所得税 on a month's salary. The computer method exists for 甲欄 only; 乙欄 always uses the table. */
export function computeWithholding(input: WithholdingInput): WithholdingResult {
  const edition = withholdingEditionOn(input.payDate, input.overrides);
  const ex = new Explainer(input.lang);
  ex.add('payroll.wh.input', { amount: yen(input.taxableAfterSocialInsurance), payDate: input.payDate });
  const wantComputer = input.method === 'computer';
  if (wantComputer && input.taxColumn === 'otsu') ex.add('payroll.wh.otsuNoComputer');
  const method: WithholdingMethod = wantComputer && input.taxColumn === 'kou' ? 'computer' : 'table';
  const incomeTax = method === 'computer'
    ? computerMethodTax(edition, input.taxableAfterSocialInsurance, input.dependents, ex)
    : monthlyTableTax(edition, input.taxableAfterSocialInsurance, input.dependents, input.taxColumn, ex);
  surtaxLine(edition, ex);
  ex.add(edition.surtax.defensePercent === null ? 'payroll.wh.result' : 'payroll.wh.resultDefense', { amount: yen(incomeTax) });
  return { incomeTax, method, explanation: ex.lines };
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
  /**
   * The admin's record (設定 payroll.bonusRateTableConfirmed) of checking a single-transcription bonus
   * table against the NTA PDF; it counts when it names the edition's first day (e.g. "2027-01-01 …").
   */
  readonly bonusTableConfirmation?: string;
  readonly lang?: Lang;
}
export interface BonusWithholdingResult {
  /** The 算出率 applied (decimal, e.g. 0.04084), or null when the 月額表 special case applied. */
  readonly rate: number | null;
  readonly rateText: string | null;
  readonly method: 'bonusRateTable' | 'monthlyTable';
  readonly incomeTax: number;
  /** The rate came from a single-transcription table the admin has not confirmed yet. */
  readonly needsConfirmation: boolean;
  /** First day of the 源泉徴収税額表 edition used. */
  readonly tableEffectiveFrom: string;
  readonly explanation: string[];
}

/** Whether a 設定 record confirms the bonus table of the edition starting on `effectiveFrom`. */
export function bonusTableConfirmed(record: string | undefined, effectiveFrom: string): boolean {
  return (record ?? '').split(/[\n;；]/).some((part) => part.trim().startsWith(effectiveFrom));
}

/** 賞与の源泉所得税 (所得税法 第186条; 国税庁 賞与に対する源泉徴収税額の算出率の表 and its notes). */
export function computeBonusWithholding(input: BonusWithholdingInput): BonusWithholdingResult {
  const edition = withholdingEditionOn(input.payDate, input.overrides);
  const bonus = input.bonusAfterSocialInsurance;
  const prev = input.previousMonthTaxableAfterSocialInsurance;
  assertYen(bonus, 'bonusAfterSocialInsurance');
  assertYen(prev, 'previousMonthTaxableAfterSocialInsurance');
  const ex = new Explainer(input.lang);
  ex.add('payroll.bonus.input', { bonus: yen(bonus), prev: yen(prev) });
  const r = withholdingRules;
  if (prev === 0 || bonus > prev * r.bonusSpecialCaseMultiple) {
    const months = input.bonusPeriodMonths ?? r.bonusDivisorShort;
    const divisor = months > r.bonusLongPeriodOverMonths ? r.bonusDivisorLong : r.bonusDivisorShort;
    ex.add(prev === 0 ? 'payroll.bonus.noPay' : 'payroll.bonus.overMultiple', { multiple: r.bonusSpecialCaseMultiple, source: r.source, divisor, months });
    // 賞与の1/6 (1/12): 1円未満切り捨て (floorYen) before adding to the previous month's pay.
    const part = floorYen(fraction(bonus, divisor));
    const withBonus = monthlyTableTax(edition, prev + part, input.dependents, input.taxColumn, ex);
    const without = monthlyTableTax(edition, prev, input.dependents, input.taxColumn, ex);
    const incomeTax = (withBonus - without) * divisor;
    ex.add('payroll.bonus.special', { prev: yen(prev), part: yen(part), withBonus: yen(withBonus), without: yen(without), diff: yen(withBonus - without), divisor, tax: yen(incomeTax) });
    surtaxLine(edition, ex);
    return { rate: null, rateText: null, method: 'monthlyTable', incomeTax, needsConfirmation: false, tableEffectiveFrom: edition.effectiveFrom, explanation: ex.lines };
  }
  const { row } = bonusRateRowOn(input.payDate, prev, input.taxColumn, input.dependents, input.overrides);
  // 賞与の金額 × 算出率: 1円未満切り捨て (floorYen).
  const incomeTax = floorYen(yenTimes(bonus, row.rate));
  const n = Math.min(input.dependents, r.bonusMaxTabulatedDependents);
  const column = input.taxColumn === 'otsu' ? ex.text('payroll.bonus.otsu') : ex.text(n === r.bonusMaxTabulatedDependents ? 'payroll.bonus.kouPlus' : 'payroll.bonus.kou', { n });
  ex.add('payroll.bonus.row', { column, range: rangeText(ex, row), rate: pct(row.rate), source: edition.source });
  let needsConfirmation = false;
  if (edition.bonusCheck) {
    // withholding-tax/README.md: one transcription only — show its source and confidence wherever it is used.
    const confirmed = bonusTableConfirmed(input.bonusTableConfirmation, edition.effectiveFrom);
    needsConfirmation = !confirmed;
    ex.add(confirmed ? 'payroll.bonus.checkConfirmed' : 'payroll.bonus.checkPending', {
      source: edition.bonusCheck.source, confidence: ex.text(edition.bonusCheck.confidence === 'medium-low' ? 'payroll.bonus.confidenceMediumLow' : 'payroll.bonus.confidenceOther', { confidence: edition.bonusCheck.confidence }),
      record: (input.bonusTableConfirmation ?? '').trim(), from: edition.effectiveFrom,
    });
  }
  ex.add('payroll.bonus.tax', { bonus: yen(bonus), rate: pct(row.rate), tax: yen(incomeTax) });
  surtaxLine(edition, ex);
  return { rate: Number(formatFraction(row.rate, 6)), rateText: pct(row.rate), method: 'bonusRateTable', incomeTax, needsConfirmation, tableEffectiveFrom: edition.effectiveFrom, explanation: ex.lines };
}
