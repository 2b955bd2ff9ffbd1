/**
 * zod checks of dates that cannot be (core/people/dates.ts), as custom issues on the named field. The
 * issue carries the catalog key and parameters, so a table row error reads in Japanese and English
 * (schema/problems.ts) and a `kanri calc` error names input.<field>.
 */
import { check } from 'zod/mini';
import { isLocalDate, type LocalDate } from '../core/calendar';
import { birthDateProblem, hireDateProblem, problemText, type DateProblem } from '../core/people/dates';

type Ctx = { value: unknown; issues: { push(issue: unknown): void } };
function push(ctx: Ctx, field: string, p: DateProblem): void {
  ctx.issues.push({ code: 'custom', input: ctx.value, path: [field], message: problemText(p), params: { messageKey: p.key, ...p.params } });
}

/** Refuses `birthField` after `onDate(value)` or implausibly far before it. */
export function birthDateWindow(birthField: string, onDate: (v: Record<string, unknown>) => LocalDate | undefined) {
  return check<any>((ctx) => {
    const birth = ctx.value[birthField];
    const on = onDate(ctx.value);
    if (typeof birth !== 'string' || !isLocalDate(birth) || !on || !isLocalDate(on)) return;
    const p = birthDateProblem(birth, on);
    if (p) push(ctx as unknown as Ctx, birthField, p);
  });
}

/** Refuses a hire date before the birth date's minimum working age (労基法56条). */
export function minimumHiringAge<T extends Record<string, unknown>>(birthField: keyof T & string, hireField: keyof T & string) {
  return check<T>((ctx) => {
    const birth = ctx.value[birthField];
    const hire = ctx.value[hireField];
    if (typeof birth !== 'string' || typeof hire !== 'string' || !isLocalDate(birth) || !isLocalDate(hire)) return;
    if (birth > hire) return push(ctx as unknown as Ctx, birthField, { key: 'person.birthFuture', params: { birthDate: birth, onDate: hire } });
    const old = birthDateProblem(birth, hire);
    if (old) return push(ctx as unknown as Ctx, birthField, old);
    const p = hireDateProblem(birth, hire);
    if (p) push(ctx as unknown as Ctx, hireField, p);
  });
}
