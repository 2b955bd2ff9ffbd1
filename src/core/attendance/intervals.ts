/** Half-open minute intervals [start, end) on the local clock (calendar.localMinutes). */
import { MINUTES_PER_DAY } from '../calendar';

export type Interval = readonly [start: number, end: number];

export const length = ([a, b]: Interval): number => Math.max(0, b - a);

export function overlap([a, b]: Interval, [c, d]: Interval): number {
  return Math.max(0, Math.min(b, d) - Math.max(a, c));
}

/** `whole` minus the (sorted, disjoint) `holes`. */
export function subtract(whole: Interval, holes: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let cursor = whole[0];
  for (const [a, b] of holes) {
    if (a > cursor) out.push([cursor, Math.min(a, whole[1])]);
    cursor = Math.max(cursor, b);
  }
  if (cursor < whole[1]) out.push([cursor, whole[1]]);
  return out.filter((i) => length(i) > 0);
}

/** Cuts an interval at each local midnight: pieces tagged with their calendar day number. */
export function splitAtMidnight([a, b]: Interval): { day: number; piece: Interval }[] {
  const out: { day: number; piece: Interval }[] = [];
  for (let start = a; start < b; ) {
    const day = Math.floor(start / MINUTES_PER_DAY);
    const end = Math.min(b, (day + 1) * MINUTES_PER_DAY);
    out.push({ day, piece: [start, end] });
    start = end;
  }
  return out;
}

/** Minutes of `piece` (inside calendar day `day`) in the late-night window [from, 24:00) ∪ [0:00, to). */
export function lateNightOverlap(day: number, piece: Interval, fromMinute: number, toMinute: number): number {
  const base = day * MINUTES_PER_DAY;
  return overlap(piece, [base, base + toMinute]) + overlap(piece, [base + fromMinute, base + MINUTES_PER_DAY]);
}
