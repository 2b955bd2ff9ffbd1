/** 日本語のメッセージ (既定): each area's catalog, merged. Keys are shared with en.ts. */
import { commonMessages } from './common';
import { tableMessages } from './tables';
import { accessMessages } from './access';
import { attendanceShellMessages } from './attendance-shell';

export const ja = {
  ...commonMessages.ja,
  ...tableMessages.ja,
  ...accessMessages.ja,
  ...attendanceShellMessages.ja,
} as const;
