/**
 * The sandbox's company folder. `ensureSandboxWorkbook` creates it when missing and never
 * overwrites one (unless `reset`). Until the demo company (src/local/demo) lands, a small starter
 * company is made the way `kanri init` makes one, then filled through the bundle's own RPCs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Company, DEFAULT_OWNER } from '../company';
import { ADMIN_WORKBOOK_FILE } from '../store/store';
import { demoPeople, prng } from '../demo/people';
import { addDays, addYearMonths, datesFrom, firstDayOfMonth, weekday, yearMonthOf, type LocalDate } from '../../core/calendar';

export interface SandboxOptions {
  /** Recreate the workbook even when one exists (the caller has asked the user). */
  reset?: boolean;
  /** The as-of date (YYYY-MM-DD): its month is open, the month before has complete attendance. */
  asOf: LocalDate;
  seed?: number;
}

export function hasWorkbook(dir: string): boolean {
  return fs.existsSync(path.join(dir, ADMIN_WORKBOOK_FILE));
}

/** Creates the sandbox company in `dir` unless one is there; true when it created one. */
export function ensureSandboxWorkbook(dir: string, options: SandboxOptions): boolean {
  if (hasWorkbook(dir) && !options.reset) return false;
  // Only a company folder is ever removed: a reset never deletes a folder that is something else.
  if (hasWorkbook(dir)) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  createStarterCompany(dir, { asOf: options.asOf, seed: options.seed ?? 1 });
  return true;
}

/** How many demo people the starter company takes from each department. */
const STARTER_PER_DEPARTMENT = 3;

const WORK_RULES = [
  { code: 'STD', name: '通常勤務', scheduledStart: '09:00', scheduledEnd: '18:00', breakMinutes: 60, workdays: 'monday,tuesday,wednesday,thursday,friday', publicHolidaysOff: true, weekStart: 'sunday', legalHoliday: 'sunday', rounding: 'none', premiumWithinLegal: false },
  { code: 'PART', name: 'パート', scheduledStart: '10:00', scheduledEnd: '16:00', breakMinutes: 60, workdays: 'monday,wednesday,friday', publicHolidaysOff: true, weekStart: 'sunday', legalHoliday: 'sunday', rounding: 'none', premiumWithinLegal: false },
];

const pad = (n: number) => String(n).padStart(2, '0');
const time = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/**
 * A few employees of the demo roster, their roles, and complete punches for the month before
 * `asOf` and the days of its own month before it, all written through the bundle's RPCs.
 */
export function createStarterCompany(dir: string, options: { asOf: LocalDate; seed: number }): void {
  const company = new Company(dir);
  const admin = DEFAULT_OWNER;
  company.call('kanriSetUp', [], { kind: 'menu', user: admin });
  const byDepartment = new Map<string, number>();
  const people = demoPeople(options.seed).filter((p) => {
    const n = byDepartment.get(p.department) ?? 0;
    byDepartment.set(p.department, n + 1);
    return p.employmentType === 'partTime' ? p.department === '管理部' : n < STARTER_PER_DEPARTMENT;
  });
  company.rpc('saveMasterRows', { table: 'workRules', rows: WORK_RULES }, admin);
  company.rpc('saveMasterRows', {
    table: 'employees',
    rows: people.map((p) => ({
      code: p.code, name: p.name, kana: p.kana, email: p.email, department: p.department, employmentType: p.employmentType,
      hireDate: p.hireDate, workRule: p.workRule, weeklyScheduledDays: p.weeklyScheduledDays, weeklyScheduledMinutes: p.weeklyScheduledMinutes, birthDate: p.birthDate,
    })),
  }, admin);
  const roles = people.filter((p) => p.role !== 'employee').map((p) => ({ email: p.email, role: p.role, ...(p.role === 'manager' ? { departments: p.department } : {}) }));
  company.rpc('saveMasterRows', { table: 'roles', rows: roles }, admin);

  const random = prng(options.seed + 1);
  const from = firstDayOfMonth(addYearMonths(yearMonthOf(options.asOf), -1));
  const punches: Record<string, unknown>[] = [];
  let id = 0;
  for (const date of datesFrom(from, addDays(options.asOf, -1))) {
    const dow = weekday(date);
    for (const p of people) {
      const works = p.workRule === 'PART' ? [1, 3, 5].includes(dow) : dow >= 1 && dow <= 5;
      if (!works) continue;
      const start = (p.workRule === 'PART' ? 600 : 540) - Math.floor(random() * 10);
      const overtime = { heavy: 150, moderate: 60, light: 20, none: 0 }[p.overtimeHabit];
      const end = (p.workRule === 'PART' ? 960 : 1080) + Math.floor(random() * (overtime + 1));
      const at = (m: number) => `${date}T${time(m)}`;
      for (const [m, kind] of [[start, 'clockIn'], [720, 'breakStart'], [780, 'breakEnd'], [end, 'clockOut']] as const) {
        punches.push({ id: `S${String(++id).padStart(6, '0')}`, employeeCode: p.code, at: at(m), kind });
      }
    }
  }
  if (punches.length) company.rpc('importPunches', { punches }, admin);
}
