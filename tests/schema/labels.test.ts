/**
 * Codes shown as Japanese labels (issue 15 item 5): the sheet holds the label, code sees the code;
 * a sheet written before labels (holding codes) still reads; 手当/控除 are readable lines, and a
 * JSON cell of an older sheet still reads. Expected labels are the product's words (labels.ts),
 * checked here against the cells Transaction writes, not against our own reader only.
 */
import { parseTable } from '../../src/addon/tables';
import { employeesTable } from '../../src/schema/tables/employees';
import { paySettingsTable } from '../../src/schema/tables/payroll';
import { leaveTakenTable } from '../../src/schema/tables/leave';
import { readCell, writeCell } from '../../src/schema/cells';
import { allTables } from '../../src/schema/tables';
import type { TableDef } from '../../src/schema/table';

const column = (def: TableDef<any>, key: string) => def.columns.find((c) => c.key === key)!;

function rowCells(def: TableDef<any>, row: Record<string, unknown>) {
  return def.columns.map((c) => writeCell(c, row[c.key]));
}

const employee = {
  code: '0001', name: '山田 花子', kana: 'ヤマダ ハナコ', email: 'hanako@example.jp', department: '設計', employmentType: 'partTime',
  hireDate: '2020-04-01', workRule: 'STD', weeklyScheduledDays: 3, weeklyScheduledMinutes: 1200, sex: '女',
};

const pay = {
  employeeCode: '0001', effectiveFrom: '2026-04', payType: 'monthly', basePay: 250000,
  allowances: [
    { name: '役職手当', amount: 30000, taxable: true, inOvertimeBase: true },
    { name: '住宅手当', amount: 20000, taxable: true, inOvertimeBase: false, minimumWage: false },
  ],
  commutingAllowance: 12000, dependents: 1, taxColumn: 'kou', residentTaxJune: 10000, residentTaxMonthly: 9000, prefecture: '東京',
  employmentInsuranceType: 'general', employmentInsuranceEnrolled: true, standardMonthlyRemuneration: 300000, officer: false,
  otherDeductions: [{ name: '社宅費', amount: 15000 }], accountType: '1',
};

describe('labels: the sheet shows 正社員, the code sees regular', () => {
  test('a row written shows labels in the cells and reads back as the same codes', () => {
    const cells = rowCells(employeesTable, employee);
    expect(cells[employeesTable.columns.findIndex((c) => c.key === 'employmentType')]).toBe('パート・アルバイト');
    const read = parseTable(employeesTable, [employeesTable.columns.map((c) => c.header), cells]);
    expect(read.errors).toEqual([]);
    expect(read.rows[0]!.value.employmentType).toBe('partTime');
  });
  test('給与設定: 月給, 甲, 一般の事業, 普通, and 手当/控除 as lines, never JSON; the row reads back identical', () => {
    const cells = rowCells(paySettingsTable, pay);
    const at = (key: string) => cells[paySettingsTable.columns.findIndex((c) => c.key === key)];
    expect(at('payType')).toBe('月給');
    expect(at('taxColumn')).toBe('甲');
    expect(at('employmentInsuranceType')).toBe('一般の事業');
    expect(at('accountType')).toBe('普通');
    expect(at('allowances')).toBe('役職手当：30,000円（課税・割増基礎）\n住宅手当：20,000円（課税・割増基礎外・最賃除外）');
    expect(at('otherDeductions')).toBe('社宅費：15,000円');
    const read = parseTable(paySettingsTable, [paySettingsTable.columns.map((c) => c.header), cells]);
    expect(read.errors).toEqual([]);
    expect(read.rows[0]!.value).toEqual(pay);
  });
  test('an old sheet holding codes and JSON still reads, to the same values', () => {
    const cells = rowCells(paySettingsTable, pay).map((v, i) => {
      const c = paySettingsTable.columns[i]!;
      if (c.kind === 'allowances' || c.kind === 'deductions') return JSON.stringify(pay[c.key as 'allowances']);
      return c.choices ? String(pay[c.key as keyof typeof pay]) : v;
    });
    expect(cells).toContain('monthly');
    expect(cells).toContain('kou');
    const read = parseTable(paySettingsTable, [paySettingsTable.columns.map((c) => c.header), cells]);
    expect(read.errors).toEqual([]);
    expect(read.rows[0]!.value).toEqual(pay);
  });
  test('申請中 and pending both read as pending', () => {
    const status = column(leaveTakenTable, 'status');
    expect(readCell(status, '申請中')).toEqual({ ok: true, value: 'pending' });
    expect(readCell(status, 'pending')).toEqual({ ok: true, value: 'pending' });
    expect(writeCell(status, 'pending')).toBe('申請中');
  });
  test('a wrong label is an error naming sheet, row and column, listing the labels', () => {
    const cells = rowCells(employeesTable, employee);
    cells[employeesTable.columns.findIndex((c) => c.key === 'employmentType')] = '正規';
    const read = parseTable(employeesTable, [employeesTable.columns.map((c) => c.header), cells]);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ sheet: '従業員', row: 2, column: '雇用形態' });
    expect(read.errors[0]!.ja).toBe('シート「従業員」2行目「雇用形態」: 次のいずれかを指定してください: 正社員、契約社員(有期)、パート・アルバイト');
  });
  test('a 手当 line without its 課税 flag is an error naming the line in the cell', () => {
    const cells = rowCells(paySettingsTable, pay);
    cells[paySettingsTable.columns.findIndex((c) => c.key === 'allowances')] = '役職手当：30,000円（課税・割増基礎）\n住宅手当：20,000円';
    const read = parseTable(paySettingsTable, [paySettingsTable.columns.map((c) => c.header), cells]);
    expect(read.errors[0]).toMatchObject({ sheet: '給与設定', row: 2, column: '手当' });
    expect(read.errors[0]!.ja).toContain('セル内2行目');
  });
  test('empty 手当 is the empty list; full-width digits are read', () => {
    const allowances = column(paySettingsTable, 'allowances');
    expect(readCell(allowances, '')).toEqual({ ok: true, value: [] });
    expect(readCell(allowances, '皆勤手当：５，０００円（課税・割増基礎外）')).toEqual({ ok: true, value: [{ name: '皆勤手当', amount: 5000, taxable: true, inOvertimeBase: false }] });
  });
  test('every label is unique within its column and differs from every other code of it', () => {
    for (const def of allTables) for (const c of def.columns) {
      if (!c.choices) continue;
      const words = c.choices.flatMap((x) => (x.ja === x.code ? [x.ja] : [x.ja, x.code]));
      expect(new Set(words).size).toBe(words.length);
    }
  });
});

describe('設定: a Japanese label per key, values with choices as labels', () => {
  // Imported here so the schema test covers the keys Kanri really reads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SETTING_DEFAULTS } = require('../../src/addon/settings') as typeof import('../../src/addon/settings');
  const { SETTING_LABELS, SETTING_VALUE_CHOICES, settingValueLabel, settingsTable } = require('../../src/schema/tables/settings') as typeof import('../../src/schema/tables/settings');
  test('every setting key has a label, and every label names a key Kanri reads', () => {
    expect(SETTING_LABELS.map((x) => x.code).sort()).toEqual(Object.keys(SETTING_DEFAULTS).sort());
  });
  test('each default of a key with choices is one of its choices', () => {
    for (const [key, choices] of Object.entries(SETTING_VALUE_CHOICES)) {
      const d = (SETTING_DEFAULTS as Record<string, { value: string }>)[key]!.value;
      expect(choices.map((x) => x.code)).toContain(d);
    }
    expect(settingValueLabel('agreement36.specialClause', 'TRUE')).toBe('はい');
    expect(settingValueLabel('payroll.proration', 'calendarDays')).toBe('暦日');
    expect(settingValueLabel('companyName', 'TRUE')).toBe('TRUE');
  });
  test('項目 reads the label and the old key alike', () => {
    const key = settingsTable.columns[0]!;
    expect(readCell(key, '給与支給日')).toEqual({ ok: true, value: 'payroll.payDay' });
    expect(readCell(key, 'payroll.payDay')).toEqual({ ok: true, value: 'payroll.payDay' });
  });
});
