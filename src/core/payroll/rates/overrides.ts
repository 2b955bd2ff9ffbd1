/**
 * Admin overrides of the shipped legal data (the Settings sheet): a 健保組合's rates, a new year's
 * table, a corrected figure. Plain data, so a change needs no code: the lookups consult these first.
 */
import type { WithholdingEditionData } from './withholding-types';

/** A rate in force from an insurance month (YYYY-MM) or date (YYYY-MM-DD), as decimal text. */
export interface DatedRate {
  readonly from: string;
  /** Last month/date in force (inclusive); absent = until the next entry. */
  readonly to?: string;
  /** Total rate in percent, e.g. "9.85". */
  readonly ratePercent: string;
  /** The employee's part in percent when not half (a 健保組合 may split otherwise), e.g. "4.5". */
  readonly employeeRatePercent?: string;
  readonly source: string;
}

export interface EmploymentInsuranceYear {
  readonly from: string;
  readonly to: string;
  readonly source: string;
  readonly general: { readonly workerPerMille: string; readonly employerPerMille: string };
  readonly agriculture: { readonly workerPerMille: string; readonly employerPerMille: string };
  readonly construction: { readonly workerPerMille: string; readonly employerPerMille: string };
}

export interface RateOverrides {
  /** 協会けんぽ health rates by prefecture name (東京都 …): newer entries than the shipped ones, or corrections. */
  readonly kyokaiHealthRates?: Readonly<Record<string, readonly DatedRate[]>>;
  readonly careRates?: readonly DatedRate[];
  readonly childSupportRates?: readonly DatedRate[];
  readonly pensionRates?: readonly DatedRate[];
  /** 子ども・子育て拠出金率 (employer only), newer than the shipped ones. */
  readonly childRearingContributionRates?: readonly DatedRate[];
  readonly employmentInsuranceRates?: readonly EmploymentInsuranceYear[];
  /** A 源泉徴収税額表 edition (e.g. 令和9年分) in the compact format of withholding-types.ts. */
  readonly withholdingEditions?: readonly WithholdingEditionData[];
}

/** Who collects health (and care) insurance: 協会けんぽ by prefecture, or a 健保組合 with its own rates. */
export type HealthInsurer =
  | { readonly kind: 'kyokai' }
  | { readonly kind: 'union'; readonly name: string; readonly healthRates: readonly DatedRate[]; readonly careRates?: readonly DatedRate[]; readonly childSupportRates?: readonly DatedRate[] };

/** The entry in force at `at` (same format as `from`: month or date): the latest `from` not after it. */
export function datedEntryOn<T extends { readonly from: string; readonly to?: string }>(entries: readonly T[], at: string): T | undefined {
  let best: T | undefined;
  for (const e of entries) if (e.from.slice(0, at.length) <= at && (!best || e.from >= best.from)) best = e;
  // The latest entry started; it is in force unless it has ended (later entries win ties: overrides come last).
  return best && (best.to === undefined || at.slice(0, best.to.length) <= best.to) ? best : undefined;
}
