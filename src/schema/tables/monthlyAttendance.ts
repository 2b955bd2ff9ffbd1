/** 月次勤怠: the closed monthly summary per employee, written once by the monthly close. */
import { object, optional, number, check, minimum, maximum } from 'zod/mini';
import { col, defineTable } from '../table';
import { employeeCode, localDateTime, minutes, text, yearMonth } from '../fields';

const m = minutes;
export const monthlyAttendanceTable = defineTable({
  sheet: '月次勤怠', sheetEn: 'Monthly attendance',
  columns: [
    col('month', '対象月', 'Month', 'month'),
    col('employeeCode', '社員番号', 'Employee code', 'code'),
    col('workDays', '出勤日数', 'Days worked', 'integer'),
    col('workedMinutes', '労働時間(分)', 'Worked minutes', 'integer'),
    col('scheduledMinutes', '所定労働時間(分)', 'Scheduled minutes', 'integer'),
    col('legalOvertimeMinutes', '法定時間外(分)', 'Legal overtime minutes', 'integer'),
    col('nonStatutoryOvertimeMinutes', '法定内残業(分)', 'Non-statutory overtime minutes', 'integer'),
    col('overtimeOver60Minutes', '60時間超(分)', 'Overtime over 60 h (minutes)', 'integer'),
    col('lateNightMinutes', '深夜(分)', 'Late-night minutes', 'integer'),
    col('legalHolidayMinutes', '法定休日(分)', 'Legal-holiday minutes', 'integer'),
    col('latenessMinutes', '遅刻(分)', 'Lateness minutes', 'integer'),
    col('earlyLeaveMinutes', '早退(分)', 'Early-leave minutes', 'integer'),
    col('absenceDays', '欠勤日数', 'Absence days', 'integer'),
    col('paidLeaveDays', '有給取得日数', 'Paid leave days', 'number'),
    col('paidLeaveMinutes', '有給の所定労働時間(分)', 'Paid leave scheduled minutes', 'integer'),
    col('closedAt', '締め日時', 'Closed at', 'datetime'),
    col('closedBy', '締め実行者', 'Closed by', 'text'),
  ],
  schema: object({
    month: yearMonth(), employeeCode: employeeCode(),
    workDays: number().check(minimum(0), maximum(31)),
    workedMinutes: m(), scheduledMinutes: m(), legalOvertimeMinutes: m(), nonStatutoryOvertimeMinutes: m(),
    overtimeOver60Minutes: m(), lateNightMinutes: m(), legalHolidayMinutes: m(), latenessMinutes: m(), earlyLeaveMinutes: m(),
    absenceDays: number().check(minimum(0), maximum(31)),
    paidLeaveDays: number().check(minimum(0), maximum(31)),
    // Blank in a month closed before the column existed: payroll then asks for the month to be closed again.
    paidLeaveMinutes: optional(m()),
    closedAt: localDateTime(), closedBy: optional(text(254)),
  }),
  key: ['month', 'employeeCode'],
  protectedSheet: true,
});
