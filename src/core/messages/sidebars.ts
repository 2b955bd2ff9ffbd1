/** The admin sidebars' titles (their menu captions are in the areas that own them). */
const ja = {
  'sidebar.attendance.title': '勤怠の締め',
  'sidebar.requests.title': '申請の承認',
  'sidebar.assets.title': '資産（備品・消耗品・減価償却）',
  'menu.assets': '資産 (備品・消耗品)',
} as const;
const en: Record<keyof typeof ja, string> = {
  'sidebar.attendance.title': 'Attendance close',
  'sidebar.requests.title': 'Requests to approve',
  'sidebar.assets.title': 'Assets (equipment, consumables, depreciation)',
  'menu.assets': 'Assets (equipment, consumables)',
};
export const sidebarMessages = { ja, en };
