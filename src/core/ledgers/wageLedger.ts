/**
 * 賃金台帳 (wage ledger), per employee and calendar year.
 *
 * 労働基準法108条: the employer keeps a wage ledger per workplace and records in it, at every payment, the
 * basis of the wage calculation, the wage amount and the items the ordinance names. Those items are
 * 労働基準法施行規則54条1項:
 *   1 氏名, 2 性別, 3 賃金計算期間, 4 労働日数, 5 労働時間数,
 *   6 延長時間数・休日労働時間数・深夜労働時間数 (法33条/36条1項 extension, holiday work, 22:00–5:00),
 *   7 基本給、手当その他賃金の種類ごとの額, 8 法24条1項ただし書による控除の額.
 * 規則54条3項: 賃金計算期間 need not be recorded for day labourers (日日雇い入れられる者); 4項: items 5 and 6 need
 * not be recorded for 法41条 workers (管理監督者 etc.) — the caller passes 0 then, 深夜 still applies to them.
 * The form is 様式第20号 (規則55条); the PDF follows it: items as rows, payments as columns.
 * Retention: 5 years (法109条; 3 years for now under 法143条1項).
 */
import type { LocalDate } from '../calendar';
import { message, type Lang, type MessageKey } from '../i18n';
import { KanriError } from '../errors';
import { assertYen, formatDays, formatMinutes, formatPeriod, formatDate, groupThousands, type LocalizedLabel, localize } from '../render/format';
import { escapeHtml, htmlDocument, DOCUMENT_FONT_STACK } from '../render/html';
import { assertInYear, assertNotNegative, byPayDate, kindLabel, sexLabel, who, LEDGER_CSS_BASE, type LedgerEmployee, type PaymentKind, type SheetCell } from './common';

/** One wage kind and its amount, labelled as in the master (基本給, 通勤手当, 健康保険料 …). */
export interface WageItem {
  label: LocalizedLabel;
  /** Integer yen. */
  amount: number;
}

/** One payment (a month's salary or a bonus): the payroll engine's result mapped by the integrator. */
export interface WagePayment {
  kind: PaymentKind;
  payDate: LocalDate;
  /** 賃金計算期間 (規則54条1項3号). Required for a salary; optional for a bonus. */
  period?: { from: LocalDate; to: LocalDate };
  /** 労働日数 (4号). Halves allowed. */
  workedDays: number;
  /** 労働時間数 (5号), minutes. */
  workedMinutes: number;
  /** 延長時間数 (6号): 法定時間外労働, minutes. */
  legalOvertimeMinutes: number;
  /** 休日労働時間数 (6号): 法定休日労働, minutes. */
  legalHolidayMinutes: number;
  /** 深夜労働時間数 (6号), minutes. */
  lateNightMinutes: number;
  /** 基本給・手当その他賃金の種類ごとの額 (7号). */
  earnings: WageItem[];
  /** 控除の額 (8号), by kind. */
  deductions: WageItem[];
}

export interface WageLedgerRow extends WagePayment {
  grossPay: number;
  totalDeductions: number;
  netPay: number;
}

/** The figures summed over the year. */
export interface WageLedgerTotals {
  workedDays: number;
  workedMinutes: number;
  legalOvertimeMinutes: number;
  legalHolidayMinutes: number;
  lateNightMinutes: number;
  /** Per wage kind, keyed by the Japanese label, in the order of `earningLabels`. */
  earnings: Record<string, number>;
  deductions: Record<string, number>;
  grossPay: number;
  totalDeductions: number;
  netPay: number;
}

export interface WageLedger {
  year: number;
  employee: LedgerEmployee;
  /** Every wage kind paid in the year, first-seen order (the ledger's columns). */
  earningLabels: LocalizedLabel[];
  deductionLabels: LocalizedLabel[];
  rows: WageLedgerRow[];
  totals: WageLedgerTotals;
}

function sumBy(items: readonly WageItem[]): number {
  return items.reduce((total, item) => total + item.amount, 0);
}

/** Amounts per Japanese label (two lines of one kind in one payment add up). */
export function amountsByLabel(items: readonly WageItem[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[item.label.ja] = (out[item.label.ja] ?? 0) + item.amount;
  return out;
}

function collectLabels(lists: readonly (readonly WageItem[])[]): LocalizedLabel[] {
  const seen = new Map<string, LocalizedLabel>();
  for (const list of lists) for (const item of list) if (!seen.has(item.label.ja)) seen.set(item.label.ja, item.label);
  return [...seen.values()];
}

/** The wage ledger of one employee for one year, from that employee's payments of the year (any order). */
export function buildWageLedger(input: { year: number; employee: LedgerEmployee; payments: readonly WagePayment[] }): WageLedger {
  const { year, employee } = input;
  const rows: WageLedgerRow[] = [...input.payments].sort(byPayDate).map((p) => {
    assertInYear(employee, year, p.payDate);
    if (p.kind === 'salary' && !p.period) throw new KanriError('ledger.error.noPeriod', { who: who(employee), payDate: p.payDate });
    for (const item of [...p.earnings, ...p.deductions]) assertYen(item.amount, `${who(employee)} ${p.payDate} ${item.label.ja}`);
    formatDays(p.workedDays); // halves only
    for (const [item, minutes] of [['労働時間数', p.workedMinutes], ['時間外労働時間数', p.legalOvertimeMinutes], ['休日労働時間数', p.legalHolidayMinutes], ['深夜労働時間数', p.lateNightMinutes]] as const) {
      formatMinutes(minutes); // whole minutes only
      assertNotNegative(employee, item, minutes);
    }
    assertNotNegative(employee, '労働日数', p.workedDays);
    const grossPay = sumBy(p.earnings);
    const totalDeductions = sumBy(p.deductions);
    return { ...p, grossPay, totalDeductions, netPay: grossPay - totalDeductions };
  });
  const earningLabels = collectLabels(rows.map((r) => r.earnings));
  const deductionLabels = collectLabels(rows.map((r) => r.deductions));
  const add = (target: Record<string, number>, items: readonly WageItem[]): void => {
    for (const item of items) target[item.label.ja] = (target[item.label.ja] ?? 0) + item.amount;
  };
  const totals: WageLedgerTotals = {
    workedDays: 0, workedMinutes: 0, legalOvertimeMinutes: 0, legalHolidayMinutes: 0, lateNightMinutes: 0,
    earnings: Object.fromEntries(earningLabels.map((l) => [l.ja, 0])),
    deductions: Object.fromEntries(deductionLabels.map((l) => [l.ja, 0])),
    grossPay: 0, totalDeductions: 0, netPay: 0,
  };
  for (const r of rows) {
    totals.workedDays += r.workedDays;
    totals.workedMinutes += r.workedMinutes;
    totals.legalOvertimeMinutes += r.legalOvertimeMinutes;
    totals.legalHolidayMinutes += r.legalHolidayMinutes;
    totals.lateNightMinutes += r.lateNightMinutes;
    add(totals.earnings, r.earnings);
    add(totals.deductions, r.deductions);
    totals.grossPay += r.grossPay;
    totals.totalDeductions += r.totalDeductions;
    totals.netPay += r.netPay;
  }
  return { year, employee, earningLabels, deductionLabels, rows, totals };
}

/** A column of the ledger: its header and its cell for a payment row and for the year total. */
interface Column {
  header: string;
  row: (r: WageLedgerRow) => SheetCell;
  total: (t: WageLedgerTotals) => SheetCell;
  /** Long text (the period): may wrap in the PDF. */
  wrap?: boolean;
}

function columns(ledgers: readonly WageLedger[], lang: Lang): { who: Column[]; items: Column[] } {
  const m = (key: MessageKey): string => message(lang, key);
  const earningLabels = new Map<string, LocalizedLabel>();
  const deductionLabels = new Map<string, LocalizedLabel>();
  for (const l of ledgers) {
    for (const label of l.earningLabels) if (!earningLabels.has(label.ja)) earningLabels.set(label.ja, label);
    for (const label of l.deductionLabels) if (!deductionLabels.has(label.ja)) deductionLabels.set(label.ja, label);
  }
  const earningHeaders = new Set([...earningLabels.values()].map((l) => localize(l, lang)));
  const hours = (key: MessageKey, pick: (r: WageLedgerTotals | WageLedgerRow) => number): Column =>
    ({ header: m(key), row: (r) => formatMinutes(pick(r)), total: (t) => formatMinutes(pick(t)) });
  const items: Column[] = [
    { header: m('wageLedger.period'), row: (r) => (r.period ? formatPeriod(r.period, lang) : ''), total: () => '', wrap: true },
    { header: m('wageLedger.workedDays'), row: (r) => r.workedDays, total: (t) => t.workedDays },
    hours('wageLedger.workedHours', (r) => r.workedMinutes),
    hours('wageLedger.overtimeHours', (r) => r.legalOvertimeMinutes),
    hours('wageLedger.holidayHours', (r) => r.legalHolidayMinutes),
    hours('wageLedger.lateNightHours', (r) => r.lateNightMinutes),
    ...[...earningLabels.values()].map((label): Column => ({
      header: localize(label, lang),
      row: (r) => amountsByLabel(r.earnings)[label.ja] ?? '',
      total: (t) => t.earnings[label.ja] ?? '',
    })),
    { header: m('wageLedger.grossPay'), row: (r) => r.grossPay, total: (t) => t.grossPay },
    ...[...deductionLabels.values()].map((label): Column => {
      const name = localize(label, lang);
      // A deduction named like an earning (その他) gets a suffix: a sheet's headers must be unique.
      const header = earningHeaders.has(name) ? message(lang, 'wageLedger.deductionSuffix', { label: name }) : name;
      return { header, row: (r) => amountsByLabel(r.deductions)[label.ja] ?? '', total: (t) => t.deductions[label.ja] ?? '' };
    }),
    { header: m('wageLedger.totalDeductions'), row: (r) => r.totalDeductions, total: (t) => t.totalDeductions },
    { header: m('wageLedger.netPay'), row: (r) => r.netPay, total: (t) => t.netPay },
  ];
  const whoColumns: Column[] = [
    { header: m('ledger.kind'), row: (r) => kindLabel(r.kind, lang), total: () => m('ledger.yearTotal') },
    { header: m('ledger.payDate'), row: (r) => formatDate(r.payDate, lang), total: () => '' },
  ];
  return { who: whoColumns, items };
}

/**
 * The ledgers as one table for a sheet: a header row (Japanese labels by default), then per employee one row per
 * payment and a 年計 row. Money and days are numbers; hours are "h:mm" text (set the range's format to plain text
 * when writing, or Sheets reads them as durations). Wage kinds are the union over the ledgers, first-seen order.
 */
export function wageLedgerSheetRows(ledgers: readonly WageLedger[], lang: Lang = 'ja'): SheetCell[][] {
  const m = (key: MessageKey): string => message(lang, key);
  const { who: whoColumns, items } = columns(ledgers, lang);
  const header = [m('ledger.employeeCode'), m('ledger.name'), m('ledger.sex'), m('ledger.department'), ...whoColumns.map((c) => c.header), ...items.map((c) => c.header)];
  const out: SheetCell[][] = [header];
  for (const l of ledgers) {
    const person = [l.employee.code, l.employee.name, sexLabel(l.employee.sex, lang), l.employee.department ?? ''];
    for (const r of l.rows) out.push([...person, ...whoColumns.map((c) => c.row(r)), ...items.map((c) => c.row(r))]);
    out.push([...person, ...whoColumns.map((c) => c.total(l.totals)), ...items.map((c) => c.total(l.totals))]);
  }
  return out;
}

const WAGE_LEDGER_CSS = `@page { size: A4 landscape; margin: 10mm; }
body { font-family: ${DOCUMENT_FONT_STACK}; font-size: 7.5pt; color: #111; margin: 0; }
${LEDGER_CSS_BASE}`;

function cellHtml(value: SheetCell): string {
  return typeof value === 'number' ? escapeHtml(Number.isInteger(value) ? groupThousands(value) : String(value)) : escapeHtml(value);
}

/**
 * The ledgers as one HTML document for PDF, one employee per A4 landscape page, laid out like 様式第20号: the
 * items as rows, the year's payments (and the year total) as columns.
 */
export function renderWageLedgerHtml(ledgers: readonly WageLedger[], lang: Lang = 'ja'): string {
  const m = (key: MessageKey): string => escapeHtml(message(lang, key));
  const sections = ledgers.map((l, i) => {
    const { who: whoColumns, items } = columns([l], lang);
    const head = whoColumns.map((c) => `<tr><th>${escapeHtml(c.header)}</th>${l.rows.map((r) => `<th>${cellHtml(c.row(r))}</th>`).join('')}<th class="total">${cellHtml(c.total(l.totals))}</th></tr>`);
    const body = items.map((c) => `<tr><th>${escapeHtml(c.header)}</th>${l.rows.map((r) => `<td${c.wrap ? ' class="wrap"' : ''}>${cellHtml(c.row(r))}</td>`).join('')}<td class="total">${cellHtml(c.total(l.totals))}</td></tr>`);
    const e = l.employee;
    return `<div class="ledger${i === ledgers.length - 1 ? ' last' : ''}">
<h1>${m('wageLedger.title')} ${escapeHtml(message(lang, 'ledger.year', { year: l.year }))}</h1>
<table class="who"><tbody><tr><th>${m('ledger.employeeCode')}</th><td class="text">${escapeHtml(e.code)}</td><th>${m('ledger.name')}</th><td class="text">${escapeHtml(e.name)}</td><th>${m('ledger.sex')}</th><td class="text">${escapeHtml(sexLabel(e.sex, lang))}</td><th>${m('ledger.department')}</th><td class="text">${escapeHtml(e.department ?? '')}</td></tr></tbody></table>
<table class="grid"><thead>
${head.join('\n')}
</thead><tbody>
${body.join('\n')}
</tbody></table>
</div>`;
  });
  return htmlDocument(lang, `${message(lang, 'wageLedger.title')} ${ledgers[0]?.year ?? ''}`.trim(), WAGE_LEDGER_CSS, sections.join('\n'));
}
