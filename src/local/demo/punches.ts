/**
 * The demo company's punches, deterministic from a seed: the design team (設計) stays late (about
 * 80 h of legal overtime a month, the signal management must see), 施工管理 moderately, the rest
 * little. Days of paid leave have no punches. Pure: dates and minutes in, rows out.
 */
import { datesFrom, weekday, type LocalDate } from '../../core/calendar';
import { isPublicHoliday } from '../../core/holidays';
import { prng, type DemoPerson } from './people';

export interface DemoPunch {
  id: string;
  employeeCode: string;
  at: string;
  kind: 'clockIn' | 'clockOut' | 'breakStart' | 'breakEnd';
  source: 'import';
  note?: string;
}

const hm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Leave time after the 18:00 schedule end, in minutes, by habit (before the random spread). */
const LEAVE_AFTER: Record<DemoPerson['overtimeHabit'], number> = { heavy: 20 * 60 + 50, moderate: 19 * 60 + 50, light: 18 * 60 + 30, none: 17 * 60 };

export function isScheduledDay(person: DemoPerson, date: LocalDate): boolean {
  const d = weekday(date);
  if (isPublicHoliday(date)) return false;
  if (person.workRule === 'PART') return d === 1 || d === 3 || d === 5;
  return d >= 1 && d <= 5;
}

/** Punches from `from` to `to` (both included); `leave` holds the dates on paid leave per employee. */
export function demoPunches(people: readonly DemoPerson[], from: LocalDate, to: LocalDate, leave: ReadonlyMap<string, ReadonlySet<LocalDate>>, seed = 1): DemoPunch[] {
  const out: DemoPunch[] = [];
  for (const person of people) {
    const random = prng(seed * 7919 + Number(person.code.slice(1)));
    for (const date of datesFrom(from, to)) {
      if (date < person.hireDate) continue;
      const scheduled = isScheduledDay(person, date);
      // 設計 and 施工管理 also work some Saturdays (所定休日, not the legal holiday Sunday)
      const saturdayWork = weekday(date) === 6 && !isPublicHoliday(date) &&
        ((person.overtimeHabit === 'heavy' && random() < 0.45) || (person.overtimeHabit === 'moderate' && random() < 0.25));
      const r1 = random();
      const r2 = random();
      if (!scheduled && !saturdayWork) continue;
      if (leave.get(person.code)?.has(date)) continue;
      const part = person.workRule === 'PART';
      const start = saturdayWork ? 10 * 60 : (part ? 10 * 60 - 5 : 8 * 60 + 45) + Math.floor(r1 * 20);
      const end = saturdayWork ? 16 * 60 + Math.floor(r2 * 60) : LEAVE_AFTER[person.overtimeHabit] + Math.floor(r2 * (part ? 10 : 50));
      const id = (n: number) => `D-${person.code}-${date.replace(/-/g, '')}-${n}`;
      out.push({ id: id(1), employeeCode: person.code, at: `${date}T${hm(start)}`, kind: 'clockIn', source: 'import' });
      out.push({ id: id(2), employeeCode: person.code, at: `${date}T12:00`, kind: 'breakStart', source: 'import' });
      out.push({ id: id(3), employeeCode: person.code, at: `${date}T13:00`, kind: 'breakEnd', source: 'import' });
      out.push({ id: id(4), employeeCode: person.code, at: `${date}T${hm(end)}`, kind: 'clockOut', source: 'import', ...(saturdayWork ? { note: '現場対応' } : {}) });
    }
  }
  return out;
}

/** About one day of paid leave per person per month, on scheduled days, deterministic. */
export function demoLeaveDays(people: readonly DemoPerson[], from: LocalDate, to: LocalDate, seed = 1): Map<string, Set<LocalDate>> {
  const out = new Map<string, Set<LocalDate>>();
  for (const person of people) {
    const random = prng(seed * 104729 + Number(person.code.slice(1)));
    const days = datesFrom(from, to).filter((d) => d >= person.hireDate && isScheduledDay(person, d));
    const set = new Set<LocalDate>();
    for (const d of days) if (random() < 1 / 22) set.add(d);
    out.set(person.code, set);
  }
  return out;
}
