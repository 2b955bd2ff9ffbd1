/** Messages about identity and roles. */
const ja = {
  'access.noEmail': 'ログインユーザーを確認できません。会社の Google アカウントでログインするか、管理部から届いた専用リンクを開いてください。',
  'access.unknownUser': '{email} は Kanri に登録されていません。管理部に連絡してください。',
  'access.denied': 'この操作 ({action}) を行う権限がありません。',
  'access.notYourRecord': '他の人のデータは表示・変更できません。',
  'access.notTrigger': '{action} は Kanri のトリガーからのみ実行されます。ページからは実行できません。',
  'access.menuOnly': '{action} は管理用ワークブックの Kanri メニューから実行してください。',
  'access.left': '{email} は {leaveDate} に退職しているため、Kanri を利用できません。最後の給与明細はメールでお送りします。',
  'access.busy': '他の処理が実行中のため、今回の操作は記録されていません。少し待ってからもう一度お試しください。',
} as const;
const en: Record<keyof typeof ja, string> = {
  'access.noEmail': 'Kanri cannot tell who you are. Sign in with your company Google account, or open the personal link the back office sent you.',
  'access.unknownUser': '{email} is not registered in Kanri. Please contact the back office.',
  'access.denied': 'You are not allowed to do this ({action}).',
  'access.notYourRecord': 'You cannot see or change another person\'s data.',
  'access.notTrigger': '{action} runs only from Kanri\'s own trigger; it cannot be called from a page.',
  'access.menuOnly': 'Run {action} from the Kanri menu of the admin workbook.',
  'access.left': '{email} left on {leaveDate}, so Kanri is no longer available to this account. The final payslips are sent by e-mail.',
  'access.busy': 'Another task was running, so nothing was recorded. Please wait a moment and try again.',
};
export const accessMessages = { ja, en };
