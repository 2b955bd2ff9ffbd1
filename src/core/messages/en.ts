/** English messages: the same keys as ja.ts, each area's catalog merged. */
import type { ja } from './ja';
import { commonMessages } from './common';
import { tableMessages } from './tables';
import { accessMessages } from './access';
import { attendanceShellMessages } from './attendance-shell';

export const en: Record<keyof typeof ja, string> = {
  ...commonMessages.en,
  ...tableMessages.en,
  ...accessMessages.en,
  ...attendanceShellMessages.en,
};
