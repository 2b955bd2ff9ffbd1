/** Messages of the attendance screens and server functions. */
const ja = {
  'attendance.monthClosed': '{month} の勤怠は締め済みのため変更できません。管理部に締め解除を依頼してください。',
  'attendance.noEmployee': 'あなたの社員情報が見つかりません。管理部に連絡してください。',
  'attendance.punched': '{kind} を {time} に記録しました。',
  'attendance.kind.clockIn': '出勤',
  'attendance.kind.clockOut': '退勤',
  'attendance.kind.breakStart': '休憩開始',
  'attendance.kind.breakEnd': '休憩終了',
  'attendance.future': '未来の日時は指定できません。',
  'attendance.requestNotFound': '申請 {id} が見つかりません。',
  'attendance.requestDecided': '申請 {id} は処理済みです。',
} as const;
const en: Record<keyof typeof ja, string> = {
  'attendance.monthClosed': 'Attendance for {month} is closed and cannot change. Ask the back office to reopen it.',
  'attendance.noEmployee': 'Your employee record was not found. Please contact the back office.',
  'attendance.punched': '{kind} recorded at {time}.',
  'attendance.kind.clockIn': 'Clock in',
  'attendance.kind.clockOut': 'Clock out',
  'attendance.kind.breakStart': 'Break start',
  'attendance.kind.breakEnd': 'Break end',
  'attendance.future': 'A time in the future cannot be given.',
  'attendance.requestNotFound': 'Request {id} was not found.',
  'attendance.requestDecided': 'Request {id} has already been decided.',
};
export const attendanceShellMessages = { ja, en };
