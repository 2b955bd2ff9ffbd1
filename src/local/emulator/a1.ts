/** A1 notation as Sheets reads it: 'A1', 'A1:C10', 'A:C', '2:5', 'A2:C' (open-ended), 'Sheet!A1'. */
import { columnName } from '../store/xlsx';

export interface GridBox {
  row: number; // 1-based
  column: number;
  numRows: number;
  numColumns: number;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits 'Name!A1:B2' / "'My sheet'!A1" into the sheet name and the range. */
export function splitSheetName(a1: string): { sheet: string | null; range: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheet: null, range: a1 };
  let sheet = a1.slice(0, bang);
  if (/^'.*'$/.test(sheet)) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: a1.slice(bang + 1) };
}

/** null when the text is not A1 notation ("Range not found"). */
export function parseA1(range: string, maxRows: number, maxColumns: number): GridBox | null {
  const part = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;
  const [a, b, ...rest] = range.trim().split(':');
  if (a === undefined || a === '' || rest.length) return null;
  const m1 = part.exec(a);
  const m2 = b === undefined ? null : part.exec(b);
  if (!m1 || (b !== undefined && !m2)) return null;
  const c1 = m1[1] ? colNumber(m1[1]) : null;
  const r1 = m1[2] ? Number(m1[2]) : null;
  if (b === undefined) {
    if (c1 === null || r1 === null || r1 < 1) return null;
    return { row: r1, column: c1, numRows: 1, numColumns: 1 };
  }
  const c2 = m2?.[1] ? colNumber(m2[1]) : null;
  const r2 = m2?.[2] ? Number(m2[2]) : null;
  if (c1 === null && r1 === null) return null;
  if (c2 === null && r2 === null) return null;
  // 'A:C' — whole columns; '2:5' — whole rows; 'A2:C' — from row 2 down.
  const top = r1 ?? (c1 !== null && c2 !== null && r2 === null ? 1 : r2 === null ? 1 : 1);
  const bottom = r2 ?? maxRows;
  const left = c1 ?? 1;
  const right = c2 ?? maxColumns;
  if (r1 === null && r2 !== null) return null; // 'A:C5' is not valid
  if (c1 === null && c2 !== null) return null;
  const row = Math.min(top, bottom);
  const column = Math.min(left, right);
  if (row < 1 || column < 1) return null;
  return { row, column, numRows: Math.abs(bottom - top) + 1, numColumns: Math.abs(right - left) + 1 };
}

export function toA1(box: GridBox): string {
  const tl = `${columnName(box.column - 1)}${box.row}`;
  if (box.numRows === 1 && box.numColumns === 1) return tl;
  return `${tl}:${columnName(box.column + box.numColumns - 2)}${box.row + box.numRows - 1}`;
}
