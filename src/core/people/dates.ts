/**
 * Dates about a person that cannot be: a birth date after the date computed for, one further back
 * than any living person, and a hire date before the minimum working age (労働基準法第56条第1項:
 * 「児童が満十五歳に達した日以後の最初の三月三十一日が終了するまで、これを使用してはならない」).
 * The 第2項 exceptions (13 and over with the 労働基準監督署長's permission, children's film and theatre)
 * are not modelled: such a hire is refused here and must be handled outside Kanri.
 */
import { addDays, addMonths, dateAgeReached, type LocalDate } from '../calendar';
import { message, type MessageKey } from '../i18n';
import { KanriError } from '../errors';

/** The window of a plausible birth date (a sanity bound, not a legal figure) and the minimum working age. */
export const PERSON_DATE_RULES = {
  /** A birth date more than this many years before the date computed for is refused as a typing error. */
  maxAgeYears: 120,
  minimumWorkingAge: 15,
  minimumWorkingAgeSource: '労働基準法第56条第1項',
} as const;

export interface DateProblem {
  readonly key: MessageKey;
  readonly params: Record<string, string | number>;
}

/** The first day a person may be employed: the day after the first 31 March on or after the day 15 is reached. */
export function earliestHireDate(birthDate: LocalDate): LocalDate {
  const reached = dateAgeReached(birthDate, PERSON_DATE_RULES.minimumWorkingAge);
  const year = Number(reached.slice(0, 4));
  const march31 = reached.slice(5) <= '03-31' ? `${reached.slice(0, 4)}-03-31` : `${String(year + 1).padStart(4, '0')}-03-31`;
  return addDays(march31, 1);
}

/** A birth date after `onDate`, or more than maxAgeYears before it. */
export function birthDateProblem(birthDate: LocalDate, onDate: LocalDate): DateProblem | null {
  if (birthDate > onDate) return { key: 'person.birthFuture', params: { birthDate, onDate } };
  const earliest = addMonths(onDate, -12 * PERSON_DATE_RULES.maxAgeYears);
  if (birthDate < earliest) return { key: 'person.birthTooOld', params: { birthDate, onDate, years: PERSON_DATE_RULES.maxAgeYears } };
  return null;
}

/** A hire date before the birth date or before the minimum working age (労基法56条). */
export function hireDateProblem(birthDate: LocalDate, hireDate: LocalDate): DateProblem | null {
  const earliest = earliestHireDate(birthDate);
  if (hireDate < earliest) return { key: 'person.hireTooYoung', params: { birthDate, hireDate, earliest, source: PERSON_DATE_RULES.minimumWorkingAgeSource } };
  return null;
}

/** "日本語 / English" for a problem (the calc commands and thrown errors show both). */
export function problemText(p: DateProblem): string {
  return `${message('ja', p.key, p.params)} / ${message('en', p.key, p.params)}`;
}

/** Throws naming the field when the birth date cannot be on `onDate`. */
export function assertBirthDate(birthDate: LocalDate, onDate: LocalDate, field = 'birthDate'): void {
  const p = birthDateProblem(birthDate, onDate);
  if (p) throw new KanriError('field.invalid', { field, problem: message('ja', p.key, p.params) }, [`${field}: ${message('en', p.key, p.params)}`]);
}
