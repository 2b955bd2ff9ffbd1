/**
 * The routine's heartbeat: the daily trigger records when it ran; when it has not run for longer
 * than HEARTBEAT_MAX_MINUTES, the routine is considered stopped (its trigger owner may have left,
 * DESIGN.md §1). 26 h, not 24 h: a daily trigger fires at a time Apps Script picks within its hour,
 * so two runs can be up to about 25 h apart without anything being wrong (Kanri's margin, not law).
 */
import { localMinutes, type LocalDateTime } from '../calendar';

export const HEARTBEAT_MAX_MINUTES = 26 * 60;

export type HeartbeatState = 'ok' | 'stale' | 'notInstalled';

/** `since`: the last daily run, or when the triggers were installed if it never ran. */
export function heartbeatState(since: LocalDateTime | null, now: LocalDateTime): HeartbeatState {
  if (!since) return 'notInstalled';
  return localMinutes(now) - localMinutes(since) > HEARTBEAT_MAX_MINUTES ? 'stale' : 'ok';
}
