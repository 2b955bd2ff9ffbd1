/**
 * 年末調整 (issue 14): 導入前の給与 (this year's pay before the company's first Kanri run, from the earlier system's
 * 賃金台帳, one line per person, entered by the admin like 導入前の週の労働時間) and 年末調整 (one row per employee
 * and year: the result the admin confirmed, which the December salary run settles as 年末調整(過不足税額)).
 * Values are Japanese: a person reads these sheets (年分 as 2026, yes/no as はい/いいえ).
 */
import { boolean, enum as oneOf, int, maximum, minimum, number, object, optional } from 'zod/mini';
import { col, defineTable } from '../table';
import { YES_NO_LABELS } from '../labels';
import { employeeCode, localDateTime, requiredText, text, yen } from '../fields';

const year = () => number().check(int(), minimum(2000), maximum(2100));

export const payBeforeGoLiveTable = defineTable({
  sheet: '導入前の給与', sheetEn: 'Pay before go-live',
  columns: [
    col('year', '年分', 'Year', 'count'),
    col('employeeCode', '社員番号', 'Employee code', 'code'),
    col('salary', '支払金額(課税分)', 'Taxable pay', 'integer', { confidential: true }),
    col('socialInsurance', '社会保険料等', 'Social insurance', 'integer', { confidential: true }),
    col('withheld', '源泉徴収税額', 'Tax withheld', 'integer', { confidential: true }),
    col('note', '備考', 'Note', 'text'),
  ],
  schema: object({
    year: year(), employeeCode: employeeCode(), salary: yen(), socialInsurance: yen(), withheld: yen(), note: optional(text(300)),
  }),
  key: ['year', 'employeeCode'],
});

export const settlementLabels = ['還付', '徴収', 'なし'] as const;

export const yearEndAdjustmentsTable = defineTable({
  sheet: '年末調整', sheetEn: 'Year-end adjustments',
  columns: [
    col('year', '年分', 'Year', 'count'),
    col('employeeCode', '社員番号', 'Employee code', 'code'),
    col('name', '氏名', 'Name', 'text'),
    col('runId', '精算する給与', 'Settled in run', 'code'),
    col('salaryTotal', '給与等の総額', 'Salary total', 'integer', { confidential: true }),
    col('socialInsurance', '社会保険料等', 'Social insurance', 'integer', { confidential: true }),
    col('withheldTotal', '徴収税額', 'Tax withheld', 'integer', { confidential: true }),
    col('employmentIncome', '給与所得控除後の給与等の金額', 'Employment income', 'integer', { confidential: true }),
    col('deductionsTotal', '所得控除の額の合計額', 'Deductions total', 'integer', { confidential: true }),
    col('taxableIncome', '課税給与所得金額', 'Taxable income', 'integer', { confidential: true }),
    col('calculatedTax', '算出所得税額', 'Calculated tax', 'integer', { confidential: true }),
    col('housingLoanCredit', '住宅借入金等特別控除額', 'Housing-loan credit', 'integer', { confidential: true }),
    col('annualTax', '年調年税額', 'Annual tax', 'integer', { confidential: true }),
    col('difference', '過不足額(+徴収・−還付)', 'Difference (+collect, −refund)', 'integer', { confidential: true }),
    col('settlement', '精算', 'Settlement', 'text', { confidential: true }),
    col('inDecemberPay', '12月の給与で精算', 'Settled in the December pay', 'boolean', { choices: YES_NO_LABELS, dropdown: false }),
    col('confirmedAt', '確定日時', 'Confirmed at', 'datetime'),
    col('confirmedBy', '確定者', 'Confirmed by', 'text'),
  ],
  schema: object({
    year: year(), employeeCode: employeeCode(), name: requiredText(100), runId: requiredText(20),
    salaryTotal: yen(), socialInsurance: yen(), withheldTotal: yen(), employmentIncome: yen(), deductionsTotal: yen(), taxableIncome: yen(),
    calculatedTax: yen(), housingLoanCredit: yen(), annualTax: yen(), difference: number().check(int()), settlement: oneOf(settlementLabels),
    inDecemberPay: boolean(), confirmedAt: localDateTime(), confirmedBy: optional(text(254)),
  }),
  key: ['year', 'employeeCode'],
  protectedSheet: true,
});
