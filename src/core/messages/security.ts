/** Messages of the security area: duplicate input, signed employee links, manager views. */
const ja = {
  'table.duplicateInput': 'シート「{sheet}」: キー「{key}」が既にあるか、入力の中で重複しています。',
  'link.invalid': 'このリンクは無効です (期限切れ・取り消し済み・改ざん)。管理部に新しいリンクを依頼してください。',
  'link.noEmployee': '社員番号 {code} の従業員がいません。',
  'views.mailSubject': 'Kanri: {department} の閲覧用シートができました',
  'views.mailBody': '{department} の勤怠・有給・36協定の閲覧用スプレッドシートを共有しました (閲覧のみ、毎日更新)。\n{url}',
  'menu.refreshManagerViews': '所属長の閲覧用シートを更新',
} as const;
const en: Record<keyof typeof ja, string> = {
  'table.duplicateInput': 'Sheet "{sheet}": key "{key}" already exists or appears twice in the input.',
  'link.invalid': 'This link is not valid (expired, revoked or altered). Ask the back office for a new one.',
  'link.noEmployee': 'There is no employee with code {code}.',
  'views.mailSubject': 'Kanri: the view for {department} is ready',
  'views.mailBody': 'The view-only spreadsheet of attendance, paid leave and 36 agreement status for {department} has been shared with you (refreshed daily).\n{url}',
  'menu.refreshManagerViews': 'Refresh the managers\' views',
};
export const securityMessages = { ja, en };
