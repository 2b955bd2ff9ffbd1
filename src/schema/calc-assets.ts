/** Input schemas of the assets `kanri calc` commands (depreciation, used-asset-life, small-asset-options). */
import * as z from 'zod/mini';
import { isLocalDate } from '../core/calendar';

const localDate = z.string().check(z.refine(isLocalDate, 'must be a date YYYY-MM-DD'));
const years = z.number().check(z.int(), z.minimum(0), z.maximum(100));

export const depreciationInput = z.object({
  acquisitionCost: z.number().check(z.int(), z.minimum(1), z.maximum(10_000_000_000)),
  usefulLifeYears: z.number().check(z.int(), z.minimum(2), z.maximum(50)),
  method: z.enum(['straight_line', 'declining_balance_200']),
  acquiredOn: localDate,
  firstYearMonths: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
  intangible: z.optional(z.boolean()),
});
export type DepreciationCalcInput = z.output<typeof depreciationInput>;

export const usedAssetLifeInput = z.object({
  statutoryLifeYears: z.number().check(z.int(), z.minimum(2), z.maximum(50)),
  elapsedYears: years,
  elapsedMonths: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(11))),
});
export type UsedAssetLifeCalcInput = z.output<typeof usedAssetLifeInput>;

export const smallAssetOptionsInput = z.object({
  cost: z.number().check(z.int(), z.minimum(0), z.maximum(10_000_000_000)),
  acquiredOn: localDate,
  smeEligible: z.boolean(),
});
export type SmallAssetOptionsCalcInput = z.output<typeof smallAssetOptionsInput>;
