/**
 * 源泉徴収簿 年末調整欄 (issue 14): one row per employee and year with the column ⑦〜㉗ of the 源泉徴収簿 (国税庁
 * 「給与所得・退職所得に対する源泉徴収簿」の年末調整欄, as core/year-end/slip.ts yearEndColumnLines lists them), written in
 * one write when the 年末調整 is confirmed. ㉗ is split into its two boxes, 差引超過額 (還付) and 差引不足額 (徴収).
 */
import { int, maximum, minimum, number, object, optional } from 'zod/mini';
import { col, defineTable } from '../table';
import { employeeCode, localDateTime, requiredText, text, yen } from '../fields';

/** The column's boxes in the form's order: field key, box number, label (sheet header). */
export const YEAR_END_COLUMN_BOXES = [
  ['c07', '⑦', '給料・手当等・賞与等の総額'], ['c08', '⑧', '徴収税額'], ['c09', '⑨', '給与所得控除後の給与等の金額'],
  ['c10', '⑩', '所得金額調整控除額'], ['c11', '⑪', '給与所得控除後の給与等の金額(調整控除後)'],
  ['c12', '⑫', '給与等からの控除分(社会保険料等)'], ['c13', '⑬', '申告による社会保険料の控除分'], ['c14', '⑭', '申告による小規模企業共済等掛金の控除分'],
  ['c15', '⑮', '生命保険料の控除額'], ['c16', '⑯', '地震保険料の控除額'], ['c17', '⑰', '配偶者(特別)控除額'], ['c18', '⑱', '特定親族特別控除額'],
  ['c19', '⑲', '扶養控除額及び障害者等の控除額の合計額'], ['c20', '⑳', '基礎控除額'], ['c21', '㉑', '所得控除額の合計額'],
  ['c22', '㉒', '差引課税給与所得金額(1,000円未満切捨て)'], ['c23', '㉓', '算出所得税額'], ['c24', '㉔', '(特定増改築等)住宅借入金等特別控除額'],
  ['c25', '㉕', '年調所得税額'], ['c26', '㉖', '年調年税額(×102.1%、100円未満切捨て)'], ['c27refund', '㉗', '差引超過額(還付)'], ['c27collect', '㉗', '差引不足額(徴収)'],
] as const;
type BoxKey = (typeof YEAR_END_COLUMN_BOXES)[number][0];

const year = () => number().check(int(), minimum(2000), maximum(2100));
const boxes = Object.fromEntries(YEAR_END_COLUMN_BOXES.map(([k]) => [k, yen()])) as { [K in BoxKey]: ReturnType<typeof yen> };

export const yearEndLedgerColumnTable = defineTable({
  sheet: '源泉徴収簿 年末調整欄', sheetEn: 'Withholding ledger: year-end column',
  columns: [
    col('year', '年分', 'Year', 'number'),
    col('employeeCode', '社員番号', 'Employee code', 'code'),
    col('name', '氏名', 'Name', 'text'),
    ...YEAR_END_COLUMN_BOXES.map(([key, no, label]) => col(key, `${no} ${label}`, `${no} ${label}`, 'integer', { confidential: true })),
    col('confirmedAt', '確定日時', 'Confirmed at', 'datetime'),
    col('confirmedBy', '確定者', 'Confirmed by', 'text'),
  ],
  schema: object({ year: year(), employeeCode: employeeCode(), name: requiredText(100), ...boxes, confirmedAt: localDateTime(), confirmedBy: optional(text(254)) }),
  key: ['year', 'employeeCode'],
  protectedSheet: true,
});
