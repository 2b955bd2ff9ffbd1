/** The admin sidebars' titles (their menu captions are in the areas that own them). */
const ja = {
  'sidebar.attendance.title': '勤怠の締め',
  'sidebar.requests.title': '申請の承認',
} as const;
const en: Record<keyof typeof ja, string> = {
  'sidebar.attendance.title': 'Attendance close',
  'sidebar.requests.title': 'Requests to approve',
};
export const sidebarMessages = { ja, en };
