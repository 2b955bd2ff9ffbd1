/**
 * The lock every write runs under. `getDocumentLock()` returns null outside a containing document
 * (a web app: developers.google.com/apps-script/reference/lock/lock-service), so the script lock is
 * used there; both exclude every other execution that writes the workbook.
 */
import { forgetAllReads } from './tables';

const WAIT_MS = 30_000;

export function withLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
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
