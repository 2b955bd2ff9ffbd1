/** A digest of every sheet's values in a company folder: equal digests, equal workbooks. */
import crypto from 'node:crypto';
import { CompanyFolder } from '../../src/local/store/store';

export function sheetValues(dir: string): Record<string, unknown[][]> {
  const data = new CompanyFolder(dir).admin().load();
  const out: Record<string, unknown[][]> = {};
  for (const s of data.sheets) out[s.name] = s.rows.map((r) => r.map((c) => (c instanceof Date ? c.toISOString() : c)));
  return out;
}

export function workbookDigest(dir: string): string {
  return crypto.createHash('sha256').update(JSON.stringify(sheetValues(dir))).digest('hex');
}
