/**
 * 標準報酬月額 revisions, computed as CANDIDATES for the admin to confirm (never applied silently):
 * 定時決定 (annualRevision: April–June average, effective September) and 随時改定 (interimRevision:
 * a fixed-wage change, three months of 17+ days, a 2-grade difference, effective the 4th month).
 * Not covered: the 上限・下限 special cases of 随時改定 (1-grade changes at the ends of a table), 保険者算定
 * (年間平均) and 遡及支払; the explanation says so when a case is near them.
 */
import { addYearMonths } from '../calendar';
import type { Lang } from '../i18n';
import { floorYen, fraction, yen } from '../money';
import { Explainer } from './explain';
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
export function annualRevisionCandidate(input: { year: number; months: readonly MonthRemuneration[]; currentStandardMonthlyRemuneration: number; shortTimeWorker?: boolean; lang?: Lang }): RevisionCandidate {
  const current = gradesForStandard(input.currentStandardMonthlyRemuneration);
  const minDays = input.shortTimeWorker ? rules.minPaymentBaseDaysShortTime : rules.minPaymentBaseDays;
  const wanted = rules.annualMonths.map((m) => `${input.year}-${m}`);
  const inPeriod = input.months.filter((m) => wanted.includes(m.month));
  const counted = inPeriod.filter((m) => m.paymentBaseDays >= minDays);
  const ex = new Explainer(input.lang);
  ex.add('payroll.rev.annual', { year: input.year, source: rules.annualSource, months: wanted.join(', '), days: minDays });
  for (const m of inPeriod) ex.add(m.paymentBaseDays >= minDays ? 'payroll.rev.month' : 'payroll.rev.monthExcluded', { month: m.month, amount: yen(m.remuneration), days: m.paymentBaseDays });
  const effectiveFrom = `${input.year}-${rules.annualEffectiveMonth}`;
  if (!counted.length) {
    ex.add('payroll.rev.none');
    return { candidate: false, effectiveFrom: null, average: null, countedMonths: [], standardMonthlyRemuneration: null, healthGrade: null, pensionGrade: null, currentHealthGrade: current.health.grade, currentPensionGrade: current.pension.grade, explanation: ex.lines };
  }
  const avg = average(counted);
  const g = gradesForRemuneration(avg);
  ex.add('payroll.rev.annualResult', { avg: yen(avg), hg: g.health.grade, pg: g.pension.grade, standard: yen(g.health.standard), from: effectiveFrom, current: yen(current.health.standard) });
  return { candidate: true, effectiveFrom, average: avg, countedMonths: counted.map((m) => m.month), standardMonthlyRemuneration: g.health.standard, healthGrade: g.health.grade, pensionGrade: g.pension.grade, currentHealthGrade: current.health.grade, currentPensionGrade: current.pension.grade, explanation: ex.lines };
}

/**
 * 随時改定: `months` are the three months starting with the month the changed fixed wage (固定的賃金)
 * was first paid; `direction` is that change's direction (a raise can only lead to a higher grade).
 */
export function interimRevisionCandidate(input: { firstMonth: string; direction: 'up' | 'down'; months: readonly MonthRemuneration[]; currentStandardMonthlyRemuneration: number; lang?: Lang }): RevisionCandidate {
  const current = gradesForStandard(input.currentStandardMonthlyRemuneration);
  const wanted = Array.from({ length: rules.interimMonths }, (_, i) => addYearMonths(input.firstMonth, i));
  const months = wanted.map((w) => input.months.find((m) => m.month === w));
  const ex = new Explainer(input.lang);
  ex.add('payroll.rev.interim', { source: rules.interimSource, direction: ex.text(input.direction === 'up' ? 'payroll.rev.up' : 'payroll.rev.down'), first: input.firstMonth, months: wanted.join(', ') });
  const none = (why: string): RevisionCandidate => {
    ex.lines.push(why);
    return { candidate: false, effectiveFrom: null, average: null, countedMonths: [], standardMonthlyRemuneration: null, healthGrade: null, pensionGrade: null, currentHealthGrade: current.health.grade, currentPensionGrade: current.pension.grade, explanation: ex.lines };
  };
  if (months.some((m) => !m)) return none(ex.text('payroll.rev.incomplete'));
  const three = months as MonthRemuneration[];
  for (const m of three) ex.add('payroll.rev.month', { month: m.month, amount: yen(m.remuneration), days: m.paymentBaseDays });
  if (three.some((m) => m.paymentBaseDays < rules.minPaymentBaseDays)) return none(ex.text('payroll.rev.shortDays', { days: rules.minPaymentBaseDays }));
  const avg = average(three);
  const g = gradesForRemuneration(avg);
  const diff = g.health.grade - current.health.grade;
  const pensionDiff = g.pension.grade - current.pension.grade;
  const signed = (n: number) => `${n >= 0 ? '+' : ''}${n}`;
  ex.add('payroll.rev.interimAverage', { avg: yen(avg), hg: g.health.grade, chg: current.health.grade, hd: signed(diff), pg: g.pension.grade, cpg: current.pension.grade, pd: signed(pensionDiff) });
  const sameDirection = input.direction === 'up' ? diff > 0 : diff < 0;
  if (Math.abs(diff) < rules.interimGradeDifference || !sameDirection) {
    return none(ex.text('payroll.rev.noDifference', { n: rules.interimGradeDifference }));
  }
  const effectiveFrom = addYearMonths(input.firstMonth, rules.interimEffectiveAfterMonths);
  ex.add('payroll.rev.candidate', { standard: yen(g.health.standard), from: effectiveFrom });
  return { candidate: true, effectiveFrom, average: avg, countedMonths: wanted, standardMonthlyRemuneration: g.health.standard, healthGrade: g.health.grade, pensionGrade: g.pension.grade, currentHealthGrade: current.health.grade, currentPensionGrade: current.pension.grade, explanation: ex.lines };
}
