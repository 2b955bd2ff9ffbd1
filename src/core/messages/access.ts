/** Messages about identity and roles. */
const ja = {
  'access.noEmail': 'ログインユーザーを確認できません。会社の Google アカウントでログインするか、管理部から届いた専用リンクを開いてください。',
  'access.unknownUser': '{email} は Kanri に登録されていません。管理部に連絡してください。',
  'access.denied': 'この操作 ({action}) を行う権限がありません。',
  'access.notYourRecord': '他の人のデータは表示・変更できません。',
} as const;
const en: Record<keyof typeof ja, string> = {
  'access.noEmail': 'Kanri cannot tell who you are. Sign in with your company Google account, or open the personal link the back office sent you.',
  'access.unknownUser': '{email} is not registered in Kanri. Please contact the back office.',
  'access.denied': 'You are not allowed to do this ({action}).',
  'access.notYourRecord': 'You cannot see or change another person\'s data.',
};
export const accessMessages = { ja, en };
