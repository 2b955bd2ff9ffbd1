/** Messages shared by every area. An area's catalog is `{ ja: {...}, en: {...} }` with the same keys. */
const ja = {
  'menu.title': 'Kanri',
  'menu.setUp': '初期設定 (シートを作成)',
  'menu.check': '表のチェック',
  'setup.done': '初期設定が完了しました。作成: {created} / 列を追加: {extended}',
  'common.none': 'なし',
  'menu.selfTest': '動作確認',
} as const;
const en: Record<keyof typeof ja, string> = {
  'menu.title': 'Kanri',
  'menu.setUp': 'Set up (create the sheets)',
  'menu.check': 'Check every table',
  'setup.done': 'Set-up done. Created: {created} / columns added: {extended}',
  'common.none': 'none',
  'menu.selfTest': 'Self-test',
};
export const commonMessages = { ja, en };
