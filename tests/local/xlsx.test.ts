/**
 * The .xlsx codec: our writer → our reader, exceljs's writer → our reader, our writer → exceljs's
 * reader. Expected values are the values written (a round trip must not change a cell), and the
 * serials of ECMA-376's 1900 date system (1900-01-01 = 1; 2024-04-01 = 45383).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsx, writeXlsx } from '../../src/local/store/xlsx';
import { cellKey, newWorkbook, type WorkbookData } from '../../src/local/store/workbook';
import { dateToSerial, serialToDate } from '../../src/local/store/serial';
import { readZip, writeZip } from '../../src/local/store/zip';

/** 2024-04-01 09:30 in Tokyo = 2024-04-01T00:30Z. */
const TOKYO_APRIL_FIRST_0930 = new Date(Date.UTC(2024, 3, 1, 0, 30));

function sample(): WorkbookData {
  const w = newWorkbook('abc123', '株式会社テスト', 'admin@example.jp', 'Asia/Tokyo', '社員');
  const s = w.sheets[0]!;
  s.frozenRows = 1;
  s.rows = [
    ['社員番号', '氏名', '入社日', '在籍', '基本給', '備考'],
    ['007', '山田 太郎', TOKYO_APRIL_FIRST_0930, true, 250000, ' 前後に空白 '],
    ['008', 'Ｆｕｌｌ＆<xml>"', '', false, -1.5, 'line1\nline2\u0001_x0041_'],
  ];
  s.formats.set(cellKey(1, 2), 'yyyy-mm-dd h:mm');
  s.formats.set(cellKey(0, 0), '@');
  s.formulas.set(cellKey(2, 5), '=IMPORTXML("http://x","//a")');
  s.rows[2]![5] = '';
  w.sheets.push({ ...newWorkbook('x', 'x', '').sheets[0]!, sheetId: 7, name: 'Hidden', hidden: true, rows: [[1]], maxRows: 5000, maxColumns: 3 });
  w.sheets[1]!.protections = [{ id: 1, description: 'ledger', warningOnly: false, editors: ['a@example.jp'] }];
  w.editors = ['e@example.jp'];
  return w;
}

describe('zip', () => {
  test('entries round-trip, stored and deflated', () => {
    const entries = [
      { name: 'a.txt', data: Buffer.from('a'.repeat(1000)) },
      { name: '日本語/b.bin', data: Buffer.from([1, 2, 3]) },
    ];
    const files = readZip(writeZip(entries));
    expect(files.get('a.txt')?.toString()).toBe('a'.repeat(1000));
    expect([...(files.get('日本語/b.bin') ?? [])]).toEqual([1, 2, 3]);
  });
  test('a corrupted entry fails its CRC', () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('hello') }], 0);
    zip[30 + 5] = 'j'.charCodeAt(0); // first data byte of a stored entry
    expect(() => readZip(zip)).toThrow(/CRC/);
  });
});

describe('serials (1900 date system, wall clock of the zone)', () => {
  test('2024-04-01 00:00 in Tokyo is serial 45383', () => {
    expect(dateToSerial(new Date(Date.UTC(2024, 2, 31, 15, 0)), 'Asia/Tokyo')).toBe(45383);
    expect(serialToDate(45383.5, 'Asia/Tokyo').toISOString()).toBe('2024-04-01T03:00:00.000Z');
  });
  test('a zone with daylight saving uses the offset of that date', () => {
    // New York: UTC−4 in July 2024 (EDT), UTC−5 in January (EST).
    expect(serialToDate(45474, 'America/New_York').toISOString()).toBe('2024-07-01T04:00:00.000Z'); // 45383 + 91 days
    expect(serialToDate(45292, 'America/New_York').toISOString()).toBe('2024-01-01T05:00:00.000Z');
  });
});

describe('our writer → our reader', () => {
  test('values, types, formats, formulas, frozen rows, hidden sheets, meta survive', () => {
    const w = sample();
    const back = readXlsx(writeXlsx(w), { id: 'other', name: 'other' });
    expect(back.id).toBe('abc123');
    expect(back.name).toBe('株式会社テスト');
    expect(back.timeZone).toBe('Asia/Tokyo');
    expect(back.editors).toEqual(['e@example.jp']);
    const s = back.sheets[0]!;
    expect(s.name).toBe('社員');
    expect(s.frozenRows).toBe(1);
    expect(s.rows[0]).toEqual(['社員番号', '氏名', '入社日', '在籍', '基本給', '備考']);
    expect(s.rows[1]).toEqual(['007', '山田 太郎', TOKYO_APRIL_FIRST_0930, true, 250000, ' 前後に空白 ']);
    expect(s.rows[1]![2]).toBeInstanceOf(Date);
    expect(s.rows[2]!.slice(0, 5)).toEqual(['008', 'Ｆｕｌｌ＆<xml>"', '', false, -1.5]);
    expect(s.formulas.get(cellKey(2, 5))).toBe('=IMPORTXML("http://x","//a")');
    expect(s.formats.get(cellKey(1, 2))).toBe('yyyy-mm-dd h:mm');
    expect(s.formats.get(cellKey(0, 0))).toBe('@');
    const h = back.sheets[1]!;
    expect([h.name, h.hidden, h.sheetId, h.maxRows, h.maxColumns]).toEqual(['Hidden', true, 7, 5000, 3]);
    expect(h.protections).toEqual([{ id: 1, description: 'ledger', warningOnly: false, editors: ['a@example.jp'] }]);
  });
  test('control characters and literal _xHHHH_ text survive', () => {
    const w = newWorkbook('i', 'n', '');
    w.sheets[0]!.rows = [['line1\nline2\u0001_x0041_']];
    expect(readXlsx(writeXlsx(w), { id: 'i', name: 'n' }).sheets[0]!.rows[0]![0]).toBe('line1\nline2\u0001_x0041_');
  });
});

describe('exceljs writer → our reader', () => {
  test('shared strings, rich text, booleans, numbers, dates by numFmt, formulas, frozen pane', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Punches', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(['code', 'at', 'ok', 'minutes', 'note']);
    // exceljs writes a Date as a UTC serial; as Sheets exports Tokyo wall-clock times, 2024-04-01 09:30
    // on the wall is written here as that wall time in UTC.
    const row = ws.addRow(['E001', new Date(Date.UTC(2024, 3, 1, 9, 30)), true, 480, { richText: [{ text: 'ri' }, { text: 'ch' }] }]);
    row.getCell(2).numFmt = 'yyyy-mm-dd hh:mm';
    ws.addRow(['E002', null, false, 0.25, { formula: 'A2&A3', result: 'E001E002' }]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const back = readXlsx(buf, { id: 'x', name: 'x' });
    const s = back.sheets[0]!;
    expect(s.name).toBe('Punches');
    expect(s.frozenRows).toBe(1);
    expect(s.rows[0]).toEqual(['code', 'at', 'ok', 'minutes', 'note']);
    expect(s.rows[1]).toEqual(['E001', TOKYO_APRIL_FIRST_0930, true, 480, 'rich']);
    expect(s.rows[2]).toEqual(['E002', '', false, 0.25, 'E001E002']);
    expect(s.formulas.get(cellKey(2, 4))).toBe('=A2&A3');
  });
  test('inline strings', async () => {
    // exceljs has no inline-string writer: build the sheet part by hand, as other tools write it.
    const w = newWorkbook('i', 'n', '');
    w.sheets[0]!.rows = [['placeholder']];
    const files = readZip(writeXlsx(w));
    files.set('xl/worksheets/sheet1.xml', Buffer.from('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="B2" t="inlineStr"><is><r><t>山</t></r><r><t xml:space="preserve">田 </t></r><rPh sb="0" eb="1"><t>ヤマ</t></rPh></is></c></row></sheetData></worksheet>'));
    const back = readXlsx(writeZip([...files].map(([name, data]) => ({ name, data }))), { id: 'i', name: 'n' });
    expect(back.sheets[0]!.rows).toEqual([[], ['', '山田 ']]);
  });
});

describe('our writer → exceljs reader', () => {
  test('exceljs reads our strings, numbers, booleans, dates, formulas and frozen pane', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-xlsx-')), 'a.xlsx');
    fs.writeFileSync(file, writeXlsx(sample()));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('社員')!;
    expect(ws.getCell('A2').value).toBe('007');
    expect(ws.getCell('B2').value).toBe('山田 太郎');
    // exceljs gives the serial's wall clock as UTC: 09:30 Tokyo wall clock.
    expect((ws.getCell('C2').value as Date).toISOString()).toBe('2024-04-01T09:30:00.000Z');
    expect(ws.getCell('D2').value).toBe(true);
    expect(ws.getCell('E2').value).toBe(250000);
    expect(ws.getCell('D3').value).toBe(false);
    expect((ws.getCell('F3').value as { formula: string }).formula).toBe('IMPORTXML("http://x","//a")');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(wb.getWorksheet('Hidden')!.state).toBe('hidden');
  });
});
