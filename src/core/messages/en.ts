/** English messages: the same keys as ja.ts, each area's catalog merged. */
import type { ja } from './ja';
import { commonMessages } from './common';
import { journalMessages } from './journal';
import { zenginMessages } from './zengin';

export const en: Record<keyof typeof ja, string> = {
  ...commonMessages.en,
  ...zenginMessages.en,
  ...journalMessages.en,
};
