/** English messages: the same keys as ja.ts, each area's catalog merged. */
import type { ja } from './ja';
import { commonMessages } from './common';
import { payrollMessages } from './payroll';

export const en: Record<keyof typeof ja, string> = {
  ...commonMessages.en,
  ...payrollMessages.en,
};
