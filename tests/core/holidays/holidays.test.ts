/** Public holidays: expected dates from 内閣府「国民の祝日について」 (syukujitsu.csv) and 国民の祝日に関する法律. */
import { holidayDataCovers, isPublicHoliday, publicHolidayName, publicHolidaysBetween } from '../../../src/core/holidays';

describe('public holidays 2020–2027', () => {
  test('fixed and moved holidays, with names', () => {
    expect(publicHolidayName('2026-01-01')).toBe('元日');
    expect(publicHolidayName('2027-11-23')).toBe('勤労感謝の日');
    expect(publicHolidayName('2020-07-24')).toBe('スポーツの日'); // moved for the Tokyo Games (令和2年特例)
    expect(publicHolidayName('2021-07-23')).toBe('スポーツの日');
  });
  test('振替休日 and 国民の休日 are 「休日」 in the Cabinet Office list (祝日法3条2項・3項)', () => {
    expect(publicHolidayName('2026-05-06')).toBe('休日'); // 5/3 憲法記念日 was a Sunday
    expect(publicHolidayName('2026-09-22')).toBe('休日'); // between 敬老の日 9/21 and 秋分の日 9/23
  });
  test('ordinary days are not holidays', () => {
    expect(isPublicHoliday('2026-05-07')).toBe(false);
    expect(isPublicHoliday('2026-12-31')).toBe(false);
  });
  test('Golden Week 2026: 昭和の日 4/29 and 5/3–5/6', () => {
    expect(publicHolidaysBetween('2026-04-29', '2026-05-06').map((h) => h.date)).toEqual(['2026-04-29', '2026-05-03', '2026-05-04', '2026-05-05', '2026-05-06']);
  });
  test('the data says which years it covers (trimmed to 2020–2027)', () => {
    expect(holidayDataCovers('2019-05-01')).toBe(false);
    expect(holidayDataCovers('2020-01-01')).toBe(true);
    expect(holidayDataCovers('2028-01-01')).toBe(false);
    expect(isPublicHoliday('2019-05-01')).toBe(false); // 即位の日 exists, but outside the bundled years
  });
});
