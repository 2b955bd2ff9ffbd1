/**
 * The one lock every write runs under: the script lock. The document lock would not do: it is null
 * in a web app (developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock), and
 * the document lock and the script lock are different locks, so a web punch under the one and a
 * sidebar import under the other ran at once and one overwrote the other's rows (issue 12 item 1).
 * The script lock excludes every execution of this script whatever started it: web app, sidebar,
 * menu, CLI or trigger.
 */
import { forgetAllReads } from './tables';

const WAIT_MS = 30_000;

export function withLock<T>(fn: () => T): T {
  const lock = LockService.getScriptLock();
  lock.waitLock(WAIT_MS);
  // Reads made before the lock may be stale now: read again under it.
  forgetAllReads();
  try {
    const result = fn();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
