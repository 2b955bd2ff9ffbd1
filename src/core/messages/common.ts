/** Messages shared by every area. An area's catalog is `{ ja: {...}, en: {...} }` with the same keys. */
const ja = {
  'menu.title': 'Kanri',
} as const;
const en: Record<keyof typeof ja, string> = {
  'menu.title': 'Kanri',
};
export const commonMessages = { ja, en };
