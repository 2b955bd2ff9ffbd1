/** The daily routine (a time-based trigger): leave grants, and a heartbeat so a stopped routine is noticed. */
import type { TriggerEntry } from './entrypoints';
import { openWorkbook } from './workbook';
import { grantDueLeave } from './attendance/leave';
import { nowTokyo } from './clock';

export const HEARTBEAT_PROPERTY = 'KANRI_LAST_DAILY_RUN';

export function dailyRoutine(): { at: string; leaveGrantsAdded: number } {
  const ss = openWorkbook();
  const at = nowTokyo();
  const owner = Session.getEffectiveUser().getEmail();
  const { added } = grantDueLeave(ss, at.slice(0, 10), owner);
  PropertiesService.getScriptProperties().setProperty(HEARTBEAT_PROPERTY, at);
  return { at, leaveGrantsAdded: added };
}

export const triggerEntries: TriggerEntry[] = [
  { kind: 'trigger', name: 'kanriDaily', summary: 'Daily routine: leave grants, checks, heartbeat', handler: () => dailyRoutine() },
];
