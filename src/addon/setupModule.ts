/**
 * The set-up lazy module (see ./lazy.ts): 初期設定 (every sheet, its layout and dropdowns, the
 * 「はじめに」 sheet) and 点検 (every table checked), run rarely and by an admin only, so not in Code.js.
 */
import { bootstrap } from './bootstrap';
export { setUpWorkbook } from './setup';
export { checkWorkbook } from './check';

bootstrap();
