/** `kanri calc` commands for payroll: social-insurance, employment-insurance, withholding, bonus-withholding, payroll. */
import type { output } from 'zod/mini';
import { computeCommutingAllowance } from '../../core/payroll/commuting';
import { computeEmploymentInsurance } from '../../core/payroll/employment-insurance';
import { checkMinimumWage } from '../../core/payroll/minimum-wage';
import { computeMonthlyPayroll } from '../../core/payroll/monthly-payroll';
import { residentTaxOnLeaving, residentTaxSchedule } from '../../core/payroll/resident-tax';
import type { HealthInsurer } from '../../core/payroll/rates/overrides';
import { computeSocialInsurance } from '../../core/payroll/social-insurance';
import { computeBonusWithholding, computeWithholding } from '../../core/payroll/withholding';
import {
  bonusWithholdingCalcInput, commutingAllowanceCalcInput, employmentInsuranceCalcInput, minimumWageCalcInput, residentTaxCalcInput, healthInsurerSchema, payrollCalcInput, socialInsuranceCalcInput, withholdingCalcInput,
} from '../../schema/calc-payroll';
import type { CalcCommand } from './types';

function insurer(v: output<typeof healthInsurerSchema> | undefined): HealthInsurer {
  return v === undefined || v === 'kyokai' ? { kind: 'kyokai' } : v;
}

const socialInsurance: CalcCommand<output<typeof socialInsuranceCalcInput>> = {
  summary: '健康保険・介護・子ども・子育て支援金・厚生年金 for one insurance month (employee and employer shares)',
  input: socialInsuranceCalcInput,
  example: { insuranceMonth: '2026-05', prefecture: '東京都', birthDate: '1980-10-15', monthlyRemuneration: 305000 },
  run: (i) => {
    const r = computeSocialInsurance({ ...i, healthInsurer: insurer(i.healthInsurer) });
    const { healthInsurance, careInsurance, childSupport, pension } = r;
    return {
      standardMonthlyRemuneration: r.standardMonthlyRemuneration,
      pensionStandardMonthlyRemuneration: r.pensionStandardMonthlyRemuneration,
      healthGrade: r.healthGrade,
      pensionGrade: r.pensionGrade,
      healthInsurance, careInsurance, childSupport, pension,
      total: r.total,
      employer: r.employer,
      rates: r.rates,
      explanation: r.explanation,
    };
  },
};

const employmentInsurance: CalcCommand<output<typeof employmentInsuranceCalcInput>> = {
  summary: '雇用保険料 on the wages paid (rate by the wage closing date)',
  input: employmentInsuranceCalcInput,
  example: { wageClosingDate: '2026-06-25', wages: 300000, employmentInsuranceType: 'general' },
  run: (i) => computeEmploymentInsurance(i),
};

const withholding: CalcCommand<output<typeof withholdingCalcInput>> = {
  summary: '源泉所得税 on a month\'s salary (月額表 甲・乙, or the 電算機計算の特例)',
  input: withholdingCalcInput,
  example: { payDate: '2026-06-25', taxableAfterSocialInsurance: 250000, dependents: 1, taxColumn: 'kou', method: 'table' },
  run: (i) => computeWithholding(i),
};

const bonusWithholding: CalcCommand<output<typeof bonusWithholdingCalcInput>> = {
  summary: '源泉所得税 on a bonus (賞与の算出率の表, or the 月額表 special case)',
  input: bonusWithholdingCalcInput,
  example: { payDate: '2026-07-10', bonusAfterSocialInsurance: 500000, previousMonthTaxableAfterSocialInsurance: 250000, dependents: 0, taxColumn: 'kou' },
  run: (i) => computeBonusWithholding(i),
};

const payroll: CalcCommand<output<typeof payrollCalcInput>> = {
  summary: 'one employee, one month: social insurance, employment insurance, income tax, resident tax, net pay',
  input: payrollCalcInput,
  example: { payDate: '2026-06-25', prefecture: '東京都', birthDate: '1990-10-15', standardMonthlyRemuneration: 300000, taxableWages: 300000, nonTaxableCommuting: 10000, dependents: 0, taxColumn: 'kou', employmentInsuranceType: 'general', residentTax: 10000 },
  run: (i) => {
    const r = computeMonthlyPayroll({ ...i, healthInsurer: insurer(i.healthInsurer) });
    // The per-part details repeat what `explanation` says; the payslip takes them from the core result.
    const { details: _details, ...figures } = r;
    return figures;
  },
};

const commutingAllowance: CalcCommand<output<typeof commutingAllowanceCalcInput>> = {
  summary: '通勤手当の非課税限度 by means and one-way distance (所得税法施行令20条の2); the excess is taxable',
  input: commutingAllowanceCalcInput,
  example: { means: 'car', oneWayKm: 12, monthlyAmount: 10000, payDate: '2026-06-25' },
  run: (i) => computeCommutingAllowance(i),
};

const minimumWage: CalcCommand<output<typeof minimumWageCalcInput>> = {
  summary: '地域別最低賃金 check: the wage that counts as an hourly amount against the prefecture\'s minimum on the date',
  input: minimumWageCalcInput,
  example: { prefecture: '東京都', date: '2026-06-25', payType: 'monthly', wage: 180000, parts: [{ name: '職務手当', amount: 10000, kind: 'counted' }, { name: '通勤手当', amount: 15000, kind: 'commuting' }], monthlyAverageScheduledMinutes: 9600 },
  run: (i) => checkMinimumWage(i),
};

const residentTax: CalcCommand<output<typeof residentTaxCalcInput>> = {
  summary: '住民税 特別徴収: the June–May schedule of a 年度, and a leaver\'s rest (一括徴収 or 普通徴収, 異動届出書 due date)',
  input: residentTaxCalcInput,
  example: { fiscalYear: 2026, annualAmount: 123456, leave: { leaveDate: '2027-01-31', lastDeductedMonth: '2027-01', lumpSumRequested: false } },
  run: (i) => {
    const s = residentTaxSchedule(i);
    const leaver = i.leave ? residentTaxOnLeaving({ schedule: s.months, ...i.leave, ...(i.lang ? { lang: i.lang } : {}) }) : null;
    const { explanation: leaverExplanation = [], ...leaverFigures } = leaver ?? {};
    return { months: s.months, total: s.total, leaver: leaver ? leaverFigures : null, explanation: [...s.explanation, ...leaverExplanation] };
  },
};

export const payrollCalcCommands: Record<string, CalcCommand> = {
  'social-insurance': socialInsurance,
  'employment-insurance': employmentInsurance,
  withholding,
  'bonus-withholding': bonusWithholding,
  payroll,
  'commuting-allowance': commutingAllowance,
  'minimum-wage': minimumWage,
  'resident-tax': residentTax,
};
