/** 打刻 → 勤務: pairing in time order, nothing guessed (DESIGN.md: an open shift is an error, never closed silently). */
import { punchesToShifts } from '../../../src/core/attendance/punches';
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
