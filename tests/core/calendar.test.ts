import {
  addDays, addMonths, ageOn, dateAgeReached, dayNumber, daysBetween, instantOfTokyo, isLocalDate,
  lastDayOfMonth, localMinutes, monthsBetween, tokyoDateTimeOf, weekday, addYearMonths,
} from '../../src/core/calendar';

describe('calendar (host-zone independent)', () => {
  test('rejects impossible dates', () => {
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-13-01')).toBe(false);
  });
  test('weekdays from the calendar, not the host clock', () => {
    expect(weekday('2026-05-10')).toBe(0); // a Sunday
    expect(weekday('2026-11-25')).toBe(3); // a Wednesday
    expect(weekday('1970-01-01')).toBe(4);
  });
  test('day arithmetic across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(dayNumber('1970-01-02')).toBe(1);
  });
  test('a month later is the same day, or the month end (民法143条)', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-04-01', 6)).toBe('2024-10-01');
    expect(addMonths('2025-11-30', -12)).toBe('2024-11-30');
    expect(addYearMonths('2026-11', 3)).toBe('2027-02');
    expect(monthsBetween('2025-04', '2026-03')).toBe(11);
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
  });
  test('Tokyo wall clock from an instant is UTC+9 whatever TZ the host has', () => {
    expect(tokyoDateTimeOf(new Date('2026-05-10T15:30:00Z'))).toBe('2026-05-11T00:30');
    expect(instantOfTokyo('2026-05-11T00:30').toISOString()).toBe('2026-05-10T15:30:00.000Z');
    expect(localMinutes('2026-05-12T03:00') - localMinutes('2026-05-11T09:00')).toBe(18 * 60);
  });
  test('age is reached the day before the birthday (年齢計算ニ関スル法律)', () => {
    expect(ageOn('1986-05-01', '2026-04-29')).toBe(39);
    expect(ageOn('1986-05-01', '2026-04-30')).toBe(40);
    expect(dateAgeReached('1986-05-01', 40)).toBe('2026-04-30');
    expect(dateAgeReached('2000-02-29', 1)).toBe('2001-02-28');
    expect(ageOn('2000-02-29', '2001-02-27')).toBe(0);
    expect(ageOn('2000-02-29', '2001-02-28')).toBe(1);
  });
});
