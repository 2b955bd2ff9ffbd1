/**
 * 労災保険料 (employer only) as an estimate of the month's cost: the wages paid × the rate of the company's 事業の
 * 種類 in force on the wage closing date (rates/workers-compensation.ts). 役員 are not 労働者 (労災保険法 第3条,
 * 労基法 第9条): no premium on their pay. Rounding: floorYen, named in WORKERS_COMPENSATION.roundingSource.
 */
import { floorYen, formatFraction, perMilleRate, yen, yenTimes } from '../money';
import type { Lang } from '../i18n';
import { Explainer } from './explain';
import { datedEntryOn } from './rates/overrides';
import { WORKERS_COMPENSATION, type WorkersCompensationRate } from './rates/workers-compensation';

export interface WorkersCompensationEstimate {
  readonly amount: number;
  /** The rate used, or null when none was given (then no estimate: amount 0 and a warning upstream). */
  readonly rate: WorkersCompensationRate | null;
  readonly explanation: string[];
}

export function estimateWorkersCompensation(input: { wageClosingDate: string; wages: number; officer?: boolean; rates?: readonly WorkersCompensationRate[]; lang?: Lang }): WorkersCompensationEstimate {
  const ex = new Explainer(input.lang);
  if (!input.rates?.length) {
    ex.add('payroll.wc.none');
    return { amount: 0, rate: null, explanation: ex.lines };
  }
  const rate = datedEntryOn(input.rates, input.wageClosingDate);
  if (!rate) throw new Error(`設定 ${WORKERS_COMPENSATION.settingKey}: ${input.wageClosingDate} に適用する労災保険率がありません`);
  if (input.officer) {
    ex.add('payroll.wc.officer');
    return { amount: 0, rate, explanation: ex.lines };
  }
  const raw = yenTimes(input.wages, perMilleRate(rate.ratePerMille));
  const amount = floorYen(raw);
  ex.add('payroll.wc.estimate', { wages: yen(input.wages), industry: rate.industry, rate: rate.ratePerMille, from: rate.from, source: rate.source, raw: formatFraction(raw), amount: yen(amount) });
  return { amount, rate, explanation: ex.lines };
}
