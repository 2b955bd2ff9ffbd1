/**
 * 締め状態 as the close rules read it. Strict: a row that fails validation stops the action rather
 * than being skipped, since a skipped row could silently reopen a closed month.
 */
import { closuresTable } from '../schema/tables/closures';
import { readValidTable } from './tables';
import type { ClosureRow } from '../core/closures';

export function readClosures(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ClosureRow[] {
  return readValidTable(ss, closuresTable).rows.map((r) => r.value as ClosureRow);
}
