/**
 * The lazy module `attendanceMonth` (see ../lazy.ts): a month's attendance as the admin sidebar
 * shows it (the preview with its blocking errors), the close and reopen, and the 36協定 report.
 * Only the admin's and managers' sidebars call them, so they are not in Code.js; the entries
 * (names, roles, inputs) are in adminRpc.ts.
 */
import { bootstrap } from '../bootstrap';
export { closeAttendanceMonth, previewMonth, reopenAttendanceMonth } from './close';
export { agreementReport } from './monitor';

bootstrap();
