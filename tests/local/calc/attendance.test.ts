/** The attendance `kanri calc` commands through the CLI's own runner: shapes, field-path errors, open shifts. */
import { runCalc } from '../../../src/local/cli/calc';

function calc(name: string, input: unknown): { code: number; out: any; err: string } {
  let out = '';
  let err = '';
  const code = runCalc(name, typeof input === 'string' ? input : JSON.stringify(input), { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out: out ? JSON.parse(out) : undefined, err };
}

const rule = { weekStart: 'sunday', legalHoliday: 'sunday', dailyLegalMinutes: 480, weeklyLegalMinutes: 2400 };

test('day-classification: the issue example is 8 h worked and nothing else (労基法32条)', () => {
  const r = calc('day-classification', { rule, shifts: [{ start: '2026-05-11T09:00', end: '2026-05-11T18:00', breaks: [{ start: '2026-05-11T12:00', end: '2026-05-11T13:00' }] }] });
  expect(r.code).toBe(0);
  expect(r.out.days).toEqual([expect.objectContaining({ date: '2026-05-11', workedMinutes: 480, legalOvertimeMinutes: 0, lateNightMinutes: 0, legalHolidayMinutes: 0 })]);
  expect(r.out.totals).toMatchObject({ workedMinutes: 480, legalOvertimeMinutes: 0, overtimeOver60Minutes: 0, lateNightMinutes: 0, legalHolidayMinutes: 0 });
});

test('day-classification: an open shift exits 1 naming the shift', () => {
  const r = calc('day-classification', { rule, shifts: [{ start: '2026-05-11T09:00' }] });
  expect(r.code).toBe(1);
  expect(r.err).toContain('input.shifts[0]');
});

test('day-classification: a missing field exits 1 naming its path', () => {
  const r = calc('day-classification', { rule: { ...rule, weekStart: undefined }, shifts: [] });
  expect(r.code).toBe(1);
  expect(r.err).toContain('input.rule.weekStart');
});

test('agreement36: all six limits, 46 h with a special clause is a warning (労基法36条5項)', () => {
  const r = calc('agreement36', { agreement: { startMonth: '2026-04', specialClause: true, variableYear: false }, months: [{ month: '2026-04', overtimeMinutes: 2760, holidayMinutes: 0 }] });
  expect(r.code).toBe(0);
  expect(r.out.limits.map((l: { id: string }) => l.id)).toEqual(['monthly45', 'yearly360', 'yearly720', 'monthlyUnder100', 'average80', 'over45Count']);
  expect(r.out.limits[0]).toMatchObject({ status: 'warning', article: '労基法36条4項' });
});

test('leave-grants: the issue example gives a balance of 12 days (see paidLeave.test.ts for the derivation)', () => {
  const r = calc('leave-grants', { hireDate: '2024-04-01', weeklyScheduledDays: 5, weeklyScheduledHours: 40, asOf: '2026-11-25', attendanceBelow80: ['2025-10-01'], taken: [{ date: '2026-01-05', days: 1 }] });
  expect(r.code).toBe(0);
  expect(r.out.balanceDays).toBe(12);
  expect(r.out.grants[0]).toMatchObject({ grantDate: '2024-10-01', days: 10, expiresOn: '2026-09-30', remaining: 0 });
});

test('leave-grants: 4 days a week without weeklyScheduledHours is refused naming the field (労基法39条3項, 則24条の3)', () => {
  const r = calc('leave-grants', { hireDate: '2024-04-01', weeklyScheduledDays: 4, asOf: '2026-11-25' });
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/input\.weeklyScheduledHours: 週所定労働日数4日以下/);
  expect(calc('leave-grants', { hireDate: '2024-04-01', annualScheduledDays: 200, asOf: '2026-11-25' }).err).toMatch(/input\.weeklyScheduledHours/);
  expect(calc('leave-grants', { hireDate: '2024-04-01', weeklyScheduledDays: 4, weeklyScheduledHours: 32, asOf: '2026-11-25' }).code).toBe(0);
});
test('leave-grants: a quarter day is refused', () => {
  const r = calc('leave-grants', { hireDate: '2024-04-01', weeklyScheduledDays: 5, asOf: '2026-11-25', taken: [{ date: '2026-01-05', days: 0.25 }] });
  expect(r.code).toBe(1);
  expect(r.err).toContain('input.taken[0].days');
});
