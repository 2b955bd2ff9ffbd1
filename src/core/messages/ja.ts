/**
 * The message catalogs of every area, merged: `ja` (default) and `en` have the same keys. To add an
 * area, add its import and its line in `areas` (this file merges with git's union driver, so keep
 * one import and one entry per line).
 */
import { commonMessages } from './common';
import { tableMessages } from './tables';
import { accessMessages } from './access';
import { attendanceShellMessages } from './attendance-shell';
import { journalMessages } from './journal';
import { zenginMessages } from './zengin';
import { attendanceMessages } from './attendance';
import { payslipMessages } from './payslip';
import { ledgerMessages } from './ledgers';
import { payrollMessages } from './payroll';
import { sandboxMessages } from './sandbox';
import { sidebarMessages } from './sidebars';
import { securityMessages } from './security';
import { payrollShellMessages } from './payroll-shell';
import { routineMessages } from './routine';
import { outputsMessages } from './outputs';
import { yearEndMessages } from './year-end';
import { yearEndShellMessages } from './year-end-shell';
import { assetsMessages } from './assets';
import { menuCaptionMessages } from './menu-captions';
import { contractsMessages } from './contracts';
import { salaryReportMessages } from './salary-report';

const areas = [
  commonMessages,
  tableMessages,
  accessMessages,
  attendanceShellMessages,
  journalMessages,
  zenginMessages,
  attendanceMessages,
  payslipMessages,
  ledgerMessages,
  payrollMessages,
  sandboxMessages,
  sidebarMessages,
  securityMessages,
  payrollShellMessages,
  routineMessages,
  outputsMessages,
  yearEndMessages,
  yearEndShellMessages,
  assetsMessages,
  menuCaptionMessages,
  contractsMessages,
  salaryReportMessages,
] as const;

type Area = (typeof areas)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Catalog = UnionToIntersection<Area['ja']>;

export const ja: Catalog = Object.assign({}, ...areas.map((a) => a.ja));
export const en: Record<keyof Catalog, string> = Object.assign({}, ...areas.map((a) => a.en));
