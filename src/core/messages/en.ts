/** English messages: the same keys as ja.ts. */
import type { ja } from './ja';
export const en: Record<keyof typeof ja, string> = {
  'menu.title': 'Kanri',
};
