/**
 * 健康保険・介護保険・子ども・子育て支援金・厚生年金: grade lookup, premiums, employee and employer
 * shares, and 標準賞与額. Explained line by line.
 *
 * Rounding rules used:
 * - employee share deducted from pay: roundHalfDown50Sen (50銭以下切り捨て・50銭超切り上げ,
 *   通貨の単位及び貨幣の発行等に関する法律 第3条; 協会けんぽ 保険料額表 「被保険者負担分の端数処理」).
 * - health and care are charged together at the combined rate, as the 協会けんぽ 保険料額表 column
 *   「介護保険第2号被保険者に該当する場合」 does: careInsurance = round(health + care) − round(health).
 * - employer share = floorYen(standard × total rate) − employee share. The employer pays the total
 *   (本来の保険料 = 標準報酬 × 料率, 円未満切り捨て under 国等の債権債務等の金額の端数計算に関する法律 第2条)
 *   less what it deducted; 協会けんぽ bills the company on the sum of all standards, so per-person
 *   employer figures are indicative to ±1 yen (折半 practice).
 * - 子ども・子育て拠出金 (employer only): floorYen(pension standard × rate) per person; 日本年金機構 bills the
 *   company on the sum of the standards (円未満切り捨て), so the per-person figures sum to within 1 yen a person.
 */
import { addDays, addYearMonths, dateAgeReached, lastDayOfMonth, yearMonthOf } from '../calendar';
import { assertBirthDate } from '../people/dates';
import { addRates, floorToThousand, floorYen, formatFraction, mul, roundHalfDown50Sen, yen, yenTimes, type Fraction, type Rate } from '../money';
import { bonusCaps } from './rates/social-insurance.generated';
import type { Lang } from '../i18n';
import { Explainer } from './explain';
import type { HealthInsurer, RateOverrides } from './rates/overrides';
import { careRateFor, childRearingContributionRateFor, childSupportRateFor, gradeTables, healthRateFor, pensionRateFor, type CitedRate, type Grade } from './rates/social-insurance';
import { rowFor } from './rates/withholding';
import { INSURANCE_AGE_LIMITS } from './rates/insurance-ages';
import { rangeText } from './withholding';

const HALF: Fraction = { n: 1, d: 2 };
const pct = (r: Fraction) => `${formatFraction(mul(r, { n: 100, d: 1 }))}%`;

/** Health (1–50) and pension (1–32) grades for a 報酬月額. */
export function gradesForRemuneration(monthlyRemuneration: number): { health: Grade; pension: Grade } {
  if (!Number.isSafeInteger(monthlyRemuneration) || monthlyRemuneration < 0) throw new Error(`monthlyRemuneration must be a non-negative integer, got ${monthlyRemuneration}`);
  const t = gradeTables();
  return { health: rowFor(t.health, monthlyRemuneration)!, pension: rowFor(t.pension, monthlyRemuneration)! };
}

/** The grades for a 報酬月額 with the grade table's source. */
export function gradesOn(monthlyRemuneration: number): { health: Grade; pension: Grade; source: string } {
  return { ...gradesForRemuneration(monthlyRemuneration), source: gradeTables().source };
}

/** Grades for a 標準報酬月額 already decided (must be a health grade's amount). */
export function gradesForStandard(standardMonthlyRemuneration: number): { health: Grade; pension: Grade } {
  const t = gradeTables();
  const health = t.health.find((g) => g.standard === standardMonthlyRemuneration);
  if (!health) throw new Error(`${standardMonthlyRemuneration} is not a 標準報酬月額 of the health grade table (${t.health[0]!.standard}…${t.health[t.health.length - 1]!.standard})`);
  // 厚生年金: grade 1 below its range, grade 32 above.
  const pension = t.pension.find((g) => g.standard === health.standard) ?? (health.standard < t.pension[0]!.standard ? t.pension[0]! : t.pension[t.pension.length - 1]!);
  return { health, pension };
}

/**
 * 介護保険第2号被保険者 (40–64): due from the month containing the day before the 40th birthday
 * (介護保険法 第9条第2号, 年齢計算ニ関スル法律) up to the month before the month containing the day
 * before the 65th birthday (then 第1号, collected by the municipality).
 */
export function careInsuranceApplies(birthDate: string, insuranceMonth: string): boolean {
  const first = yearMonthOf(dateAgeReached(birthDate, 40));
  const end = yearMonthOf(dateAgeReached(birthDate, 65));
  return insuranceMonth >= first && insuranceMonth < end;
}
export function careInsurancePeriod(birthDate: string): { firstMonth: string; lastMonth: string } {
  return { firstMonth: yearMonthOf(dateAgeReached(birthDate, 40)), lastMonth: addYearMonths(yearMonthOf(dateAgeReached(birthDate, 65)), -1) };
}

/**
 * 資格喪失日 by age (rates/insurance-ages.ts): 厚生年金 on the day 70 is reached (the day before the
 * birthday), 健康保険 on the 75th birthday (後期高齢者医療 from that day).
 */
export function ageLossDate(birthDate: string, scheme: 'pension' | 'health'): string {
  const l = INSURANCE_AGE_LIMITS[scheme];
  const reached = dateAgeReached(birthDate, l.endAge);
  return l.lossDay === 'birthday' ? addDays(reached, 1) : reached;
}
/** Premiums are due up to the month before the month of loss (健康保険法第156条第3項, 厚生年金保険法第19条第1項). */
export function ageCoverageApplies(birthDate: string, scheme: 'pension' | 'health', insuranceMonth: string): boolean {
  return insuranceMonth < yearMonthOf(ageLossDate(birthDate, scheme));
}

export interface Shares {
  readonly healthInsurance: number;
  readonly careInsurance: number;
  readonly childSupport: number;
  readonly pension: number;
}
export interface SocialInsuranceResult extends Shares {
  readonly insuranceMonth: string;
  readonly standardMonthlyRemuneration: number;
  readonly pensionStandardMonthlyRemuneration: number;
  readonly healthGrade: number;
  readonly pensionGrade: number;
  readonly careApplies: boolean;
  /** Employee total deducted from pay. */
  readonly total: number;
  /** Employer shares; childRearingContribution is the employer-only 子ども・子育て拠出金 (in total). */
  readonly employer: Shares & { readonly childRearingContribution: number; readonly total: number };
  readonly rates: { readonly health: string; readonly care: string | null; readonly childSupport: string | null; readonly pension: string; readonly childRearingContribution: string | null };
  readonly explanation: string[];
}

/** Employee part of standard × rate: half unless the insurer sets the employee rate; roundHalfDown50Sen. */
function employeePart(standard: number, r: CitedRate | { rate: Rate; employeeRate: Rate | null }): Fraction {
  return r.employeeRate ? yenTimes(standard, r.employeeRate) : mul(yenTimes(standard, r.rate), HALF);
}

export interface SocialInsuranceInput {
  readonly insuranceMonth: string;
  readonly prefecture: string;
  readonly birthDate: string;
  readonly monthlyRemuneration?: number;
  readonly standardMonthlyRemuneration?: number;
  readonly healthInsurer?: HealthInsurer;
  readonly overrides?: RateOverrides;
  readonly lang?: Lang;
}

export function computeSocialInsurance(input: SocialInsuranceInput): SocialInsuranceResult {
  assertBirthDate(input.birthDate, lastDayOfMonth(input.insuranceMonth));
  const ex = new Explainer(input.lang);
  const insurer = input.healthInsurer ?? { kind: 'kyokai' as const };
  let grades: { health: Grade; pension: Grade };
  if (input.standardMonthlyRemuneration !== undefined) {
    grades = gradesForStandard(input.standardMonthlyRemuneration);
    ex.add('payroll.si.given', { standard: yen(grades.health.standard), hg: grades.health.grade, pg: grades.pension.grade, ps: yen(grades.pension.standard), source: gradeTables().source });
  } else if (input.monthlyRemuneration !== undefined) {
    grades = gradesForRemuneration(input.monthlyRemuneration);
    ex.add('payroll.si.healthGrade', { amount: yen(input.monthlyRemuneration), grade: grades.health.grade, range: rangeText(ex, grades.health), standard: yen(grades.health.standard) });
    ex.add('payroll.si.pensionGrade', { grade: grades.pension.grade, range: rangeText(ex, grades.pension), standard: yen(grades.pension.standard), source: gradeTables().source });
  } else throw new Error('give monthlyRemuneration or standardMonthlyRemuneration');
  const hs = grades.health.standard;
  const ps = grades.pension.standard;
  const month = input.insuranceMonth;

  // 75: 後期高齢者医療 from the birthday; 70: 厚生年金 ends the day before (rates/insurance-ages.ts).
  const healthCovered = ageCoverageApplies(input.birthDate, 'health', month);
  const pensionCovered = ageCoverageApplies(input.birthDate, 'pension', month);
  const health = healthRateFor(month, input.prefecture, insurer, input.overrides);
  const careApplies = healthCovered && careInsuranceApplies(input.birthDate, month);
  const care = careApplies ? careRateFor(month, insurer, input.overrides) : null;
  const child = healthCovered ? childSupportRateFor(month, insurer, input.overrides) : null;
  const pension = pensionRateFor(month, input.overrides);

  const healthEmp = healthCovered ? roundHalfDown50Sen(employeePart(hs, health)) : 0;
  const healthTotal = healthCovered ? floorYen(yenTimes(hs, health.rate)) : 0;
  if (!healthCovered) ex.add('payroll.si.noHealthAge', { month, loss: ageLossDate(input.birthDate, 'health'), age: INSURANCE_AGE_LIMITS.health.endAge, source: INSURANCE_AGE_LIMITS.health.source });
  else ex.add('payroll.si.health', { rate: pct(health.rate), from: health.from, source: health.source, standard: yen(hs), raw: formatFraction(yenTimes(hs, health.rate)), share: health.employeeRate ? pct(health.employeeRate) : '1/2', half: formatFraction(employeePart(hs, health)), amount: yen(healthEmp) });

  let careEmp = 0;
  let careEr = 0;
  const period = careInsurancePeriod(input.birthDate);
  if (care) {
    const combined = { rate: addRates(health.rate, care.rate), employeeRate: health.employeeRate && care.employeeRate ? addRates(health.employeeRate, care.employeeRate) : null };
    const combinedEmp = roundHalfDown50Sen(employeePart(hs, combined));
    careEmp = combinedEmp - healthEmp;
    careEr = floorYen(yenTimes(hs, combined.rate)) - combinedEmp - (healthTotal - healthEmp);
    ex.add('payroll.si.care', { rate: pct(care.rate), from: care.from, source: care.source, month, first: period.firstMonth, last: period.lastMonth });
    ex.add('payroll.si.careCombined', { rate: pct(combined.rate), half: formatFraction(employeePart(hs, combined)), combined: yen(combinedEmp), health: yen(healthEmp), care: yen(careEmp) });
  } else if (healthCovered) ex.add('payroll.si.noCare', { month, first: period.firstMonth, last: period.lastMonth });

  let childEmp = 0;
  let childEr = 0;
  if (child) {
    childEmp = roundHalfDown50Sen(employeePart(hs, child));
    childEr = floorYen(yenTimes(hs, child.rate)) - childEmp;
    ex.add('payroll.si.child', { rate: pct(child.rate), from: child.from, source: child.source, standard: yen(hs), half: formatFraction(employeePart(hs, child)), amount: yen(childEmp) });
  } else if (healthCovered) ex.add('payroll.si.noChild', { month });

  const pensionEmp = pensionCovered ? roundHalfDown50Sen(employeePart(ps, pension)) : 0;
  const pensionEr = pensionCovered ? floorYen(yenTimes(ps, pension.rate)) - pensionEmp : 0;
  if (!pensionCovered) ex.add('payroll.si.noPensionAge', { month, loss: ageLossDate(input.birthDate, 'pension'), age: INSURANCE_AGE_LIMITS.pension.endAge, source: INSURANCE_AGE_LIMITS.pension.source });
  else ex.add('payroll.si.pension', { rate: pct(pension.rate), from: pension.from, source: pension.source, standard: yen(ps), half: formatFraction(employeePart(ps, pension)), amount: yen(pensionEmp) });
  // 子ども・子育て拠出金: employer only, on the pension standard, as long as the pension premium is due.
  const contribution = pensionCovered ? childRearingContributionRateFor(month, input.overrides) : null;
  const childRearingContribution = contribution ? floorYen(yenTimes(ps, contribution.rate)) : 0;
  if (contribution) ex.add('payroll.si.contribution', { rate: pct(contribution.rate), from: contribution.from, source: contribution.source, standard: yen(ps), raw: formatFraction(yenTimes(ps, contribution.rate)), amount: yen(childRearingContribution) });
  ex.add('payroll.si.employer');

  const employer = { healthInsurance: healthTotal - healthEmp, careInsurance: careEr, childSupport: childEr, pension: pensionEr, childRearingContribution };
  return {
    insuranceMonth: month,
    standardMonthlyRemuneration: hs,
    pensionStandardMonthlyRemuneration: ps,
    healthGrade: grades.health.grade,
    pensionGrade: grades.pension.grade,
    careApplies,
    healthInsurance: healthEmp,
    careInsurance: careEmp,
    childSupport: childEmp,
    pension: pensionEmp,
    total: healthEmp + careEmp + childEmp + pensionEmp,
    employer: { ...employer, total: employer.healthInsurance + employer.careInsurance + employer.childSupport + employer.pension + employer.childRearingContribution },
    rates: { health: health.rate.text, care: care?.rate.text ?? null, childSupport: child?.rate.text ?? null, pension: pension.rate.text, childRearingContribution: contribution?.rate.text ?? null },
    explanation: ex.lines,
  };
}

// ---------------------------------------------------------------- bonus (標準賞与額)

export interface StandardBonusResult {
  readonly standardBonus: number;
  readonly healthStandardBonus: number;
  readonly pensionStandardBonus: number;
  readonly explanation: string[];
}
/**
 * 標準賞与額: 1,000円未満切り捨て (floorToThousand); health capped at 573万 a 年度 (April–March,
 * cumulative: pass what this 年度's earlier bonuses already counted), pension at 150万 per payment.
 */
export function computeStandardBonus(bonus: number, healthStandardBonusSoFarThisFiscalYear = 0, lang?: Lang): StandardBonusResult {
  const ex = new Explainer(lang);
  const standardBonus = floorToThousand(bonus);
  const healthRoom = Math.max(0, bonusCaps.healthAnnualYen - healthStandardBonusSoFarThisFiscalYear);
  const healthStandardBonus = Math.min(standardBonus, healthRoom);
  const pensionStandardBonus = Math.min(standardBonus, bonusCaps.pensionPerPaymentYen);
  ex.add('payroll.sb.round', { bonus: yen(bonus), standard: yen(standardBonus), source: bonusCaps.roundingSource });
  ex.add('payroll.sb.health', { cap: yen(bonusCaps.healthAnnualYen), source: bonusCaps.healthSource, sofar: yen(healthStandardBonusSoFarThisFiscalYear), amount: yen(healthStandardBonus) });
  ex.add('payroll.sb.pension', { cap: yen(bonusCaps.pensionPerPaymentYen), source: bonusCaps.pensionSource, amount: yen(pensionStandardBonus) });
  return { standardBonus, healthStandardBonus, pensionStandardBonus, explanation: ex.lines };
}

export interface BonusSocialInsuranceInput {
  /** The insurance month of the bonus (the month it is paid). */
  readonly insuranceMonth: string;
  readonly prefecture: string;
  readonly birthDate: string;
  readonly bonus: number;
  readonly healthStandardBonusSoFarThisFiscalYear?: number;
  readonly healthInsurer?: HealthInsurer;
  readonly overrides?: RateOverrides;
  readonly lang?: Lang;
}
export function computeBonusSocialInsurance(input: BonusSocialInsuranceInput): Shares & { total: number; employerChildRearingContribution: number; standardBonus: StandardBonusResult; explanation: string[] } {
  assertBirthDate(input.birthDate, lastDayOfMonth(input.insuranceMonth));
  const sb = computeStandardBonus(input.bonus, input.healthStandardBonusSoFarThisFiscalYear, input.lang);
  const ex = new Explainer(input.lang);
  ex.append(sb.explanation);
  const insurer = input.healthInsurer ?? { kind: 'kyokai' as const };
  const m = input.insuranceMonth;
  const health = healthRateFor(m, input.prefecture, insurer, input.overrides);
  // A bonus in the month of loss (or later) bears no premium (健康保険法第156条第3項, 厚生年金保険法第19条第1項).
  const healthCovered = ageCoverageApplies(input.birthDate, 'health', m);
  const pensionCovered = ageCoverageApplies(input.birthDate, 'pension', m);
  const care = healthCovered && careInsuranceApplies(input.birthDate, m) ? careRateFor(m, insurer, input.overrides) : null;
  const child = healthCovered ? childSupportRateFor(m, insurer, input.overrides) : null;
  const pension = pensionRateFor(m, input.overrides);
  const h = healthCovered ? sb.healthStandardBonus : 0;
  const healthEmp = roundHalfDown50Sen(employeePart(h, health));
  const combinedEmp = care ? roundHalfDown50Sen(employeePart(h, { rate: addRates(health.rate, care.rate), employeeRate: null })) : healthEmp;
  const childEmp = child ? roundHalfDown50Sen(employeePart(h, child)) : 0;
  const pensionEmp = pensionCovered ? roundHalfDown50Sen(employeePart(sb.pensionStandardBonus, pension)) : 0;
  const r = { healthInsurance: healthEmp, careInsurance: combinedEmp - healthEmp, childSupport: childEmp, pension: pensionEmp };
  if (!healthCovered) ex.add('payroll.si.noHealthAge', { month: m, loss: ageLossDate(input.birthDate, 'health'), age: INSURANCE_AGE_LIMITS.health.endAge, source: INSURANCE_AGE_LIMITS.health.source });
  else ex.add('payroll.sb.healthPremium', { rate: pct(health.rate), standard: yen(h), amount: yen(healthEmp) });
  if (care) ex.add('payroll.sb.carePremium', { rate: pct(addRates(health.rate, care.rate)), standard: yen(h), combined: yen(combinedEmp), care: yen(r.careInsurance) });
  if (child) ex.add('payroll.sb.childPremium', { rate: pct(child.rate), standard: yen(h), amount: yen(childEmp) });
  else if (healthCovered) ex.add('payroll.si.noChild', { month: m });
  if (!pensionCovered) ex.add('payroll.si.noPensionAge', { month: m, loss: ageLossDate(input.birthDate, 'pension'), age: INSURANCE_AGE_LIMITS.pension.endAge, source: INSURANCE_AGE_LIMITS.pension.source });
  else ex.add('payroll.sb.pensionPremium', { rate: pct(pension.rate), standard: yen(sb.pensionStandardBonus), amount: yen(pensionEmp) });
  // 子ども・子育て拠出金 on the pension 標準賞与額 (capped like it), employer only.
  const contribution = pensionCovered ? childRearingContributionRateFor(m, input.overrides) : null;
  const employerChildRearingContribution = contribution ? floorYen(yenTimes(sb.pensionStandardBonus, contribution.rate)) : 0;
  if (contribution) ex.add('payroll.si.contribution', { rate: pct(contribution.rate), from: contribution.from, source: contribution.source, standard: yen(sb.pensionStandardBonus), raw: formatFraction(yenTimes(sb.pensionStandardBonus, contribution.rate)), amount: yen(employerChildRearingContribution) });
  return {
    ...r,
    employerChildRearingContribution,
    total: r.healthInsurance + r.careInsurance + r.childSupport + r.pension,
    standardBonus: sb,
    explanation: ex.lines,
  };
}
