/** 日本語のメッセージ (既定). Keys are shared with en.ts. */
export const ja = {
  'menu.title': 'Kanri',
} as const;
