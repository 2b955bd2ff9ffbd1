/**
 * Issue 11: Google does not document the CSS its HTML → PDF converter supports, so every printed
 * document keeps to the subset of src/core/render/html.ts (CSS 2.1 type/class/descendant selectors,
 * listed properties, `@page` as a size/margin hint only).
 */
import { unsafeCss } from '../../../src/core/render/html';
import { renderPayslipHtml } from '../../../src/core/payslip';
import { buildWageLedger, buildWithholdingLedger, renderWageLedgerHtml, renderWithholdingLedgerHtml } from '../../../src/core/ledgers';
import { yamada } from '../payslip/fixtures';
import { yamada as employee, yamadaPayments, yamadaWithholding } from '../ledgers/fixtures';

const cssOf = (html: string) => /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;

test('the checker names what lies outside the subset', () => {
  expect(unsafeCss('* { box-sizing: border-box; } .a > td { color: red } .b:first-child { margin: 0 } p { display: flex }')).toEqual([
    '*: selector', '* { box-sizing: border-box }', '.a > td: selector', '.b:first-child: selector', 'p { display: flex }',
  ]);
  expect(unsafeCss('@page { size: A4 portrait; margin: 15mm; } table.grid thead th { text-align: center; }')).toEqual([]);
  expect(unsafeCss('@media print { p { color: red } }')).not.toEqual([]);
});

test('payslip, wage ledger and 源泉徴収簿 stay inside the subset; no style attribute or external resource', () => {
  const docs = [
    renderPayslipHtml(yamada(), 'ja'),
    renderPayslipHtml(yamada(), 'en'),
    renderWageLedgerHtml([buildWageLedger({ year: 2026, employee, payments: yamadaPayments() }), buildWageLedger({ year: 2026, employee, payments: yamadaPayments() })]),
    renderWithholdingLedgerHtml([buildWithholdingLedger({ year: 2026, employee, payments: yamadaWithholding() })]),
  ];
  for (const html of docs) {
    expect(unsafeCss(cssOf(html))).toEqual([]);
    expect(html).not.toMatch(/<(link|script|img|iframe)\b/i);
    expect(html).not.toMatch(/\burl\(/i);
  }
  // Page breaks between ledgers by a class, not :last-child.
  expect(docs[2]!.match(/class="ledger( last)?"/g)).toEqual(['class="ledger"', 'class="ledger last"']);
});
