/**
 * The daily routine's heartbeat as onOpen reads it (AuthMode.LIMITED may read script properties,
 * not send mail; see routine.ts): in Code.js, since the menu is built on every open; the rest of the
 * routine is the lazy module `routine`.
 */
import { heartbeatState, type HeartbeatState } from '../core/routine/heartbeat';
import { nowTokyo } from './clock';
import type { MessageKey } from '../core/i18n';
import type { LocalDateTime } from '../core/calendar';

export const HEARTBEAT_PROPERTY = 'KANRI_LAST_DAILY_RUN';
export const TRIGGERS_INSTALLED_PROPERTY = 'KANRI_TRIGGERS_INSTALLED_AT';

export function stateOf(props: Record<string, string>, now: LocalDateTime): HeartbeatState {
  return heartbeatState((props[HEARTBEAT_PROPERTY] ?? props[TRIGGERS_INSTALLED_PROPERTY] ?? null) as LocalDateTime | null, now, !props[HEARTBEAT_PROPERTY]);
}

/** For onOpen (AuthMode.LIMITED): the routine item's caption, ⚠ when the daily run is late. */
export function routineCaption(): MessageKey {
  const props = PropertiesService.getScriptProperties().getProperties() as Record<string, string>;
  return stateOf(props, nowTokyo()) === 'stale' ? 'menu.routineStatusStale' : 'menu.routineStatus';
}
