/**
 * Persistence: a workbook saved as .xlsx at the end of an execution, loaded by the next; saves are
 * atomic (temp file + rename); two executions on the same folder lose nothing when they follow the
 * LockService protocol (refreshFromStore on acquire, commitToStore on release).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SheetsHost } from '../../src/local/emulator/documents';
import { EmuSpreadsheetApp, type EmuSpreadsheet } from '../../src/local/emulator/spreadsheet';
import { ExecutionStats } from '../../src/local/emulator/stats';
import { CompanyFolder, XlsxWorkbookStore } from '../../src/local/store/store';
import { writePrivateFile } from '../../src/local/store/private-files';
import { newWorkbook } from '../../src/local/store/workbook';

function execution(dir: string) {
  const host = new SheetsHost({
    folder: new CompanyFolder(dir), stats: new ExecutionStats(),
    execution: { kind: 'rpc', activeUser: 'a@example.jp', effectiveUser: 'owner@example.jp', now: () => new Date(0), documentBound: true },
  });
  const app = new EmuSpreadsheetApp(host);
  return { host, app, ss: app.getActiveSpreadsheet() as EmuSpreadsheet };
}

test('an execution saves Kanri.xlsx at its end; the next one reads it back', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-store-'));
  const first = execution(dir);
  const sheet = first.ss.insertSheet('Employees');
  sheet.setFrozenRows(1);
  sheet.getRange('A1:C2').setValues([['code', 'joined', 'active'], ['E1', new Date(Date.UTC(2024, 3, 1)), true]]);
  expect(fs.existsSync(path.join(dir, 'Kanri.xlsx'))).toBe(false);
  first.host.endExecution();
  expect(fs.existsSync(path.join(dir, 'Kanri.xlsx'))).toBe(true);
  const second = execution(dir);
  expect(second.ss.getId()).toBe(first.ss.getId());
  const again = second.ss.getSheetByName('Employees')!;
  expect(again.getFrozenRows()).toBe(1);
  expect(again.getDataRange().getValues()).toEqual([['code', 'joined', 'active'], ['E1', new Date(Date.UTC(2024, 3, 1)), true]]);
});

test('an execution that changed nothing does not rewrite the file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-store-'));
  execution(dir).host.endExecution();
  const store = new CompanyFolder(dir).admin();
  const v = store.version();
  const reader = execution(dir);
  reader.ss.getSheets()[0]!.getDataRange().getValues();
  reader.host.endExecution();
  expect(store.version()).toBe(v);
});

describe('atomic save', () => {
  test('a crash before the rename leaves the previous workbook whole and no temp file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-atomic-'));
    const store = new XlsxWorkbookStore(path.join(dir, 'Kanri.xlsx'), 'id');
    const w = newWorkbook('id', 'before', '');
    w.sheets[0]!.rows = [['before']];
    store.save(w);
    const spy = jest.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw new Error('simulated crash');
    });
    try {
      w.sheets[0]!.rows = [['after']];
      expect(() => store.save(w)).toThrow('simulated crash');
    } finally {
      spy.mockRestore();
    }
    expect(store.load().sheets[0]!.rows).toEqual([['before']]);
    expect(fs.readdirSync(dir)).toEqual(['Kanri.xlsx']);
  });
  test('writePrivateFile replaces the file (a new inode: readers holding the old one keep reading it whole)', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-atomic-')), 'f');
    writePrivateFile(file, Buffer.from('one'));
    const ino = fs.statSync(file).ino;
    const fd = fs.openSync(file, 'r');
    writePrivateFile(file, Buffer.from('two!'));
    const old = Buffer.alloc(3);
    fs.readSync(fd, old, 0, 3, 0);
    fs.closeSync(fd);
    expect(old.toString()).toBe('one');
    expect(fs.readFileSync(file, 'utf8')).toBe('two!');
    expect(fs.statSync(file).ino).not.toBe(ino);
  });
});

describe('two executions on one folder', () => {
  test('with the lock protocol both appends are kept', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-conc-'));
    const init = execution(dir);
    init.ss.getSheets()[0]!.appendRow(['header']);
    init.host.endExecution();
    const a = execution(dir);
    const b = execution(dir);
    const sa = a.ss.getSheets()[0]!;
    const sb = b.ss.getSheets()[0]!;
    expect(sa.getLastRow()).toBe(1);
    expect(sb.getLastRow()).toBe(1);
    // A holds the lock: refresh, append, release (commit).
    a.host.refreshFromStore();
    sa.appendRow(['from A']);
    a.host.commitToStore();
    // B wrote before taking the lock; on acquire it reloads and its own write is replayed.
    sb.getRange('B1').setValue('B before lock');
    b.host.refreshFromStore();
    sb.appendRow(['from B']);
    b.host.commitToStore();
    const check = execution(dir).ss.getSheets()[0]!;
    expect(check.getDataRange().getValues()).toEqual([['header', 'B before lock'], ['from A', ''], ['from B', '']]);
  });
  test('a commit over a file saved meanwhile replays instead of overwriting', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-conc-'));
    execution(dir).host.endExecution();
    const a = execution(dir);
    const b = execution(dir);
    a.ss.getSheets()[0]!.appendRow(['A']);
    b.ss.getSheets()[0]!.appendRow(['B']);
    a.host.endExecution();
    b.host.endExecution();
    expect(execution(dir).ss.getSheets()[0]!.getDataRange().getValues()).toEqual([['A'], ['B']]);
  });
});
