/**
 * The routine's entry points: the daily triggers, the two menu items and the heartbeat RPC. Their
 * names, roles and inputs are in Code.js (the caller is checked before anything loads); what they
 * do is the lazy module `routine` (routineModule.ts: routine.ts and views.ts).
 */
import { object } from 'zod/mini';
import { rpc, type MenuEntry, type RpcEntry, type TriggerEntry } from './entrypoints';
import { lazyModule } from './lazy';
import { routineCaption } from './routineHeartbeat';

const routine = () => lazyModule<typeof import('./routineModule')>('routine');

export const triggerEntries: TriggerEntry[] = [
  { kind: 'trigger', name: 'kanriDaily', summary: 'Daily routine: leave grants, return and contract reminders, one digest per admin, heartbeat', handler: (_e, { actor }) => routine().dailyRoutine(actor) },
];

export const routineMenuEntries: MenuEntry[] = [
  {
    kind: 'menu', name: 'kanriInstallTriggers', caption: 'menu.installTriggers', separatorBefore: true,
    summary: "Installs Kanri's daily triggers for this account (replacing its earlier ones) and records the owner",
    handler: ({ caller }) => routine().installTriggersFromMenu(caller.email),
  },
  {
    kind: 'menu', name: 'kanriRoutineStatus', caption: 'menu.routineStatus', captionNow: routineCaption,
    summary: "Shows the daily routine's heartbeat and trigger owner; mails a second admin when it stopped",
    handler: ({ caller }) => routine().routineStatusFromMenu(caller.email),
  },
];

export const routineRpcs = [
  rpc({
    name: 'routineStatus', roles: ['admin'], summary: "The daily routine's heartbeat (the admin sidebar shows it); mails a second admin when it stopped",
    input: object({}),
    handler: (_input, { ss, caller }) => routine().checkRoutine(ss, caller.email),
  }),
] satisfies readonly RpcEntry<any>[];

export const viewMenuEntries: MenuEntry[] = [
  { kind: 'menu', name: 'refreshManagerViews', caption: 'menu.refreshManagerViews', summary: "Creates or refreshes each department manager's view-only spreadsheet", handler: ({ caller }) => routine().refreshManagerViews(caller.email) },
];
export const viewTriggerEntries: TriggerEntry[] = [
  { kind: 'trigger', name: 'kanriManagerViewsDaily', summary: 'Daily refresh of the managers\' view-only spreadsheets', handler: (_e, { actor }) => routine().refreshManagerViews(actor) },
];
