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
  payrollTitle: '給与', netPay: '差引支給額', grossPay: '総支給額', totalDeductions: '控除合計', difference: '前月差', totals: '合計 {count}名',
  reviewed: '前月との差額を確認しました', closePayroll: '確定する', payrollClosed: '{run} を確定しました ({count}名)', runClosed: '確定済み',
  sendPayslips: '給与明細を送る', payslipProgress: '送信済み {sent} / {total}・未送信 {pending}', bankFile: '振込ファイル (全銀)',
  journalGeneric: '仕訳 (汎用CSV)', journalYayoi: '仕訳 (弥生)', payslipsTab: '給与明細', noPayslips: '確定した給与明細はありません', pdf: 'PDF',
  r_new: '新規', r_grade: '標準報酬月額', r_basePay: '基本給', r_allowances: '手当', r_overtime: '残業代', r_absence: '欠勤控除', r_commuting: '通勤手当',
  r_socialInsurance: '社会保険料', r_employmentInsurance: '雇用保険料', r_incomeTax: '源泉所得税', r_residentTax: '住民税', r_otherDeductions: 'その他控除',
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
  payrollTitle: 'Payroll', netPay: 'Net pay', grossPay: 'Gross pay', totalDeductions: 'Deductions', difference: 'vs last month', totals: 'Total, {count} people',
  reviewed: 'I reviewed the differences from last month', closePayroll: 'Close', payrollClosed: 'Closed {run} ({count} people)', runClosed: 'Closed',
  sendPayslips: 'Send payslips', payslipProgress: 'Sent {sent} / {total}, pending {pending}', bankFile: 'Bank file (全銀)',
  journalGeneric: 'Journal (generic CSV)', journalYayoi: 'Journal (Yayoi)', payslipsTab: 'Payslips', noPayslips: 'No closed payslips yet', pdf: 'PDF',
  r_new: 'new', r_grade: 'grade', r_basePay: 'base pay', r_allowances: 'allowances', r_overtime: 'overtime', r_absence: 'absence', r_commuting: 'commuting',
  r_socialInsurance: 'social insurance', r_employmentInsurance: 'employment insurance', r_incomeTax: 'income tax', r_residentTax: 'resident tax', r_otherDeductions: 'other deductions',
};
export type PageLang = 'ja' | 'en';
export type PageKey = keyof typeof ja;
export const pageMessages: Record<PageLang, Record<PageKey, string>> = { ja, en };

export function t(lang: PageLang, key: PageKey, params: Record<string, string | number> = {}): string {
  return pageMessages[lang][key].replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));
}
