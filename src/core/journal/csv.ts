/**
 * CSV cells, escaped (RFC 4180: a cell holding a quote, comma, CR or LF is quoted, quotes doubled) and safe from
 * formula injection: a text cell that starts with = + - @ (or their full-width forms), a tab or a CR is prefixed
 * with a single quote ' so a spreadsheet shows it as text (OWASP "CSV Injection"). Numbers are passed as numbers
 * and written as digits: a negative number is a number, not user text, and is never prefixed.
 */
export type CsvCell = string | number;

const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(cell: CsvCell): string {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`not a finite number: ${cell}`);
    return String(cell);
  }
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(',');
}

/** Width in half-width columns (半角桁): ASCII and half-width katakana 1, everything else 2. */
export function halfWidthLength(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c <= 0x7e || (c >= 0xff61 && c <= 0xff9f) ? 1 : 2;
  }
  return n;
}
