/**
 * Edits typed straight into the sheet (issue 12 item 4): an installable edit trigger records each
 * in 監査ログ (who, where, before, after). A simple onEdit could not: it sees no user e-mail and
 * may not write as the owner; an installable trigger runs as its creator and its event carries
 * `e.user`, `e.range`, `e.value`, `e.oldValue` (developers.google.com/apps-script/guides/triggers/events#edit;
 * oldValue and value only for a single cell). Installed by 初期設定 (setup.ts).
 */
import { TABLE_SHEETS } from '../schema/tables/sheetNames';
import type { TriggerEntry } from './entrypoints';
import { withLock } from './lock';
import { Transaction } from './transaction';
import { nowTokyo } from './clock';

export const EDIT_TRIGGER_HANDLER = 'kanriOnEdit';

interface EditEvent {
  range?: GoogleAppsScript.Spreadsheet.Range;
  value?: unknown;
  oldValue?: unknown;
  user?: { getEmail?: () => string };
}

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export function recordDirectEdit(event: unknown): { recorded: number } {
  const e = (event ?? {}) as EditEvent;
  const range = e.range;
  if (!range) return { recorded: 0 };
  const sheet = range.getSheet();
  const sheetName = sheet.getName();
  if (!TABLE_SHEETS.includes(sheetName)) return { recorded: 0 }; // not a Kanri table
  const row = range.getRow();
  const column = range.getColumn();
  const width = range.getNumColumns();
  const height = range.getNumRows();
  const header = sheet.getRange(1, column, 1, width).getValues()[0]!.map((h) => String(h));
  const single = width === 1 && height === 1;
  const where = single ? `${row}行目` : `${row}〜${row + height - 1}行目`;
  // Several cells (a paste): the event has no values; the cells as they are now are recorded.
  const after = single ? text(e.value) : JSON.stringify(range.getValues());
  const user = e.user?.getEmail?.() ?? '';
  return withLock(() => {
    const tx = new Transaction({ ss: range.getSheet().getParent(), user, now: nowTokyo(), reason: 'シートでの直接編集 / edited in the sheet' });
    tx.note(sheetName, 'directEdit', where, after.slice(0, 49_000), (single ? header[0] ?? '' : header.join(',')).slice(0, 100), single ? text(e.oldValue).slice(0, 49_000) : '');
    tx.commit();
    return { recorded: 1 };
  });
}

export const directEditTriggerEntries: TriggerEntry[] = [
  { kind: 'trigger', name: EDIT_TRIGGER_HANDLER, summary: 'Installable edit trigger: records an edit typed into a Kanri sheet in 監査ログ (who, where, before, after)', handler: (e) => recordDirectEdit(e) },
];
