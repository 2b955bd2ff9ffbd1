/**
 * The deadline engine against 民法143条2項 and the worked cases (2026-01-31 + 1か月 → 2026-02-28;
 * 2027-03-01 + 12か月 → 2028-02-29). Other expected dates are counted by hand on the calendar in the
 * comments, never taken from the code.
 */
import { contractDeadlines, monthsBefore, noticeDeadline, termEnd, termLength, termOn } from '../../../src/core/contracts';

describe('termEnd: 民法143条2項 (first day counted, 140条ただし書)', () => {
  test.each([
    ['2026-01-31', 1, '2026-02-28', 'the issue: no 31st in February → its last day'],
    ['2027-03-01', 12, '2028-02-29', 'the issue: the day before 2028-03-01 in a leap year'],
    ['2026-04-01', 12, '2027-03-31', 'a fiscal year'],
    ['2024-01-30', 1, '2024-02-29', 'no 30th in February 2024 → 29th'],
    ['2024-01-29', 1, '2024-02-28', '2024-02-29 exists → the day before'],
    ['2028-02-29', 12, '2029-02-28', 'no 29th in February 2029 → its last day'],
    ['2026-12-15', 3, '2027-03-14', 'across a year'],
    ['2026-08-31', 1, '2026-09-30', 'no 31st in September → 30th'],
    ['2026-03-31', 1, '2026-04-30', 'no 31st in April → 30th'],
    ['2026-04-30', 1, '2026-05-29', '2026-05-30 exists → the day before'],
  ])('%s + %i months ends %s (%s)', (start, months, end) => {
    expect(termEnd(start, months)).toBe(end);
  });
});

describe('notice deadlines: months (same day, month-end to month-end) and days', () => {
  test.each([
    ['2027-03-31', 3, '2026-12-31', 'a month-end maps to the month-end'],
    ['2027-02-28', 3, '2026-11-30', 'February 28 is the month-end: November 30, not 28'],
    ['2028-02-29', 12, '2027-02-28', 'leap-year month-end'],
    ['2026-05-30', 3, '2026-02-28', 'February lacks the 30th → its last day'],
    ['2027-03-14', 6, '2026-09-14', 'the same day of month'],
    ['2026-08-30', 6, '2026-02-28', 'lacking day'],
  ])('%s minus %i months is %s (%s)', (end, months, deadline) => {
    expect(monthsBefore(end, months)).toBe(deadline);
    expect(noticeDeadline(end, { months })).toBe(deadline);
  });
  test.each([
    ['2027-03-31', 30, '2027-03-01'],
    ['2027-03-31', 90, '2026-12-31'], // 31 days back to 2027-02-28… : 2027-03-01 is −30, 02-01 −58, 01-01 −89, 2026-12-31 −90
    ['2028-03-01', 1, '2028-02-29'],
  ])('%s minus %i days is %s', (end, days, deadline) => {
    expect(noticeDeadline(end, { days })).toBe(deadline);
  });
});

describe('termLength: whole months by 143条2項, then days', () => {
  test.each([
    ['2013-04-01', '2016-07-20', 39, 20], // adecco Q38: 3年3カ月20日
    ['2016-09-01', '2018-04-20', 19, 20], // adecco Q38: 1年7カ月20日
    ['2026-01-31', '2026-02-28', 1, 0],
    ['2026-04-01', '2026-04-15', 0, 15],
    ['2026-04-01', '2026-03-31', 0, 0],
  ])('%s〜%s is %i months %i days', (start, end, months, days) => {
    expect(termLength(start, end)).toEqual({ months, days });
  });
});

const yearly = { start: '2026-04-01', end: '2027-03-31', autoRenew: true, renewalMonths: 12, notice: { months: 3 } } as const;

describe('contractDeadlines: chained renewals as of any date', () => {
  test('the check-calc sample: 2026-06-01 in the first term', () => {
    const d = contractDeadlines(yearly, '2026-06-01');
    expect(d).toMatchObject({ currentTermStart: '2026-04-01', currentTermEnd: '2027-03-31', termNumber: 1, nextNoticeDeadline: '2026-12-31', nextRenewal: '2027-04-01', status: 'active' });
    expect(d.explanation.join('\n')).toContain('2026-12-31');
  });
  test('on the notice deadline itself notice is still in time; the day after, the next term\'s deadline', () => {
    expect(contractDeadlines(yearly, '2026-12-31').nextNoticeDeadline).toBe('2026-12-31');
    const after = contractDeadlines(yearly, '2027-01-01');
    expect(after.nextNoticeDeadline).toBe('2027-12-31'); // term 2027-04-01〜2028-03-31, 3 months before
    expect(after.currentNoticeDeadline).toBe('2026-12-31');
    expect(after.nextRenewal).toBe('2027-04-01');
  });
  test('the last day of a term is in it; the next day is the renewal', () => {
    expect(contractDeadlines(yearly, '2027-03-31')).toMatchObject({ currentTermEnd: '2027-03-31', termNumber: 1 });
    expect(contractDeadlines(yearly, '2027-04-01')).toMatchObject({ currentTermStart: '2027-04-01', currentTermEnd: '2028-03-31', termNumber: 2, nextRenewal: '2028-04-01', nextNoticeDeadline: '2027-12-31' });
  });
  test('five renewals later: 2031-07-01 is in the sixth term 2031-04-01〜2032-03-31', () => {
    expect(contractDeadlines(yearly, '2031-07-01')).toMatchObject({ currentTermStart: '2031-04-01', currentTermEnd: '2032-03-31', termNumber: 6, nextNoticeDeadline: '2031-12-31', nextRenewal: '2032-04-01' });
  });
  test('month-end chain: from 2026-01-31 monthly, each renewal counted from its own first day', () => {
    const monthly = { start: '2026-01-31', end: '2026-02-28', autoRenew: true, renewalMonths: 1 };
    expect(termOn(monthly, '2026-03-15')).toEqual({ number: 2, start: '2026-03-01', end: '2026-03-31' });
    expect(termOn(monthly, '2026-04-30')).toEqual({ number: 3, start: '2026-04-01', end: '2026-04-30' });
  });
  test('a leap-day renewal: 2027-03-01 for 12 months, renewed 12 months', () => {
    const t = { start: '2027-03-01', end: '2028-02-29', autoRenew: true, renewalMonths: 12, notice: { months: 1 } };
    expect(contractDeadlines(t, '2028-01-31')).toMatchObject({ currentTermEnd: '2028-02-29', nextNoticeDeadline: '2028-01-31', nextRenewal: '2028-03-01' });
    expect(contractDeadlines(t, '2028-02-01')).toMatchObject({ currentTermEnd: '2028-02-29', nextNoticeDeadline: '2029-01-31' });
    expect(contractDeadlines(t, '2028-03-01')).toMatchObject({ currentTermEnd: '2029-02-28', nextNoticeDeadline: '2029-01-31' });
  });
  test('notice in days: 60 days before 2027-03-31 is 2027-01-30', () => {
    // back from 03-31: 03-01 is −30, 02-01 −58, 01-31 −59, 01-30 −60
    expect(contractDeadlines({ ...yearly, notice: { days: 60 } }, '2026-06-01').nextNoticeDeadline).toBe('2027-01-30');
  });
  test('notice longer than a renewal: the first deadline still ahead, several terms on', () => {
    // monthly from 2026-04-01, 2 months' notice: April's term deadline 02-28, May's 03-31, June's 04-30
    const t = { start: '2026-04-01', end: '2026-04-30', autoRenew: true, renewalMonths: 1, notice: { months: 2 } };
    expect(contractDeadlines(t, '2026-04-10')).toMatchObject({ currentTermEnd: '2026-04-30', nextNoticeDeadline: '2026-04-30', nextRenewal: '2026-05-01' });
  });
  test('without renewal: ends; no renewal, no deadline once passed', () => {
    const once = { start: '2026-04-01', end: '2027-03-31', autoRenew: false, notice: { months: 1 } };
    expect(contractDeadlines(once, '2027-01-10')).toMatchObject({ status: 'active', nextNoticeDeadline: '2027-02-28', nextRenewal: null });
    expect(contractDeadlines(once, '2027-03-01')).toMatchObject({ status: 'active', nextNoticeDeadline: null, nextRenewal: null });
    expect(contractDeadlines(once, '2027-04-01')).toMatchObject({ status: 'ended', currentTermEnd: '2027-03-31', nextNoticeDeadline: null, nextRenewal: null });
  });
  test('before the start: upcoming, the first term', () => {
    expect(contractDeadlines(yearly, '2026-03-01')).toMatchObject({ status: 'upcoming', currentTermStart: '2026-04-01', nextNoticeDeadline: '2026-12-31' });
  });
  test('bad terms are refused naming the field', () => {
    expect(() => contractDeadlines({ ...yearly, end: '2026-03-31' }, '2026-06-01')).toThrow(/end/);
    expect(() => contractDeadlines({ start: '2026-04-01', end: '2027-03-31', autoRenew: true }, '2026-06-01')).toThrow(/renewalMonths/);
  });
  test('English explanation', () => {
    expect(contractDeadlines(yearly, '2026-06-01', 'en').explanation.join('\n')).toMatch(/Notice deadline: 3 months before the end 2027-03-31 = 2026-12-31/);
  });
});
