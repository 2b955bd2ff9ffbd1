/**
 * Menu captions and page titles that Code.js shows itself (onOpen builds the menu on every open),
 * kept apart from their areas' other messages, which only the lazy modules use (scripts/build.mjs
 * LAZY_MESSAGE_AREAS: routine, payroll-shell, outputs).
 */
const ja = {
  'menu.installTriggers': '定期処理を設定',
  'menu.routineStatus': '定期処理の状態',
  'menu.routineStatusStale': '⚠ 定期処理が止まっています',
  'menu.payroll': '給与 (計算・確定)',
  'sidebar.payroll.title': '給与',
} as const;
const en: Record<keyof typeof ja, string> = {
  'menu.installTriggers': 'Set up the daily routine',
  'menu.routineStatus': 'Routine status',
  'menu.routineStatusStale': '⚠ The daily routine has stopped',
  'menu.payroll': 'Payroll (run, close)',
  'sidebar.payroll.title': 'Payroll',
};

export const menuCaptionMessages = { ja, en };
