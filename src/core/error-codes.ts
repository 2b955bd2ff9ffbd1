/**
 * Stable codes a failure carries on its last line (`[kanri:<code>]`), for pages to act on
 * whatever the language of the message: the dispatcher adds them (src/addon/dispatch.ts), the
 * pages test for them (sidebar/lib/run.ts). No imports: pages bundle this file as it is.
 */

/** Another execution held the script lock: nothing was written, the same call may be tried again. */
export const BUSY_CODE = 'busy';

/** The marker as it stands in a failure's message. */
export function errorMarker(code: string): string {
  return `[kanri:${code}]`;
}

/** True when a failure's message carries the code's marker on a line of its own. */
export function hasErrorCode(message: string, code: string): boolean {
  return message.split('\n').some((line) => line.trim() === errorMarker(code));
}
