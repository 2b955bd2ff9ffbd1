/**
 * 打刻 → 勤務: pairs clockIn/clockOut and breakStart/breakEnd in time order. Nothing is guessed:
 * a shift without its clockOut stays open (classify reports `openShift`), a punch that pairs with
 * nothing is an error naming it.
 */
import { localMinutes, isLocalDateTime, type LocalDate, type LocalDateTime } from '../calendar';
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

/**
 * How long an unclosed 出勤 keeps a second 出勤 from being recorded: a shift started earlier the same
 * day, or less than this long ago (a night shift past midnight). Older, it is a forgotten 退勤 (a
 * warning to correct), and a new day's 出勤 is recorded. Kanri's choice, not law.
 */
export const OPEN_SHIFT_GUARD_MINUTES = 12 * 60;

/** The 出勤 still open at `now` (the last 出勤/退勤 is an 出勤, the same day or within the guard), else null. */
export function openClockIn(punches: readonly Punch[], now: LocalDateTime): Punch | null {
  const last = punches.filter((p) => (p.kind === 'clockIn' || p.kind === 'clockOut') && p.at <= now)
    .sort((a, b) => localMinutes(a.at) - localMinutes(b.at)).pop();
  if (!last || last.kind !== 'clockIn') return null;
  return last.at.slice(0, 10) === now.slice(0, 10) || localMinutes(now) - localMinutes(last.at) < OPEN_SHIFT_GUARD_MINUTES ? last : null;
}

export interface PunchWarning {
  /** missingClockOut: an 出勤 never followed by a 退勤 (not the shift open now); doubleClockIn: a second 出勤 before any 退勤. */
  readonly code: 'missingClockOut' | 'doubleClockIn';
  readonly date: LocalDate;
  readonly at: LocalDateTime;
}

/** The warnings an employee sees on their month: each 出勤 left without 退勤, each 出勤 twice in a row. */
export function punchWarnings(punches: readonly Punch[], now: LocalDateTime): PunchWarning[] {
  const ordered = punches.filter((p) => p.kind === 'clockIn' || p.kind === 'clockOut').slice()
    .sort((a, b) => localMinutes(a.at) - localMinutes(b.at));
  const openNow = openClockIn(ordered, now);
  const out: PunchWarning[] = [];
  ordered.forEach((p, i) => {
    if (p.kind !== 'clockIn') return;
    const next = ordered[i + 1];
    if (next?.kind === 'clockIn') out.push({ code: 'missingClockOut', date: p.at.slice(0, 10), at: p.at }, { code: 'doubleClockIn', date: next.at.slice(0, 10), at: next.at });
    else if (!next && p !== openNow) out.push({ code: 'missingClockOut', date: p.at.slice(0, 10), at: p.at });
  });
  return out;
}
