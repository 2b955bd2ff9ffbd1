/**
 * 打刻 → 勤務: pairs clockIn/clockOut and breakStart/breakEnd in time order. Nothing is guessed:
 * a shift without its clockOut stays open (classify reports `openShift`), a punch that pairs with
 * nothing is an error naming it.
 */
import { localMinutes, isLocalDateTime } from '../calendar';
import type { AttendanceError, Break, Punch, Shift } from './types';

export interface PunchesToShiftsResult {
  readonly shifts: Shift[];
  readonly errors: AttendanceError[];
}

export function punchesToShifts(punches: readonly Punch[]): PunchesToShiftsResult {
  const errors: AttendanceError[] = [];
  const ordered = punches
    .map((p, index) => ({ p, index }))
    .filter(({ p, index }) => {
      if (isLocalDateTime(p.at)) return true;
      errors.push({ code: 'invalidTime', date: p.at.slice(0, 10), punchIndex: index });
      return false;
    })
    .sort((a, b) => localMinutes(a.p.at) - localMinutes(b.p.at) || a.index - b.index);

  const shifts: Shift[] = [];
  let open: { start: string; breaks: Break[]; breakStart?: string } | undefined;
  const closeOpen = (end?: string): void => {
    if (!open) return;
    const breaks = open.breakStart ? [...open.breaks, { start: open.breakStart }] : open.breaks;
    shifts.push(end ? { start: open.start, end, breaks } : { start: open.start, breaks });
    open = undefined;
  };
  for (const { p, index } of ordered) {
    const date = p.at.slice(0, 10);
    switch (p.kind) {
      case 'clockIn':
        closeOpen(); // a second clockIn leaves the first shift open: reported by classify as openShift
        open = { start: p.at, breaks: [] };
        break;
      case 'clockOut':
        if (open) closeOpen(p.at);
        else errors.push({ code: 'unmatchedClockOut', date, punchIndex: index });
        break;
      case 'breakStart':
        if (!open) errors.push({ code: 'unmatchedBreakStart', date, punchIndex: index });
        else if (open.breakStart) errors.push({ code: 'doubleBreakStart', date, punchIndex: index });
        else open.breakStart = p.at;
        break;
      case 'breakEnd':
        if (open?.breakStart) {
          open.breaks.push({ start: open.breakStart, end: p.at });
          delete open.breakStart;
        } else errors.push({ code: 'unmatchedBreakEnd', date, punchIndex: index });
        break;
    }
  }
  closeOpen();
  return { shifts, errors };
}
