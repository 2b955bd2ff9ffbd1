/** 日本語のメッセージ (既定): each area's catalog, merged. Keys are shared with en.ts. */
import { commonMessages } from './common';
import { journalMessages } from './journal';
import { zenginMessages } from './zengin';

export const ja = {
  ...commonMessages.ja,
  ...zenginMessages.ja,
  ...journalMessages.ja,
} as const;
