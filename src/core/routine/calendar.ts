/**
 * The routine calendar: which deadlines fall in the next days, from the statutory data
 * (data/deadlines.ts) and the company's own dates (attendance close at month end, payday).
 */
import { addDays, daysInMonth, lastDayOfMonth, weekday, yearMonthOf, addYearMonths, type LocalDate, type YearMonth } from '../calendar';
import { isPublicHoliday } from '../holidays';
import { STATUTORY_DEADLINES, YEAR_END_CLOSED_DAYS, type StatutoryDeadlineId } from './data/deadlines';

export type DeadlineId = StatutoryDeadlineId | 'attendanceClose' | 'payday';

export interface Deadline {
  readonly id: DeadlineId;
  readonly date: LocalDate;
  /** The first day of the filing window, when there is one. */
  readonly opens?: LocalDate;
  readonly source?: string;
}

export interface CompanyDates {
  /** 給与の支給日 (day of month; beyond the month's last day means the last day). */
  readonly payDay: number;
  /** 源泉所得税の納期の特例 (所得税法216条) approved: the 7/10 and 1/20 payments instead of the monthly one. */
  readonly withholdingPaymentSpecial?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateIn = (month: YearMonth, day: number): LocalDate => {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return `${month}-${pad(Math.min(day, daysInMonth(y, m)))}`;
};

/** A day on which public offices and banks are closed (see YEAR_END_CLOSED_DAYS for the sources). */
export function isClosedDay(date: LocalDate): boolean {
  const w = weekday(date);
  const [m, d] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return w === 0 || w === 6 || isPublicHoliday(date) || YEAR_END_CLOSED_DAYS.some(([cm, cd]) => cm === m && cd === d);
}

/** The statutory rule: a deadline on a closed day is the next open day. */
export function nextOpenDay(date: LocalDate): LocalDate {
  let d = date;
  while (isClosedDay(d)) d = addDays(d, 1);
  return d;
}

/** Kanri's default for payday (a company rule, 就業規則): a closed day pays on the open day before. */
export function previousOpenDay(date: LocalDate): LocalDate {
  let d = date;
  while (isClosedDay(d)) d = addDays(d, -1);
  return d;
}

/** Every deadline whose date is in [from, from + days], in date order. */
export function upcomingDeadlines(from: LocalDate, days: number, company: CompanyDates): Deadline[] {
  const to = addDays(from, days);
  const out: Deadline[] = [];
  // the month before `from` too: a deadline on the 31st of a month can move into the next
  for (let month = addYearMonths(yearMonthOf(from), -1); month <= yearMonthOf(to); month = addYearMonths(month, 1)) {
    const m = Number(month.slice(5, 7));
    for (const s of STATUTORY_DEADLINES) {
      if (s.months.length && !s.months.includes(m)) continue;
      if (s.applies === 'monthlyWithholding' && company.withholdingPaymentSpecial) continue;
      if (s.applies === 'specialWithholding' && !company.withholdingPaymentSpecial) continue;
      const date = nextOpenDay(dateIn(month, s.day));
      if (date < s.effectiveFrom) continue;
      const opens = s.opens ? `${month.slice(0, 4)}-${pad(s.opens[0])}-${pad(s.opens[1])}` : undefined;
      out.push({ id: s.id, date, source: s.source, ...(opens ? { opens } : {}) });
    }
    out.push({ id: 'attendanceClose', date: lastDayOfMonth(month) });
    out.push({ id: 'payday', date: previousOpenDay(dateIn(month, company.payDay)) });
  }
  return out.filter((d) => d.date >= from && d.date <= to).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}
