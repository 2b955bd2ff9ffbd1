/**
 * `kanri demo <dir>` and the sandbox's workbook: the demo company created through Kanri's own
 * functions (set-up, the admin's master-data and import RPCs, employees' leave requests, the
 * monthly close), never by writing cells around them. The as-of date decides the months: the three
 * before it closed, its own open up to the day before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Company } from '../company';
import { addDays, addYearMonths, firstDayOfMonth, instantOfTokyo, lastDayOfMonth, yearMonthOf, type LocalDate } from '../../core/calendar';
import { DEMO_COMPANY, demoPeople } from './people';
import { demoLeaveDays, demoPunches } from './punches';
import { DEMO_COMPANY_BANK, demoPaySettings } from './pay';

export interface DemoOptions {
  asOf: LocalDate;
  seed?: number;
  /** Progress lines (the sandbox shows them while the demo is built). */
  onStep?: (step: string) => void;
}

export interface DemoSummary {
  dir: string;
  admin: string;
  people: number;
  closedMonths: string[];
  openMonth: string;
  punches: number;
  seconds: number;
}

export function createDemoCompany(dir: string, options: DemoOptions): DemoSummary {
  const started = Date.now();
  const seed = options.seed ?? 1;
  const step = options.onStep ?? (() => undefined);
  if (fs.existsSync(path.join(dir, 'Kanri.xlsx'))) throw new Error(`${dir} already has a workbook; the demo never overwrites one`);
  fs.mkdirSync(dir, { recursive: true });
  const people = demoPeople(seed);
  const admin = people.find((p) => p.role === 'admin')!.email;
  const company = new Company(dir, { owner: admin, idSeed: seed });
  // Everything happens on the as-of day at 08:30 Tokyo, before anyone punches in; when that is
  // still ahead (the as-of day is today), now, so nothing is recorded in the future.
  const planned = instantOfTokyo(`${options.asOf}T08:30`);
  const at = planned.getTime() <= Date.now() ? planned : new Date(Date.now() - 60_000);
  company.clock = () => at;
  const call = (fn: string, input: unknown, user = admin) => company.call(fn, [input], { kind: 'rpc', user });

  step('setup');
  company.call('kanriSetUp', [], { kind: 'menu', user: admin });
  call('saveMasterRows', { table: 'settings', rows: [{ key: 'companyName', value: DEMO_COMPANY.name }, ...Object.entries(DEMO_COMPANY_BANK).map(([key, value]) => ({ key, value }))] });
  call('saveMasterRows', {
    table: 'workRules', rows: [
      { code: 'STD', name: '通常勤務 (9:00–18:00)', scheduledStart: '09:00', scheduledEnd: '18:00', breakMinutes: 60, workdays: 'monday,tuesday,wednesday,thursday,friday', publicHolidaysOff: true, weekStart: 'sunday', legalHoliday: 'sunday', rounding: 'none', premiumWithinLegal: false },
      { code: 'PART', name: 'パート (月水金 10:00–17:00)', scheduledStart: '10:00', scheduledEnd: '17:00', breakMinutes: 60, workdays: 'monday,wednesday,friday', publicHolidaysOff: true, weekStart: 'sunday', legalHoliday: 'sunday', rounding: 'none', premiumWithinLegal: false },
    ],
  });
  step('employees');
  call('saveMasterRows', {
    table: 'employees',
    rows: people.map((p) => ({
      code: p.code, name: p.name, kana: p.kana, email: p.email, department: p.department, employmentType: p.employmentType,
      hireDate: p.hireDate, workRule: p.workRule, weeklyScheduledDays: p.weeklyScheduledDays, weeklyScheduledMinutes: p.weeklyScheduledMinutes,
      birthDate: p.birthDate, address: `東京都港区芝浦${1 + (Number(p.code.slice(1)) % 4)}-${Number(p.code.slice(1))}`,
    })),
  });
  call('saveMasterRows', { table: 'paySettings', rows: demoPaySettings(people, seed) });
  const managers = people.filter((p) => p.role === 'manager');
  call('saveMasterRows', {
    table: 'roles',
    rows: [
      ...people.filter((p) => p.role === 'admin').map((p) => ({ email: p.email, role: 'admin', note: '管理部' })),
      ...managers.map((p) => ({ email: p.email, role: 'manager', departments: p.department, note: `${p.department} 所属長` })),
    ],
  });

  const openMonth = yearMonthOf(options.asOf);
  const closedMonths = [3, 2, 1].map((n) => addYearMonths(openMonth, -n));
  const from = firstDayOfMonth(closedMonths[0]!);
  const yesterday = addDays(options.asOf, -1);

  step('leave');
  const leave = demoLeaveDays(people, from, lastDayOfMonth(openMonth), seed);
  // Past leave was agreed on paper and recorded by the admin in one go; a few people ask for
  // upcoming days through the web app, as in real use, and those stay pending for the admin.
  const past = [...leave].flatMap(([employeeCode, dates]) => [...dates].filter((d) => d <= yesterday).map((date) => ({ employeeCode, date, days: 1, reason: '私用' })));
  call('recordLeave', { rows: past });
  const upcoming = [...leave].flatMap(([code, dates]) => [...dates].filter((d) => d > yesterday).map((date) => ({ code, date }))).slice(0, 4);
  for (const u of upcoming) call('requestLeave', { date: u.date, days: 1, reason: '私用' }, people.find((p) => p.code === u.code)!.email);
  const taken = new Map([...leave].map(([code, dates]) => [code, new Set([...dates].filter((d) => d <= yesterday))]));

  step('punches');
  const punches = demoPunches(people, from, yesterday, taken, seed);
  // One person forgot to clock out yesterday: the open month shows an error to fix before its close.
  const forgetful = people.find((p) => p.department === '営業' && p.role === 'employee');
  const rows = punches.filter((p) => !(forgetful && p.employeeCode === forgetful.code && p.at.startsWith(yesterday) && p.kind === 'clockOut'));
  call('importPunches', { punches: rows });
  if (forgetful) {
    call('requestCorrection', { at: `${yesterday}T19:05`, kind: 'clockOut', reason: '退勤の打刻を忘れました' }, forgetful.email);
  }

  step('close');
  for (const month of closedMonths) {
    const report = call('closeAttendance', { month }) as { closed: boolean; problems: { employeeCode: string; ja: string }[] };
    if (!report.closed) throw new Error(`demo: ${month} did not close: ${report.problems.slice(0, 3).map((p) => `${p.employeeCode} ${p.ja}`).join('; ')}`);
  }
  step('payroll');
  for (const month of closedMonths) {
    const report = call('closePayroll', { month, reviewed: true }) as { closed: boolean; problems: { employeeCode: string; ja: string }[] };
    if (!report.closed) throw new Error(`demo: payroll ${month} did not close: ${report.problems.slice(0, 3).map((p) => `${p.employeeCode} ${p.ja}`).join('; ')}`);
  }
  step('leaveGrants');
  call('grantLeave', {});
  company.call('kanriInstallTriggers', [], { kind: 'menu', user: admin });
  return { dir, admin, people: people.length, closedMonths, openMonth, punches: rows.length, seconds: (Date.now() - started) / 1000 };
}
