/**
 * Every entry point of the bundle, in one list (see entrypoints.ts). Modules add theirs here.
 * Checked with `satisfies`, never annotated: each entry keeps its own name, schema and answer type,
 * which the pages' typed client reads (src/addon/surface.ts).
 */
import type { EntryPoint } from './entrypoints';
import { menuEntries, simpleTriggerEntries } from './menu';
import { attendanceRpcs } from './attendance/rpc';
import { masterRpcs } from './masters';
import { webEntries, webRpcs } from './web';
import { attendanceAdminRpcs } from './attendance/adminRpc';
import { overworkRpcs, overworkReportRpcs } from './attendance/overworkRpc';
import { triggerEntries, routineMenuEntries, routineRpcs, viewMenuEntries, viewTriggerEntries } from './routineEntries';
import { signedLinkRpcs } from './signedLink';
import { payrollRpcs } from './payroll/rpc';
import { outputsRpcs } from './outputs/rpc';
import { yearEndRpcs } from './year-end/rpc';
import { directEditTriggerEntries } from './directEdits';
import { selfTestMenuEntries, selfTestRpcs } from './selftest';
import { requestsInboxRpc, requestsMenuEntries } from './attendance/inbox';
import { assetsRpcs, assetsMenuEntries } from './assets/rpc';
import { contractsRpcs } from './contracts/rpc';

export const entryPoints = [
  ...simpleTriggerEntries,
  ...menuEntries,
  ...requestsMenuEntries, requestsInboxRpc,
  ...assetsMenuEntries,
  ...attendanceRpcs,
  ...masterRpcs,
  ...webEntries,
  ...webRpcs,
  ...attendanceAdminRpcs,
  ...overworkRpcs, ...overworkReportRpcs,
  ...triggerEntries,
  ...signedLinkRpcs,
  ...viewMenuEntries, ...viewTriggerEntries,
  ...payrollRpcs,
  ...routineMenuEntries, ...routineRpcs,
  ...outputsRpcs,
  ...yearEndRpcs,
  ...directEditTriggerEntries,
  ...selfTestMenuEntries, ...selfTestRpcs,
  ...assetsRpcs,
  ...contractsRpcs,
] satisfies readonly EntryPoint[];
