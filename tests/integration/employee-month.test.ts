/**
 * The employee's month (issue 15 item 4) on the demo company (as of 2026-11-25, 2026-11 open): the
 * totals, 有給 and its expiry, the requests and the warnings the web app shows; the bounded read of
 * 打刻; and a second 出勤 without a 退勤 refused on the server with a clear message.
 */
import { demoCompany } from '../support/demo';
import { Company } from '../../src/local/company';
import { tempDir } from '../support/company';
import { sheetValues } from '../support/digest';

const AS_OF = '2026-11-25';
let dir: string;
let company: Company;
let sheets: Record<string, unknown[][]>;
let emailOf: (code: string) => string;
let forgetful: { code: string; email: string };

type MyMonth = {
  month: string; closed: boolean;
  totals: { workedMinutes: number; legalOvertimeMinutes: number; lateNightMinutes: number; workDays: number } | null;
  leave: { balanceDays: number; nextExpiry: { date: string; days: number } | null; obligation: { status: string; deadline: string } | null };
  requests: { id: string; kind: string; status: string; date: string }[];
  warnings: { code: string; date: string; ja: string; en: string }[];
  cellsRead: number;
};

beforeAll(() => {
  dir = tempDir('kanri-my-month-');
  demoCompany(dir, { asOf: AS_OF });
  company = new Company(dir);
  company.clock = () => new Date(`${AS_OF}T03:00:00Z`); // noon in Tokyo
  sheets = sheetValues(dir);
  const header = sheets['従業員']![0] as string[];
  const rows = sheets['従業員']!.slice(1) as string[][];
  const codeAt = header.indexOf('社員番号');
  const emailAt = header.indexOf('メールアドレス');
  emailOf = (code) => rows.find((r) => r[codeAt] === code)![emailAt]!;
  // the demo's 営業 employee who forgot to clock out yesterday asked for a correction (src/local/demo/index.ts)
  const corr = sheets['打刻修正']!;
  const code = String(corr[1]![(corr[0] as string[]).indexOf('社員番号')]);
  forgetful = { code, email: emailOf(code) };
}, 120_000);

/** A cell as the sheet shows it in Tokyo: dates cross as instants (ISO, UTC) in sheetValues. */
const tokyo = (cell: unknown) => new Date(new Date(String(cell)).getTime() + 9 * 3600_000).toISOString().slice(0, 16);

const myMonth = (user: string, month?: string) => company.rpc('myMonth', month ? { month } : {}, user) as MyMonth;

/** Worked minutes of one employee's month straight from the 打刻 sheet: 退勤 − 出勤 − the break, per day. */
function workedFromSheet(code: string, month: string): number {
  const p = sheets['打刻']!;
  const h = p[0] as string[];
  const at = (r: unknown[]) => tokyo(r[h.indexOf('日時')]);
  const mins = (t: string) => Number(t.slice(11, 13)) * 60 + Number(t.slice(14, 16));
  const own = p.slice(1).filter((r) => r[h.indexOf('社員番号')] === code && at(r).startsWith(month));
  const byDay = new Map<string, Record<string, string>>();
  // 種別 as the sheet shows it (labels), or the bare code of an older sheet
  const kind = (v: unknown) => ({ 出勤: 'clockIn', 退勤: 'clockOut', 休憩開始: 'breakStart', 休憩終了: 'breakEnd' } as Record<string, string>)[String(v)] ?? String(v);
  for (const r of own) byDay.set(at(r).slice(0, 10), { ...byDay.get(at(r).slice(0, 10)), [kind(r[h.indexOf('種別')])]: at(r) });
  let total = 0;
  for (const d of byDay.values()) if (d.clockIn && d.clockOut) total += mins(d.clockOut) - mins(d.clockIn) - (d.breakStart && d.breakEnd ? mins(d.breakEnd) - mins(d.breakStart) : 0);
  return total;
}

test("the forgetful employee's month: yesterday's missing 退勤 is a warning, the correction request is pending", () => {
  const m = myMonth(forgetful.email);
  expect(m.month).toBe('2026-11');
  expect(m.closed).toBe(false);
  expect(m.warnings).toEqual([expect.objectContaining({ code: 'missingClockOut', date: '2026-11-24' })]);
  expect(m.warnings[0]!.ja).toMatch(/^2026-11-24：\d\d:\d\dの出勤のあとに退勤の打刻がありません。/);
  expect(m.requests).toContainEqual(expect.objectContaining({ kind: 'correction', status: 'pending', date: '2026-11-24' }));
  // the days with both punches: the same figure the 打刻 sheet gives by hand
  expect(m.totals!.workedMinutes).toBe(workedFromSheet(forgetful.code, '2026-11'));
});

test('E004 (設計) sees the month the admin preview shows: worked, legal overtime, late night', () => {
  const m = myMonth(emailOf('E004'));
  const admin = (sheets['権限']!.slice(1) as string[][]).find((r) => r[1] === '管理者' || r[1] === 'admin')![0]!;
  const preview = company.rpc('attendancePreview', { month: '2026-11' }, admin) as { employees: { code: string; summary: { workedMinutes: number; legalOvertimeMinutes: number; lateNightMinutes: number } }[] };
  const row = preview.employees.find((e) => e.code === 'E004')!.summary;
  expect(m.totals!.workedMinutes).toBe(workedFromSheet('E004', '2026-11'));
  expect(m.totals!.workedMinutes).toBe(row.workedMinutes);
  expect(m.totals!.legalOvertimeMinutes).toBe(row.legalOvertimeMinutes);
  expect(m.totals!.legalOvertimeMinutes).toBeGreaterThan(0);
  expect(m.totals!.lateNightMinutes).toBe(row.lateNightMinutes);
  expect(m.warnings).toEqual([]);
});

test('有給: the balance and the next expiry come from 有給付与 (the oldest grant still valid)', () => {
  const g = sheets['有給付与']!;
  const h = g[0] as string[];
  const own = g.slice(1).filter((r) => r[h.indexOf('社員番号')] === 'E004' && tokyo(r[h.indexOf('付与日')]) <= AS_OF && tokyo(r[h.indexOf('時効日')]) >= AS_OF);
  const m = myMonth(emailOf('E004'));
  expect(own.length).toBeGreaterThan(0);
  const earliest = own.map((r) => tokyo(r[h.indexOf('時効日')]).slice(0, 10)).sort()[0];
  expect(m.leave.nextExpiry?.date).toBe(earliest);
  expect(m.leave.balanceDays).toBeGreaterThan(0);
});

test('打刻 is read from its tail: the rows recorded since the week before the month, not the whole history', () => {
  const m = myMonth(emailOf('E004'));
  const p = sheets['打刻']!;
  const width = (p[0] as unknown[]).length;
  const recordedAt = (p[0] as string[]).indexOf('記録日時');
  const recent = p.slice(1).filter((r) => tokyo(r[recordedAt]) >= '2026-10-26').length;
  const people = sheets['従業員']!.length - 1;
  expect(m.cellsRead).toBeLessThan(width * p.length); // never the whole history (2026-08 and 09 are not read)
  expect(recent).toBeLessThan(p.length / 2);
  // the recent rows, plus at most the block (doubled) that reached an older row
  expect(m.cellsRead).toBeLessThanOrEqual(width * (1 + recent * 2 + people * 4));
});

test('a second 出勤 without a 退勤 is refused with a clear message and not recorded; after 退勤 it is', () => {
  const user = emailOf('E010');
  const at = (hm: string) => ({ at: new Date(`${AS_OF}T${hm}:00+09:00`) });
  const count = () => (sheetValues(dir)['打刻']!.length);
  company.rpc('punch', { kind: 'clockIn' }, user, at('09:01'));
  const before = count();
  const second = company.run('punch', [{ kind: 'clockIn' }], { kind: 'rpc', user, ...at('09:30') });
  expect(second.ok).toBe(false);
  expect(second.error!.message).toContain('出勤は09:01に記録済みです。先に退勤を記録してください');
  expect(count()).toBe(before);
  company.rpc('punch', { kind: 'clockOut' }, user, at('18:02'));
  company.rpc('punch', { kind: 'clockIn' }, user, at('19:00'));
  expect(count()).toBe(before + 2);
});

test("yesterday's forgotten 退勤 does not block today's 出勤", () => {
  const r = company.rpc('punch', { kind: 'clockIn' }, forgetful.email, { at: new Date(`${AS_OF}T08:55:00+09:00`) }) as { at: string };
  expect(r.at).toBe(`${AS_OF}T08:55`);
});
