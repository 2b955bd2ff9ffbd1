/**
 * Data validation and column widths in the emulator, against Google's reference:
 * - reference/spreadsheet/data-validation#getAllowInvalid(): "The default for new data validation
 *   rules is true" (a warning only); setAllowInvalid(false) makes a rule reject typed input.
 * - reference/spreadsheet/range#setDataValidations: one rule per cell, the grid in the range's shape.
 * - A script's setValues is not checked against a rule (Google documents no check; reported widely):
 *   only what a person types is (the sandbox's typed cell, src/local/sandbox/bridge.ts).
 * - reference/spreadsheet/sheet#setColumnWidths(Integer,Integer,Integer): pixels.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SheetsHost } from '../../src/local/emulator/documents';
import { EmuSpreadsheetApp, type EmuSheet, type EmuSpreadsheet } from '../../src/local/emulator/spreadsheet';
import { ExecutionStats } from '../../src/local/emulator/stats';
import { CompanyFolder } from '../../src/local/store/store';
import { readXlsx, writeXlsx } from '../../src/local/store/xlsx';
import { Bridge } from '../../src/local/sandbox/bridge';
import { Company } from '../../src/local/company';
import { ROOT, tempDir } from '../support/company';
import { parseTable } from '../../src/addon/tables';
import { employeesTable } from '../../src/schema/tables/employees';
import { paySettingsTable } from '../../src/schema/tables/payroll';
import type { TableDef } from '../../src/schema/table';

const OWNER = 'owner@example.jp';

function setup() {
  const folder = new CompanyFolder(fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-dv-')));
  const stats = new ExecutionStats();
  const host = new SheetsHost({ folder, stats, execution: { kind: 'menu', activeUser: OWNER, effectiveUser: OWNER, now: () => new Date(0), documentBound: true } });
  const app = new EmuSpreadsheetApp(host);
  const ss = (app.getActiveSpreadsheet() ?? app.create('standalone')) as EmuSpreadsheet;
  return { app, ss, sheet: ss.getSheets()[0] as EmuSheet, stats };
}

describe('data validation', () => {
  test('a new rule only warns (allowInvalid true) until setAllowInvalid(false)', () => {
    const { app } = setup();
    const loose = app.newDataValidation().requireValueInList(['正社員', '契約社員']).build();
    expect(loose.getAllowInvalid()).toBe(true);
    const strict = loose.copy().setAllowInvalid(false).build();
    expect(strict.getAllowInvalid()).toBe(false);
    expect(strict.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(strict.getCriteriaValues()).toEqual([['正社員', '契約社員'], true]);
  });
  test('setDataValidations: one call for the grid, shape checked, null clears, read back per cell', () => {
    const { app, sheet, stats } = setup();
    const rule = app.newDataValidation().requireValueInList(['甲', '乙'], true).setAllowInvalid(false).build();
    expect(() => sheet.getRange(2, 1, 3, 1).setDataValidations([[rule], [rule]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
    sheet.getRange(2, 1, 3, 2).setDataValidations([[rule, null], [rule, null], [null, rule]]);
    expect(stats.counts.get('SpreadsheetApp.Range.setDataValidations')).toBe(2);
    const got = sheet.getRange(2, 1, 3, 2).getDataValidations();
    expect(got.map((r) => r.map((v) => (v ? v.getCriteriaValues()[0] : null)))).toEqual([[['甲', '乙'], null], [['甲', '乙'], null], [null, ['甲', '乙']]]);
    sheet.getRange(2, 1, 1, 1).setDataValidations([[null]]);
    expect(sheet.getRange(2, 1).getDataValidation()).toBeNull();
    expect(sheet.getRange(3, 1).getDataValidation()?.getCriteriaValues()[0]).toEqual(['甲', '乙']);
  });
  test('a script\'s setValues is not checked against a strict rule', () => {
    const { app, sheet } = setup();
    sheet.getRange(2, 1).setDataValidations([[app.newDataValidation().requireValueInList(['甲', '乙']).setAllowInvalid(false).build()]]);
    sheet.getRange(2, 1).setValues([['kou']]);
    expect(sheet.getRange(2, 1).getValue()).toBe('kou');
  });
  test('column widths and rules survive a save and load of the .xlsx', () => {
    const { app, ss, sheet } = setup();
    sheet.setColumnWidths(1, 2, 260);
    sheet.getRange(2, 2, 2, 1).setDataValidations([[app.newDataValidation().requireValueInList(['はい', 'いいえ']).setAllowInvalid(false).build()], [null]]);
    expect(sheet.getColumnWidth(2)).toBe(260);
    expect(sheet.getColumnWidth(3)).toBe(100);
    ss.getSheets(); // (the handle's data lives in the host's document)
    const host = (sheet as unknown as { doc: { data: Parameters<typeof writeXlsx>[0] } }).doc.data;
    const back = readXlsx(writeXlsx(host), { id: 'x', name: 'x', owner: OWNER });
    expect(back.sheets[0]!.columnWidths).toEqual({ 0: 260, 1: 260 });
    expect(back.sheets[0]!.validations?.find((v) => v.rule)?.rule?.values).toEqual(['はい', 'いいえ']);
  });
});

describe('typed input in the sandbox grid', () => {
  const buildDir = path.join(ROOT, 'build');
  test('a value outside a strict dropdown is refused; a label of the list is written; a script wrote the code unchecked', () => {
    const company = new Company(tempDir('kanri-dv-'), { buildDir });
    company.call('kanriSetUp', [], { kind: 'menu', user: company.owner });
    const bridge = new Bridge(company);
    // 従業員 E列 雇用形態 (column 6)
    const refused = bridge.editCell('従業員', 2, 6, 'regular');
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toBe('The data you entered in cell F2 violates the data validation rules set on this cell.');
    expect(bridge.editCell('従業員', 2, 6, '正社員').ok).toBe(true);
  });
});

describe('an old workbook holding codes and JSON', () => {
  const buildDir = path.join(ROOT, 'build');
  test('reads as before, and 初期設定 rewrites its cells as labels and readable lines, values unchanged', () => {
    const dir = tempDir('kanri-old-');
    const company = new Company(dir, { buildDir });
    company.call('kanriSetUp', [], { kind: 'menu', user: company.owner });
    const store = new CompanyFolder(dir).admin();
    const wb = store.load();
    const employees = wb.sheets.find((s) => s.name === '従業員')!;
    const pay = wb.sheets.find((s) => s.name === '給与設定')!;
    // Cells as a sheet from before labels held them (what Transaction used to write).
    employees.rows[1] = ['E001', '山田 花子', 'ヤマダ ハナコ', 'e001@example.jp', '設計', 'regular', '2021-04-01', '', 'STD', 5, 2400, '1990-05-10', '', '女'];
    const header = (pay.rows[0] ?? []).map(String);
    const cell: Record<string, unknown> = {
      社員番号: 'E001', 適用開始月: '2026-04', 給与形態: 'monthly', 基本給: 250000, 手当: '[{"name":"役職手当","amount":30000,"taxable":true,"inOvertimeBase":true}]',
      通勤手当: 0, 扶養親族等の数: 0, 税額表の区分: 'kou', '住民税(6月)': 0, '住民税(7月〜翌5月)': 0, 健保の都道府県: '東京', 雇用保険の事業区分: 'general',
      雇用保険加入: true, 標準報酬月額: 260000, 役員: false, その他控除: '[]',
    };
    pay.rows[1] = header.map((h) => (cell[h] ?? '') as string);
    store.save(wb);
    const read = (w: typeof wb, def: typeof employeesTable | typeof paySettingsTable) => parseTable(def as TableDef<any>, w.sheets.find((s) => s.name === def.sheet)!.rows);
    const before = [read(wb, employeesTable), read(wb, paySettingsTable)];
    expect(before.flatMap((r) => r.errors)).toEqual([]);
    company.call('kanriSetUp', [], { kind: 'menu', user: company.owner });
    const after = store.load();
    const e = after.sheets.find((s) => s.name === '従業員')!.rows[1]!;
    const p = after.sheets.find((s) => s.name === '給与設定')!.rows[1]!;
    expect(e[5]).toBe('正社員');
    expect(p[header.indexOf('給与形態')]).toBe('月給');
    expect(p[header.indexOf('税額表の区分')]).toBe('甲');
    expect(p[header.indexOf('手当')]).toBe('役職手当：30,000円（課税・割増基礎）');
    expect(p[header.indexOf('その他控除')] ?? '').toBe('');
    const again = [read(after, employeesTable), read(after, paySettingsTable)];
    expect(again.map((r) => r.rows.map((x) => x.value))).toEqual(before.map((r) => r.rows.map((x) => x.value)));
  });
});
