/** 日本語のメッセージ (既定): each area's catalog, merged. Keys are shared with en.ts. */
import { commonMessages } from './common';
import { payrollMessages } from './payroll';

export const ja = {
  ...commonMessages.ja,
  ...payrollMessages.ja,
} as const;
