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
import { demoAssets } from './assets';
import { demoContracts } from './contracts';
import { punchesToShifts } from '../../core/attendance/punches';
import { classifyDays, statutoryWorkRule, weekStartOf } from '../../core/attendance/classify';

/** The demo company's 労災保険率 (設定 payroll.workersCompensation): Kanri ships no 労災保険率表 (see core/payroll/rates/workers-compensation.ts). */
export const DEMO_WORKERS_COMPENSATION = [
  { from: '2024-04-01', industry: '94 その他の各種事業', ratePerMille: '3', source: '厚生労働省「労災保険率表」(令和6年4月1日施行、徴収則 別表第1) https://www.mhlw.go.jp/content/rousaihokenritu_r05.pdf' },
];
import { writeWorkersCompensation } from '../../schema/settingLines';
import { ensurePrivateDir } from '../store/private-files';
import { demoDeclarations, payBeforeGoLiveOf } from './yearEnd';
import { yearEndYears } from '../../core/year-end/rates/year-end';

/** The demo's steps, in order: `kanri demo` prints each in the chosen language (messages demo.step.*). */
export type DemoStep = 'setup' | 'employees' | 'leave' | 'punches' | 'close' | 'payroll' | 'leaveGrants' | 'yearEnd' | 'assets' | 'contracts';

export interface DemoOptions {
  asOf: LocalDate;
  seed?: number;
  /** Progress lines (the sandbox shows them while the demo is built). */
  onStep?: (step: DemoStep) => void;
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
  ensurePrivateDir(dir);
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
  call('saveMasterRows', { table: 'settings', rows: [
    { key: 'companyName', value: DEMO_COMPANY.name }, ...Object.entries(DEMO_COMPANY_BANK).map(([key, value]) => ({ key, value })),
    // A design office: 事業の種類 94 その他の各種事業, 3/1000 from 2024-04-01 (the company's own figure, with its source).
    { key: 'payroll.workersCompensation', value: writeWorkersCompensation(DEMO_WORKERS_COMPENSATION) },
  ] });
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
      birthDate: p.birthDate, sex: p.sex, ...demoHome(p.code),
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
  // Imported month by month, each on the 1st after it (the open month's today): 記録日時 grows down the sheet
  // as in a company punching every day, so the employee's page reads only the tail of 打刻 (attendance/myMonth.ts).
  for (const month of [...closedMonths, openMonth]) {
    const batch = rows.filter((p) => p.at.startsWith(month));
    if (!batch.length) continue;
    const monthEnd = instantOfTokyo(`${firstDayOfMonth(addYearMonths(month, 1))}T08:30`);
    const recorded = month === openMonth || monthEnd.getTime() > at.getTime() ? at : monthEnd;
    company.clock = () => recorded;
    call('importPunches', { punches: batch });
  }
  company.clock = () => at;
  if (forgetful) {
    call('requestCorrection', { at: `${yesterday}T19:05`, kind: 'clockOut', reason: '退勤の打刻を忘れました' }, forgetful.email);
  }

  // Kanri goes live on the 1st: the first week's days before it were worked on paper. The admin enters each
  // person's hours of those days (導入前の週の労働時間) — here from the same generator, summed as the 40 h week counts
  // them (each day up to 8 h) — and the close uses them instead of assuming zero.
  const weekStart = weekStartOf(from, { weekStart: 'sunday' });
  if (weekStart < from) {
    const paper = demoPunches(people, weekStart, addDays(from, -1), new Map(), seed + 1);
    const minutesOf = (code: string) => {
      const own = punchesToShifts(paper.filter((p) => p.employeeCode === code).map((p) => ({ at: p.at, kind: p.kind })).sort((a, b) => (a.at < b.at ? -1 : 1))).shifts;
      return classifyDays({ rule: statutoryWorkRule(), shifts: own }).days.reduce((t, d) => t + d.workedMinutes - d.dailyOvertimeMinutes - d.legalHolidayMinutes, 0);
    };
    call('saveMasterRows', { table: 'goLiveWeek', rows: people.map((p) => ({ month: closedMonths[0], employeeCode: p.code, minutes: minutesOf(p.code), note: `${weekStart}〜${addDays(from, -1)} 紙の出勤簿から` })) });
  }

  step('close');
  for (const month of closedMonths) {
    const report = call('closeAttendance', { month }) as { closed: boolean; problems: { employeeCode: string; ja: string }[] };
    if (!report.closed) throw new Error(`demo: ${month} did not close: ${report.problems.slice(0, 3).map((p) => `${p.employeeCode} ${p.ja}`).join('; ')}`);
  }
  step('payroll');
  for (const month of closedMonths) {
    // The run paid in December (末締め翌月払い: the November month) settles the year's 年末調整, confirmed first.
    const payMonth = addYearMonths(month, 1);
    const year = Number(payMonth.slice(0, 4));
    if (payMonth.endsWith('-12') && yearEndYears().includes(year)) {
      step('yearEnd');
      const at = `${options.asOf}T08:30`;
      const d = demoDeclarations(people, year, admin, at);
      call('saveMasterRows', { table: 'dependantDeclarations', rows: d.dependants });
      call('saveMasterRows', { table: 'insuranceDeclarations', rows: d.insurance });
      const firstPay = addYearMonths(closedMonths[0]!, 1);
      const kanriPays = closedMonths.filter((m) => addYearMonths(m, 1).startsWith(`${year}-`)).length;
      const preview = call('yearEndPreview', { year }) as { employees: { code: string; salaryTotal: number; socialInsurance: number; withheldTotal: number }[] };
      const monthsBefore = (code: string) => {
        const hired = people.find((p) => p.code === code)!.hireDate.slice(0, 7);
        let n = 0;
        for (let pay = `${year}-01`; pay < firstPay; pay = addYearMonths(pay, 1)) if (hired <= addYearMonths(pay, -1)) n++;
        return n;
      };
      call('saveMasterRows', { table: 'payBeforeGoLive', rows: payBeforeGoLiveOf(preview, kanriPays, monthsBefore, year) });
      const confirmed = call('confirmYearEndAdjustment', { year, reviewed: true }) as { confirmed: boolean; problems: { employeeCode: string; ja: string }[] };
      if (!confirmed.confirmed) throw new Error(`demo: year-end ${year} not confirmed: ${confirmed.problems.slice(0, 3).map((p) => `${p.employeeCode} ${p.ja}`).join('; ')}`);
    }
    const report = call('closePayroll', { month, reviewed: true }) as { closed: boolean; problems: { employeeCode: string; ja: string }[] };
    if (!report.closed) throw new Error(`demo: payroll ${month} did not close: ${report.problems.slice(0, 3).map((p) => `${p.employeeCode} ${p.ja}`).join('; ')}`);
  }
  step('leaveGrants');
  call('grantLeave', {});
  step('assets');
  const equipment = demoAssets(people, options.asOf, call);
  const leaver = people.find((p) => p.code === equipment.leaver);
  if (leaver) {
    // leaving at the end of next month with the iPad still out: the save answers with the hand-back list
    call('saveMasterRows', { table: 'employees', rows: [{ code: leaver.code, leaveDate: lastDayOfMonth(addYearMonths(openMonth, 1)) }] });
  }
  step('contracts');
  demoContracts(people, options.asOf, call);
  company.call('kanriInstallTriggers', [], { kind: 'menu', user: admin });
  return { dir, admin, people: people.length, closedMonths, openMonth, punches: rows.length, seconds: (Date.now() - started) / 1000 };
}

/**
 * Where a demo person lives (the 1月1日 address for the 給与支払報告書): 港区 near the office for two in five, the rest in
 * 品川区, 大田区 and 川崎市 (a 政令指定都市: the report goes to the city, 141305, whatever the ward).
 */
const DEMO_HOMES = [
  { municipalityCode: '131032', municipality: '港区', street: '東京都港区芝浦' },
  { municipalityCode: '131091', municipality: '品川区', street: '東京都品川区東品川' },
  { municipalityCode: '131032', municipality: '港区', street: '東京都港区海岸' },
  { municipalityCode: '131113', municipality: '大田区', street: '東京都大田区蒲田' },
  { municipalityCode: '141305', municipality: '川崎市', street: '神奈川県川崎市中原区小杉町' },
] as const;
export function demoHome(code: string): { address: string; municipalityCode: string; municipality: string } {
  const n = Number(code.slice(1));
  const home = DEMO_HOMES[n % DEMO_HOMES.length]!;
  return { address: `${home.street}${1 + (n % 4)}-${n}`, municipalityCode: home.municipalityCode, municipality: home.municipality };
}
