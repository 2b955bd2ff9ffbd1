/** `kanri calc` commands for assets: depreciation, used-asset-life, small-asset-options (issue 16 item 4). */
import { depreciationSchedule, smallAssetOptions, usedAssetLife } from '../../core/assets';
import { depreciationInput, smallAssetOptionsInput, usedAssetLifeInput, type DepreciationCalcInput, type SmallAssetOptionsCalcInput, type UsedAssetLifeCalcInput } from '../../schema/calc-assets';
import type { CalcCommand } from './types';

const depreciation: CalcCommand<DepreciationCalcInput> = {
  summary: '定額法 / 200%定率法 year by year to the 1-yen memo value (別表第八・第十), with the guarantee amount and the switch year',
  input: depreciationInput,
  example: { acquisitionCost: 1_000_000, usefulLifeYears: 10, method: 'declining_balance_200', acquiredOn: '2026-04-01', firstYearMonths: 12 },
  run: (input) => {
    const s = depreciationSchedule(input);
    return { years: s.years.map((y) => ({ year: y.year, openingBookValue: y.openingBookValue, depreciation: y.depreciation, closingBookValue: y.closingBookValue })),
      guaranteeAmount: s.guaranteeAmount, switchYear: s.switchYear, explanation: s.explanation };
  },
};

const usedAsset: CalcCommand<UsedAssetLifeCalcInput> = {
  summary: 'useful life of a used asset, simplified method (国税庁 No.5404)',
  input: usedAssetLifeInput,
  example: { statutoryLifeYears: 6, elapsedYears: 2, elapsedMonths: 6 },
  run: (input) => usedAssetLife(input),
};

const smallAsset: CalcCommand<SmallAssetOptionsCalcInput> = {
  summary: 'which small-asset treatments apply by cost and acquisition date (10万円, 20万円, the dated SME threshold)',
  input: smallAssetOptionsInput,
  example: { cost: 350_000, acquiredOn: '2026-04-01', smeEligible: true },
  run: (input) => smallAssetOptions(input),
};

export const assetsCalcCommands: Record<string, CalcCommand> = {
  depreciation,
  'used-asset-life': usedAsset,
  'small-asset-options': smallAsset,
};
