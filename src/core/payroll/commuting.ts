/**
 * 通勤手当の非課税限度 (所得税法第9条第1項第5号, 所得税法施行令第20条の2) by means of commuting:
 * - publicTransit (第2号, 交通機関・有料道路) and commuterPass (第4号, 通勤用定期乗車券): the reasonable
 *   fare (合理的な運賃等の額, taken to be the amount paid), at most 150,000円 a month;
 * - car / bicycle (第1号, 交通用具): the band of the one-way distance (rates/commuting.ts), nothing under 2 km;
 * - mixed (第3号): the reasonable fare of the transit part plus the band of the vehicle part, at most 150,000円.
 * What is over the limit is taxable wages. The whole allowance stays in 社会保険の報酬 (健康保険法第3条第5項)
 * and 雇用保険の賃金 (徴収法第2条第2項): only income tax sees the split.
 */
import type { Lang } from '../i18n';
import { yen } from '../money';
import { Explainer } from './explain';
import { COMMUTING_NON_TAXABLE, COMMUTING_VEHICLE_LIMITS, type VehicleLimitEdition } from './rates/commuting';

export type CommutingMeans = 'publicTransit' | 'commuterPass' | 'car' | 'bicycle' | 'mixed';

export interface CommutingInput {
  readonly means: CommutingMeans;
  /** One-way distance by the vehicle (car, bicycle, or the vehicle part of a mixed commute), km. */
  readonly oneWayKm?: number;
  /** The allowance of the month (for a pass bought for several months: its monthly share). */
  readonly monthlyAmount: number;
  /** mixed: the transit part's monthly fare within monthlyAmount. */
  readonly transitMonthlyFare?: number;
  /** The date the allowance is due (支払われるべき日), which picks the edition. */
  readonly payDate: string;
  readonly lang?: Lang;
}
export interface CommutingResult {
  readonly nonTaxable: number;
  readonly taxable: number;
  readonly limit: number;
  readonly explanation: string[];
}

function editionOn(payDate: string): VehicleLimitEdition {
  let e: VehicleLimitEdition | undefined;
  for (const x of COMMUTING_VEHICLE_LIMITS) if (x.from <= payDate) e = x;
  if (!e) throw new Error(`payDate: no commuting limit edition for ${payDate} (from ${COMMUTING_VEHICLE_LIMITS[0]!.from})`);
  return e;
}

/** The band amount for a one-way vehicle distance. */
export function vehicleLimit(oneWayKm: number, payDate: string): { limit: number; fromKm: number; toKm: number | null; source: string } {
  const e = editionOn(payDate);
  let i = 0;
  while (i + 1 < e.bands.length && oneWayKm >= e.bands[i + 1]!.fromKm) i++;
  return { limit: e.bands[i]!.monthlyLimit, fromKm: e.bands[i]!.fromKm, toKm: e.bands[i + 1]?.fromKm ?? null, source: e.source };
}

export function computeCommutingAllowance(input: CommutingInput): CommutingResult {
  const ex = new Explainer(input.lang);
  const cap = COMMUTING_NON_TAXABLE.publicTransitMonthlyLimit;
  if (input.payDate < COMMUTING_NON_TAXABLE.effectiveFrom) throw new Error(`payDate: before ${COMMUTING_NON_TAXABLE.effectiveFrom}, the limits are not shipped`);
  const needKm = input.means === 'car' || input.means === 'bicycle' || input.means === 'mixed';
  if (needKm && input.oneWayKm === undefined) throw new Error(`oneWayKm: required for means "${input.means}" / 交通用具を使う通勤には片道の距離が必要です`);
  let limit: number;
  if (input.means === 'publicTransit' || input.means === 'commuterPass') {
    limit = cap;
    ex.add(input.means === 'commuterPass' ? 'payroll.cm.pass' : 'payroll.cm.transit', { cap: yen(cap), source: COMMUTING_NON_TAXABLE.source });
  } else {
    const v = vehicleLimit(input.oneWayKm!, input.payDate);
    const band = v.toKm === null ? ex.text('payroll.cm.bandOpen', { from: v.fromKm }) : ex.text('payroll.cm.band', { from: v.fromKm, to: v.toKm });
    ex.add('payroll.cm.vehicle', { km: String(input.oneWayKm), band, limit: yen(v.limit), payDate: input.payDate, source: v.source });
    if (input.means === 'mixed') {
      const fare = input.transitMonthlyFare;
      if (fare === undefined) throw new Error('transitMonthlyFare: required for means "mixed" / 交通機関と交通用具の併用には交通機関の運賃が必要です');
      if (fare > input.monthlyAmount) throw new Error(`transitMonthlyFare: ${fare} is more than monthlyAmount ${input.monthlyAmount}`);
      limit = Math.min(fare + v.limit, cap);
      ex.add('payroll.cm.mixed', { fare: yen(fare), vehicle: yen(v.limit), limit: yen(limit), cap: yen(cap) });
    } else limit = v.limit;
  }
  const nonTaxable = Math.min(input.monthlyAmount, limit);
  const taxable = input.monthlyAmount - nonTaxable;
  ex.add('payroll.cm.result', { amount: yen(input.monthlyAmount), limit: yen(limit), nonTaxable: yen(nonTaxable), taxable: yen(taxable) });
  return { nonTaxable, taxable, limit, explanation: ex.lines };
}
