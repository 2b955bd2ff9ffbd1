/**
 * The routine's heartbeat: the daily trigger records when it ran; when it has not run for longer
 * than HEARTBEAT_MAX_MINUTES, the routine is considered stopped (its trigger owner may have left,
 * DESIGN.md §1). 26 h, not 24 h: a daily trigger fires at a time Apps Script picks within its hour,
 * so two runs can be up to about 25 h apart without anything being wrong (Kanri's margin, not law).
 */
import { localMinutes, type LocalDateTime } from '../calendar';

export const HEARTBEAT_MAX_MINUTES = 26 * 60;

/** notYetRun: installed, never run, and not late yet (it must never read as running: issue 15 item 3). */
export type HeartbeatState = 'ok' | 'stale' | 'notInstalled' | 'notYetRun';

/**
 * `since`: the last daily run, or when the triggers were installed if it never ran; `neverRan` when
 * there is no run at all, so a fresh install reads as 「まだ一度も実行されていません」, not as running.
 */
export function heartbeatState(since: LocalDateTime | null, now: LocalDateTime, neverRan = false): HeartbeatState {
  if (!since) return 'notInstalled';
  if (localMinutes(now) - localMinutes(since) > HEARTBEAT_MAX_MINUTES) return 'stale';
  return neverRan ? 'notYetRun' : 'ok';
}
