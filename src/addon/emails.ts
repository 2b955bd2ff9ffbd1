/**
 * An e-mail identifies one person (auth.ts looks callers up by it, payslips are mailed to it), so
 * it is unique, case-insensitively, within 従業員 and within 権限 (issue 12 item 8). Across the two
 * tables one e-mail is one person: a manager is in 権限 and in 従業員 under the same address.
 * `kanri check` and the saves of both tables refuse a clash, naming both rows.
 */
import type { TableDef } from '../schema/table';
import type { RowError } from './tables';
import { message } from '../core/i18n';

export interface EmailRow {
  readonly rowNumber: number;
  readonly email?: string | undefined;
}

export interface EmailClash {
  sheet: string;
  row: number;
  column: string;
  email: string;
  first: number;
}

/** Every row whose e-mail (case-insensitively) repeats an earlier row's, as a check error naming both. */
export function emailClashes(def: TableDef<any>, rows: readonly EmailRow[]): RowError[] {
  return clashesOf(def, rows).map((params) => ({ sheet: params.sheet, row: params.row, column: params.column, ja: message('ja', 'table.duplicateEmail', { ...params }), en: message('en', 'table.duplicateEmail', { ...params }) }));
}

export function clashesOf(def: TableDef<any>, rows: readonly EmailRow[]): EmailClash[] {
  const column = def.columns.find((c) => c.key === 'email')!.header;
  const first = new Map<string, number>();
  const out: EmailClash[] = [];
  for (const r of [...rows].sort((a, b) => a.rowNumber - b.rowNumber)) {
    const email = (r.email ?? '').trim().toLowerCase();
    if (!email) continue;
    const earlier = first.get(email);
    if (earlier === undefined) {
      first.set(email, r.rowNumber);
      continue;
    }
    out.push({ sheet: def.sheet, row: r.rowNumber, column, email: r.email ?? '', first: earlier });
  }
  return out;
}
