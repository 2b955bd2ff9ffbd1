/**
 * The overwork view (core/attendance/overwork.ts) at the edges of the 36協定 limits (労働基準法36条;
 * 厚生労働省「時間外労働の上限規制 わかりやすい解説」: 原則 月45時間 — 45時間ちょうどは範囲内; 時間外+休日
 * 月100時間未満 — 100時間ちょうどは違反; 2〜6か月平均80時間以内 — 80時間ちょうどは範囲内), the month-end pace,
 * the order (people at risk first), the 6-month trend, and the report's Japanese sheet.
 */
import { overworkView, type OverworkPersonInput } from '../../../src/core/attendance/overwork';
import { overworkSheetRows, hoursText, trendChart } from '../../../src/core/attendance/overworkReport';
import type { MonthHours } from '../../../src/core/attendance/agreement36';

const H = 60;
const plain = { startMonth: '2026-04', specialClause: false, variableYear: false };
const special = { ...plain, specialClause: true };
const mh = (month: string, overtimeMinutes: number, holidayMinutes = 0): MonthHours => ({ month, overtimeMinutes, holidayMinutes });
const person = (code: string, department: string, current: MonthHours, history: MonthHours[] = [], scheduledDays: string[] | null = null): OverworkPersonInput =>
  ({ code, name: `氏名${code}`, department, current, history, scheduledDays });
const view = (people: OverworkPersonInput[], agreement = plain, asOf = '2026-11-30') => overworkView({ agreement, month: '2026-11', asOf, people });
const limit = (v: ReturnType<typeof view>, code: string, id: string) => v.people.find((p) => p.code === code)!.limits.find((l) => l.id === id)!;

describe('limits at their edges', () => {
  test('45:00 is within the monthly limit, 45:01 violates it (no special clause)', () => {
    const v = view([person('A', '設計', mh('2026-11', 45 * H)), person('B', '設計', mh('2026-11', 45 * H + 1))]);
    expect(limit(v, 'A', 'monthly45')).toMatchObject({ value: 2700, limit: 2700, status: 'warning', exceeded: false, article: '労基法36条4項' });
    expect(limit(v, 'B', 'monthly45')).toMatchObject({ value: 2701, status: 'violation', exceeded: true });
    expect(v.people.map((p) => p.code)).toEqual(['B', 'A']); // the violation first
    expect(v.totals).toEqual({ people: 2, violations: 1, warnings: 1 });
  });

  test('a 2-month average of exactly 80 h is within; one minute more over two months violates (労基法36条6項3号)', () => {
    const v = view([
      person('A', '設計', mh('2026-11', 70 * H), [mh('2026-10', 90 * H)], null),
      person('B', '設計', mh('2026-11', 70 * H + 1), [mh('2026-10', 90 * H)], null),
    ], special);
    expect(limit(v, 'A', 'average80')).toMatchObject({ value: 4800, months: 2, status: 'warning', exceeded: false });
    expect(limit(v, 'B', 'average80')).toMatchObject({ status: 'violation', exceeded: true });
  });

  test('overtime + holiday work: 99:59 is under 100 h, exactly 100 h violates even with a special clause (労基法36条6項2号)', () => {
    const v = view([person('A', '施工管理', mh('2026-11', 80 * H - 1, 20 * H)), person('B', '施工管理', mh('2026-11', 80 * H, 20 * H))], special);
    expect(limit(v, 'A', 'monthlyUnder100')).toMatchObject({ value: 5999, status: 'warning' });
    expect(limit(v, 'B', 'monthlyUnder100')).toMatchObject({ value: 6000, limit: 6000, comparison: 'lt', status: 'violation' });
  });

  test('every limit is listed with its article, in the order of the law', () => {
    const v = view([person('A', '営業', mh('2026-11', 10 * H))]);
    expect(v.people[0]!.limits.map((l) => [l.id, l.article])).toEqual([
      ['monthly45', '労基法36条4項'], ['yearly360', '労基法36条4項'], ['yearly720', '労基法36条5項'],
      ['monthlyUnder100', '労基法36条6項2号'], ['average80', '労基法36条6項3号'], ['over45Count', '労基法36条5項'],
    ]);
    expect(v.people[0]!.worst).toBe('ok');
    expect(v.effectiveFrom).toBe('2020-04-01');
  });
});

describe('the month-end pace', () => {
  // 20 scheduled days; 10 of them worked through (asOf the 10th), 30 h so far: 3 h a scheduled day.
  const days = Array.from({ length: 20 }, (_, i) => `2026-11-${String(i + 2).padStart(2, '0')}`);
  const asOf = days[9]!;
  test('30 h in 10 of 20 days: 60 h at month end; 45 h is exceeded on the 16th scheduled day (15 × 3 h = 45 h is not over)', () => {
    const v = view([person('A', '設計', mh('2026-11', 30 * H), [], days)], plain, asOf);
    const p = v.people[0]!;
    expect(p.projected).toEqual(mh('2026-11', 60 * H));
    expect([p.elapsedDays, p.totalDays]).toEqual([10, 20]);
    expect(p.crosses45On).toBe(days[15]);
    expect(limit(v, 'A', 'monthly45')).toMatchObject({ status: 'ok', projectedStatus: 'violation', crossesOn: days[15] }) // 30 h is under 80 % of 45 h (36 h);
    expect(p.worst).toBe('violation'); // on the pace, the month ends over the limit
  });
  test('20 h in 10 of 20 days: 40 h at month end, 45 h never crossed', () => {
    const v = view([person('A', '設計', mh('2026-11', 20 * H), [], days)], plain, asOf);
    expect(v.people[0]!.crosses45On).toBeNull();
    expect(v.people[0]!.projected!.overtimeMinutes).toBe(40 * H);
  });
  test('a department adds up its people: so far, and at month end on each one\'s pace', () => {
    const v = view([person('A', '設計', mh('2026-11', 30 * H), [], days), person('B', '設計', mh('2026-11', 10 * H), [], days), person('C', '営業', mh('2026-11', 5 * H))], plain, asOf);
    const d = v.departments.find((x) => x.department === '設計')!;
    expect(d).toMatchObject({ people: 2, soFarMinutes: 40 * H, projectedMinutes: 80 * H, violations: 1, worst: 'violation' });
    expect(v.departments.map((x) => x.department)).toEqual(['設計', '営業']);
  });
});

describe('history and trend', () => {
  test('a limit broken in an earlier month of the window is listed and puts the person at risk', () => {
    const v = view([person('A', '設計', mh('2026-11', 10 * H), [mh('2026-09', 90 * H), mh('2026-10', 71 * H)])], special);
    expect(v.people[0]!.earlier).toEqual([{ month: '2026-10', id: 'average80', value: 4830, limit: 4800, article: '労基法36条6項3号', months: 2 }]);
    expect(v.people[0]!.worst).toBe('violation');
  });
  test('the trend covers the 6 months ending at the month, oldest first, per department', () => {
    const v = view([person('A', '設計', mh('2026-11', 10 * H, 2 * H), [mh('2026-06', 20 * H), mh('2026-05', 99 * H)])]);
    const trend = v.departments[0]!.trend;
    expect(trend.map((t) => t.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(trend.map((t) => t.totalMinutes)).toEqual([20 * H, 0, 0, 0, 0, 12 * H]);
    const chart = trendChart(v.departments);
    expect(chart.series[0]!.points).toHaveLength(6);
    expect(chart.ticks[0]!.label).toBe('0');
  });
});

describe('the report sheet', () => {
  test('Japanese headers and hours in words, no internal codes', () => {
    const v = view([person('E004', '設計', mh('2026-11', 45 * H + 1))]);
    const rows = overworkSheetRows(v);
    const text = rows.map((r) => r.join('|')).join('\n');
    expect(rows[0]![0]).toBe('36協定レポート');
    expect(text).toContain('部署|人数|当月（時間外＋休日）|月末見込み|1人あたり|違反|注意|判定');
    expect(text).toContain('E004|氏名E004|設計|45時間1分');
    expect(text).toContain('月45時間 違反（45時間1分）');
    expect(text).not.toMatch(/monthly45|violation|warning|average80/);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });
  test('hours in words: 4842 min is 80時間42分 / 80 h 42 min', () => {
    expect(hoursText(4842, 'ja')).toBe('80時間42分');
    expect(hoursText(4842, 'en')).toBe('80 h 42 min');
    expect(hoursText(2700, 'ja')).toBe('45時間');
  });
});
