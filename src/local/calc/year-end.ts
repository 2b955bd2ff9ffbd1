/** `kanri calc year-end-adjustment`: the 年末調整 of one employee (src/core/year-end/adjustment.ts). */
import type { output } from 'zod/mini';
import { computeYearEndAdjustment } from '../../core/year-end/adjustment';
import { yearEndAdjustmentCalcInput } from '../../schema/calc-year-end';
import type { CalcCommand } from './types';

const yearEndAdjustment: CalcCommand<output<typeof yearEndAdjustmentCalcInput>> = {
  summary: '年末調整 of one employee: 給与所得控除後の金額, every deduction, 年調年税額 and the 過不足 (refund/collection)',
  input: yearEndAdjustmentCalcInput,
  example: {
    year: 2026, salaryTotal: 5000000, withheldTotal: 120000, socialInsurance: 720000,
    lifeInsurance: { newGeneral: 100000 }, earthquakeInsurance: { earthquake: 20000 },
    spouse: { birthDate: '1988-05-01', income: 0 },
    dependents: [{ birthDate: '2007-04-10', income: 0, livingTogether: true }],
  },
  run: (i) => computeYearEndAdjustment(i),
};

export const yearEndCalcCommands: Record<string, CalcCommand> = { 'year-end-adjustment': yearEndAdjustment };
