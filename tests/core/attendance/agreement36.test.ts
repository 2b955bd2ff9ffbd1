/**
 * 36協定 limits at and around each boundary. Limits from 労働基準法36条 (e-Gov) and 厚生労働省
 * 「時間外労働の上限規制 わかりやすい解説」: 原則 月45時間・年360時間 (1年単位変形 42・320); 特別条項 年720時間、
 * 時間外+休日 月100時間未満、2〜6か月平均80時間以内、月45時間超は年6か月まで. Warnings at 80 % of a limit
 * are Kanri's documented policy (AGREEMENT36_WARNING_RATIO).
 */
import { checkAgreement36, projectAgreement36, agreementYearStart, type MonthHours } from '../../../src/core/attendance/agreement36';
import { departmentRanking } from '../../../src/core/attendance/departments';

const H = 60;
const plain = { startMonth: '2026-04', specialClause: false, variableYear: false };
const special = { ...plain, specialClause: true };
const m = (month: string, overtimeH: number, holidayH = 0): MonthHours => ({ month, overtimeMinutes: Math.round(overtimeH * H), holidayMinutes: Math.round(holidayH * H) });
const limit = (id: string, agreement: typeof plain, months: MonthHours[]) => checkAgreement36(agreement, months).find((l) => l.id === id)!;

describe('monthly45 (労基法36条4項)', () => {
  test.each([
    [35.9, 'ok'], [36, 'warning'], [45, 'warning'], [45 + 1 / 60, 'violation'],
  ])('without a special clause, %s h → %s (45 h itself is within the limit)', (h, status) => {
    expect(limit('monthly45', plain, [m('2026-05', h)]).status).toBe(status);
  });
  test('with a special clause, 46 h is allowed (warning, counted towards the six months), not a violation', () => {
    expect(limit('monthly45', special, [m('2026-05', 46)])).toMatchObject({ status: 'warning', exceeded: true, value: 2760, limit: 2700 });
  });
  test('1年単位の変形労働時間制: 42 h; 42 h 1 min is over', () => {
    expect(limit('monthly45', { ...plain, variableYear: true }, [m('2026-05', 42)])).toMatchObject({ limit: 2520, status: 'warning', exceeded: false });
    expect(limit('monthly45', { ...plain, variableYear: true }, [m('2026-05', 42 + 1 / 60)]).status).toBe('violation');
  });
  test('holiday work does not count towards 45 h', () => {
    expect(limit('monthly45', plain, [m('2026-05', 20, 30)]).value).toBe(20 * H);
  });
});

describe('yearly360 and yearly720 over the agreement year (労基法36条4項・5項)', () => {
  const year = (hoursEach: number, lastExtraMinutes = 0) =>
    Array.from({ length: 12 }, (_, k) => m(`${k < 9 ? 2026 : 2027}-${String(((k + 3) % 12) + 1).padStart(2, '0')}`, hoursEach, 0)).map((x, k) => (k === 11 ? { ...x, overtimeMinutes: x.overtimeMinutes + lastExtraMinutes } : x));
  test('30 h × 12 months = 360 h is within; one more minute is over', () => {
    expect(limit('yearly360', plain, year(30))).toMatchObject({ value: 21600, status: 'warning', exceeded: false });
    expect(limit('yearly360', plain, year(30, 1))).toMatchObject({ value: 21601, status: 'violation' });
    expect(limit('yearly360', special, year(30, 1)).status).toBe('warning');
  });
  test('60 h × 12 = 720 h is within; 720 h 1 min violates even with a special clause', () => {
    expect(limit('yearly720', special, year(60))).toMatchObject({ value: 43200, status: 'warning', exceeded: false });
    expect(limit('yearly720', special, year(60, 1)).status).toBe('violation');
  });
  test('only months of the current agreement year count: April starts a new year', () => {
    expect(agreementYearStart(plain, '2027-03')).toBe('2026-04');
    expect(agreementYearStart(plain, '2027-04')).toBe('2027-04');
    expect(agreementYearStart(plain, '2026-01')).toBe('2025-04');
    expect(limit('yearly360', plain, [m('2026-03', 40), m('2026-04', 10)]).value).toBe(10 * H);
  });
  test('1年単位変形: 320 h', () => {
    expect(limit('yearly360', { ...plain, variableYear: true }, [m('2026-04', 0)]).limit).toBe(320 * H);
  });
});

describe('monthlyUnder100: overtime + holiday work under 100 h (労基法36条6項2号)', () => {
  test('99 h 59 min is within (warning); exactly 100 h is a violation, special clause or not', () => {
    expect(limit('monthlyUnder100', special, [{ month: '2026-05', overtimeMinutes: 90 * H - 1, holidayMinutes: 10 * H }]).status).toBe('warning');
    expect(limit('monthlyUnder100', special, [m('2026-05', 90, 10)])).toMatchObject({ value: 6000, status: 'violation', comparison: 'lt' });
    expect(limit('monthlyUnder100', plain, [m('2026-05', 44, 56)]).status).toBe('violation');
  });
  test('79 h is ok, 80 h a warning (80 % of 100 h)', () => {
    expect(limit('monthlyUnder100', special, [m('2026-05', 79)]).status).toBe('ok');
    expect(limit('monthlyUnder100', special, [m('2026-05', 80)]).status).toBe('warning');
  });
});

describe('average80: every 2–6-month average of overtime + holiday ≤ 80 h (労基法36条6項3号)', () => {
  test('90 h then 70 h: the 2-month average is exactly 80 h, within the limit', () => {
    expect(limit('average80', special, [m('2026-04', 90), m('2026-05', 70)])).toMatchObject({ value: 4800, months: 2, status: 'warning', exceeded: false });
  });
  test('90 h then 70 h 1 min: 80 h 0.5 min on average is a violation (shown rounded up, 4,801 min)', () => {
    expect(limit('average80', special, [m('2026-04', 90), { month: '2026-05', overtimeMinutes: 70 * H + 1, holidayMinutes: 0 }])).toMatchObject({ value: 4801, status: 'violation' });
  });
  test('holiday work counts: 60 + 20 h holiday, then 85 h → (80 + 85) / 2 = 82.5 h', () => {
    expect(limit('average80', special, [m('2026-04', 60, 20), m('2026-05', 85)])).toMatchObject({ value: 4950, months: 2, status: 'violation' });
  });
  test('the averages span agreement years (平30.12.28 基発1228第15号: 対象期間をまたいでも適用)', () => {
    // March belongs to the previous agreement year, April to the new one: (90 + 71) / 2 = 80.5 h.
    expect(limit('average80', special, [m('2026-03', 90), m('2026-04', 71)])).toMatchObject({ value: 4830, status: 'violation' });
  });
  test('the worst window may be the 6-month one', () => {
    // 90, 90, 90, 85, 75, 78 h (oldest first). 2 months: 76.5; 3: 79.3; 4: 82; 5: 83.6; 6: 508 / 6 = 84 h 40 min.
    const months = [m('2025-12', 90), m('2026-01', 90), m('2026-02', 90), m('2026-03', 85), m('2026-04', 75), m('2026-05', 78)];
    expect(limit('average80', special, months)).toMatchObject({ value: 5080, months: 6, status: 'violation' });
  });
});

describe('over45Count: at most 6 months over 45 h per agreement year (労基法36条5項)', () => {
  const over = (n: number) => Array.from({ length: n }, (_, k) => m(`2026-${String(4 + k).padStart(2, '0')}`, 50));
  test('6 months over 45 h is the maximum (warning); a 7th is a violation', () => {
    expect(limit('over45Count', special, over(6))).toMatchObject({ value: 6, limit: 6, status: 'warning' });
    expect(limit('over45Count', special, over(7))).toMatchObject({ value: 7, status: 'violation' });
    expect(limit('over45Count', special, over(4)).status).toBe('ok');
  });
  test('45 h exactly is not "over 45 h"; months of the previous agreement year do not count', () => {
    expect(limit('over45Count', special, [m('2026-03', 50), m('2026-04', 45), ...over(6).slice(1)]).value).toBe(5);
  });
  test('without a special clause no month may exceed 45 h', () => {
    expect(limit('over45Count', plain, over(1))).toMatchObject({ limit: 0, status: 'violation' });
  });
});

describe('projection: linear pace over the scheduled working days (Kanri method, documented in agreement36.ts)', () => {
  // June 2026 has 22 weekdays: 1–5, 8–12, 15–19, 22–26, 29–30.
  const scheduledDays = [1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26, 29, 30].map((d) => `2026-06-${String(d).padStart(2, '0')}`);
  test('20 h after 8 of 22 days → 55 h at month end; passes 45 h on the 19th working day, 25 June', () => {
    // pace 1,200 / 8 = 150 min a day; × 22 = 3,300 min. 150 n > 2,700 first for n = 19 → 25 June.
    const p = projectAgreement36({ agreement: special, history: [], current: m('2026-06', 20), asOf: '2026-06-10', scheduledDays });
    expect(p).toMatchObject({ elapsedDays: 8, totalDays: 22, projected: { overtimeMinutes: 3300 } });
    expect(p.limits.find((l) => l.id === 'monthly45')).toMatchObject({ projectedStatus: 'warning', crossesOn: '2026-06-25' });
    expect(p.limits.find((l) => l.id === 'monthlyUnder100')).toMatchObject({ crossesOn: null });
  });
  test('with 350 h already in the agreement year, the pace passes 360 h on the 6th working day, 8 June', () => {
    // April 340 h + May 10 h = 350 h (21,000 min). June: 8 h after 4 days = 120 min a day.
    // 21,000 + 120 n > 21,600 ⇔ n > 5 → n = 6 → the 6th weekday of June is 8 June.
    const history = [m('2026-04', 340), m('2026-05', 10)];
    const p = projectAgreement36({ agreement: special, history, current: m('2026-06', 8), asOf: '2026-06-04', scheduledDays });
    expect(p.limits.find((l) => l.id === 'yearly360')).toMatchObject({ crossesOn: '2026-06-08' });
  });
});

describe('department view', () => {
  test('ranked by overtime + holiday for the month, with a 6-month trend', () => {
    const rows = [
      { department: 'デザイン', employeeCode: 'E1', month: '2026-06', overtimeMinutes: 3000, holidayMinutes: 600 },
      { department: 'デザイン', employeeCode: 'E2', month: '2026-06', overtimeMinutes: 2400, holidayMinutes: 0 },
      { department: 'デザイン', employeeCode: 'E1', month: '2026-01', overtimeMinutes: 100, holidayMinutes: 0 },
      { department: '営業', employeeCode: 'E3', month: '2026-06', overtimeMinutes: 1200, holidayMinutes: 0 },
      { department: '総務', employeeCode: 'E4', month: '2026-06', overtimeMinutes: 1200, holidayMinutes: 0 },
      { department: '総務', employeeCode: 'E4', month: '2025-12', overtimeMinutes: 999, holidayMinutes: 0 }, // 7 months back: outside the trend
    ];
    const r = departmentRanking(rows, '2026-06');
    expect(r.map((d) => [d.department, d.rank, d.totalMinutes, d.employees, d.averageMinutesPerEmployee])).toEqual([
      ['デザイン', 1, 6000, 2, 3000], ['営業', 2, 1200, 1, 1200], ['総務', 2, 1200, 1, 1200],
    ]);
    expect(r[0]!.trend.map((t) => [t.month, t.totalMinutes])).toEqual([
      ['2026-01', 100], ['2026-02', 0], ['2026-03', 0], ['2026-04', 0], ['2026-05', 0], ['2026-06', 6000],
    ]);
    expect(r[2]!.trend.map((t) => t.totalMinutes)).toEqual([0, 0, 0, 0, 0, 1200]);
  });
});
