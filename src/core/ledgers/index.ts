/** 賃金台帳 and 源泉徴収簿: models per employee and year, sheet rows and HTML for PDF. Pure: no Apps Script, no I/O. */
export { buildWageLedger, wageLedgerSheetRows, renderWageLedgerHtml, amountsByLabel } from './wageLedger';
export { buildWithholdingLedger, withholdingLedgerSheetRows, renderWithholdingLedgerHtml } from './withholdingLedger';
export type { WageItem, WagePayment, WageLedgerRow, WageLedgerTotals, WageLedger } from './wageLedger';
export type { WithholdingPayment, WithholdingLedgerRow, WithholdingTotals, WithholdingLedger } from './withholdingLedger';
export type { LedgerEmployee, PaymentKind, SheetCell } from './common';
