/** Payslips (給与明細): the HTML document (→ PDF) and the mail text. Pure: no Apps Script, no I/O. */
export { renderPayslipHtml, assertPayslipConsistent, payslipTitle } from './html';
export { payslipMailText } from './mail';
export type * from './types';
