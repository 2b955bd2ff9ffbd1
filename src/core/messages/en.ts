/** English messages: merged with the Japanese ones in ja.ts (same keys). */
export { en } from './ja';
