/**
 * The set-up lazy module (see ./lazy.ts): 初期設定 (every sheet, its layout and dropdowns, the
 * 「はじめに」 sheet), run rarely and by an admin only, so it is not in Code.js.
 */
import { bootstrap } from './bootstrap';
export { setUpWorkbook } from './setup';

bootstrap();
