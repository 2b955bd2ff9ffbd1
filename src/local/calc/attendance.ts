/** `kanri calc` commands for attendance: day-classification, agreement36, leave-grants. */
import type { CalcCommand } from './types';

export const attendanceCalcCommands: Record<string, CalcCommand> = {};
