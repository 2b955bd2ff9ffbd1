/** Every table of the admin workbook, in the order their sheets appear. */
import type { TableDef } from '../table';
import { settingsTable } from './settings';
import { rolesTable } from './roles';
import { employeesTable } from './employees';
import { workRulesTable } from './workRules';
import { punchesTable } from './punches';
import { correctionsTable } from './corrections';
import { companyHolidaysTable } from './companyHolidays';
import { leaveGrantsTable, leaveTakenTable } from './leave';
import { monthlyAttendanceTable } from './monthlyAttendance';
import { closuresTable } from './closures';
import { auditLogTable } from './auditLog';
import { paySettingsTable, payrollRunsTable, wageLedgerTable } from './payroll';
import { goLiveWeekTable } from './goLiveWeek';
import { dependantDeclarationsTable, insuranceDeclarationsTable } from './yearEndDeclarations';
import { payBeforeGoLiveTable, yearEndAdjustmentsTable } from './yearEnd';
import { yearEndLedgerColumnTable } from './yearEndLedger';
import { assetTables } from './assets';
import { contractTables } from './contracts';

export const allTables: readonly TableDef<any>[] = [
  employeesTable, workRulesTable, punchesTable, correctionsTable, leaveGrantsTable, leaveTakenTable,
  companyHolidaysTable, goLiveWeekTable, monthlyAttendanceTable, paySettingsTable, payrollRunsTable, wageLedgerTable,
  payBeforeGoLiveTable, dependantDeclarationsTable, insuranceDeclarationsTable, yearEndAdjustmentsTable, yearEndLedgerColumnTable,
  ...assetTables,
  ...contractTables,
  closuresTable, rolesTable, settingsTable, auditLogTable,
];
