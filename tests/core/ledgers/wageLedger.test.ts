/**
 * 賃金台帳. The required items are 労働基準法施行規則54条1項 (e-Gov 322M40000100023), written out here:
 *   一 氏名  二 性別  三 賃金計算期間  四 労働日数  五 労働時間数
 *   六 延長時間数、休日労働時間数及び深夜労働時間数  七 基本給、手当その他賃金の種類毎にその額
 *   八 (法24条1項の規定により賃金の一部を控除した場合) その額
 * Expected sums are worked out by hand in fixtures.ts from the small fixture numbers.
 */
import { buildWageLedger, wageLedgerSheetRows, renderWageLedgerHtml } from '../../../src/core/ledgers';
import { KanriError } from '../../../src/core/errors';
import { yamada, sato, yamadaPayments, satoPayments } from './fixtures';

const REQUIRED_HEADERS_54 = ['氏名', '性別', '賃金計算期間', '労働日数', '労働時間数', '時間外労働時間数', '休日労働時間数', '深夜労働時間数'];

function textOf(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

const ledgerA = () => buildWageLedger({ year: 2026, employee: yamada, payments: yamadaPayments() });
const ledgerB = () => buildWageLedger({ year: 2026, employee: sato, payments: satoPayments() });

describe('buildWageLedger', () => {
  test('rows in pay-date order with gross, deductions and net per payment', () => {
    const l = ledgerA();
    expect(l.rows.map((r) => [r.payDate, r.kind, r.grossPay, r.totalDeductions, r.netPay])).toEqual([
      ['2026-01-23', 'salary', 215000, 14000, 201000],
      ['2026-02-25', 'salary', 205000, 13000, 192000],
      ['2026-07-10', 'bonus', 300000, 27000, 273000],
    ]);
    expect(l.earningLabels.map((x) => x.ja)).toEqual(['基本給', '残業手当', '通勤手当', '賞与']);
    expect(l.deductionLabels.map((x) => x.ja)).toEqual(['健康保険料', '源泉所得税']);
  });

  test('year totals equal the sums worked out by hand', () => {
    expect(ledgerA().totals).toEqual({
      workedDays: 39, workedMinutes: 18720, legalOvertimeMinutes: 600, legalHolidayMinutes: 480, lateNightMinutes: 120,
      earnings: { 基本給: 400000, 残業手当: 10000, 通勤手当: 10000, 賞与: 300000 },
      deductions: { 健康保険料: 35000, 源泉所得税: 19000 },
      grossPay: 720000, totalDeductions: 54000, netPay: 666000,
    });
  });

  test('refuses a payment of another year, a salary without its 賃金計算期間, a fraction of a yen', () => {
    expect(() => buildWageLedger({ year: 2025, employee: yamada, payments: yamadaPayments() })).toThrow(/E001 山田 太郎: 支給日 2026-01-23 は2025年の台帳に入りません/);
    const noPeriod = yamadaPayments();
    delete noPeriod[1]!.period;
    expect(() => buildWageLedger({ year: 2026, employee: yamada, payments: noPeriod })).toThrow(KanriError);
    const fraction = yamadaPayments();
    fraction[1]!.earnings[0]!.amount = 200000.5;
    expect(() => buildWageLedger({ year: 2026, employee: yamada, payments: fraction })).toThrow(KanriError);
  });
});

describe('wageLedgerSheetRows', () => {
  test('the header has every item 規則54条 requires, in Japanese, each wage kind and deduction by name', () => {
    const [header] = wageLedgerSheetRows([ledgerA(), ledgerB()]);
    for (const item of [...REQUIRED_HEADERS_54, '基本給', '残業手当', '通勤手当', '賞与', '住宅手当', '健康保険料', '源泉所得税', '住民税', '控除額合計', '総支給額', '差引支給額']) {
      expect(header).toContain(item);
    }
    expect(new Set(header).size).toBe(header!.length);
  });

  test('one row per payment and a 年計 row per employee; the 年計 row is the column sums', () => {
    const rows = wageLedgerSheetRows([ledgerA(), ledgerB()]);
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const body = rows.slice(1);
    expect(body.map((r) => [r[0], r[col('区分')]])).toEqual([
      ['E001', '給与'], ['E001', '給与'], ['E001', '賞与'], ['E001', '年計'], ['E002', '給与'], ['E002', '年計'],
    ]);
    const total = body[3]!;
    expect(total[col('労働日数')]).toBe(39);
    expect(total[col('労働時間数')]).toBe('312:00');
    expect(total[col('時間外労働時間数')]).toBe('10:00');
    expect(total[col('休日労働時間数')]).toBe('8:00');
    expect(total[col('深夜労働時間数')]).toBe('2:00');
    expect(total[col('基本給')]).toBe(400000);
    expect(total[col('総支給額')]).toBe(720000);
    expect(total[col('控除額合計')]).toBe(54000);
    expect(total[col('差引支給額')]).toBe(666000);
    // every money column of 山田's 年計 row is the sum of his payment rows
    for (const name of ['基本給', '残業手当', '通勤手当', '賞与', '総支給額', '健康保険料', '源泉所得税', '控除額合計', '差引支給額']) {
      const sum = body.slice(0, 3).reduce((s: number, r) => s + (typeof r[col(name)] === 'number' ? (r[col(name)] as number) : 0), 0);
      expect([name, total[col(name)]]).toEqual([name, sum]);
    }
    expect(body[0]![col('賃金計算期間')]).toBe('2026年1月1日〜2026年1月31日');
    expect(body[0]![col('性別')]).toBe('男');
    expect(body[4]![col('住宅手当')]).toBe(20000);
    expect(body[4]![col('基本給')]).toBe(180000);
    expect(body[0]![col('住宅手当')]).toBe(''); // 山田 has none
  });

  test('en labels', () => {
    const [header] = wageLedgerSheetRows([ledgerA()], 'en');
    for (const item of ['Name', 'Sex', 'Wage calculation period', 'Days worked', 'Hours worked', 'Overtime hours', 'Holiday work hours', 'Late-night hours', 'Base pay', 'Gross pay', 'Total deductions', 'Net pay']) {
      expect(header).toContain(item);
    }
  });

  test('a deduction named like an earning gets its own header', () => {
    const p = satoPayments();
    p[0]!.earnings.push({ label: { ja: 'その他' }, amount: 1000 });
    p[0]!.deductions.push({ label: { ja: 'その他' }, amount: 1000 });
    const [header] = wageLedgerSheetRows([buildWageLedger({ year: 2026, employee: sato, payments: p })]);
    expect(header).toContain('その他');
    expect(header).toContain('その他（控除）');
  });
});

describe('renderWageLedgerHtml', () => {
  test('A4 landscape, every 規則54条 item and the yearly totals, ja', () => {
    const html = renderWageLedgerHtml([ledgerA()]);
    expect(html).toContain('@page { size: A4 landscape;');
    expect(html).toMatch(/font-family: "Noto Sans CJK JP", "Noto Sans JP",/);
    const text = textOf(html);
    for (const item of [...REQUIRED_HEADERS_54, '賃金台帳', '山田 太郎', '男', '基本給', '残業手当', '通勤手当', '賞与', '健康保険料', '源泉所得税', '年計']) expect(text).toContain(item);
    for (const figure of ['720,000', '54,000', '666,000', '400,000', '312:00']) expect(text).toContain(figure);
  });

  test('en document', () => {
    const text = textOf(renderWageLedgerHtml([ledgerA()], 'en'));
    for (const item of ['Wage ledger', 'Wage calculation period', 'Year total', 'Base pay', 'Net pay']) expect(text).toContain(item);
  });

  test('names and labels are escaped', () => {
    const p = satoPayments();
    p[0]!.earnings[1]!.label = { ja: '<img src=x onerror=alert(1)>' };
    const html = renderWageLedgerHtml([buildWageLedger({ year: 2026, employee: { ...sato, name: `"'&<b>`, department: '<script>x</script>' }, payments: p })]);
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&#39;&amp;&lt;b&gt;');
  });
});
