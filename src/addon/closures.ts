/**
 * 締め状態 as the close rules read it. Strict: a row that fails validation stops the action rather
 * than being skipped, since a skipped row could silently reopen a closed month.
 *
 * Sealed (issue 12 item 4): every row Kanri writes carries an HMAC-SHA256 of its fields, keyed by
 * a secret in the script properties that no sheet shows. A row typed or altered in the sheet (a
 * closed month turned into 「reopened」, a date moved) no longer matches, and every action that
 * reads 締め状態 is refused with a message naming the row, until the row is put back as Kanri
 * wrote it (監査ログ holds each row as written, in 変更後). The sheet is also protected (setup.ts).
 */
import { closuresTable } from '../schema/tables/closures';
import { readTable, readValidTable } from './tables';
import type { ClosureRow } from '../core/closures';
import { KanriError } from '../core/errors';
import { CLOSURE_AREA_LABELS, CLOSURE_STATUS_LABELS, labelOf } from '../schema/labels';

const SEAL_KEY_PROPERTY = 'KANRI_CLOSURE_SEAL_KEY';

interface SealedFields extends ClosureRow {
  by?: string;
  reason?: string;
  seal?: string;
}

function sealKey(create: boolean): string | null {
  const props = PropertiesService.getScriptProperties();
  const existing = props.getProperty(SEAL_KEY_PROPERTY);
  if (existing || !create) return existing;
  const created = `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, '');
  props.setProperty(SEAL_KEY_PROPERTY, created);
  return created;
}

function sealOf(row: SealedFields, key: string): string {
  const text = JSON.stringify([row.area, row.period, row.status, row.at, row.by ?? '', row.reason ?? '']);
  return Utilities.base64EncodeWebSafe(Utilities.computeHmacSha256Signature(text, key, Utilities.Charset.UTF_8)).replace(/=+$/, '');
}

/** The row with its seal: called by Transaction for every 締め状態 row it writes (under the lock). */
export function sealClosure<Row extends Record<string, unknown>>(row: Row): Row {
  return { ...row, seal: sealOf(row as unknown as SealedFields, sealKey(true)!) };
}

/** 締め状態 rows whose seal does not match (for `kanri check`): row number and fields. */
export function tamperedClosures(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): { row: number; area: string; period: string; status: string }[] {
  const read = readTable(ss, closuresTable);
  if (!read.rows.length) return [];
  const key = sealKey(false);
  return read.rows.filter((r) => !key || (r.value as SealedFields).seal !== sealOf(r.value as SealedFields, key))
    .map((r) => ({ row: r.rowNumber, area: r.value.area, period: r.value.period, status: r.value.status }));
}

export function readClosures(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ClosureRow[] {
  const read = readValidTable(ss, closuresTable);
  if (!read.rows.length) return [];
  const key = sealKey(false);
  for (const r of read.rows) {
    const v = r.value as SealedFields;
    if (!key || v.seal !== sealOf(v, key)) {
      throw new KanriError('closures.tampered', { row: r.rowNumber, area: labelOf(CLOSURE_AREA_LABELS, v.area), period: v.period, status: labelOf(CLOSURE_STATUS_LABELS, v.status) });
    }
  }
  return read.rows.map((r) => r.value as ClosureRow);
}
