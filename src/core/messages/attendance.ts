/** Attendance (勤怠) messages: the errors the admin must fix before a month can close. */
const ja = {
  'attendance.error.openShift': '{date}: 退勤の打刻がありません(勤務が閉じていません)',
  'attendance.goLiveWeek': '{month}の最初の週の{from}〜{to}は最初の打刻 ({first}) より前で、労働時間がわかりません。週40時間 (労基法32条1項) の計算に使うため、シート「{sheet}」にこの人の1行 (その日々の労働時間の分数、1日8時間を超えた分を除く。働いていなければ0) を入れてから締めてください',
  'attendance.error.openBreak': '{date}: 休憩終了の打刻がありません',
  'attendance.error.endBeforeStart': '{date}: 終了時刻が開始時刻より前です',
  'attendance.error.breakOutsideShift': '{date}: 休憩が勤務時間の外にあります',
  'attendance.error.overlappingBreaks': '{date}: 休憩が重なっています',
  'attendance.error.overlappingShifts': '{date}: 勤務が重なっています',
  'attendance.error.shiftTooLong': '{date}: 勤務が24時間を超えています(退勤の打刻漏れの可能性)',
  'attendance.error.unmatchedClockOut': '{date}: 出勤のない退勤打刻があります',
  'attendance.error.unmatchedBreakEnd': '{date}: 休憩開始のない休憩終了打刻があります',
  'attendance.error.unmatchedBreakStart': '{date}: 勤務外の休憩開始打刻があります',
  'attendance.error.doubleBreakStart': '{date}: 休憩開始が続けて打刻されています',
  'attendance.error.invalidTime': '{date}: 時刻が正しくありません',
} as const;
const en: Record<keyof typeof ja, string> = {
  'attendance.error.openShift': '{date}: no clock-out (the shift is still open)',
  'attendance.goLiveWeek': 'the first week of {month} has days ({from} to {to}) before the first punch ({first}), so their hours are unknown. They count toward the 40-hour week (Labour Standards Act art. 32(1)): add this person\'s line to the sheet "{sheet}" (the minutes worked on those days, excluding anything over 8 h a day; 0 if none), then close',
  'attendance.error.openBreak': '{date}: no break end',
  'attendance.error.endBeforeStart': '{date}: ends before it starts',
  'attendance.error.breakOutsideShift': '{date}: a break lies outside the shift',
  'attendance.error.overlappingBreaks': '{date}: breaks overlap',
  'attendance.error.overlappingShifts': '{date}: shifts overlap',
  'attendance.error.shiftTooLong': '{date}: a shift longer than 24 hours (a missed clock-out?)',
  'attendance.error.unmatchedClockOut': '{date}: a clock-out with no clock-in',
  'attendance.error.unmatchedBreakEnd': '{date}: a break end with no break start',
  'attendance.error.unmatchedBreakStart': '{date}: a break start outside any shift',
  'attendance.error.doubleBreakStart': '{date}: two break starts in a row',
  'attendance.error.invalidTime': '{date}: not a valid time',
};
export const attendanceMessages = { ja, en };
