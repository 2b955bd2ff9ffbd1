/** 打刻 → 勤務: pairing in time order, nothing guessed (DESIGN.md: an open shift is an error, never closed silently). */
import { punchesToShifts, openClockIn, punchWarnings, OPEN_SHIFT_GUARD_MINUTES } from '../../../src/core/attendance/punches';
import { classifyDays } from '../../../src/core/attendance/classify';
import type { Punch } from '../../../src/core/attendance/types';

const RULE = { weekStart: 'sunday', legalHoliday: 'sunday', dailyLegalMinutes: 480, weeklyLegalMinutes: 2400 } as const;

describe('punchesToShifts', () => {
  test('a day with a break, given out of order, makes one shift', () => {
    const punches: Punch[] = [
      { at: '2026-05-11T18:00', kind: 'clockOut' },
      { at: '2026-05-11T09:00', kind: 'clockIn' },
      { at: '2026-05-11T13:00', kind: 'breakEnd' },
      { at: '2026-05-11T12:00', kind: 'breakStart' },
    ];
    expect(punchesToShifts(punches)).toEqual({
      shifts: [{ start: '2026-05-11T09:00', end: '2026-05-11T18:00', breaks: [{ start: '2026-05-11T12:00', end: '2026-05-11T13:00' }] }],
      errors: [],
    });
  });
  test('a night shift: the 06:00 clock-out closes the shift begun at 22:00 the day before (one shift, on the start day)', () => {
    const { shifts } = punchesToShifts([{ at: '2026-05-11T22:00', kind: 'clockIn' }, { at: '2026-05-12T06:00', kind: 'clockOut' }]);
    expect(shifts).toEqual([{ start: '2026-05-11T22:00', end: '2026-05-12T06:00', breaks: [] }]);
  });
  test('a forgotten clock-out leaves the first shift open; classify reports it', () => {
    const { shifts, errors } = punchesToShifts([
      { at: '2026-05-11T09:00', kind: 'clockIn' },
      { at: '2026-05-12T09:00', kind: 'clockIn' },
      { at: '2026-05-12T18:00', kind: 'clockOut' },
    ]);
    expect(errors).toEqual([]);
    expect(shifts).toEqual([{ start: '2026-05-11T09:00', breaks: [] }, { start: '2026-05-12T09:00', end: '2026-05-12T18:00', breaks: [] }]);
    expect(classifyDays({ rule: RULE, shifts }).errors).toEqual([{ code: 'openShift', date: '2026-05-11', shiftIndex: 0 }]);
  });
  test('a forgotten clock-out and clock-in pair into one 33 h shift, reported as too long', () => {
    const { shifts } = punchesToShifts([{ at: '2026-05-11T09:00', kind: 'clockIn' }, { at: '2026-05-12T18:00', kind: 'clockOut' }]);
    expect(classifyDays({ rule: RULE, shifts }).errors.map((e) => e.code)).toEqual(['shiftTooLong']);
  });
  test('punches that pair with nothing are errors naming the punch', () => {
    const { shifts, errors } = punchesToShifts([
      { at: '2026-05-11T08:00', kind: 'clockOut' },
      { at: '2026-05-11T08:30', kind: 'breakStart' },
      { at: '2026-05-11T09:00', kind: 'clockIn' },
      { at: '2026-05-11T12:00', kind: 'breakStart' },
      { at: '2026-05-11T12:05', kind: 'breakStart' },
      { at: '2026-05-11T13:00', kind: 'breakEnd' },
      { at: '2026-05-11T13:30', kind: 'breakEnd' },
      { at: '2026-05-11T18:00', kind: 'clockOut' },
    ]);
    expect(errors).toEqual([
      { code: 'unmatchedClockOut', date: '2026-05-11', punchIndex: 0 },
      { code: 'unmatchedBreakStart', date: '2026-05-11', punchIndex: 1 },
      { code: 'doubleBreakStart', date: '2026-05-11', punchIndex: 4 },
      { code: 'unmatchedBreakEnd', date: '2026-05-11', punchIndex: 6 },
    ]);
    expect(shifts).toEqual([{ start: '2026-05-11T09:00', end: '2026-05-11T18:00', breaks: [{ start: '2026-05-11T12:00', end: '2026-05-11T13:00' }] }]);
  });
  test('a clock-out during a break leaves the break open (reported by classify), the shift closed', () => {
    const { shifts } = punchesToShifts([
      { at: '2026-05-11T09:00', kind: 'clockIn' }, { at: '2026-05-11T12:00', kind: 'breakStart' }, { at: '2026-05-11T18:00', kind: 'clockOut' },
    ]);
    expect(shifts).toEqual([{ start: '2026-05-11T09:00', end: '2026-05-11T18:00', breaks: [{ start: '2026-05-11T12:00' }] }]);
    expect(classifyDays({ rule: RULE, shifts }).errors.map((e) => e.code)).toEqual(['openBreak']);
  });
  test('an impossible time is an error', () => {
    expect(punchesToShifts([{ at: '2026-02-30T09:00', kind: 'clockIn' }]).errors).toEqual([{ code: 'invalidTime', date: '2026-02-30', punchIndex: 0 }]);
  });
});

describe('openClockIn and punchWarnings (issue 15 item 4)', () => {
  const p = (at: string, kind: 'clockIn' | 'clockOut' | 'breakStart' | 'breakEnd') => ({ at, kind });

  test('an 出勤 earlier today with no 退勤 is open; after 退勤 nothing is', () => {
    expect(openClockIn([p('2026-11-25T09:00', 'clockIn'), p('2026-11-25T12:00', 'breakStart')], '2026-11-25T12:30')).toEqual(p('2026-11-25T09:00', 'clockIn'));
    expect(openClockIn([p('2026-11-25T09:00', 'clockIn'), p('2026-11-25T18:00', 'clockOut')], '2026-11-25T19:00')).toBeNull();
  });

  test("a night shift past midnight stays open within the guard; yesterday's forgotten 退勤 does not block today", () => {
    expect(OPEN_SHIFT_GUARD_MINUTES).toBe(720);
    expect(openClockIn([p('2026-11-24T22:00', 'clockIn')], '2026-11-25T02:00')).not.toBeNull();
    expect(openClockIn([p('2026-11-24T08:50', 'clockIn')], '2026-11-25T08:55')).toBeNull();
  });

  test('warnings: a missing 退勤 (not the shift open now) and a double 出勤', () => {
    const punches = [
      p('2026-11-20T09:00', 'clockIn'), p('2026-11-20T18:00', 'clockOut'),
      p('2026-11-21T09:00', 'clockIn'), p('2026-11-21T09:20', 'clockIn'), p('2026-11-21T18:00', 'clockOut'),
      p('2026-11-24T08:50', 'clockIn'),
      p('2026-11-25T09:00', 'clockIn'),
    ];
    expect(punchWarnings(punches, '2026-11-25T12:00')).toEqual([
      { code: 'missingClockOut', date: '2026-11-21', at: '2026-11-21T09:00' },
      { code: 'doubleClockIn', date: '2026-11-21', at: '2026-11-21T09:20' },
      { code: 'missingClockOut', date: '2026-11-24', at: '2026-11-24T08:50' },
      { code: 'doubleClockIn', date: '2026-11-25', at: '2026-11-25T09:00' },
    ]);
  });
});
