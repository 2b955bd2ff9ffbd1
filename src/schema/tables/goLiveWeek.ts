/**
 * 導入前の週の労働時間: for the first month Kanri closes, the hours each person worked in the days of that month's
 * first week that come before the company's first punches (the week straddles the 1st; 週40時間 counts the
 * whole week, 労基法32条1項). One line per person, entered by the admin (saveMasterRows or typed in the sheet;
 * both audited); 0 when the person did not work those days. The close asks for it and never assumes zero.
 */
import { object, optional, number, int, minimum, maximum } from 'zod/mini';
import { col, defineTable } from '../table';
import { employeeCode, text, yearMonth } from '../fields';

export const goLiveWeekTable = defineTable({
  sheet: '導入前の週の労働時間', sheetEn: 'Hours before go-live',
  columns: [
    col('month', '対象月', 'Month', 'month'),
    col('employeeCode', '社員番号', 'Employee code', 'code'),
    col('minutes', '労働時間(分・1日8時間超を除く)', 'Minutes worked (excluding over 8 h a day)', 'integer'),
    col('note', '備考', 'Note', 'text'),
  ],
  schema: object({
    month: yearMonth(), employeeCode: employeeCode(),
    // At most six days of the week fall before the 1st, each at most 8 h (daily overtime is not counted here).
    minutes: number().check(int(), minimum(0), maximum(6 * 8 * 60)),
    note: optional(text(300)),
  }),
  key: ['month', 'employeeCode'],
});
