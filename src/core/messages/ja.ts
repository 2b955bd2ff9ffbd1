/** 日本語のメッセージ (既定): each area's catalog, merged. Keys are shared with en.ts. */
import { commonMessages } from './common';

export const ja = {
  ...commonMessages.ja,
} as const;
