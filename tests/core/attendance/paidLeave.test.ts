/**
 * 年次有給休暇. Expected values from 労働基準法39条・115条, 規則24条の3 and 厚生労働省「年次有給休暇の
 * 付与日数は法律で決まっています」 (table), 「年5日の年次有給休暇の確実な取得 わかりやすい解説」; periods
 * counted by 民法140条ただし書・143条.
 */
import { fiveDayObligation, grantDates, leaveBalance, periodEnd, statutoryGrantDays, takenBetween } from '../../../src/core/attendance/paidLeave';

const fullTime = { weeklyScheduledDays: 5, weeklyScheduledHours: 40 };

describe('grant days (労基法39条2項 table; 規則24条の3 比例付与)', () => {
  test('full time: 10, 11, 12, 14, 16, 18, 20 days at 0.5 … 6.5 years, 20 after that', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 10].map((n) => statutoryGrantDays(n, fullTime))).toEqual([10, 11, 12, 14, 16, 18, 20, 20, 20]);
  });
  test('a part-timer working 3 days a week (24 h) at 2.5 years gets 6 days (比例付与 3日の行)', () => {
    expect(statutoryGrantDays(2, { weeklyScheduledDays: 3, weeklyScheduledHours: 24 })).toBe(6);
  });
  test('the proportional rows at 0.5 years: 4 days 7, 3 days 5, 2 days 3, 1 day 1; at 6.5 years 15, 11, 7, 3', () => {
    expect([4, 3, 2, 1].map((d) => statutoryGrantDays(0, { weeklyScheduledDays: d, weeklyScheduledHours: 20 }))).toEqual([7, 5, 3, 1]);
    expect([4, 3, 2, 1].map((d) => statutoryGrantDays(6, { weeklyScheduledDays: d, weeklyScheduledHours: 20 }))).toEqual([15, 11, 7, 3]);
  });
  test('30 h a week or more is the general table even on 4 days; 5 days a week is general even under 30 h', () => {
    expect(statutoryGrantDays(0, { weeklyScheduledDays: 4, weeklyScheduledHours: 32 })).toBe(10);
    expect(statutoryGrantDays(0, { weeklyScheduledDays: 5, weeklyScheduledHours: 20 })).toBe(10);
  });
  test('by annual scheduled days when the week is not fixed: 150 days → 121–168 row; 217 days → general; 47 → none', () => {
    // Under 30 h a week (規則24条の3第1項): the hours must be given for the proportional rows (issue 21 item 4).
    const part = { weeklyScheduledHours: 20 };
    expect(statutoryGrantDays(0, { annualScheduledDays: 150, ...part })).toBe(5);
    expect(statutoryGrantDays(0, { annualScheduledDays: 216, ...part })).toBe(7);
    expect(statutoryGrantDays(0, { annualScheduledDays: 217 })).toBe(10);
    expect(statutoryGrantDays(0, { annualScheduledDays: 47, ...part })).toBe(0);
  });
  test('4 days a week (or 216 days a year) with no weekly hours is refused, naming weeklyScheduledHours (労基法39条3項, 則24条の3)', () => {
    // 4 days × 8 h = 32 h is the general table (10 days at 0.5 years), not the 4-day row (7): never assume.
    expect(statutoryGrantDays(0, { weeklyScheduledDays: 4, weeklyScheduledHours: 32 })).toBe(10);
    expect(() => statutoryGrantDays(0, { weeklyScheduledDays: 4 })).toThrow(/weeklyScheduledHours/);
    expect(() => statutoryGrantDays(0, { weeklyScheduledDays: 1 })).toThrow(/weeklyScheduledHours/);
    expect(() => statutoryGrantDays(0, { annualScheduledDays: 216 })).toThrow(/weeklyScheduledHours/);
    expect(statutoryGrantDays(0, { weeklyScheduledDays: 5 })).toBe(10); // 5 days: general whatever the hours
  });
});

describe('grant dates and expiry (民法140条ただし書・143条)', () => {
  test('hired 1 April: grants on 1 October, then every 1 October', () => {
    expect(grantDates('2024-04-01', '2026-10-01')).toEqual(['2024-10-01', '2025-10-01', '2026-10-01']);
  });
  test('hired 31 August: six months end on the last day of February, so the first grant is 1 March', () => {
    expect(grantDates('2024-08-31', '2025-03-01')).toEqual(['2025-03-01']);
  });
  test('expiresOn is the last day of the two years (労基法115条): a 1 October grant ends on 30 September two years later', () => {
    expect(periodEnd('2024-10-01', 24)).toBe('2026-09-30');
    expect(periodEnd('2024-02-29', 24)).toBe('2026-02-28'); // no 29 February in 2026: the month's end (民法143条2項ただし書)
  });
});

describe('balance', () => {
  test('the issue example: a grant lost to the 80 % condition, a day taken, an expiry', () => {
    // Hired 2024-04-01. 2024-10-01: 10 days (0.5 y). 2025-10-01: 80 % failed → 0 (would be 11).
    // 2026-10-01: 12 days (2.5 y; service keeps counting). 1 day taken 2026-01-05 from the 2024 grant → 9 left,
    // lost on 2026-09-30. On 2026-11-25 the balance is 12.
    const r = leaveBalance({ hireDate: '2024-04-01', ...fullTime, asOf: '2026-11-25', attendanceBelow80: ['2025-10-01'], taken: [{ date: '2026-01-05', days: 1 }] });
    expect(r.grants).toEqual([
      { grantDate: '2024-10-01', days: 10, expiresOn: '2026-09-30', remaining: 0, expiredDays: 9, attendanceBelow80: false },
      { grantDate: '2025-10-01', days: 0, expiresOn: '2027-09-30', remaining: 0, expiredDays: 0, attendanceBelow80: true },
      { grantDate: '2026-10-01', days: 12, expiresOn: '2028-09-30', remaining: 12, expiredDays: 0, attendanceBelow80: false },
    ]);
    expect(r.balanceDays).toBe(12);
  });
  test('expiry after two years: usable on its last day, gone the day after', () => {
    const on = (asOf: string) => leaveBalance({ hireDate: '2024-04-01', ...fullTime, asOf }).grants[0]!;
    expect(on('2026-09-30')).toMatchObject({ remaining: 10, expiredDays: 0 });
    expect(on('2026-10-01')).toMatchObject({ remaining: 0, expiredDays: 10 });
  });
  test('the oldest grant is used first; half days are half days', () => {
    // 2024-10-01: 10, 2025-10-01: 11. Taken 2026-01-05: 3 days + 0.5 + 0.5 → all from the 2024 grant: 6 left, 11 untouched.
    const r = leaveBalance({ hireDate: '2024-04-01', ...fullTime, asOf: '2026-03-31',
      taken: [{ date: '2026-01-05', days: 3 }, { date: '2026-02-02', days: 0.5 }, { date: '2026-02-03', days: 0.5 }] });
    expect(r.grants.map((g) => g.remaining)).toEqual([6, 11]);
    expect(r.balanceDays).toBe(17);
  });
  test('a request larger than the oldest grant spills into the next', () => {
    const r = leaveBalance({ hireDate: '2024-04-01', ...fullTime, asOf: '2026-03-31', taken: [{ date: '2025-12-01', days: 12.5 }] });
    expect(r.grants.map((g) => g.remaining)).toEqual([0, 8.5]);
  });
  test('leave taken with no valid grant is a shortfall, not a negative balance', () => {
    const r = leaveBalance({ hireDate: '2024-04-01', ...fullTime, asOf: '2024-12-01', taken: [{ date: '2024-09-02', days: 1 }] });
    expect(r.shortfalls).toEqual([{ date: '2024-09-02', days: 1 }]);
    expect(r.balanceDays).toBe(10);
  });
});

describe('five days within a year (労基法39条7項)', () => {
  const base = { grantDate: '2026-04-01', grantDays: 10, asOf: '2027-02-01' };
  test('the deadline is the last day of the year from the grant', () => {
    expect(fiveDayObligation({ ...base, takenDays: 0, remainingWorkingDays: 100 }).deadline).toBe('2027-03-31');
  });
  test('3 days still needed with 23 working days left: alert (23 − 3 ≤ 20-day margin); 24 left: on track', () => {
    expect(fiveDayObligation({ ...base, takenDays: 2, remainingWorkingDays: 23 })).toMatchObject({ status: 'alert', neededDays: 3 });
    expect(fiveDayObligation({ ...base, takenDays: 2, remainingWorkingDays: 24 })).toMatchObject({ status: 'onTrack' });
  });
  test('fewer working days left than days needed: impossible; none left short of five after the deadline: missed', () => {
    expect(fiveDayObligation({ ...base, takenDays: 2, remainingWorkingDays: 2 }).status).toBe('impossible');
    expect(fiveDayObligation({ ...base, asOf: '2027-04-01', takenDays: 4, remainingWorkingDays: 0 }).status).toBe('missed');
  });
  test('half days count 0.5 (平30.9.7 基発0907第1号); five reached is fulfilled', () => {
    expect(fiveDayObligation({ ...base, takenDays: 4.5, remainingWorkingDays: 10 })).toMatchObject({ neededDays: 0.5, status: 'alert' });
    expect(fiveDayObligation({ ...base, takenDays: 5, remainingWorkingDays: 0 }).status).toBe('fulfilled');
  });
  test('grants under 10 days carry no obligation (a part-timer\'s 7 days)', () => {
    expect(fiveDayObligation({ ...base, grantDays: 7, takenDays: 0, remainingWorkingDays: 1 })).toMatchObject({ status: 'notObliged', neededDays: 0 });
  });
  test('takenBetween counts days inside the obligation year only', () => {
    expect(takenBetween([{ date: '2026-03-31', days: 1 }, { date: '2026-04-01', days: 0.5 }, { date: '2027-03-31', days: 1 }, { date: '2027-04-01', days: 1 }], '2026-04-01', '2027-03-31')).toBe(1.5);
  });
});
