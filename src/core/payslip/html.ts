/**
 * The payslip as one self-contained HTML document for `Utilities.newBlob(html).getAs('application/pdf')`
 * (and Chromium locally): inline CSS, A4 portrait, tables only for layout (Apps Script's HTML→PDF converter
 * handles tables reliably, flex/grid less so). Layout as Japanese payslips have it: 勤怠, then 支給 and
 * 控除 side by side, then 差引支給額 in a box of its own.
 */
import { message, type Lang } from '../i18n';
import { KanriError } from '../errors';
import { escapeHtml, escapeHtmlLines, htmlDocument, DOCUMENT_FONT_STACK } from '../render/html';
import { assertYen, formatDate, formatDays, formatMinutes, formatPeriod, formatYearMonth, formatYen, localize } from '../render/format';
import type { PayslipData, PayslipLine } from './types';

const CSS = `@page { size: A4 portrait; margin: 15mm; }
body { font-family: ${DOCUMENT_FONT_STACK}; font-size: 10pt; color: #111; margin: 0; }
h1 { font-size: 16pt; margin: 0; letter-spacing: 0.1em; }
h2 { font-size: 10.5pt; margin: 0 0 2mm; padding: 1mm 2mm; background: #e8eef5; border-left: 3px solid #345; }
table { border-collapse: collapse; width: 100%; }
.head td { vertical-align: bottom; padding: 0 0 3mm; }
.company { text-align: right; }
.company .name { font-size: 12pt; font-weight: bold; }
.who { margin: 2mm 0 5mm; }
.who th, .who td { border: 1px solid #888; padding: 1.5mm 2mm; text-align: left; }
.who th { background: #f3f3f3; font-weight: normal; width: 14%; white-space: nowrap; }
.who .emp-name { font-size: 12pt; font-weight: bold; }
.att { margin-bottom: 5mm; table-layout: fixed; }
.att th, .att td { border: 1px solid #888; padding: 1.2mm 1mm; text-align: center; }
.att th { background: #f3f3f3; font-weight: normal; font-size: 8.5pt; }
td.col { width: 50%; vertical-align: top; padding: 0; }
td.col-left { padding-right: 3mm; }
td.col-right { padding-left: 3mm; }
.items th, .items td { border: 1px solid #888; padding: 1.2mm 2mm; }
.items th { text-align: left; font-weight: normal; }
.items td { text-align: right; white-space: nowrap; }
.items .sum th, .items .sum td { background: #f3f3f3; font-weight: bold; }
.net { margin-top: 6mm; width: 59%; margin-left: 40%; border: 2px solid #234; }
.net th { background: #234; color: #fff; padding: 3mm; font-size: 12pt; text-align: left; width: 40%; }
.net td { padding: 3mm; font-size: 18pt; font-weight: bold; text-align: right; }
.notes { margin-top: 6mm; }
.notes p { margin: 0 0 1.5mm; }`;

/** Who the payslip is for, in messages: "E001 山田太郎". */
function who(data: PayslipData): string {
  return `${data.employee.code} ${data.employee.name}`;
}

function sum(lines: readonly PayslipLine[]): number {
  return lines.reduce((total, line) => total + line.amount, 0);
}

/**
 * The printed totals must be the lines' sums and net = gross − deductions: a payslip that does not add up is
 * refused, never printed (pre-flight: payslip total = ledger total = bank file total).
 */
export function assertPayslipConsistent(data: PayslipData): void {
  const w = who(data);
  for (const line of [...data.earnings, ...data.deductions]) assertYen(line.amount, `${w}: ${line.label.ja}`);
  const { grossPay, totalDeductions, netPay } = data.totals;
  for (const [item, value] of [['総支給額', grossPay], ['控除合計', totalDeductions], ['差引支給額', netPay]] as const) assertYen(value, `${w}: ${item}`);
  const earned = sum(data.earnings);
  if (earned !== grossPay) throw new KanriError('payslip.error.totalMismatch', { who: w, item: '総支給額', stated: grossPay, sum: earned });
  const deducted = sum(data.deductions);
  if (deducted !== totalDeductions) throw new KanriError('payslip.error.totalMismatch', { who: w, item: '控除合計', stated: totalDeductions, sum: deducted });
  if (grossPay - totalDeductions !== netPay) throw new KanriError('payslip.error.netMismatch', { who: w, net: netPay, gross: grossPay, deductions: totalDeductions });
}

export function payslipTitle(data: PayslipData, lang: Lang): string {
  const month = formatYearMonth(data.month, lang);
  return message(lang, data.kind === 'bonus' ? 'payslip.title.bonus' : 'payslip.title.salary', { month });
}

function itemsTable(lines: readonly PayslipLine[], totalKey: 'payslip.grossPay' | 'payslip.totalDeductions', total: number, lang: Lang): string {
  const rows = lines.map((line) => `<tr><th>${escapeHtml(localize(line.label, lang))}</th><td>${formatYen(line.amount, lang)}</td></tr>`);
  rows.push(`<tr class="sum"><th>${escapeHtml(message(lang, totalKey))}</th><td>${formatYen(total, lang)}</td></tr>`);
  return `<table class="items"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function attendanceTable(data: PayslipData, lang: Lang): string {
  const a = data.attendance;
  if (!a) return '';
  const days = (n: number): string => message(lang, 'payslip.days', { days: formatDays(n) });
  const cells: [Parameters<typeof message>[1], string][] = [
    ['payslip.att.workedDays', days(a.workedDays)],
    ['payslip.att.absenceDays', days(a.absenceDays)],
    ['payslip.att.workedHours', formatMinutes(a.workedMinutes)],
    ['payslip.att.legalOvertime', formatMinutes(a.legalOvertimeMinutes)],
    ['payslip.att.over60', formatMinutes(a.over60Minutes)],
    ['payslip.att.lateNight', formatMinutes(a.lateNightMinutes)],
    ['payslip.att.legalHoliday', formatMinutes(a.legalHolidayMinutes)],
    ['payslip.att.paidLeaveTaken', days(a.paidLeaveDaysTaken)],
    ['payslip.att.paidLeaveRemaining', days(a.paidLeaveDaysRemaining)],
  ];
  const head = cells.map(([key]) => `<th>${escapeHtml(message(lang, key))}</th>`).join('');
  const values = cells.map(([, value]) => `<td>${escapeHtml(value)}</td>`).join('');
  return `<h2>${escapeHtml(message(lang, 'payslip.attendance'))}</h2>\n<table class="att"><tbody><tr>${head}</tr><tr>${values}</tr></tbody></table>`;
}

/** The payslip of one employee as a complete HTML document (ja default, en selectable). Throws when the totals do not add up. */
export function renderPayslipHtml(data: PayslipData, lang: Lang = 'ja'): string {
  assertPayslipConsistent(data);
  const t = (key: Parameters<typeof message>[1]): string => escapeHtml(message(lang, key));
  const title = payslipTitle(data, lang);
  const e = data.employee;
  const whoRows = [
    `<tr><th>${t('payslip.employeeCode')}</th><td>${escapeHtml(e.code)}</td><th>${t('payslip.department')}</th><td>${escapeHtml(e.department ?? '')}</td></tr>`,
    `<tr><th>${t('payslip.employeeName')}</th><td class="emp-name">${escapeHtml(message(lang, 'payslip.honorific', { name: e.name }))}</td>` +
      `<th>${t('payslip.period')}</th><td>${data.period ? escapeHtml(formatPeriod(data.period, lang)) : ''}</td></tr>`,
  ];
  const notes = (data.notes ?? []).filter((n) => n.trim() !== '');
  const body = `<div class="slip">
<table class="head"><tbody><tr>
<td><h1>${escapeHtml(title)}</h1></td>
<td class="company"><div class="name">${escapeHtml(data.companyName)}</div><div>${t('payslip.payDate')} ${escapeHtml(formatDate(data.payDate, lang))}</div></td>
</tr></tbody></table>
<table class="who"><tbody>
${whoRows.join('\n')}
</tbody></table>
${attendanceTable(data, lang)}
<table class="cols"><tbody><tr>
<td class="col col-left"><h2>${t('payslip.earnings')}</h2>
${itemsTable(data.earnings, 'payslip.grossPay', data.totals.grossPay, lang)}</td>
<td class="col col-right"><h2>${t('payslip.deductions')}</h2>
${itemsTable(data.deductions, 'payslip.totalDeductions', data.totals.totalDeductions, lang)}</td>
</tr></tbody></table>
<table class="net"><tbody><tr><th>${t('payslip.netPay')}</th><td>${formatYen(data.totals.netPay, lang)}</td></tr></tbody></table>
${notes.length ? `<div class="notes"><h2>${t('payslip.notes')}</h2>\n${notes.map((n) => `<p>${escapeHtmlLines(n)}</p>`).join('\n')}</div>` : ''}
</div>`;
  return htmlDocument(lang, `${title} ${e.code} ${e.name}`, CSS, body);
}
