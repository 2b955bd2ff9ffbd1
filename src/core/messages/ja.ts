/** 日本語のメッセージ (既定): each area's catalog, merged. Keys are shared with en.ts. */
import { commonMessages } from './common';
import { attendanceMessages } from './attendance';

export const ja = {
  ...commonMessages.ja,
  ...attendanceMessages.ja,
} as const;
