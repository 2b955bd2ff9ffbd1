/**
 * Daily classification. Expected values are worked out by hand from 労働基準法 32条・35条・37条 and the
 * 通達 named in each test (昭63.1.1 基発1号; 昭23.11.9 基収2968; 平6.5.31 基発331号; 平11.3.31
 * 基発168号) and 厚生労働省 leaflets; never by running the code.
 * Calendar used: 2026-05-10 is a Sunday, so 2026-05-11 is a Monday and 2026-05-16 a Saturday.
 */
import { classifyDays, monthTotals, statutoryWorkRule } from '../../../src/core/attendance/classify';
import type { Shift, WorkRule } from '../../../src/core/attendance/types';

const RULE: WorkRule = { weekStart: 'sunday', legalHoliday: 'sunday', dailyLegalMinutes: 480, weeklyLegalMinutes: 2400 };
const shift = (date: string, start: string, end: string, breaks: [string, string][] = [], endDate = date): Shift => ({
  start: `${date}T${start}`,
  end: `${endDate}T${end}`,
  breaks: breaks.map(([s, e]) => ({ start: `${s.length > 5 ? s : `${date}T${s}`}`, end: `${e.length > 5 ? e : `${date}T${e}`}` })),
});
const day = (shifts: Shift[], date: string, rule = RULE) => {
  const r = classifyDays({ rule, shifts });
  expect(r.errors).toEqual([]);
  const d = r.days.find((x) => x.date === date);
  if (!d) throw new Error(`no day ${date}`);
  return d;
};

describe('a plain day', () => {
  test('the statutory rule is 8 h a day and 40 h a week (労基法32条), the week from Sunday by default', () => {
    expect(statutoryWorkRule()).toEqual(RULE);
  });
  test('09:00–18:00 with a 1 h break is 8 h, no overtime (労基法32条2項: 8 h a day)', () => {
    const d = day([shift('2026-05-11', '09:00', '18:00', [['12:00', '13:00']])], '2026-05-11');
    expect(d).toMatchObject({ workedMinutes: 480, legalOvertimeMinutes: 0, lateNightMinutes: 0, legalHolidayMinutes: 0 });
  });
  test('an early shift 04:00–13:00 (1 h break): one late-night hour 04:00–05:00 on its own day (労基法37条4項)', () => {
    const d = day([shift('2026-05-12', '04:00', '13:00', [['09:00', '10:00']])], '2026-05-12');
    expect(d).toMatchObject({ date: '2026-05-12', workedMinutes: 480, lateNightMinutes: 60, legalOvertimeMinutes: 0 });
  });
});

describe('a shift across midnight belongs to the day it started (昭63.1.1 基発1号)', () => {
  test('09:00–翌03:00 with a 1 h break: 17 h worked, 9 h daily overtime, 5 h late night, on the start day', () => {
    // 09:00→03:00 = 18 h − 1 h break = 17 h (1,020 min). The continuous shift counts as Monday's work:
    // 17 h − 8 h = 9 h (540 min) overtime. 深夜: 22:00–24:00 (120) + 0:00–03:00 (180) = 300 min.
    const r = classifyDays({ rule: RULE, shifts: [shift('2026-05-11', '09:00', '03:00', [['12:00', '13:00']], '2026-05-12')] });
    expect(r.days).toHaveLength(1);
    expect(r.days[0]).toMatchObject({ date: '2026-05-11', workedMinutes: 1020, legalOvertimeMinutes: 540, dailyOvertimeMinutes: 540, lateNightMinutes: 300, legalHolidayMinutes: 0 });
  });
});

describe('the week: over 40 h not already counted as daily overtime (労基法32条1項; 昭63.1.1 基発1号)', () => {
  const fiveNineHourDays = ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15'].map((d) => shift(d, '09:00', '19:00', [['12:00', '13:00']]));
  test('5 × 9 h days: 5 h of daily overtime and 0 h of weekly overtime (the 8 h × 5 = 40 h left is within 40 h), not 5 + 5', () => {
    const { days, errors } = classifyDays({ rule: RULE, shifts: fiveNineHourDays });
    expect(errors).toEqual([]);
    expect(days.map((d) => d.dailyOvertimeMinutes)).toEqual([60, 60, 60, 60, 60]);
    expect(days.map((d) => d.weeklyOvertimeMinutes)).toEqual([0, 0, 0, 0, 0]);
    expect(days.reduce((s, d) => s + d.legalOvertimeMinutes, 0)).toBe(300);
  });
  test('…plus 4 h on Saturday (所定休日, not the legal holiday): those 4 h are weekly overtime (40 h reached on Friday)', () => {
    const d = day([...fiveNineHourDays, shift('2026-05-16', '09:00', '13:00')], '2026-05-16');
    expect(d).toMatchObject({ workedMinutes: 240, dailyOvertimeMinutes: 0, weeklyOvertimeMinutes: 240, legalOvertimeMinutes: 240 });
  });
  test('the week starts on rule.weekStart: the same six 8 h days give the weekly overtime on a different day', () => {
    // Mon 11 … Sat 16 and Mon 18, Tue 19, 8 h each. Week from Sunday: Mon–Sat 11–16 = 48 h → 8 h on Sat 16.
    // Week from Wednesday: Wed 13 … Tue 19 = Wed, Thu, Fri, Sat, Mon, Tue = 48 h → 8 h on Tue 19.
    const dates = ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15', '2026-05-16', '2026-05-18', '2026-05-19'];
    const shifts = dates.map((d) => shift(d, '09:00', '18:00', [['12:00', '13:00']]));
    const weekly = (rule: WorkRule) => classifyDays({ rule, shifts }).days.filter((d) => d.weeklyOvertimeMinutes > 0).map((d) => [d.date, d.weeklyOvertimeMinutes]);
    expect(weekly(RULE)).toEqual([['2026-05-16', 480]]);
    expect(weekly({ ...RULE, weekStart: 'wednesday' })).toEqual([['2026-05-19', 480]]);
  });
  test('a week that straddles two months is counted whole; the overtime falls in the month of the day it occurs', () => {
    // Week Sun 2026-06-28 … Sat 07-04: Mon 29, Tue 30, Wed 1, Thu 2, Fri 3 at 8 h = 40 h; Sat 4: 2 h → 2 h weekly overtime in July.
    const shifts = ['2026-06-29', '2026-06-30', '2026-07-01', '2026-07-02', '2026-07-03'].map((d) => shift(d, '09:00', '18:00', [['12:00', '13:00']]));
    const { days } = classifyDays({ rule: RULE, shifts: [...shifts, shift('2026-07-04', '09:00', '11:00')] });
    expect(monthTotals(days, '2026-06').legalOvertimeMinutes).toBe(0);
    expect(monthTotals(days, '2026-07').legalOvertimeMinutes).toBe(120);
  });
});

describe('法定休日 is the calendar day 0:00–24:00 (昭23.11.9 基収2968; 平6.5.31 基発331号)', () => {
  test('a Saturday shift into the legal-holiday Sunday: hours after midnight are holiday work', () => {
    // Sat 15:00 → Sun 05:00, break 19:00–20:00. Saturday part 15:00–24:00 = 9 h − 1 h = 8 h: within 8 h, no overtime.
    // Sunday part 0:00–05:00 = 5 h 法定休日労働 (35 %). 深夜: 22:00–24:00 + 0:00–05:00 = 7 h. All on the Saturday row.
    const d = day([shift('2026-05-16', '15:00', '05:00', [['19:00', '20:00']], '2026-05-17')], '2026-05-16');
    expect(d).toMatchObject({ workedMinutes: 780, legalOvertimeMinutes: 0, legalHolidayMinutes: 300, lateNightMinutes: 420 });
  });
  test('…after a 40 h week: the Saturday hours are weekly overtime, the Sunday hours are not counted in the week', () => {
    const week = ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15'].map((d) => shift(d, '09:00', '18:00', [['12:00', '13:00']]));
    const d = day([...week, shift('2026-05-16', '15:00', '05:00', [['19:00', '20:00']], '2026-05-17')], '2026-05-16');
    expect(d).toMatchObject({ weeklyOvertimeMinutes: 480, legalOvertimeMinutes: 480, legalHolidayMinutes: 300 });
  });
  test('a legal-holiday shift into Monday: the hours after midnight are not holiday work (基収2968)', () => {
    // Sun 18:00 → Mon 06:00: Sunday 18:00–24:00 = 6 h holiday work; Monday 0:00–06:00 = 6 h ordinary work,
    // counted on the Sunday row (one continuous shift, 基発1号), under 8 h: no overtime. 深夜 22:00–05:00 = 7 h.
    const d = day([shift('2026-05-17', '18:00', '06:00', [], '2026-05-18')], '2026-05-17');
    expect(d).toMatchObject({ workedMinutes: 720, legalHolidayMinutes: 360, legalOvertimeMinutes: 0, lateNightMinutes: 420 });
  });
  test('11 h on the legal holiday is all holiday work, none of it overtime (平11.3.31 基発168号)', () => {
    const d = day([shift('2026-05-17', '08:00', '20:00', [['12:00', '13:00']])], '2026-05-17');
    expect(d).toMatchObject({ workedMinutes: 660, legalHolidayMinutes: 660, legalOvertimeMinutes: 0 });
  });
});

describe('the month: overtime beyond 60 h (労基法37条1項ただし書)', () => {
  test('22 weekdays of 11 h + a Saturday + a legal-holiday Sunday: 70 h overtime, 10 h beyond 60 h, Sunday not counted', () => {
    // June 2026: Mon 1 … Tue 30 has 22 weekdays. 09:00–21:00 with 1 h break = 11 h → 3 h daily overtime each: 66 h.
    // Sat 6 June 4 h after a 40 h week → 4 h weekly overtime: 70 h. Sun 7 June 8 h is 法定休日労働, which the
    // 60 h count leaves out (厚生労働省「月60時間を超える時間外労働の割増賃金率が引き上げられます」: 法定休日に
    // 行った労働は含まない; 所定休日の法定時間外労働は含む). 70 h − 60 h = 10 h (600 min).
    const shifts: Shift[] = [];
    for (let d = 1; d <= 30; d++) {
      const date = `2026-06-${String(d).padStart(2, '0')}`;
      const dow = (d + 0) % 7; // 2026-06-01 is a Monday: d % 7 = 6 → Saturday, 0 → Sunday
      if (dow !== 6 && dow !== 0) shifts.push(shift(date, '09:00', '21:00', [['12:00', '13:00']]));
    }
    shifts.push(shift('2026-06-06', '09:00', '13:00'), shift('2026-06-07', '09:00', '18:00', [['12:00', '13:00']]));
    const { days, errors } = classifyDays({ rule: RULE, shifts });
    expect(errors).toEqual([]);
    const t = monthTotals(days, '2026-06');
    expect(t.legalOvertimeMinutes).toBe(70 * 60);
    expect(t.overtimeOver60Minutes).toBe(10 * 60);
    expect(t.legalHolidayMinutes).toBe(480);
    expect(t.workedDays).toBe(24);
    expect(t.legalHolidayWorkDays).toBe(1);
  });
  test('exactly 60 h of overtime is not beyond 60 h', () => {
    // 20 weekdays × 3 h = 60 h: June 1–26 (Mon–Fri) = 20 days.
    const shifts: Shift[] = [];
    for (let d = 1; d <= 26; d++) if (d % 7 !== 6 && d % 7 !== 0) shifts.push(shift(`2026-06-${String(d).padStart(2, '0')}`, '09:00', '21:00', [['12:00', '13:00']]));
    const t = monthTotals(classifyDays({ rule: RULE, shifts }).days, '2026-06');
    expect(t.legalOvertimeMinutes).toBe(3600);
    expect(t.overtimeOver60Minutes).toBe(0);
  });
});

describe('against a schedule: 所定 09:00–17:30, 1 h break (7 h 30 min), Monday–Friday, public holidays off', () => {
  const rule: WorkRule = { ...RULE, schedule: { start: '09:00', end: '17:30', breakMinutes: 60, workdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], publicHolidaysOff: true } };
  const shifts = [
    shift('2026-05-11', '10:00', '17:30', [['12:00', '13:00']]), // 1 h late
    shift('2026-05-12', '09:00', '16:30', [['12:00', '13:00']]), // left 1 h early
    // Wed 13: no shift → absence
    shift('2026-05-14', '09:00', '19:00', [['12:00', '13:00']]), // 9 h: 30 min 法定内残業 + 1 h overtime
  ];
  const { days } = classifyDays({ rule, shifts, period: { from: '2026-05-04', to: '2026-05-14' } });
  const get = (date: string) => days.find((d) => d.date === date);
  test('lateness and early leave are measured against the scheduled start and end', () => {
    expect(get('2026-05-11')).toMatchObject({ scheduledMinutes: 450, workedMinutes: 390, latenessMinutes: 60, earlyLeaveMinutes: 0 });
    expect(get('2026-05-12')).toMatchObject({ scheduledMinutes: 450, workedMinutes: 390, latenessMinutes: 0, earlyLeaveMinutes: 60 });
  });
  test('a scheduled day without a shift is an absence', () => {
    expect(get('2026-05-13')).toMatchObject({ absent: true, workedMinutes: 0, scheduledMinutes: 450 });
  });
  test('9 h on a 7.5 h schedule: 30 min 所定外・法定内 and 1 h legal overtime', () => {
    expect(get('2026-05-14')).toMatchObject({ workedMinutes: 540, nonStatutoryOvertimeMinutes: 30, legalOvertimeMinutes: 60 });
  });
  test('Golden Week (5/4 みどりの日, 5/5 こどもの日, 5/6 振替休日) and the weekend are not absences', () => {
    expect(['2026-05-04', '2026-05-05', '2026-05-06', '2026-05-09', '2026-05-10'].map(get)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(get('2026-05-07')).toMatchObject({ absent: true });
  });
});

describe('a late start made up after 終業 is paid, not lost (労基法24条 全額払い; 37条 for the minutes beyond 8 h)', () => {
  // Schedule 09:00–18:00 with 60 min break (480 min). Clock in 09:03, out 20:57, 60 min break: 714 − 60 = 654 min.
  // Beyond 8 h: 654 − 480 = 174 min 法定時間外. Inside the scheduled span: 09:03–18:00 − 60 = 477 min (3 min late).
  // After 18:00: 177 min, of which 174 are legal overtime and 3 are within 8 h: 所定外・法定内 (paid at 1.0).
  const rule: WorkRule = { ...RULE, schedule: { start: '09:00', end: '18:00', breakMinutes: 60, workdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] } };
  test('09:03–20:57: 3 min late, 3 min 法定内残業, 174 min legal overtime, every one of the 654 minutes accounted once', () => {
    const d = day([shift('2026-05-11', '09:03', '20:57', [['12:00', '13:00']])], '2026-05-11', rule);
    expect(d).toMatchObject({ workedMinutes: 654, latenessMinutes: 3, nonStatutoryOvertimeMinutes: 3, legalOvertimeMinutes: 174 });
    // paid = scheduled − lateness + 法定内 + 時間外 = 480 − 3 + 3 + 174 = 654 = worked.
    expect(d.scheduledMinutes - d.latenessMinutes + d.nonStatutoryOvertimeMinutes + d.legalOvertimeMinutes).toBe(d.workedMinutes);
  });
  test('09:03–18:00: 3 min late and nothing made up: no 法定内残業', () => {
    expect(day([shift('2026-05-11', '09:03', '18:00', [['12:00', '13:00']])], '2026-05-11', rule)).toMatchObject({ workedMinutes: 477, latenessMinutes: 3, nonStatutoryOvertimeMinutes: 0, legalOvertimeMinutes: 0 });
  });
  test('08:30–18:00 with a 60 min break: 30 min before 始業 are 法定内残業 (510 min: 30 beyond 8 h)', () => {
    // 570 − 60 = 510 min: 30 legal overtime (over 8 h), inside the span 480, so 所定外・法定内 = 510 − 30 − 480 = 0.
    expect(day([shift('2026-05-11', '08:30', '18:00', [['12:00', '13:00']])], '2026-05-11', rule)).toMatchObject({ workedMinutes: 510, nonStatutoryOvertimeMinutes: 0, legalOvertimeMinutes: 30 });
  });
});

describe('missing and invalid punches are errors, never a silently closed day', () => {
  test('an open shift is reported; the day is incomplete and not counted as worked or absent', () => {
    const r = classifyDays({ rule: RULE, shifts: [{ start: '2026-05-11T09:00' }] });
    expect(r.errors).toEqual([{ code: 'openShift', date: '2026-05-11', shiftIndex: 0 }]);
    expect(r.days).toEqual([expect.objectContaining({ date: '2026-05-11', incomplete: true, workedMinutes: 0, absent: false })]);
  });
  test.each([
    ['openBreak', { start: '2026-05-11T09:00', end: '2026-05-11T18:00', breaks: [{ start: '2026-05-11T12:00' }] }],
    ['endBeforeStart', { start: '2026-05-11T18:00', end: '2026-05-11T09:00' }],
    ['breakOutsideShift', { start: '2026-05-11T09:00', end: '2026-05-11T18:00', breaks: [{ start: '2026-05-11T18:00', end: '2026-05-11T19:00' }] }],
    ['overlappingBreaks', { start: '2026-05-11T09:00', end: '2026-05-11T18:00', breaks: [{ start: '2026-05-11T12:00', end: '2026-05-11T13:00' }, { start: '2026-05-11T12:30', end: '2026-05-11T13:30' }] }],
    ['shiftTooLong', { start: '2026-05-11T09:00', end: '2026-05-12T09:01' }],
  ] as [string, Shift][])('%s', (code, s) => {
    expect(classifyDays({ rule: RULE, shifts: [s] }).errors.map((e) => e.code)).toEqual([code]);
  });
  test('overlapping shifts', () => {
    const r = classifyDays({ rule: RULE, shifts: [shift('2026-05-11', '09:00', '18:00'), shift('2026-05-11', '17:00', '20:00')] });
    expect(r.errors.map((e) => e.code)).toEqual(['overlappingShifts']);
    expect(r.days[0]).toMatchObject({ incomplete: true });
  });
});
