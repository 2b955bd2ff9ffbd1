/**
 * One mechanism keeps codes, months, decimals and user text as text: the column's number format is
 * plain text ('@', set by 初期設定 on every row below the header) and Kanri writes the string as it
 * is, without an apostrophe. In a plain-text cell Sheets takes the input literally, without parsing
 * it as a number, date or formula; an apostrophe typed there is part of the text, so "'E001" written
 * into such a cell would read back as "'E001" and every code would turn invalid. The self-test
 * (Kanri › 動作確認) checks the same round trips on a real spreadsheet.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SheetsHost } from '../../src/local/emulator/documents';
import { EmuSpreadsheetApp } from '../../src/local/emulator/spreadsheet';
import { ExecutionStats } from '../../src/local/emulator/stats';
import { CompanyFolder } from '../../src/local/store/store';
import { fromCell, numberFormatOf, toCell } from '../../src/schema/cells';
import type { CellKind } from '../../src/schema/table';

function sheet() {
  const folder = new CompanyFolder(fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-plain-')));
  const host = new SheetsHost({ folder, stats: new ExecutionStats(), execution: { kind: 'cli', activeUser: '', effectiveUser: 'owner@example.jp', now: () => new Date(0), documentBound: true } });
  const s = new EmuSpreadsheetApp(host).getActiveSpreadsheet()!.getSheets()[0]!;
  s.getRange('A1:Z1').setNumberFormat('@');
  return s;
}

describe('a plain-text (@) cell takes a written string literally', () => {
  test('an apostrophe is kept, a leading = is text, zeros and dates stay as typed', () => {
    const s = sheet();
    const input = ["'E001", '=1+1', '0012', '2026-05', '1.50', '+81-90', 'TRUE'];
    s.getRange(1, 1, 1, input.length).setValues([input]);
    expect(s.getRange(1, 1, 1, input.length).getValues()[0]).toEqual(input);
    expect(s.getRange(1, 1, 1, input.length).getFormulas()[0]).toEqual(input.map(() => ''));
  });
});

describe('Kanri writes text kinds without an apostrophe, and they read back unchanged', () => {
  const cases: [CellKind, string][] = [['code', '0012'], ['code', 'E001'], ['month', '2026-05'], ['decimal', '1.50'], ['text', '=IMPORTXML("http://x","//a")'], ['text', "'quoted"], ['text', '+1+1']];
  test.each(cases)('%s %s', (kind, value) => {
    expect(numberFormatOf(kind)).toBe('@');
    const cell = toCell(kind, value);
    expect(cell).toBe(value);
    const s = sheet();
    s.getRange('A1').setValue(cell);
    expect(s.getRange('A1').getFormula()).toBe('');
    expect(fromCell(kind, s.getRange('A1').getValue())).toEqual({ ok: true, value });
  });
});

describe('初期設定 gives an imported sheet Kanri\'s plain-text formats', () => {
  test('a 従業員 sheet whose 社員番号 column lost its @ format gets it back', () => {
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const { Company } = require('../../src/local/company') as typeof import('../../src/local/company');
    const { cellKey } = require('../../src/local/store/workbook') as typeof import('../../src/local/store/workbook');
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-import-')), 'co');
    expect(spawnSync(process.execPath, [path.resolve(__dirname, '../../bin/kanri.cjs'), 'init', dir]).status).toBe(0);
    const store = new CompanyFolder(dir).admin();
    const data = store.load();
    const sheet = data.sheets.find((s) => s.name === '従業員')!;
    const col = (sheet.rows[0] as unknown[]).indexOf('社員番号');
    expect(col).toBeGreaterThanOrEqual(0);
    for (let r = 1; r < sheet.maxRows; r++) sheet.formats.delete(cellKey(r, col)); // as after an import that kept no format
    store.save(data);
    const company = new Company(dir);
    company.call('kanriSetUp', [], { kind: 'menu', user: company.owner });
    const after = new CompanyFolder(dir).admin().load().sheets.find((s) => s.name === '従業員')!;
    expect(after.formats.get(cellKey(1, col))).toBe('@');
    expect(after.formats.get(cellKey(after.maxRows - 1, col))).toBe('@');
  });
});
