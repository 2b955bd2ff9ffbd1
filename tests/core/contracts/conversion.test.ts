/**
 * The 無期転換 right (労働契約法18条) against the reference and published worked examples:
 * - ../shared/reference/contracts/fixed_term_employment.md: 1-year terms → the right during the 6th;
 *   3-year terms → during the 2nd (year 4); the クーリング table (parsed here from the file);
 * - アデコ「Q38 労働契約法の無期転換権の発生時期」: 1-year terms from 2013-04-01 → 2018-04; 15-day terms
 *   (the 1st–15th of each month) → 2023-04; 2013-04-01〜2016-07-20 + 2016-09-01〜2018-04-20 = 4年10カ月40日;
 * - 篠原法律事務所「通算契約期間とは①」: one term alone never gives the right (二以上の有期労働契約).
 * Other dates are counted by hand on the calendar in the comments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { addDays } from '../../../src/core/calendar';
import { coolingGapMonths, indefiniteConversion, nonRenewalNotice, termEnd, type EmploymentTerm } from '../../../src/core/contracts';
import { referenceDir } from '../payroll/reference';

/** Back-to-back terms of `months` months from `start`, `count` of them. */
function chain(start: string, months: number, count: number): EmploymentTerm[] {
  const out: EmploymentTerm[] = [];
  let s = start;
  for (let i = 0; i < count; i++) {
    const end = termEnd(s, months);
    out.push({ start: s, end });
    s = addDays(end, 1);
  }
  return out;
}

describe('the right arises on the first day of the term with which the total exceeds 5 years', () => {
  test('1-year terms from 2013-04-01: the 6th, from 2018-04-01 (アデコ Q38)', () => {
    const terms = chain('2013-04-01', 12, 6);
    const r = indefiniteConversion(terms, '2018-04-01');
    expect(r).toMatchObject({ totalMonths: 72, totalDays: 0, rightArisesOn: '2018-04-01', arisen: true });
    // the day before, five terms have started: exactly 5 years, not over
    expect(indefiniteConversion(terms, '2018-03-31')).toMatchObject({ totalMonths: 60, totalDays: 0, rightArisesOn: '2018-04-01', arisen: false });
    expect(indefiniteConversion(terms.slice(0, 5), '2018-03-31')).toMatchObject({ rightArisesOn: null, projectedRightArisesOn: '2018-04-01' });
  });
  test('3-year terms: the 2nd, from year 4 (reference)', () => {
    expect(indefiniteConversion(chain('2020-04-01', 36, 2), '2023-04-01')).toMatchObject({ totalMonths: 72, rightArisesOn: '2023-04-01', arisen: true });
  });
  test('15-day terms on the 1st–15th of each month: 2 terms make a month, the right from 2023-04-01 (アデコ Q38)', () => {
    const terms: EmploymentTerm[] = [];
    for (let m = 0; m < 121; m++) {
      const y = 2013 + Math.floor((3 + m) / 12);
      const mo = String(((3 + m) % 12) + 1).padStart(2, '0');
      terms.push({ start: `${y}-${mo}-01`, end: `${y}-${mo}-15` });
    }
    expect(terms[120]!.start).toBe('2023-04-01');
    const r = indefiniteConversion(terms, '2023-04-15');
    expect(r.rightArisesOn).toBe('2023-04-01');
    // 121 terms × 15 days = 1,815 days = 60 months 15 days
    expect([r.totalMonths, r.totalDays]).toEqual([60, 15]);
  });
  test('a gap too short to reset: 3年3カ月20日 + 1年7カ月20日 = 4年10カ月40日 = 4年11カ月10日 (アデコ Q38)', () => {
    const r = indefiniteConversion([{ start: '2013-04-01', end: '2016-07-20' }, { start: '2016-09-01', end: '2018-04-20' }], '2018-04-20');
    expect([r.totalMonths, r.totalDays]).toEqual([59, 10]);
    expect(r.rightArisesOn).toBeNull();
  });
  test('one term alone never gives the right (二以上の有期労働契約)', () => {
    expect(indefiniteConversion([{ start: '2014-04-01', end: '2020-03-31' }], '2020-01-01')).toMatchObject({ totalMonths: 72, rightArisesOn: null });
  });
  test('a concluded term not yet started is not counted in the total, but its start is shown ahead', () => {
    const r = indefiniteConversion(chain('2021-04-01', 12, 6), '2026-01-15');
    expect(r).toMatchObject({ totalMonths: 60, rightArisesOn: '2026-04-01', arisen: false });
    expect(r.explanation.join('\n')).toContain('2026-04-01に始まる契約で発生します');
  });
});

describe('terms before 2013-04-01 are not counted (平成24年改正法附則2項)', () => {
  test('1-year terms from 2011-04-01: counting starts with the term of 2013-04-01, the right from 2018-04-01', () => {
    const r = indefiniteConversion(chain('2011-04-01', 12, 8), '2018-04-01');
    expect(r).toMatchObject({ totalMonths: 72, rightArisesOn: '2018-04-01' });
  });
  test('a term straddling the date is not counted: from 2013-03-01 yearly, the first counted starts 2014-03-01, the right 2019-03-01', () => {
    const r = indefiniteConversion(chain('2013-03-01', 12, 7), '2019-03-01');
    expect(r).toMatchObject({ totalMonths: 72, rightArisesOn: '2019-03-01' });
    expect(r.explanation[0]).toContain('2013-04-01より前');
  });
});

/** The クーリング table of ../shared/reference/contracts/fixed_term_employment.md, parsed: [months before, 以下|未満|以上, gap months]. */
function referenceTable(): { upTo: number | null; inclusive: boolean; gap: number }[] {
  const text = fs.readFileSync(path.join(referenceDir, 'contracts', 'fixed_term_employment.md'), 'utf8');
  const rows: { upTo: number | null; inclusive: boolean; gap: number }[] = [];
  for (const line of text.split('\n')) {
    const m = /^\| (?:.*?)(\d+)(か月|年)(以下|未満|以上) \| (\d+)か月以上 \|$/.exec(line.trim());
    if (!m) continue;
    const months = Number(m[1]) * (m[2] === '年' ? 12 : 1);
    rows.push(m[3] === '以上' ? { upTo: null, inclusive: true, gap: Number(m[4]) } : { upTo: months, inclusive: m[3] === '以下', gap: Number(m[4]) });
  }
  return rows;
}

describe('クーリング (18条2項, 省令148号): both sides of each boundary of the reference table', () => {
  const table = referenceTable();
  test('the reference table has its seven rows', () => expect(table).toHaveLength(7));
  /** A first term from 2024-04-01 of `months` months (+ `extraDays`), a gap, then a 1-month term; the total as of its end. */
  function afterGap(months: number, extraDays: number, gapMonths: number, gapDaysShort: number) {
    const firstEnd = addDays(termEnd('2024-04-01', months), extraDays);
    const gapStart = addDays(firstEnd, 1);
    const secondStart = addDays(addDays(termEnd(gapStart, gapMonths), 1), -gapDaysShort);
    const second = { start: secondStart, end: termEnd(secondStart, 1) };
    const r = indefiniteConversion([{ start: '2024-04-01', end: firstEnd }, second], second.end);
    return r.totalMonths === 1 && r.totalDays === 0 ? 'reset' : 'kept';
  }
  for (const row of table.filter((r) => r.upTo !== null && r.inclusive)) {
    test(`counted exactly ${row.upTo} months: a gap of ${row.gap} months resets, a day less does not`, () => {
      expect(coolingGapMonths({ months: row.upTo!, days: 0 })).toBe(row.gap);
      expect(afterGap(row.upTo!, 0, row.gap, 0)).toBe('reset');
      expect(afterGap(row.upTo!, 0, row.gap, 1)).toBe('kept');
    });
    test(`counted ${row.upTo} months and a day: the next row, a gap of ${row.gap} months no longer resets`, () => {
      const next = table[table.indexOf(row) + 1]!;
      expect(coolingGapMonths({ months: row.upTo!, days: 1 })).toBe(next.gap);
      expect(afterGap(row.upTo!, 1, row.gap, 0)).toBe('kept');
      expect(afterGap(row.upTo!, 1, next.gap, 0)).toBe('reset');
    });
  }
  test('10か月超〜1年未満 and 1年以上: 6 months', () => {
    const under = table.find((r) => r.upTo === 12 && !r.inclusive)!;
    const over = table.find((r) => r.upTo === null)!;
    expect(coolingGapMonths({ months: 11, days: 29 })).toBe(under.gap);
    expect(coolingGapMonths({ months: 12, days: 0 })).toBe(over.gap);
    expect(coolingGapMonths({ months: 40, days: 0 })).toBe(over.gap);
    expect(afterGap(12, 0, over.gap, 0)).toBe('reset');
    expect(afterGap(12, 0, over.gap, 1)).toBe('kept');
    expect(afterGap(11, 0, under.gap, 1)).toBe('kept');
  });
  test('terms around a gap too short are added together, and the sum is used for the next gap', () => {
    // 2 months, a 20-day gap (kept: 2 months needs 1 month), 2 months → 4 months counted; then a 1-month gap: 4 months needs 2 → kept
    const terms = [{ start: '2024-04-01', end: '2024-05-31' }, { start: '2024-06-21', end: '2024-08-20' }, { start: '2024-09-21', end: '2024-10-20' }];
    expect(indefiniteConversion(terms, '2024-10-20')).toMatchObject({ totalMonths: 5, totalDays: 0 });
    // the same with a 2-month gap before the third term: reset, only the third counted
    const reset = [...terms.slice(0, 2), { start: '2024-10-21', end: '2024-11-20' }];
    expect(indefiniteConversion(reset, '2024-11-20')).toMatchObject({ totalMonths: 1, totalDays: 0 });
  });
  test('a reset before five years: the right is counted again from the term after the gap', () => {
    // four 1-year terms, 6 months without a contract, then yearly again from 2018-10-01: the right from 2023-10-01
    const terms = [...chain('2014-04-01', 12, 4), ...chain('2018-10-01', 12, 6)];
    const r = indefiniteConversion(terms, '2023-10-01');
    expect(r).toMatchObject({ totalMonths: 72, rightArisesOn: '2023-10-01' });
    expect(r.explanation.join('\n')).toContain('リセット');
  });
});

describe('雇止めの予告: 30 days for those renewed three times or employed over a year', () => {
  test('renewed 3 times (four 3-month terms): required, 30 days before the end', () => {
    const terms = chain('2025-04-01', 3, 4); // … the 4th 2026-01-01〜2026-03-31
    expect(nonRenewalNotice(terms, 3)).toEqual({ required: true, termEnd: '2026-03-31', deadline: '2026-03-01', renewals: 3 });
  });
  test('renewed twice, 9 months: not required', () => {
    expect(nonRenewalNotice(chain('2025-04-01', 3, 3), 2)).toMatchObject({ required: false, deadline: null, renewals: 2 });
  });
  test('exactly a year is not over a year; a year and a day is', () => {
    expect(nonRenewalNotice([{ start: '2025-04-01', end: '2026-03-31' }], 0).required).toBe(false);
    expect(nonRenewalNotice([{ start: '2025-04-01', end: '2026-04-01' }], 0)).toMatchObject({ required: true, deadline: '2026-03-02' });
  });
  test('the second 1-year term: employed 2 years, required', () => {
    expect(indefiniteConversion(chain('2025-04-01', 12, 2), '2026-06-01').nonRenewalNotice).toEqual({ required: true, termEnd: '2027-03-31', deadline: '2027-03-01', renewals: 1 });
  });
});

describe('bad terms', () => {
  test('overlapping or reversed terms are refused', () => {
    expect(() => indefiniteConversion([{ start: '2025-04-01', end: '2026-03-31' }, { start: '2026-03-01', end: '2027-02-28' }], '2026-06-01')).toThrow(/overlap/);
    expect(() => indefiniteConversion([{ start: '2025-04-01', end: '2025-03-31' }], '2026-06-01')).toThrow(/terms\[0\]\.end/);
  });
});
