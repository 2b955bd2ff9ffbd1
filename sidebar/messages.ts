/** The pages' message catalog (Japanese by default, English by the switch). */
const ja = {
  appTitle: 'Kanri 勤怠',
  punch: '打刻',
  myMonth: '今月の勤怠',
  requests: '申請',
  clockIn: '出勤', clockOut: '退勤', breakStart: '休憩開始', breakEnd: '休憩終了',
  punched: '{kind} を {time} に記録しました',
  today: '今日の打刻', none: 'まだありません',
  month: '対象月', closed: '締め済み', open: '未締め',
  leave: '有給休暇の申請', date: '日付', days: '日数', fullDay: '1日', halfDay: '半日', reason: '理由', send: '申請する',
  correction: '打刻修正の申請', dateTime: '日時', kind: '種別',
  sent: '申請しました ({id})', loading: '処理中…', language: 'English',
  signedInAs: '{name} さん ({department})',
  closeTitle: '勤怠の締め', preview: 'プレビュー', closeMonth: 'この月を締める', employee: '従業員', worked: '労働時間', legalOvertime: '法定時間外',
  problems: '締められない理由 ({count}件)', noProblems: '問題はありません', closedCount: '{month} を締めました ({count}名)',
  cannotClose: '{month} は締められません ({count}件)', alreadyClosed: 'この月は締め済みです', hours: '{h} 時間',
} as const;
const en: Record<keyof typeof ja, string> = {
  appTitle: 'Kanri attendance',
  punch: 'Punch',
  myMonth: 'This month',
  requests: 'Requests',
  clockIn: 'Clock in', clockOut: 'Clock out', breakStart: 'Break start', breakEnd: 'Break end',
  punched: '{kind} recorded at {time}',
  today: "Today's punches", none: 'None yet',
  month: 'Month', closed: 'Closed', open: 'Open',
  leave: 'Paid leave request', date: 'Date', days: 'Days', fullDay: 'Full day', halfDay: 'Half day', reason: 'Reason', send: 'Send',
  correction: 'Punch correction request', dateTime: 'Date and time', kind: 'Kind',
  sent: 'Sent ({id})', loading: 'Working…', language: '日本語',
  signedInAs: '{name} ({department})',
  closeTitle: 'Attendance close', preview: 'Preview', closeMonth: 'Close this month', employee: 'Employee', worked: 'Worked', legalOvertime: 'Legal overtime',
  problems: 'Why it cannot close ({count})', noProblems: 'No problems', closedCount: 'Closed {month} ({count} people)',
  cannotClose: '{month} cannot close ({count} problems)', alreadyClosed: 'This month is closed', hours: '{h} h',
};
export type PageLang = 'ja' | 'en';
export type PageKey = keyof typeof ja;
export const pageMessages: Record<PageLang, Record<PageKey, string>> = { ja, en };

export function t(lang: PageLang, key: PageKey, params: Record<string, string | number> = {}): string {
  return pageMessages[lang][key].replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));
}
