/**
 * The emulated SpreadsheetApp against Google's reference (developers.google.com/apps-script/
 * reference/spreadsheet): error texts as Apps Script shows them, values typed as it returns them,
 * the limits of support.google.com/drive/answer/37603 (10 million cells, 50,000 characters a cell)
 * and the call counts the write cache model must give.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SheetsHost } from '../../src/local/emulator/documents';
import { EmuSpreadsheetApp, type EmuSheet, type EmuSpreadsheet } from '../../src/local/emulator/spreadsheet';
import { COMMIT_KEY, ExecutionStats, formatStats } from '../../src/local/emulator/stats';
import type { ExecutionOptions } from '../../src/local/emulator/types';
import { CompanyFolder } from '../../src/local/store/store';

const OWNER = 'owner@example.jp';

function setup(opts: Partial<ExecutionOptions> = {}, dir?: string) {
  const folder = new CompanyFolder(dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-ss-')));
  const stats = new ExecutionStats();
  const host = new SheetsHost({ folder, stats, execution: { kind: 'menu', activeUser: OWNER, effectiveUser: OWNER, now: () => new Date(0), documentBound: true, ...opts } });
  const app = new EmuSpreadsheetApp(host);
  const ss = (app.getActiveSpreadsheet() ?? app.create('standalone')) as EmuSpreadsheet;
  const sheet = ss.getSheets()[0] as EmuSheet;
  return { folder, stats, host, app, ss, sheet };
}

describe('Range dimensions', () => {
  test('setValues: Apps Script\'s own texts when rows or columns do not match', () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 2, 3);
    expect(() => r.setValues([[1, 2, 3]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => r.setValues([[1, 2, 3], [1, 2]])).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.');
  });
  test('getRange: coordinates checked as Apps Script does', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    // A new sheet is 1000 rows × 26 columns.
    expect(() => sheet.getRange(1000, 1, 2)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('A1:B1001')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });
  test('A1 notation: cell, box, whole columns, open-ended', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:D10');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getA1Notation()]).toEqual([2, 2, 9, 3, 'B2:D10']);
    const cols = sheet.getRange('A:C');
    expect([cols.getRow(), cols.getNumRows(), cols.getNumColumns()]).toEqual([1, 1000, 3]);
    const open = sheet.getRange('B3:C');
    expect([open.getRow(), open.getNumRows(), open.getColumn(), open.getNumColumns()]).toEqual([3, 998, 2, 2]);
    expect(sheet.getRange('c5').getA1Notation()).toBe('C5');
  });
});

describe('values as Apps Script types them', () => {
  test('numbers, strings, booleans, Dates and \'\' for empty', () => {
    const { sheet } = setup();
    const d = new Date(Date.UTC(2024, 3, 1, 0, 30));
    sheet.getRange(1, 1, 1, 5).setValues([[1.5, 'text', true, d, null]]);
    const [row] = sheet.getRange(1, 1, 1, 6).getValues();
    expect(row).toEqual([1.5, 'text', true, d, '', '']);
    expect(row![3]).toBeInstanceOf(Date);
  });
  test('a written string is parsed like typed input: "007" loses its zeros, unless quoted or in a text cell', () => {
    const { sheet } = setup();
    sheet.getRange('A1:E1').setValues([['007', "'007", 'TRUE', '2024-04-01', '9:30']]);
    sheet.getRange('F1').setNumberFormat('@');
    sheet.getRange('F1').setValue('007');
    const [row] = sheet.getRange('A1:F1').getValues();
    expect(row!.slice(0, 3)).toEqual([7, '007', true]);
    // 2024-04-01 00:00 in Asia/Tokyo = 2024-03-31T15:00Z.
    expect((row![3] as Date).toISOString()).toBe('2024-03-31T15:00:00.000Z');
    // A time alone is on day 0, 1899-12-30 (Tokyo, +09:00 then, as the zone database gives it).
    expect(row![4]).toBeInstanceOf(Date);
    expect(row![5]).toBe('007');
    expect(sheet.getRange('D1').getDisplayValue()).toBe('2024-04-01');
  });
  test('a string starting with = is a formula (the formula-injection danger); a leading apostrophe keeps it text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['=IMPORTXML("https://evil.example/","//a")', "'=HYPERLINK(\"https://evil.example\")", '+81-90-1234-5678']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=IMPORTXML("https://evil.example/","//a")');
    expect(sheet.getRange('A1').getValue()).toBe(''); // formulas are not evaluated here
    expect(sheet.getRange('B1').getFormula()).toBe('');
    expect(sheet.getRange('B1').getValue()).toBe('=HYPERLINK("https://evil.example")');
    expect(sheet.getRange('C1').getFormula()).toBe('=+81-90-1234-5678');
  });
  test('display values follow the number format', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[1234567, 0.125, false]]);
    sheet.getRange('A1').setNumberFormat('#,##0');
    sheet.getRange('B1').setNumberFormat('0.0%');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['1,234,567', '12.5%', 'FALSE']]);
  });
});

describe('limits', () => {
  test('50,000 characters a cell', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50_000);
    expect(() => sheet.getRange('A2').setValue('x'.repeat(50_001))).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
    expect(() => sheet.appendRow(['y'.repeat(50_001)])).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
  });
  test('10 million cells a spreadsheet', () => {
    const { sheet, ss, app } = setup();
    // 26 columns: 384,615 rows = 9,999,990 cells fit; one more row of 26 does not.
    sheet.insertRowsAfter(1000, 384_615 - 1000);
    expect(sheet.getMaxRows() * sheet.getMaxColumns()).toBe(9_999_990);
    const msg = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
    expect(() => sheet.insertRowsAfter(1, 1)).toThrow(msg);
    expect(() => ss.insertSheet('more')).toThrow(msg);
    expect(() => app.create('big', 10_000_001, 1)).toThrow(msg);
  });
});

describe('a 10,000-row table is one getValues and one setValues', () => {
  test('counts are exact', () => {
    const { sheet, stats } = setup();
    const rows = Array.from({ length: 10_000 }, (_x, i) => [`E${String(i).padStart(5, '0')}`, i, i % 2 === 0, new Date(Date.UTC(2024, 0, 1 + (i % 365)))]);
    sheet.insertRowsAfter(sheet.getMaxRows(), 10_001 - 1000);
    sheet.getRange(1, 1, 1, 4).setValues([['code', 'n', 'even', 'date']]);
    sheet.getRange(2, 1, rows.length, 4).setValues(rows);
    const read = sheet.getRange(2, 1, sheet.getLastRow() - 1, 4).getValues();
    expect(read).toHaveLength(10_000);
    expect(read[9_999]).toEqual(rows[9_999]);
    expect(stats.count('SpreadsheetApp.Range.setValues')).toBe(2); // the header and the table
    expect(stats.count('SpreadsheetApp.Range.getValues')).toBe(1);
    // The writes were committed once, by the first read that followed them (getLastRow).
    expect(stats.count(COMMIT_KEY)).toBe(1);
    expect(formatStats(stats)).toMatch(/SpreadsheetApp\.Range\.getValues\s+1/);
    expect(formatStats(stats)).toMatch(/an estimate/);
  });
  test('interleaving get and set commits the write cache every time', () => {
    const batched = setup();
    for (let i = 1; i <= 100; i++) batched.sheet.getRange(i, 1).setValue(i);
    batched.sheet.getRange(1, 1, 100, 1).getValues();
    expect(batched.stats.count(COMMIT_KEY)).toBe(1);
    const interleaved = setup();
    for (let i = 1; i <= 100; i++) {
      interleaved.sheet.getRange(i, 1).setValue(i);
      interleaved.sheet.getRange(i, 1).getValue();
    }
    expect(interleaved.stats.count(COMMIT_KEY)).toBe(100);
    // 100 extra round trips of ≈ 30 ms each (APPS-SCRIPT-NOTES latency model).
    expect(interleaved.stats.modelledMs - batched.stats.modelledMs).toBeGreaterThan(99 * 2 * 30 - 1);
  });
});

describe('sheets, rows, protections, sharing', () => {
  test('insertSheet refuses a duplicate name; the last sheet cannot be deleted', () => {
    const { ss, sheet } = setup();
    ss.insertSheet('社員');
    expect(() => ss.insertSheet('社員')).toThrow('A sheet with the name "社員" already exists. Please enter another name.');
    expect(() => ss.getSheetByName('社員')!.setName(sheet.getName())).toThrow(/already exists/);
    expect(ss.getSheetByName('none')).toBeNull();
    ss.deleteSheet(ss.getSheetByName('社員')!);
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });
  test('appendRow writes after the last row and grows a full grid; getDataRange covers the data', () => {
    const { app } = setup();
    const ss = app.create('view', 2, 3);
    const sheet = ss.getSheets()[0]!;
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', 2]);
    sheet.appendRow(['c', 3, true, 'x']);
    expect(sheet.getMaxRows()).toBe(3);
    expect(sheet.getMaxColumns()).toBe(4);
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D3');
    expect(sheet.getDataRange().getValues()).toEqual([['a', 1, '', ''], ['b', 2, '', ''], ['c', 3, true, 'x']]);
  });
  test('deleteRows and insertRowsAfter move the rows below', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A4').setValues([['=1'], [2], [3], [4]]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[''], [4]]);
    expect(sheet.getRange('A1').getFormula()).toBe('=1');
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([[''], [''], [''], [4]]);
    expect(sheet.getMaxRows()).toBe(1000);
  });
  test('frozen rows, hiding, clear and clearContents', () => {
    const { ss, sheet } = setup();
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    ss.insertSheet('B');
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    sheet.getRange('A1:B1').setValues([['2024-04-01', 'x']]);
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('A1').setValue(45383);
    expect(sheet.getRange('A1').getValue()).toBeInstanceOf(Date); // the date format stayed
    sheet.clear();
    expect(sheet.getRange('A1').getValue()).toBe('');
  });
  test('a protected sheet refuses writes from a user who is not an editor of the protection', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-prot-'));
    const a = setup({}, dir);
    a.ss.addEditor('clerk@example.jp');
    const p = a.sheet.protect().setDescription('給与台帳 2024-04');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, 'clerk@example.jp']);
    p.removeEditors([OWNER, 'clerk@example.jp']);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]); // the owner always stays
    a.sheet.getRange('A1').setValue('owner may');
    a.host.endExecution();
    const b = setup({ effectiveUser: 'clerk@example.jp', activeUser: 'clerk@example.jp' }, dir);
    const sheet = b.ss.getSheets()[0]!;
    expect(sheet.getProtections('SHEET').map((x) => x.getDescription())).toEqual(['給与台帳 2024-04']);
    expect(() => sheet.getRange('A1').setValue('clerk may not')).toThrow('You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
    sheet.getProtections('SHEET')[0]!.setWarningOnly(true);
    sheet.getRange('A1').setValue('warning only');
  });
  test('sharing: editors include the owner; openById refuses a user without access', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-share-'));
    const a = setup({}, dir);
    const view = a.app.create('manager view');
    view.addViewer('boss@example.jp').addEditor('clerk@example.jp');
    expect(view.getEditors().map((u) => u.getEmail())).toEqual([OWNER, 'clerk@example.jp']);
    expect(view.getViewers().map((u) => u.getEmail())).toEqual(['boss@example.jp']);
    expect(view.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${view.getId()}/edit`);
    a.host.endExecution();
    expect(fs.existsSync(path.join(dir, 'spreadsheets', `${view.getId()}.xlsx`))).toBe(true);
    const stranger = setup({ effectiveUser: 'x@example.jp' }, dir);
    expect(() => stranger.app.openById(view.getId())).toThrow('You do not have permission to access the requested document.');
    expect(() => stranger.app.openById('nope')).toThrow('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    const boss = setup({ effectiveUser: 'boss@example.jp' }, dir);
    expect(boss.app.openById(view.getId()).getName()).toBe('manager view');
  });
  test('time zone: date cells keep their wall-clock reading when the zone changes', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1').setValue('2024-04-01 09:00');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Tokyo');
    ss.setSpreadsheetTimeZone('UTC');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-04-01T09:00:00.000Z');
  });
});

describe('UI events', () => {
  test('menus, sidebars, dialogs, alerts and toasts are recorded for the sandbox', () => {
    const { app, host, ss } = setup();
    const ui = app.getUi();
    ui.createMenu('Kanri').addItem('月次締め', 'closeMonth').addSeparator().addSubMenu(ui.createMenu('給与').addItem('計算', 'runPayroll')).addToUi();
    const html = { getContent: () => '<p>hi</p>', getTitle: () => 'Side' };
    ui.showSidebar(html);
    ui.showModalDialog(html, 'Dialog');
    expect(ui.alert('確認', '実行しますか?', ui.ButtonSet.YES_NO)).toBe('YES');
    ss.toast('保存しました');
    expect(host.ui.map((e) => e.type)).toEqual(['menu', 'sidebar', 'modalDialog', 'alert', 'toast']);
    expect(host.ui[0]).toEqual({
      type: 'menu', caption: 'Kanri', addon: false,
      items: [
        { kind: 'item', caption: '月次締め', functionName: 'closeMonth' },
        { kind: 'separator' },
        { kind: 'submenu', caption: '給与', items: [{ kind: 'item', caption: '計算', functionName: 'runPayroll' }] },
      ],
    });
  });
  test('getUi() fails in a trigger; getActiveSpreadsheet() is null in a web app', () => {
    expect(() => setup({ kind: 'trigger' }).app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    const web = setup({ kind: 'web', documentBound: false });
    expect(web.app.getActiveSpreadsheet()).toBeNull();
  });
});
