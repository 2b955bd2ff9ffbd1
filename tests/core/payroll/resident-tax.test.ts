/**
 * 住民税 特別徴収 (地方税法第321条の5第1項・第2項, 第321条の7): June to May in 12 parts, the 百円未満 fractions
 * in June; a leaver's rest at once (required when leaving 1 January–30 April, on request from June to December)
 * or to 普通徴収; the 給与所得者異動届出書 by the 10th of the next month (next open day, 地方税法第20条の5第2項).
 */
import { residentTaxOnLeaving, residentTaxSchedule } from '../../../src/core/payroll/resident-tax';
import { runCalc } from '../../../src/local/cli/calc';

describe('the June–May schedule', () => {
  test('annual 123,456: 10,200 a month (123,456 ÷ 12 = 10,288 → 10,200), June 123,456 − 11 × 10,200 = 11,256', () => {
    const s = residentTaxSchedule({ fiscalYear: 2026, annualAmount: 123456 });
    expect(s.months[0]).toEqual({ month: '2026-06', amount: 11256 });
    expect(s.months.slice(1).every((m) => m.amount === 10200)).toBe(true);
    expect(s.months.map((m) => m.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05']);
    expect(s.total).toBe(123456);
  });
  test('under 1,000円 a year the whole is collected in June; an even amount splits evenly', () => {
    expect(residentTaxSchedule({ fiscalYear: 2026, annualAmount: 900 }).months.map((m) => m.amount)).toEqual([900, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(new Set(residentTaxSchedule({ fiscalYear: 2026, annualAmount: 12000 }).months.map((m) => m.amount))).toEqual(new Set([1000]));
  });
  test('from the notice (税額決定通知書): June 8,300, then 8,200 a month = 98,500', () => {
    expect(residentTaxSchedule({ fiscalYear: 2026, juneAmount: 8300, monthlyAmount: 8200 }).total).toBe(98500);
    expect(() => residentTaxSchedule({ fiscalYear: 2026, juneAmount: 8300 })).toThrow(/^annualAmount/);
  });
});

describe('a leaver', () => {
  const months = residentTaxSchedule({ fiscalYear: 2026, annualAmount: 123456 }).months;
  test('leaving 2027-01-31 (1 January–30 April): February–May 4 × 10,200 = 40,800 at once, required; report by 2027-02-10', () => {
    expect(residentTaxOnLeaving({ schedule: months, leaveDate: '2027-01-31', lastDeductedMonth: '2027-01', lumpSumRequested: false }))
      .toMatchObject({ remaining: 40800, method: 'lumpSum', lumpSumRequired: true, changeReportDue: '2027-02-10' });
  });
  test('leaving 2026-09-30: 普通徴収 unless asked; the 10 October 2026 deadline (a Saturday, then スポーツの日) moves to 13 October', () => {
    const r = residentTaxOnLeaving({ schedule: months, leaveDate: '2026-09-30', lastDeductedMonth: '2026-09', lumpSumRequested: false });
    expect(r).toMatchObject({ remaining: 8 * 10200, method: 'ordinary', lumpSumRequired: false, changeReportDue: '2026-10-13' });
    expect(residentTaxOnLeaving({ schedule: months, leaveDate: '2026-09-30', lastDeductedMonth: '2026-09', lumpSumRequested: true }).method).toBe('lumpSum');
  });
  test('leaving 2027-03-31 with a last pay under the rest: no 一括徴収 required, 普通徴収', () => {
    expect(residentTaxOnLeaving({ schedule: months, leaveDate: '2027-03-31', lastDeductedMonth: '2027-03', lumpSumRequested: false, lastPayAvailable: 10000 }))
      .toMatchObject({ remaining: 20400, method: 'ordinary', lumpSumRequired: false });
  });
  test('leaving in May after the May part: nothing left', () => {
    expect(residentTaxOnLeaving({ schedule: months, leaveDate: '2027-05-31', lastDeductedMonth: '2027-05', lumpSumRequested: false })).toMatchObject({ remaining: 0, method: 'none' });
  });
});

test('kanri calc resident-tax', () => {
  let out = '';
  const code = runCalc('resident-tax', JSON.stringify({ fiscalYear: 2026, annualAmount: 123456, leave: { leaveDate: '2027-01-31', lastDeductedMonth: '2027-01', lumpSumRequested: false } }), { out: (t) => (out += t), err: () => undefined });
  expect(code).toBe(0);
  const r = JSON.parse(out);
  expect(r).toMatchObject({ total: 123456, leaver: { remaining: 40800, method: 'lumpSum', changeReportDue: '2027-02-10' } });
  expect(r.explanation.join('\n')).toMatch(/給与所得者異動届出書の提出期限: 2027-02-10/);
});
