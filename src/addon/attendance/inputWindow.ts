/**
 * The dates attendance input may name (issue 12 item 14): within the employee's employment (入社日
 * to 退職日) and within a window around today that the admin sets in 設定 (Kanri's choice, as data):
 * `input.daysBehind` (default 400: last year's records, up to its close and a little more) and
 * `input.daysAhead` (default 366: leave booked up to a year ahead). A punch or a correction is
 * never in the future. Each refusal names the field.
 */
import { employeesTable } from '../../schema/tables/employees';
import { readTable } from '../tables';
import { readSettings } from '../settings';
import { KanriError } from '../../core/errors';
import { addDays, localMinutes, type LocalDate, type LocalDateTime } from '../../core/calendar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
interface Employee {
  readonly code: string;
  readonly hireDate: string;
  readonly leaveDate?: string | undefined;
}

export interface InputWindow {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly now: LocalDateTime;
  readonly employees: ReadonlyMap<string, Employee>;
}

function days(ss: Spreadsheet, key: 'input.daysBehind' | 'input.daysAhead'): number {
  const text = String(readSettings(ss)[key] ?? '').trim();
  if (!/^\d{1,4}$/.test(text)) throw new KanriError('input.badWindowSetting', { key, value: text });
  return Number(text);
}

export function inputWindow(ss: Spreadsheet, now: LocalDateTime): InputWindow {
  const today = now.slice(0, 10);
  return {
    from: addDays(today, -days(ss, 'input.daysBehind')),
    to: addDays(today, days(ss, 'input.daysAhead')),
    now,
    employees: new Map(readTable(ss, employeesTable).rows.map((r) => [r.value.code, r.value])),
  };
}

/** The employee named by `field`, or an error naming the field. */
export function knownEmployee(w: InputWindow, field: string, code: unknown): Employee {
  const e = typeof code === 'string' ? w.employees.get(code) : undefined;
  if (!e) throw new KanriError('input.unknownEmployee', { field, code: String(code ?? '') });
  return e;
}

/** Refuses a date outside the employee's employment or the window; `at` (a date-time) also in the future. */
export function assertInputDate(w: InputWindow, field: string, employee: Employee, value: LocalDate | LocalDateTime): void {
  const date = value.slice(0, 10);
  if (value.length > 10 && localMinutes(value as LocalDateTime) > localMinutes(w.now)) throw new KanriError('input.future', { field, value });
  if (date < w.from || date > w.to) throw new KanriError('input.outsideWindow', { field, value, from: w.from, to: w.to });
  if (date < employee.hireDate || (employee.leaveDate && date > employee.leaveDate)) {
    throw new KanriError('input.outsideEmployment', { field, value, code: employee.code, hireDate: employee.hireDate, leaveDate: employee.leaveDate ?? '—' });
  }
}
