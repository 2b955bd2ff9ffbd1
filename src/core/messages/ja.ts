/** 日本語のメッセージ (既定): each area's catalog, merged. Keys are shared with en.ts. */
import { commonMessages } from './common';
import { tableMessages } from './tables';
import { accessMessages } from './access';

export const ja = {
  ...commonMessages.ja,
  ...tableMessages.ja,
  ...accessMessages.ja,
} as const;
