/** What the wage ledger and the withholding ledger share: the employee, the year check, sheet cells. */
import type { LocalDate } from '../calendar';
import { KanriError } from '../errors';
import { message, type Lang } from '../i18n';

export interface LedgerEmployee {
  code: string;
  name: string;
  /** 性別 (規則54条1項2号). Optional here: blank when the master does not hold it. */
  sex?: 'male' | 'female';
  department?: string;
}

export type PaymentKind = 'salary' | 'bonus';

/** A sheet cell: text, integer yen or a count; '' for blank. */
export type SheetCell = string | number;

export function who(employee: LedgerEmployee): string {
  return `${employee.code} ${employee.name}`;
}

/** A ledger is per calendar year of the pay date; a payment of another year is an upstream mistake, never dropped. */
export function assertInYear(employee: LedgerEmployee, year: number, payDate: LocalDate): void {
  if (payDate.slice(0, 4) !== String(year).padStart(4, '0')) {
    throw new KanriError('ledger.error.outsideYear', { who: who(employee), payDate, year });
  }
}

export function assertNotNegative(employee: LedgerEmployee, item: string, value: number): void {
  if (value < 0) throw new KanriError('ledger.error.negative', { who: who(employee), item, value });
}

export function sexLabel(sex: LedgerEmployee['sex'], lang: Lang): string {
  return sex ? message(lang, sex === 'male' ? 'ledger.sex.male' : 'ledger.sex.female') : '';
}

export function kindLabel(kind: PaymentKind, lang: Lang): string {
  return message(lang, kind === 'bonus' ? 'ledger.kind.bonus' : 'ledger.kind.salary');
}

/** Payments in pay-date order; on one date the salary before the bonus. */
export function byPayDate<T extends { payDate: LocalDate; kind: PaymentKind }>(a: T, b: T): number {
  if (a.payDate !== b.payDate) return a.payDate < b.payDate ? -1 : 1;
  return a.kind === b.kind ? 0 : a.kind === 'salary' ? -1 : 1;
}

export const LEDGER_CSS_BASE = `table { border-collapse: collapse; }
th, td { border: 1px solid #777; padding: 0.8mm 1.2mm; }
th { background: #f0f0f0; font-weight: normal; text-align: left; white-space: nowrap; }
td { text-align: right; white-space: nowrap; }
td.text { text-align: left; }
td.wrap { white-space: normal; text-align: center; font-size: 6.5pt; }
tr.total td, tr.total th, td.total, th.total { font-weight: bold; background: #f7f7f0; }
h1 { font-size: 13pt; margin: 0 0 2mm; }
.ledger { page-break-after: always; }
.ledger.last { page-break-after: auto; }
.who { margin-bottom: 3mm; }
.who th, .who td { text-align: left; }`;
