/**
 * Go-live (issue 13 item 5): the first month Kanri closes has a first week that starts in the month before, when
 * there were no punches yet. Those days count toward the week's 40 h (労基法32条1項; 週の起算日 日曜, 昭63.1.1
 * 基発1号), so the close asks for each person's hours of them (導入前の週の労働時間, one audited line) and never
 * takes them as zero. Calendar: 2026-08-01 is a Saturday; its week runs from Sun 07-26.
 */
import { ADMIN, newCompany } from '../support/company';
import { sheetValues } from '../support/digest';

jest.setTimeout(120_000);

describe('go-live: the first month\'s first week starts before the first punches', () => {
  const setUp = () => {
    const company = newCompany();
    company.rpc('saveMasterRows', { table: 'workRules', rows: [{ code: 'STD', name: '通常', scheduledStart: '09:00', scheduledEnd: '18:00', breakMinutes: 60, workdays: 'monday,tuesday,wednesday,thursday,friday', publicHolidaysOff: true, weekStart: 'sunday', legalHoliday: 'sunday', rounding: 'none', premiumWithinLegal: false }] }, ADMIN);
    company.rpc('saveMasterRows', { table: 'employees', rows: [{ code: 'E001', name: '山田 太郎', kana: 'ヤマダ タロウ', department: '設計', employmentType: 'regular', hireDate: '2020-04-01', workRule: 'STD', weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400, birthDate: '1990-05-10', sex: '男' }] }, ADMIN);
    // Kanri starts on Sat 2026-08-01: 8 h of site work that day, then the weekdays of August.
    const punches = [['09:00', 'clockIn'], ['12:00', 'breakStart'], ['13:00', 'breakEnd'], ['18:00', 'clockOut']]
      .map(([t, kind], i) => ({ id: `P${i + 1}`, employeeCode: 'E001', at: `2026-08-01T${t}`, kind, source: 'import' }));
    company.rpc('importPunches', { punches }, ADMIN);
    return company;
  };
  test('the close refuses and asks for Mon 07-27 to Fri 07-31, instead of counting them as zero (労基法32条1項: 40 h a week)', () => {
    const company = setUp();
    const report = company.rpc('closeAttendance', { month: '2026-08' }, ADMIN) as { closed: boolean; problems: { employeeCode: string; ja: string }[] };
    expect(report.closed).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ employeeCode: 'E001', ja: expect.stringContaining('2026-07-27〜2026-07-31') })]);
    expect(report.problems[0]!.ja).toContain('導入前の週の労働時間');
  });
  test('with 40 h entered for those days (one audited line), Saturday\'s 8 h are legal overtime beyond 40 h a week', () => {
    const company = setUp();
    company.rpc('saveMasterRows', { table: 'goLiveWeek', rows: [{ month: '2026-08', employeeCode: 'E001', minutes: 2400, note: '紙の出勤簿' }] }, ADMIN);
    const audit = sheetValues(company.dir)['監査ログ']!;
    expect(audit.some((r) => r.includes('導入前の週の労働時間') && r.some((c) => String(c).includes('2400')))).toBe(true);
    const report = company.rpc('closeAttendance', { month: '2026-08' }, ADMIN) as { closed: boolean };
    expect(report.closed).toBe(true);
    const row = sheetValues(company.dir)['月次勤怠']!;
    const h = row[0] as string[];
    // 2,400 min before + Saturday's 480 regular would be 2,880 > 2,400: all 480 are 法定時間外 (its week ends that day)
    expect(row[1]![h.indexOf('法定時間外(分)')]).toBe(480);
  });
  test('a month whose first week is covered by punches is not asked (a running company closes as before)', () => {
    const company = setUp();
    company.rpc('saveMasterRows', { table: 'goLiveWeek', rows: [{ month: '2026-08', employeeCode: 'E001', minutes: 0 }] }, ADMIN);
    expect((company.rpc('closeAttendance', { month: '2026-08' }, ADMIN) as { closed: boolean }).closed).toBe(true);
    // September's first week (Sun 08-30 – Mon 08-31) lies in August, whose punches and close are in Kanri
    expect((company.rpc('closeAttendance', { month: '2026-09' }, ADMIN) as { closed: boolean; problems: unknown[] }).problems).toEqual([]);
  });
});
