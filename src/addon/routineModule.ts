/**
 * The lazy module `routine` (see ./lazy.ts): the daily routine (leave grants, reminders, digests,
 * heartbeat), the trigger set-up and the managers' views. Triggers and two menu items need it, not
 * every execution, so it is not in Code.js; the entries (names, roles, inputs) are in routineEntries.ts.
 */
import { bootstrap } from './bootstrap';
export { dailyRoutine, installTriggersFromMenu, routineStatusFromMenu, checkRoutine } from './routine';
export { refreshManagerViews } from './views';

bootstrap();
