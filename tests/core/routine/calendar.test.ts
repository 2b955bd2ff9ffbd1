/**
 * The routine calendar. Expected dates are worked by hand from the law text and the calendar:
 * - 源泉所得税 「翌月十日までに」 (所得税法183条1項); 住民税 特別徴収 「翌月の十日までに」 (地方税法321条の5第1項);
 * - a deadline on a Saturday, Sunday, 国民の祝日 or 12/29–1/3 moves to the next day that is none of
 *   them (国税通則法10条2項・同施行令2条2項; 地方税法20条の5第2項);
 * - 算定基礎届 「七月一日から同月十日までの間に」 (健康保険法施行規則25条1項);
 * - 労働保険 年度更新 「六月一日から起算して四十日以内」 (労働保険徴収法19条1項): 6/1 + 39 days = 7/10.
 * Weekdays from the calendar (2026-05-10 Sunday; 2027-01-10 Sunday and 2027-01-11 成人の日, the second
 * Monday of January by 国民の祝日に関する法律2条; 2027-07-10 Saturday; 2026-10-25 Sunday).
 */
import fs from 'node:fs';
import path from 'node:path';
import { isClosedDay, nextOpenDay, upcomingDeadlines } from '../../../src/core/routine/calendar';

const company = { payDay: 25 };
const dates = (from: string, days: number, id: string, payDay = 25) =>
  upcomingDeadlines(from, days, { payDay }).filter((d) => d.id === id).map((d) => d.date);

describe('routine calendar', () => {
  test('withholding and resident tax: the 10th, or the next open day', () => {
    expect(dates('2026-06-01', 14, 'incomeTaxPayment')).toEqual(['2026-06-10']); // Wednesday
    expect(dates('2026-05-01', 14, 'incomeTaxPayment')).toEqual(['2026-05-11']); // 10th is a Sunday
    expect(dates('2026-05-01', 14, 'residentTaxPayment')).toEqual(['2026-05-11']);
    expect(dates('2027-01-01', 14, 'incomeTaxPayment')).toEqual(['2027-01-12']); // Sunday, then 成人の日
  });

  test('算定基礎届 and 年度更新: July only, with their windows', () => {
    const july2026 = upcomingDeadlines('2026-07-01', 14, company).filter((d) => d.id === 'annualRevisionReport' || d.id === 'laborInsuranceRenewal');
    expect(july2026).toEqual([
      { id: 'annualRevisionReport', date: '2026-07-10', opens: '2026-07-01', source: expect.stringContaining('健康保険法施行規則25条') },
      { id: 'laborInsuranceRenewal', date: '2026-07-10', opens: '2026-06-01', source: expect.stringContaining('19条') },
    ]);
    expect(dates('2027-07-01', 14, 'annualRevisionReport')).toEqual(['2027-07-12']); // 10th is a Saturday
    expect(dates('2026-08-01', 31, 'annualRevisionReport')).toEqual([]);
  });

  test('attendance close at month end, payday on the day or the open day before', () => {
    expect(dates('2028-02-20', 14, 'attendanceClose')).toEqual(['2028-02-29']); // leap year
    expect(dates('2026-10-20', 10, 'payday')).toEqual(['2026-10-23']); // the 25th is a Sunday
    expect(dates('2026-12-20', 14, 'payday', 31)).toEqual(['2026-12-28']); // 12/29–12/31 closed
    expect(dates('2027-02-20', 14, 'payday', 31)).toEqual(['2027-02-26']); // 31 = the month's last day (28th is a Sunday)
  });

  test('the window is inclusive and sorted', () => {
    const list = upcomingDeadlines('2026-11-26', 14, company);
    expect(list.map((d) => `${d.date} ${d.id}`)).toEqual([
      '2026-11-30 attendanceClose', '2026-12-10 incomeTaxPayment', '2026-12-10 residentTaxPayment',
    ]);
    expect(upcomingDeadlines('2026-12-10', 0, company).map((d) => d.id)).toEqual(['incomeTaxPayment', 'residentTaxPayment']);
  });

  test('closed days', () => {
    expect(isClosedDay('2026-12-29')).toBe(true); // Tuesday, year-end closure
    expect(isClosedDay('2027-01-04')).toBe(false); // Monday, first open day
    expect(nextOpenDay('2026-12-29')).toBe('2027-01-04');
    expect(isClosedDay('2026-11-23')).toBe(true); // 勤労感謝の日
  });

  // January filings (issue 14): 源泉徴収票 交付・法定調書合計表 「翌年一月三十一日まで」 (所得税法226条1項), 給与支払報告書
  // 「一月三十一日までに」 (地方税法317条の6第1項), moved to the next open day (国税通則法10条2項, 地方税法20条の5第2項).
  test('January filings: 1/31, or the next open day (the NTA dates of the 令和8年分 filings)', () => {
    const ref = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../shared/reference/year-end-adjustment/deadlines_r08_filing_2027.json'), 'utf8'));
    // 2027-01-31 is a Sunday: the NTA's 「令和９年２月１日まで」 and the municipalities' next business day
    expect(dates('2027-01-25', 14, 'withholdingSlipDelivery')).toEqual([ref.gensen_choshuhyo_to_employees.date]);
    expect(dates('2027-01-25', 14, 'statutoryReportSummary')).toEqual([ref.houtei_chosho_and_goukeihyo_to_tax_office.date]);
    expect(dates('2027-01-25', 14, 'salaryPaymentReport')).toEqual([ref.kyuyo_shiharai_hokokusho_to_municipality.date_2027.slice(0, 10)]);
    expect(ref.gensen_choshuhyo_to_employees.date).toBe('2027-02-01');
    // 2026-01-31 a Saturday → Monday 2026-02-02; 2028-01-31 a Monday stays
    expect(dates('2026-01-25', 14, 'salaryPaymentReport')).toEqual(['2026-02-02']);
    expect(dates('2028-01-25', 14, 'withholdingSlipDelivery')).toEqual(['2028-01-31']);
    // once a year: nothing in the rest of the year
    expect(dates('2027-03-01', 300, 'salaryPaymentReport')).toEqual([]);
  });

  // 納期の特例: 7月〜12月分 by 1月20日 (所得税法216条・租税特別措置法41条の6第1項), 1月〜6月分 by 7月10日 (216条).
  test('納期の特例: 1/20 and 7/10 instead of the monthly payment, only when 設定 says so', () => {
    const special = (from: string, days: number, id: string) => upcomingDeadlines(from, days, { payDay: 25, withholdingPaymentSpecial: true }).filter((d) => d.id === id).map((d) => d.date);
    expect(special('2027-01-01', 31, 'withholdingSpecialPayment')).toEqual(['2027-01-20']); // Wednesday
    expect(special('2029-01-01', 31, 'withholdingSpecialPayment')).toEqual(['2029-01-22']); // Saturday → Monday
    expect(special('2030-01-01', 31, 'withholdingSpecialPayment')).toEqual(['2030-01-21']); // Sunday → Monday
    expect(special('2027-07-01', 14, 'withholdingSpecialPayment')).toEqual(['2027-07-12']); // 7/10 a Saturday
    expect(special('2027-01-01', 365, 'incomeTaxPayment')).toEqual([]);
    expect(special('2027-02-01', 120, 'withholdingSpecialPayment')).toEqual([]);
    // without the 特例: the monthly 10th only
    expect(dates('2027-01-01', 31, 'withholdingSpecialPayment')).toEqual([]);
    expect(dates('2027-01-01', 31, 'incomeTaxPayment')).toEqual(['2027-01-12']);
  });
});
