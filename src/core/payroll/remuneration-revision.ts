/**
 * 標準報酬月額 revisions, computed as CANDIDATES for the admin to confirm (never applied silently):
 * 定時決定 (annualRevision: April–June average, effective September) and 随時改定 (interimRevision:
 * a fixed-wage change, three months of 17+ days, a 2-grade difference, effective the 4th month).
 * Not covered: the 上限・下限 special cases of 随時改定 (1-grade changes at the ends of a table), 保険者算定
 * (年間平均) and 遡及支払; the explanation says so when a case is near them.
 */
import { addYearMonths } from '../calendar';
import { floorYen, fraction, yen } from '../money';
import { remunerationRevisionRules as rules } from './rates/remuneration-revision';
import { gradesForRemuneration, gradesForStandard } from './social-insurance';

export interface MonthRemuneration {
  readonly month: string;
  /** 報酬 paid in the month (commuting included, bonus excluded). */
  readonly remuneration: number;
  /** 支払基礎日数. */
  readonly paymentBaseDays: number;
}

export interface RevisionCandidate {
  /** True when the rule gives a standard to confirm (定時決定 always gives one if a month counts). */
  readonly candidate: boolean;
  readonly effectiveFrom: string | null;
  readonly average: number | null;
  readonly countedMonths: readonly string[];
  readonly standardMonthlyRemuneration: number | null;
  readonly healthGrade: number | null;
  readonly pensionGrade: number | null;
  readonly currentHealthGrade: number;
  readonly currentPensionGrade: number;
  readonly explanation: string[];
}

function average(months: readonly MonthRemuneration[]): number {
  // 報酬月額 = the average, 1円未満切り捨て (floorYen).
  return floorYen(fraction(months.reduce((s, m) => s + m.remuneration, 0), months.length));
}

/** 定時決定 for `year`: the April–June months with enough 支払基礎日数; none → keep the current standard. */
export function annualRevisionCandidate(input: { year: number; months: readonly MonthRemuneration[]; currentStandardMonthlyRemuneration: number; shortTimeWorker?: boolean }): RevisionCandidate {
  const current = gradesForStandard(input.currentStandardMonthlyRemuneration);
  const minDays = input.shortTimeWorker ? rules.minPaymentBaseDaysShortTime : rules.minPaymentBaseDays;
  const wanted = rules.annualMonths.map((m) => `${input.year}-${m}`);
  const inPeriod = input.months.filter((m) => wanted.includes(m.month));
  const counted = inPeriod.filter((m) => m.paymentBaseDays >= minDays);
  const lines = [`定時決定 ${input.year} (${rules.annualSource}): months ${wanted.join(', ')} with 支払基礎日数 ≥ ${minDays}`];
  for (const m of inPeriod) lines.push(`${m.month}: ${yen(m.remuneration)}, ${m.paymentBaseDays} days${m.paymentBaseDays >= minDays ? '' : ' (not counted)'}`);
  const effectiveFrom = `${input.year}-${rules.annualEffectiveMonth}`;
  if (!counted.length) {
    lines.push('no month counts: the current 標準報酬月額 continues (従前の標準報酬月額)');
    return { candidate: false, effectiveFrom: null, average: null, countedMonths: [], standardMonthlyRemuneration: null, healthGrade: null, pensionGrade: null, currentHealthGrade: current.health.grade, currentPensionGrade: current.pension.grade, explanation: lines };
  }
  const avg = average(counted);
  const g = gradesForRemuneration(avg);
  lines.push(`average ${yen(avg)} (floorYen) → 健康保険 ${g.health.grade}等級 / 厚生年金 ${g.pension.grade}等級, 標準報酬月額 ${yen(g.health.standard)} from ${effectiveFrom} (current ${yen(current.health.standard)}); to confirm`);
  return { candidate: true, effectiveFrom, average: avg, countedMonths: counted.map((m) => m.month), standardMonthlyRemuneration: g.health.standard, healthGrade: g.health.grade, pensionGrade: g.pension.grade, currentHealthGrade: current.health.grade, currentPensionGrade: current.pension.grade, explanation: lines };
}

/**
 * 随時改定: `months` are the three months starting with the month the changed fixed wage (固定的賃金)
 * was first paid; `direction` is that change's direction (a raise can only lead to a higher grade).
 */
export function interimRevisionCandidate(input: { firstMonth: string; direction: 'up' | 'down'; months: readonly MonthRemuneration[]; currentStandardMonthlyRemuneration: number }): RevisionCandidate {
  const current = gradesForStandard(input.currentStandardMonthlyRemuneration);
  const wanted = Array.from({ length: rules.interimMonths }, (_, i) => addYearMonths(input.firstMonth, i));
  const months = wanted.map((w) => input.months.find((m) => m.month === w));
  const lines = [`随時改定 (${rules.interimSource}): fixed wage changed (${input.direction}) from ${input.firstMonth}; months ${wanted.join(', ')}`];
  const none = (why: string): RevisionCandidate => {
    lines.push(why);
    return { candidate: false, effectiveFrom: null, average: null, countedMonths: [], standardMonthlyRemuneration: null, healthGrade: null, pensionGrade: null, currentHealthGrade: current.health.grade, currentPensionGrade: current.pension.grade, explanation: lines };
  };
  if (months.some((m) => !m)) return none('not all three months paid yet: no candidate');
  const three = months as MonthRemuneration[];
  for (const m of three) lines.push(`${m.month}: ${yen(m.remuneration)}, ${m.paymentBaseDays} days`);
  if (three.some((m) => m.paymentBaseDays < rules.minPaymentBaseDays)) return none(`a month has fewer than ${rules.minPaymentBaseDays} 支払基礎日数: no 随時改定`);
  const avg = average(three);
  const g = gradesForRemuneration(avg);
  const diff = g.health.grade - current.health.grade;
  const pensionDiff = g.pension.grade - current.pension.grade;
  lines.push(`average ${yen(avg)} (floorYen) → 健康保険 ${g.health.grade}等級 (current ${current.health.grade}, ${diff >= 0 ? '+' : ''}${diff}), 厚生年金 ${g.pension.grade}等級 (current ${current.pension.grade}, ${pensionDiff >= 0 ? '+' : ''}${pensionDiff})`);
  const sameDirection = input.direction === 'up' ? diff > 0 : diff < 0;
  if (Math.abs(diff) < rules.interimGradeDifference || !sameDirection) {
    return none(`difference under ${rules.interimGradeDifference} grades in the direction of the change: no 随時改定 (the 上限・下限 special cases are not checked here)`);
  }
  const effectiveFrom = addYearMonths(input.firstMonth, rules.interimEffectiveAfterMonths);
  lines.push(`candidate: 標準報酬月額 ${yen(g.health.standard)} from ${effectiveFrom} (the 4th month); to confirm`);
  return { candidate: true, effectiveFrom, average: avg, countedMonths: wanted, standardMonthlyRemuneration: g.health.standard, healthGrade: g.health.grade, pensionGrade: g.pension.grade, currentHealthGrade: current.health.grade, currentPensionGrade: current.pension.grade, explanation: lines };
}
