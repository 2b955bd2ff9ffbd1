/** `kanri calc` commands for payroll: social-insurance, employment-insurance, withholding, bonus-withholding, payroll. */
import type { CalcCommand } from './types';

export const payrollCalcCommands: Record<string, CalcCommand> = {};
