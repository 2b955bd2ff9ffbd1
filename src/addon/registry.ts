/** Every entry point of the bundle, in one list (see entrypoints.ts). Modules add theirs here. */
import type { EntryPoint } from './entrypoints';
import { menuEntries, simpleTriggerEntries } from './menu';
import { attendanceRpcs } from './attendance/rpc';
import { masterRpcs } from './masters';
import { webEntries, webRpcs } from './web';
import { attendanceAdminRpcs } from './attendance/adminRpc';
import { triggerEntries, routineMenuEntries, routineRpcs } from './routine';
import { signedLinkRpcs } from './signedLink';
import { viewMenuEntries, viewTriggerEntries } from './views';
import { payrollRpcs } from './payroll/rpc';
import { outputsRpcs } from './outputs/rpc';

export const entryPoints: readonly EntryPoint[] = [
  ...simpleTriggerEntries,
  ...menuEntries,
  ...attendanceRpcs,
  ...masterRpcs,
  ...webEntries,
  ...webRpcs,
  ...attendanceAdminRpcs,
  ...triggerEntries,
  ...signedLinkRpcs,
  ...viewMenuEntries, ...viewTriggerEntries,
  ...payrollRpcs,
  ...routineMenuEntries, ...routineRpcs,
  ...outputsRpcs,
];
