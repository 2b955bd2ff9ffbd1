/**
 * 年末調整の申告書 (issue 14): the 給与所得者の扶養控除等申告書 (with the 基礎控除申告書 / 配偶者控除等申告書 estimates)
 * and the 給与所得者の保険料控除申告書, one row per person / per premium, as employees declare them (values in
 * Japanese: a person reads these sheets; 年分 and 行 as 2026 and 1, amounts in yen, yes/no as はい/いいえ). The paper certificates stay with the admin (証明書確認).
 * In `allTables` (created by kanriSetUp); the admin enters or imports rows (saveMasterRows) until the phone form lands.
 */
import { boolean, enum as oneOf, int, maximum, minimum, number, object, optional } from 'zod/mini';
import { col, defineTable } from '../table';
import { YES_NO_LABELS } from '../labels';
import { employeeCode, localDate, localDateTime, requiredText, text, yen } from '../fields';

const year = () => number().check(int(), minimum(2026), maximum(2100));
export const declarationStatuses = ['下書き', '提出済み', '確認済み'] as const;

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
    ...headFields(30),
    person: oneOf(['本人', '配偶者', '扶養親族']),
    name: requiredText(100),
    relation: optional(text(20)),
    birthDate: localDate(),
    /** 合計所得金額の見積額 (配偶者: 配偶者控除等申告書; 扶養親族); 本人: 給与所得以外の所得の見積額 (基礎控除申告書) */
    estimatedIncome: yen(),
    livingTogether: optional(boolean()),
    linealAscendant: optional(boolean()),
    disability: optional(oneOf(['なし', '障害者', '特別障害者'])),
    /** 本人 only */
    widowOrSingleParent: optional(oneOf(['なし', '寡婦', 'ひとり親'])),
    workingStudent: optional(boolean()),
    /** 本人 only: the 住宅借入金等特別控除額 of the (特定増改築等)住宅借入金等特別控除申告書 (2年目以後). */
    housingLoanCredit: optional(yen()),
    ...tailFields(),
  }),
  key: ['year', 'employeeCode', 'line'],
});

export const insuranceKinds = ['一般(新)', '介護医療', '個人年金(新)', '一般(旧)', '個人年金(旧)', '地震', '旧長期損害', '社会保険料', '小規模企業共済等'] as const;

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
    ...headFields(50),
    kind: oneOf(insuranceKinds),
    insurer: requiredText(100),
    policy: optional(text(100)),
    holder: optional(text(100)),
    beneficiary: optional(text(100)),
    paid: yen(),
    certificateChecked: optional(boolean()),
    ...tailFields(),
  }),
  key: ['year', 'employeeCode', 'line'],
});
