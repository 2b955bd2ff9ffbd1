/** The admin sidebars' titles (their menu captions are in the areas that own them). */
const ja = {
  'sidebar.attendance.title': '勤怠の締め',
} as const;
const en: Record<keyof typeof ja, string> = {
  'sidebar.attendance.title': 'Attendance close',
};
export const sidebarMessages = { ja, en };
