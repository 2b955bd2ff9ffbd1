/**
 * Loans (pure): what is still out, what is overdue on a day, what falls due within the reminder
 * window, and what a person still holds (their hand-back list when they leave).
 */
import { addDays, type LocalDate } from '../calendar';

export interface Loan {
  readonly id: string;
  readonly assetId: string;
  readonly employeeCode: string;
  readonly lentOn: LocalDate;
  readonly dueOn?: LocalDate;
  readonly returnedOn?: LocalDate;
  readonly remindedOn?: LocalDate;
}

export const openLoans = <L extends Loan>(loans: readonly L[]): L[] => loans.filter((l) => !l.returnedOn);

/** Overdue on `today`: not returned and the due date has passed. */
export const overdueLoans = <L extends Loan>(loans: readonly L[], today: LocalDate): L[] => openLoans(loans).filter((l) => !!l.dueOn && l.dueOn < today);

/**
 * The loans to remind about on `today`: due within `windowDays` (0 = on the due day) or overdue, and
 * not yet reminded on or after the day the window opened for them, so a day's run (or a second run
 * the same day) reminds once per loan per due date; an overdue loan is reminded again every
 * max(windowDays, 7) days, never daily.
 */
export function loansToRemind<L extends Loan>(loans: readonly L[], today: LocalDate, windowDays: number): L[] {
  const repeat = Math.max(windowDays, 7);
  return openLoans(loans).filter((l) => {
    if (!l.dueOn) return false;
    const opens = addDays(l.dueOn, -windowDays);
    if (today < opens) return false;
    if (!l.remindedOn) return true;
    if (l.remindedOn >= today) return false;
    // reminded before the window opened (due date moved) → again; overdue → again every `repeat` days
    return l.remindedOn < opens || (today > l.dueOn && addDays(l.remindedOn, repeat) <= today);
  });
}

export const holdingsOf = <L extends Loan>(loans: readonly L[], employeeCode: string): L[] => openLoans(loans).filter((l) => l.employeeCode === employeeCode);
