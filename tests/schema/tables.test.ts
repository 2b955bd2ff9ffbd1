import { parseTable } from '../../src/addon/tables';
import { employeesTable } from '../../src/schema/tables/employees';
import { punchesTable } from '../../src/schema/tables/punches';
import { safeTextCell, toCell, fromCell } from '../../src/schema/cells';
import { allTables } from '../../src/schema/tables';
import { TABLE_SHEETS } from '../../src/schema/tables/sheetNames';

const header = employeesTable.columns.map((c) => c.header);
const good = ['0001', '山田 花子', 'ヤマダ ハナコ', 'hanako@example.jp', '設計', 'regular', new Date('2020-03-31T15:00:00Z'), '', 'STD', 5, 2400, '', '', '女', '', '', ''];

describe('tables: rows are validated, errors name sheet, row and column', () => {
  test('a valid row reads as typed values; a date cell becomes the Tokyo calendar date', () => {
    const read = parseTable(employeesTable, [header, good]);
    expect(read.errors).toEqual([]);
    expect(read.rows[0]!.value).toMatchObject({ code: '0001', hireDate: '2020-04-01', weeklyScheduledDays: 5 });
    expect(read.rows[0]!.rowNumber).toBe(2);
  });
  test('an invalid cell is reported with sheet, row as the user sees it, and column header — never dropped silently', () => {
    const bad = [...good];
    bad[6] = '2026-02-30';
    const read = parseTable(employeesTable, [header, good, ['', '', '', '', '', '', '', '', '', '', '', '', ''], bad]);
    expect(read.rows).toHaveLength(1);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ sheet: '従業員', row: 4, column: '入社日' });
    expect(read.errors[0]!.ja).toContain('4行目');
    expect(read.errors[0]!.en).toContain('row 4');
    expect(read.raw[2]).toEqual(bad); // kept as read, for any later write
  });
  test('a missing header column is an error on row 1', () => {
    const read = parseTable(employeesTable, [header.slice(1), good.slice(1)]);
    expect(read.errors[0]).toMatchObject({ row: 1, column: '社員番号' });
  });
  test('columns may be in any order', () => {
    const read = parseTable(employeesTable, [[...header].reverse(), [...good].reverse()]);
    expect(read.errors).toEqual([]);
    expect(read.rows[0]!.value.name).toBe('山田 花子');
  });
  test('a repeated key is an error naming both rows', () => {
    const read = parseTable(employeesTable, [header, good, good]);
    expect(read.errors[0]!.ja).toContain('2行目');
    expect(read.errors[0]!.row).toBe(3);
  });
  test('enum problems list the allowed values, as the labels the dropdown offers', () => {
    const row = ['p1', '0001', '2026-05-11T09:00', 'lunch', 'web', '', '2026-05-11T09:00', ''];
    const read = parseTable(punchesTable, [punchesTable.columns.map((c) => c.header), row]);
    expect(read.errors[0]!.ja).toContain('出勤、退勤、休憩開始、休憩終了');
    expect(read.errors[0]!.en).toContain('Clock in');
    expect(read.errors[0]!.column).toBe('種別');
  });
});

describe('formula injection: user strings never become formulas', () => {
  test.each(['=IMPORTXML("http://x","//a")', '=HYPERLINK("http://evil","x")', '+1+1', '-2', '@SUM(A1)'])('%s is stored as text', (s) => {
    // outside a plain-text column (a date column given text), the apostrophe guard
    expect(safeTextCell(s)).toBe(`'${s}`);
    expect(toCell('date', s)).toBe(`'${s}`);
    // a text column is plain text ('@'): written as it is (tests/local/plain-text.test.ts)
    expect(toCell('text', s)).toBe(s);
  });
  test('ordinary text is unchanged', () => {
    expect(safeTextCell('山田')).toBe('山田');
  });
  test('codes and months stay text', () => {
    expect(toCell('code', '0012')).toBe('0012');
    expect(toCell('month', '2026-05')).toBe('2026-05');
    expect(fromCell('month', '2026/5')).toEqual({ ok: true, value: '2026-05' });
  });
});

describe('every table definition', () => {
  test.each(allTables.map((t) => [t.sheetEn, t]))('%s has unique headers and keys that are columns', (_, def) => {
    const headers = def.columns.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
    for (const k of def.key) expect(def.columns.some((c) => c.key === k)).toBe(true);
  });

  test('the edit trigger\'s list of table sheets (sheetNames.ts) is every table\'s sheet, in order', () => {
    expect(TABLE_SHEETS).toEqual(allTables.map((t) => t.sheet));
  });
});
