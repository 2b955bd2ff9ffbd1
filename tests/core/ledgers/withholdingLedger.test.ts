/**
 * 源泉徴収簿. Items of 国税庁「給与所得・退職所得に対する源泉徴収簿」 per salary month and bonus: 月区分, 支給月日, 総支給金額,
 * 社会保険料等の控除額, 社会保険料等控除後の給与等の金額, 扶養親族等の数, 算出税額. Sums worked out by hand in fixtures.ts.
 */
import { buildWithholdingLedger, withholdingLedgerSheetRows, renderWithholdingLedgerHtml } from '../../../src/core/ledgers';
import { KanriError } from '../../../src/core/errors';
import { yamada, yamadaWithholding } from './fixtures';

const REQUIRED_ITEMS = ['月区分', '支給日', '総支給金額', '社会保険料等の控除額', '社会保険料等控除後の給与等の金額', '扶養親族等の数', '算出税額'];
const ledger = () => buildWithholdingLedger({ year: 2026, employee: yamada, payments: yamadaWithholding() });

function textOf(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('buildWithholdingLedger', () => {
  test('salaries then bonuses, each in pay-date order; after-social-insurance = gross − social insurance', () => {
    const l = ledger();
    expect(l.salaries.map((r) => [r.month, r.taxableAfterSocialInsurance])).toEqual([['2026-01', 180000], ['2026-02', 170000], ['2026-03', 170000]]);
    expect(l.bonuses.map((r) => [r.month, r.taxableAfterSocialInsurance])).toEqual([['2026-07', 255000]]);
  });

  test('totals equal the sums worked out by hand', () => {
    expect(ledger().totals).toEqual({
      salary: { taxableGrossPay: 610000, socialInsurance: 90000, taxableAfterSocialInsurance: 520000, incomeTax: 10000 },
      bonus: { taxableGrossPay: 300000, socialInsurance: 45000, taxableAfterSocialInsurance: 255000, incomeTax: 12000 },
      all: { taxableGrossPay: 910000, socialInsurance: 135000, taxableAfterSocialInsurance: 775000, incomeTax: 22000 },
    });
  });

  test('refuses another year, a fraction of a yen, a negative amount', () => {
    expect(() => buildWithholdingLedger({ year: 2027, employee: yamada, payments: yamadaWithholding() })).toThrow(KanriError);
    const fraction = yamadaWithholding();
    fraction[0]!.incomeTax = 12000.5;
    expect(() => buildWithholdingLedger({ year: 2026, employee: yamada, payments: fraction })).toThrow(KanriError);
    const negative = yamadaWithholding();
    negative[1]!.socialInsurance = -1;
    expect(() => buildWithholdingLedger({ year: 2026, employee: yamada, payments: negative })).toThrow(/社会保険料等の控除額が負の値です/);
  });
});

describe('withholdingLedgerSheetRows', () => {
  test('Japanese header with every item; payment rows, two subtotals and the total', () => {
    const rows = withholdingLedgerSheetRows([ledger()]);
    const header = rows[0]!;
    for (const item of ['社員番号', '氏名', ...REQUIRED_ITEMS]) expect(header).toContain(item);
    const col = (name: string) => header.indexOf(name);
    expect(rows.slice(1).map((r) => r[col('区分')])).toEqual(['給与', '給与', '給与', '給料・手当等 計', '賞与', '賞与等 計', '合計']);
    expect(rows[4]!.slice(col('総支給金額'))).toEqual([610000, 90000, 520000, '', '', 10000]);
    expect(rows[7]!.slice(col('総支給金額'))).toEqual([910000, 135000, 775000, '', '', 22000]);
    expect(rows[1]!.slice(col('月区分'))).toEqual(['2026年1月', '2026年1月23日', 210000, 30000, 180000, 1, '甲', 4000]);
  });

  test('en header', () => {
    const [header] = withholdingLedgerSheetRows([ledger()], 'en');
    for (const item of ['Month', 'Pay date', 'Taxable gross pay', 'Social insurance deducted', 'Pay after social insurance', 'Dependents', 'Tax computed']) expect(header).toContain(item);
  });
});

describe('renderWithholdingLedgerHtml', () => {
  test('items, totals and escaped names', () => {
    const html = renderWithholdingLedgerHtml([buildWithholdingLedger({ year: 2026, employee: { ...yamada, name: '<img src=x onerror=alert(1)>' }, payments: yamadaWithholding() })]);
    expect(html).not.toContain('<img');
    const text = textOf(html);
    for (const item of ['給与所得に対する源泉徴収簿', '2026年', ...REQUIRED_ITEMS, '910,000', '775,000', '22,000', '<img src=x onerror=alert(1)>']) expect(text).toContain(item);
  });
});
