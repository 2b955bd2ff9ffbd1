/** 従業員: the employee master (attendance side; pay settings are in 給与設定). */
import { object, optional, enum as oneOf, number, string, refine, int, minimum, maximum } from 'zod/mini';
import { isMunicipalityCode } from '../../core/year-end/municipality';
import { col, defineTable } from '../table';
import { EMPLOYMENT_TYPE_LABELS } from '../labels';
import { email, employeeCode, localDate, requiredText, text } from '../fields';
import { minimumHiringAge } from '../person-dates';

export const employmentTypes = ['regular', 'fixedTerm', 'partTime'] as const;
/** 性別 as written in the sheet (賃金台帳・労働者名簿の記載事項: 労基則54条1項2号, 53条1項2号). */
export const sexes = ['男', '女'] as const;

export const employeesTable = defineTable({
  sheet: '従業員', sheetEn: 'Employees',
  columns: [
    col('code', '社員番号', 'Employee code', 'code'),
    col('name', '氏名', 'Name', 'text'),
    col('kana', 'フリガナ', 'Kana', 'text'),
    col('email', 'メールアドレス', 'E-mail', 'text'),
    col('department', '部署', 'Department', 'text'),
    col('employmentType', '雇用形態', 'Employment type', 'code', { choices: EMPLOYMENT_TYPE_LABELS }),
    col('hireDate', '入社日', 'Hire date', 'date'),
    col('leaveDate', '退職日', 'Leave date', 'date'),
    col('workRule', '勤務区分', 'Work rule', 'code'),
    col('weeklyScheduledDays', '週所定労働日数', 'Weekly scheduled days', 'integer'),
    col('weeklyScheduledMinutes', '週所定労働時間(分)', 'Weekly scheduled minutes', 'integer'),
    col('birthDate', '生年月日', 'Birth date', 'date', { confidential: true }),
    col('address', '住所', 'Address', 'text', { confidential: true }),
    col('sex', '性別', 'Sex', 'text', { confidential: true }),
    // 給与支払報告書 (地方税法317条の6): the municipality of the 1月1日 address (a leaver's: the address when they left).
    col('municipalityCode', '市区町村コード(1月1日の住所)', 'Municipality code (address on 1 January)', 'code', { confidential: true }),
    col('municipality', '市区町村名(1月1日の住所)', 'Municipality (address on 1 January)', 'text', { confidential: true }),
    col('residentTaxOrdinaryReason', '住民税 普通徴収の理由', 'Resident tax: reason for ordinary collection', 'text', { confidential: true }),
  ],
  schema: object({
    code: employeeCode(),
    name: requiredText(100),
    kana: requiredText(100),
    email: optional(email()),
    department: requiredText(100),
    employmentType: oneOf(employmentTypes),
    hireDate: localDate(),
    leaveDate: optional(localDate()),
    workRule: employeeCode(),
    weeklyScheduledDays: number().check(int(), minimum(1), maximum(7)),
    weeklyScheduledMinutes: number().check(int(), minimum(1), maximum(7 * 24 * 60)),
    birthDate: optional(localDate()),
    // Optional so that a workbook from before the column loads; payroll warns while it is blank.
    sex: optional(oneOf(sexes)),
    address: optional(text(300)),
    // Optional: needed only for the 給与支払報告書, which refuses a blank one naming the employee and the column.
    municipalityCode: optional(string().check(refine(isMunicipalityCode, 'must be a 6-digit 市区町村コード with its check digit (港区 = 131032) / 6桁の市区町村コード (検査数字つき、港区 = 131032) にしてください'))),
    municipality: optional(text(40)),
    // 普通徴収切替理由 (the municipality's 普通徴収切替理由書); blank = 特別徴収, except a leaver.
    residentTaxOrdinaryReason: optional(text(100)),
  }).check(minimumHiringAge('birthDate', 'hireDate')),
  key: ['code'],
});
