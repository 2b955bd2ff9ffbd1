/**
 * A small company for the security tests, prepared once and copied per test (fs.cpSync), so the
 * set-up through the bundle runs once: an admin, a manager of 設計, two employees in 設計, one in
 * 営業, punches in October and November 2026, a pending leave request and a pending correction.
 * Every confidential value (birth date, address) is distinctive, so a scan can find any leak.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { Company } from '../../src/local/company';
import { CompanyFolder } from '../../src/local/store/store';
import { cellKey, type WorkbookData } from '../../src/local/store/workbook';
import { newCompany, tempDir, ADMIN } from '../support/company';

/** The fixture's clock: 2026-11-25 10:00 in Tokyo. */
export const NOW = new Date('2026-11-25T01:00:00Z');

export interface Person {
  code: string;
  email: string;
  name: string;
  department: string;
  birthDate: string;
  address: string;
}

export const PEOPLE = {
  manager: { code: 'KM001', email: 'mgr@example.jp', name: '管理 花子', department: '設計', birthDate: '1971-03-14', address: '東京都千代田区秘密町1-1' },
  e1: { code: 'KE101', email: 'e1@example.jp', name: '設計 一郎', department: '設計', birthDate: '1990-07-21', address: '東京都港区機密2-2' },
  e2: { code: 'KE102', email: 'e2@example.jp', name: '設計 二郎', department: '設計', birthDate: '1992-01-09', address: '神奈川県横浜市内緒3-3' },
  s1: { code: 'KS201', email: 's1@example.jp', name: '営業 三子', department: '営業', birthDate: '1985-11-30', address: '大阪府大阪市非公開4-4' },
} satisfies Record<string, Person>;

export const USERS = {
  admin: ADMIN,
  manager: PEOPLE.manager.email,
  employee: PEOPLE.e1.email,
  unknown: 'stranger@example.jp',
  empty: '',
} as const;
export type UserRole = keyof typeof USERS;

/** Confidential values of the fixture: none may appear anywhere but the admin workbook. */
export const CONFIDENTIAL_VALUES: string[] = Object.values(PEOPLE).flatMap((p) => [p.address, p.birthDate]);

const workRule = {
  code: 'STD', name: '通常', scheduledStart: '09:00', scheduledEnd: '18:00', breakMinutes: 60,
  workdays: 'monday,tuesday,wednesday,thursday,friday', publicHolidaysOff: true, weekStart: 'sunday', legalHoliday: 'sunday',
  rounding: 'none', premiumWithinLegal: false,
};

function employeeRow(p: Person) {
  return {
    code: p.code, name: p.name, kana: 'テスト', email: p.email, department: p.department, employmentType: 'regular',
    hireDate: '2020-04-01', workRule: 'STD', weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400, birthDate: p.birthDate, address: p.address,
  };
}

/** Weekday punches 09:00–19:30 with a break, for the given days of a month. */
export function punchesFor(code: string, month: string, days: number[], prefix: string) {
  return days.flatMap((d) => {
    const day = `${month}-${String(d).padStart(2, '0')}`;
    return [
      { id: `${prefix}-${code}-${month}-${d}-1`, employeeCode: code, at: `${day}T09:00`, kind: 'clockIn' },
      { id: `${prefix}-${code}-${month}-${d}-2`, employeeCode: code, at: `${day}T12:00`, kind: 'breakStart' },
      { id: `${prefix}-${code}-${month}-${d}-3`, employeeCode: code, at: `${day}T13:00`, kind: 'breakEnd' },
      { id: `${prefix}-${code}-${month}-${d}-4`, employeeCode: code, at: `${day}T19:30`, kind: 'clockOut' },
    ];
  });
}

/** A few weekdays of October and November 2026 (a small workbook keeps each execution fast). */
export const OCTOBER_DAYS = [1, 2, 5];
export const NOVEMBER_DAYS = [2, 4, 24];

function must(company: Company, name: string, input: unknown, user: string): unknown {
  const r = company.run(name, [input], { kind: 'rpc', user, at: NOW });
  if (!r.ok) throw new Error(`fixture: ${name} as ${user}: ${r.error?.message}`);
  return r.value;
}

let prepared: string | null = null;
export const fixtureIds: { leave: string; correction: string } = { leave: '', correction: '' };

/** Builds the fixture once per test file (through the bundle) and returns its folder. */
export function fixtureDir(): string {
  if (prepared) return prepared;
  const company = newCompany(NOW);
  must(company, 'saveMasterRows', { table: 'workRules', rows: [workRule] }, ADMIN);
  must(company, 'saveMasterRows', { table: 'employees', rows: Object.values(PEOPLE).map(employeeRow) }, ADMIN);
  must(company, 'saveMasterRows', { table: 'roles', rows: [{ email: PEOPLE.manager.email, role: 'manager', departments: '設計' }] }, ADMIN);
  const punches = Object.values(PEOPLE).flatMap((p) => [...punchesFor(p.code, '2026-10', OCTOBER_DAYS, 'FX'), ...punchesFor(p.code, '2026-11', NOVEMBER_DAYS, 'FX')]);
  must(company, 'importPunches', { punches }, ADMIN);
  // Kanri went live in October: the close asks for the hours of Sep 28–30 (before the first punch); nobody worked them.
  must(company, 'saveMasterRows', { table: 'goLiveWeek', rows: Object.values(PEOPLE).map((p) => ({ month: '2026-10', employeeCode: p.code, minutes: 0, note: '導入前: 勤務なし' })) }, ADMIN);
  must(company, 'grantLeave', {}, ADMIN);
  fixtureIds.leave = (must(company, 'requestLeave', { date: '2026-12-01', days: 1, reason: '私用' }, PEOPLE.e1.email) as { id: string }).id;
  fixtureIds.correction = (must(company, 'requestCorrection', { at: '2026-11-03T09:00', kind: 'clockIn', reason: '打刻忘れ' }, PEOPLE.e2.email) as { id: string }).id;
  prepared = company.dir;
  return prepared;
}

/** A fresh copy of the fixture: a Company over its own folder, clock fixed. */
export function copyFixture(): Company {
  const dir = path.join(tempDir('kanri-sec-'), 'company');
  fs.cpSync(fixtureDir(), dir, { recursive: true });
  const company = new Company(dir);
  company.clock = () => NOW;
  return company;
}

function valueText(v: unknown): string {
  return v instanceof Date ? `D${v.getTime()}` : `${typeof v}:${String(v)}`;
}

interface Snapshot {
  digest: string;
  workbooks: WorkbookData[];
}
const snapshots = new Map<string, Snapshot>();

/**
 * Every spreadsheet of the folder as stored, loaded once per version: a file that was not
 * rewritten (same inode, size and mtime) has the same values, so its snapshot is reused.
 */
function snapshot(dir: string): Snapshot {
  const folder = new CompanyFolder(dir);
  const stores = [folder.admin(), ...folder.spreadsheetIds().sort().map((id) => folder.spreadsheet(id))].filter((s) => s.exists());
  const stamp = stores.map((s) => `${s.location}@${s.version()}`).join('|');
  const known = snapshots.get(stamp);
  if (known) return known;
  const workbooks = stores.map((s) => s.load());
  const hash = crypto.createHash('sha256');
  for (const data of workbooks) {
    hash.update(`#${data.id}|${data.viewers.join(',')}|${data.editors.join(',')}\n`);
    for (const sheet of data.sheets) {
      hash.update(`##${sheet.name}\n`);
      for (const row of sheet.rows) hash.update(`${row.map(valueText).join('\t')}\n`);
      for (const [k, f] of [...sheet.formulas].sort((a, b) => a[0] - b[0])) hash.update(`=${k}:${f}\n`);
    }
  }
  const snap = { digest: hash.digest('hex'), workbooks };
  snapshots.clear(); // only the latest: a snapshot holds whole workbooks
  snapshots.set(stamp, snap);
  return snap;
}

/** A digest of every value (and formula) of every sheet of every spreadsheet in the folder. */
export function workbookDigest(dir: string): string {
  return snapshot(dir).digest;
}

export interface CellRead {
  spreadsheet: string;
  sheet: string;
  value: unknown;
  formula?: string;
}

/** Every cell of every sheet of every spreadsheet in the folder (or of one, by id), with its formula if any. */
export function allCells(dir: string, id?: string): CellRead[] {
  return snapshot(dir).workbooks.filter((w) => !id || w.id === id).flatMap((w) =>
    w.sheets.flatMap((s) => s.rows.flatMap((row, r) => row.map((value, c) => ({ spreadsheet: w.name, sheet: s.name, value, formula: s.formulas.get(cellKey(r, c)) })))));
}

/** True when a message is a Kanri error ("日本語 / English") or one of the access texts. */
export function isKanriErrorText(messageText: string): boolean {
  const first = messageText.split('\n')[0]!;
  const at = first.indexOf(' / ');
  return at > 0 && /[\u3040-\u30ff\u4e00-\u9fff]/.test(first.slice(0, at)) && /[A-Za-z]/.test(first.slice(at + 3));
}
