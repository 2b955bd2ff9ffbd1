/**
 * 源泉徴収簿 (withholding ledger for employment income), per employee and calendar year (所得税 is by the year
 * the pay is paid in, 所得税法183条). The items follow 国税庁「給与所得・退職所得に対する源泉徴収簿」: for each
 * salary month and each bonus, 総支給金額 (taxable: non-taxable commuting allowance etc. excluded), 社会保険料等の
 * 控除額, 社会保険料等控除後の給与等の金額, 扶養親族等の数, 算出税額; the totals feed the year-end adjustment
 * (年末調整, 所得税法190条), which this ledger does not compute.
 */
import type { LocalDate, YearMonth } from '../calendar';
import { isYearMonth } from '../calendar';
import { message, type Lang, type MessageKey } from '../i18n';
import { assertYen, formatDate, formatYearMonth, groupThousands } from '../render/format';
import { escapeHtml, htmlDocument, DOCUMENT_FONT_STACK } from '../render/html';
import { assertInYear, assertNotNegative, byPayDate, kindLabel, who, LEDGER_CSS_BASE, type LedgerEmployee, type PaymentKind, type SheetCell } from './common';

export interface WithholdingPayment {
  kind: PaymentKind;
  payDate: LocalDate;
  /** 月区分: the month the salary is for (a bonus: the month it is paid in). */
  month: YearMonth;
  /** 総支給金額: the taxable gross (非課税の通勤手当等を除く), integer yen. */
  taxableGrossPay: number;
  /** 社会保険料等の控除額 (health, care, child support, pension, employment insurance), integer yen. */
  socialInsurance: number;
  /** 扶養親族等の数 applied (甲欄). */
  dependents: number;
  /** 甲欄 / 乙欄. */
  taxColumn: 'kou' | 'otsu';
  /** 算出税額, integer yen. */
  incomeTax: number;
}

export interface WithholdingLedgerRow extends WithholdingPayment {
  /** 社会保険料等控除後の給与等の金額 = taxableGrossPay − socialInsurance (taxableAfterSocialInsurance). */
  taxableAfterSocialInsurance: number;
}

export interface WithholdingTotals {
  taxableGrossPay: number;
  socialInsurance: number;
  taxableAfterSocialInsurance: number;
  incomeTax: number;
}

export interface WithholdingLedger {
  year: number;
  employee: LedgerEmployee;
  /** 給料・手当等, then 賞与等, as the form has them; each in pay-date order. */
  salaries: WithholdingLedgerRow[];
  bonuses: WithholdingLedgerRow[];
  totals: { salary: WithholdingTotals; bonus: WithholdingTotals; all: WithholdingTotals };
}

function total(rows: readonly WithholdingLedgerRow[]): WithholdingTotals {
  const t: WithholdingTotals = { taxableGrossPay: 0, socialInsurance: 0, taxableAfterSocialInsurance: 0, incomeTax: 0 };
  for (const r of rows) {
    t.taxableGrossPay += r.taxableGrossPay;
    t.socialInsurance += r.socialInsurance;
    t.taxableAfterSocialInsurance += r.taxableAfterSocialInsurance;
    t.incomeTax += r.incomeTax;
  }
  return t;
}

export function buildWithholdingLedger(input: { year: number; employee: LedgerEmployee; payments: readonly WithholdingPayment[] }): WithholdingLedger {
  const { year, employee } = input;
  const rows = [...input.payments].sort(byPayDate).map((p): WithholdingLedgerRow => {
    assertInYear(employee, year, p.payDate);
    if (!isYearMonth(p.month)) throw new RangeError(`${who(employee)}: not a month (YYYY-MM): ${p.month}`);
    for (const [item, value] of [['総支給金額', p.taxableGrossPay], ['社会保険料等の控除額', p.socialInsurance], ['算出税額', p.incomeTax]] as const) {
      assertYen(value, `${who(employee)} ${p.payDate} ${item}`);
      assertNotNegative(employee, item, value);
    }
    if (!Number.isSafeInteger(p.dependents)) throw new RangeError(`${who(employee)}: 扶養親族等の数 must be a whole number: ${p.dependents}`);
    assertNotNegative(employee, '扶養親族等の数', p.dependents);
    return { ...p, taxableAfterSocialInsurance: p.taxableGrossPay - p.socialInsurance };
  });
  const salaries = rows.filter((r) => r.kind === 'salary');
  const bonuses = rows.filter((r) => r.kind === 'bonus');
  return { year, employee, salaries, bonuses, totals: { salary: total(salaries), bonus: total(bonuses), all: total(rows) } };
}

interface Column {
  header: string;
  row: (r: WithholdingLedgerRow) => SheetCell;
  total: (t: WithholdingTotals) => SheetCell;
}

function columns(lang: Lang): Column[] {
  const m = (key: MessageKey): string => message(lang, key);
  return [
    { header: m('withholdingLedger.month'), row: (r) => formatYearMonth(r.month, lang), total: () => '' },
    { header: m('ledger.payDate'), row: (r) => formatDate(r.payDate, lang), total: () => '' },
    { header: m('withholdingLedger.taxableGrossPay'), row: (r) => r.taxableGrossPay, total: (t) => t.taxableGrossPay },
    { header: m('withholdingLedger.socialInsurance'), row: (r) => r.socialInsurance, total: (t) => t.socialInsurance },
    { header: m('withholdingLedger.afterSocialInsurance'), row: (r) => r.taxableAfterSocialInsurance, total: (t) => t.taxableAfterSocialInsurance },
    { header: m('withholdingLedger.dependents'), row: (r) => r.dependents, total: () => '' },
    { header: m('withholdingLedger.taxColumn'), row: (r) => m(r.taxColumn === 'otsu' ? 'withholdingLedger.taxColumn.otsu' : 'withholdingLedger.taxColumn.kou'), total: () => '' },
    { header: m('withholdingLedger.incomeTax'), row: (r) => r.incomeTax, total: (t) => t.incomeTax },
  ];
}

/** Rows of one ledger in the form's order, each with its kind label: salaries, 給料・手当等 計, bonuses, 賞与等 計, 合計. */
function ledgerLines(l: WithholdingLedger, lang: Lang): { kind: string; cells: SheetCell[]; total: boolean }[] {
  const cols = columns(lang);
  const line = (r: WithholdingLedgerRow) => ({ kind: kindLabel(r.kind, lang), cells: cols.map((c) => c.row(r)), total: false });
  const sum = (key: MessageKey, t: WithholdingTotals) => ({ kind: message(lang, key), cells: cols.map((c) => c.total(t)), total: true });
  return [
    ...l.salaries.map(line), sum('withholdingLedger.salaryTotal', l.totals.salary),
    ...l.bonuses.map(line), sum('withholdingLedger.bonusTotal', l.totals.bonus),
    sum('withholdingLedger.total', l.totals.all),
  ];
}

/** The ledgers as one sheet table: header row, then per employee its payments and the three total rows. */
export function withholdingLedgerSheetRows(ledgers: readonly WithholdingLedger[], lang: Lang = 'ja'): SheetCell[][] {
  const m = (key: MessageKey): string => message(lang, key);
  const out: SheetCell[][] = [[m('ledger.employeeCode'), m('ledger.name'), m('ledger.kind'), ...columns(lang).map((c) => c.header)]];
  for (const l of ledgers) for (const line of ledgerLines(l, lang)) out.push([l.employee.code, l.employee.name, line.kind, ...line.cells]);
  return out;
}

const WITHHOLDING_CSS = `@page { size: A4 portrait; margin: 12mm; }
body { font-family: ${DOCUMENT_FONT_STACK}; font-size: 8.5pt; color: #111; margin: 0; }
${LEDGER_CSS_BASE}
table.grid { width: 100%; }
table.grid thead th { white-space: normal; text-align: center; vertical-align: bottom; }`;

function cellHtml(value: SheetCell): string {
  return escapeHtml(typeof value === 'number' ? groupThousands(value) : value);
}

/** The ledgers as one HTML document for PDF, one employee per A4 page. */
export function renderWithholdingLedgerHtml(ledgers: readonly WithholdingLedger[], lang: Lang = 'ja'): string {
  const m = (key: MessageKey): string => escapeHtml(message(lang, key));
  const head = `<tr><th>${m('ledger.kind')}</th>${columns(lang).map((c) => `<th>${escapeHtml(c.header)}</th>`).join('')}</tr>`;
  const sections = ledgers.map((l, i) => {
    const e = l.employee;
    const rows = ledgerLines(l, lang).map((line) =>
      `<tr${line.total ? ' class="total"' : ''}><th>${escapeHtml(line.kind)}</th>${line.cells.map((c) => `<td>${cellHtml(c)}</td>`).join('')}</tr>`);
    return `<div class="ledger${i === ledgers.length - 1 ? ' last' : ''}">
<h1>${m('withholdingLedger.title')} ${escapeHtml(message(lang, 'ledger.year', { year: l.year }))}</h1>
<table class="who"><tbody><tr><th>${m('ledger.employeeCode')}</th><td class="text">${escapeHtml(e.code)}</td><th>${m('ledger.name')}</th><td class="text">${escapeHtml(e.name)}</td><th>${m('ledger.department')}</th><td class="text">${escapeHtml(e.department ?? '')}</td></tr></tbody></table>
<table class="grid"><thead>${head}</thead><tbody>
${rows.join('\n')}
</tbody></table>
</div>`;
  });
  return htmlDocument(lang, `${message(lang, 'withholdingLedger.title')} ${ledgers[0]?.year ?? ''}`.trim(), WITHHOLDING_CSS, sections.join('\n'));
}
