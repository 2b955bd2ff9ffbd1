/**
 * 年末調整の申告書 (issue 14): the 給与所得者の扶養控除等申告書 (with the 基礎控除申告書 / 配偶者控除等申告書 estimates)
 * and the 給与所得者の保険料控除申告書, one row per person / per premium, as employees declare them (values in
 * Japanese: a person reads these sheets; 年分 and 行 as 2026 and 1, amounts in yen, yes/no as はい/いいえ). The paper certificates stay with the admin (証明書確認).
 * In `allTables` (created by kanriSetUp); employees declare from the web app (addon/year-end/declarations.ts), the
 * admin may also enter or import rows (saveMasterRows). The row fields are the form's (../forms/yearEnd.ts).
 */
import { boolean, enum as oneOf, int, maximum, minimum, number, object, optional } from 'zod/mini';
import { col, defineTable } from '../table';
import { YES_NO_LABELS } from '../labels';
import { employeeCode, localDate, localDateTime, requiredText, text, yen } from '../fields';
import { declarationYear as year, declaredPersonFields, declaredPremiumFields, insuranceKinds, MAX_DECLARED_PERSONS, MAX_DECLARED_PREMIUMS } from '../forms/yearEnd';

/**
 * 下書き / 提出済み (the employee's, from the web app or entered by the admin), 確認済み (checked and locked by the
 * admin: only these enter the 年末調整, and the employee can no longer change them), 取消 (a row the employee took
 * out of a later save: kept for the record, never counted).
 */
export const declarationStatuses = ['下書き', '提出済み', '確認済み', '取消'] as const;

/** Columns every declaration row has: whose, which year, which line; then its state and who checked it. */
const headColumns = [col('year', '年分', 'Year', 'count'), col('employeeCode', '社員番号', 'Employee code', 'code'), col('line', '行', 'Line', 'count')] as const;
const tailColumns = [col('status', '状態', 'Status', 'text'), col('updatedAt', '更新日時', 'Updated at', 'datetime'), col('lockedBy', '確認者', 'Checked by', 'text')] as const;
const headFields = (maxLines: number) => ({ year: year(), employeeCode: employeeCode(), line: number().check(int(), minimum(1), maximum(maxLines)) });
const tailFields = () => ({ status: oneOf(declarationStatuses), updatedAt: localDateTime(), lockedBy: optional(text(254)) });

export const dependantDeclarationsTable = defineTable({
  sheet: '扶養控除等申告書', sheetEn: 'Dependants declarations',
  columns: [
    ...headColumns,
    col('person', '区分', 'Person', 'text'),
    // Not marked confidential: that mark is per column key across every table (addon/views.ts), and manager views
    // show employees' names. The sheet is the admin's; the figures and family details are marked.
    col('name', '氏名', 'Name', 'text'),
    col('relation', '続柄', 'Relation', 'text', { confidential: true }),
    col('birthDate', '生年月日', 'Birth date', 'date', { confidential: true }),
    col('estimatedIncome', '所得の見積額（本人は給与以外）', 'Estimated income (self: other than salary)', 'integer', { confidential: true }),
    col('livingTogether', '同居', 'Living together', 'boolean', { confidential: true, choices: YES_NO_LABELS }),
    col('linealAscendant', '直系尊属', 'Lineal ascendant', 'boolean', { confidential: true, choices: YES_NO_LABELS }),
    col('disability', '障害者', 'Disability', 'text', { confidential: true }),
    col('widowOrSingleParent', '寡婦・ひとり親', 'Widow / single parent', 'text', { confidential: true }),
    col('workingStudent', '勤労学生', 'Working student', 'boolean', { confidential: true, choices: YES_NO_LABELS }),
    col('housingLoanCredit', '住宅借入金等特別控除額（本人のみ）', 'Housing-loan credit (self only)', 'integer', { confidential: true }),
    ...tailColumns,
  ],
  schema: object({
    ...headFields(MAX_DECLARED_PERSONS),
    ...declaredPersonFields,
    ...tailFields(),
  }),
  key: ['year', 'employeeCode', 'line'],
});

export { insuranceKinds };

export const insuranceDeclarationsTable = defineTable({
  sheet: '保険料控除申告書', sheetEn: 'Insurance premium declarations',
  columns: [
    ...headColumns,
    col('kind', '種類', 'Kind', 'text'),
    col('insurer', '保険会社等の名称', 'Insurer', 'text', { confidential: true }),
    col('policy', '保険等の種類', 'Policy type', 'text', { confidential: true }),
    col('holder', '契約者', 'Policy holder', 'text', { confidential: true }),
    col('beneficiary', '受取人', 'Beneficiary', 'text', { confidential: true }),
    col('paid', '本年中に支払った保険料等の金額', 'Premiums paid this year', 'integer', { confidential: true }),
    col('certificateChecked', '証明書確認', 'Certificate checked', 'boolean', { choices: YES_NO_LABELS }),
    ...tailColumns,
  ],
  schema: object({
    ...headFields(MAX_DECLARED_PREMIUMS),
    ...declaredPremiumFields,
    certificateChecked: optional(boolean()),
    ...tailFields(),
  }),
  key: ['year', 'employeeCode', 'line'],
});
