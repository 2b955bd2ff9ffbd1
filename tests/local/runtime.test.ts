/**
 * runExecution: a fresh vm context per execution with only the Apps Script globals, values of the
 * bundle's own realm (a Date is `instanceof Date` inside), the 6-minute limit (real and modelled),
 * saving at the end even after an error, and services from the other half of the emulator.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleFromSource, loadBundle, runExecution } from '../../src/local/emulator/runtime';
import { AppsScriptError } from '../../src/local/emulator/types';
import { BUILT_BUNDLE } from '../support/bundle';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-rt-'));

const CODE = `
function write(rows) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('T');
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  return sheet.getLastRow();
}
function read() {
  var v = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('T').getDataRange().getValues();
  return { isArray: v instanceof Array, isDate: v[1][1] instanceof Date, iso: v[1][1].toISOString(), rows: v.length };
}
function failsAfterWrite() {
  SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('kept');
  throw new Error('boom');
}
function catchesEmulatorError() {
  try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(0, 1); }
  catch (e) { return { isError: e instanceof Error, name: e.name, message: e.message }; }
}
function catchesServiceError() {
  try { PropertiesService.getScriptProperties().setProperty('k', 'too big'); }
  catch (e) { return { isError: e instanceof Error, name: e.name, message: e.message, date: PropertiesService.today() instanceof Date }; }
}
function spin() { for (;;) {} }
function manyCalls() {
  var r = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1');
  for (var i = 0; i < 20000; i++) r.getValue();
}
function nodeGlobals() { return [typeof process, typeof require, typeof Buffer, typeof setTimeout, typeof fetch, typeof module]; }
`;

describe('runExecution', () => {
  const bundle = bundleFromSource(CODE);
  test('writes are saved at the end and read back by the next execution, typed in the bundle\'s realm', () => {
    const folder = tmp();
    const w = runExecution({ bundle, folder, functionName: 'write', args: [[['a', 'b'], ['x', '2024-04-01']]] });
    expect(w.error).toBeUndefined();
    expect(w.value).toBe(2);
    expect(fs.existsSync(path.join(folder, 'Kanri.xlsx'))).toBe(true);
    const r = runExecution({ bundle, folder, functionName: 'read' });
    expect(r.value).toEqual({ isArray: true, isDate: true, iso: '2024-03-31T15:00:00.000Z', rows: 2 });
    expect(r.stats.count('SpreadsheetApp.Range.getValues')).toBe(1);
  });
  test('the context has no Node globals', () => {
    const r = runExecution({ bundle, folder: tmp(), functionName: 'nodeGlobals' });
    expect(r.value).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });
  test('an error is returned, and what was written before it is saved (no transaction, as on Google)', () => {
    const folder = tmp();
    const r = runExecution({ bundle, folder, functionName: 'failsAfterWrite' });
    expect(r.ok).toBe(false);
    expect(r.error?.message).toBe('boom');
    const check = runExecution({ bundle: bundleFromSource('function f(){ return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange("A1").getValue(); }'), folder, functionName: 'f' });
    expect(check.value).toBe('kept');
  });
  test('emulator and service errors are the bundle\'s own Error named Exception', () => {
    const r = runExecution({ bundle, folder: tmp(), functionName: 'catchesEmulatorError' });
    expect(r.value).toEqual({ isError: true, name: 'Exception', message: 'The starting row of the range is too small.' });
    const services = {
      PropertiesService: {
        getScriptProperties: () => ({
          setProperty: () => {
            throw new AppsScriptError('Argument too large: value');
          },
        }),
        today: () => new Date(0),
      },
    };
    const s = runExecution({ bundle, folder: tmp(), functionName: 'catchesServiceError', services });
    expect(s.value).toEqual({ isError: true, name: 'Exception', message: 'Argument too large: value', date: true });
  });
  test('a services factory receives the execution hooks (LockService calls refreshFromStore/commitToStore)', () => {
    const seen: string[] = [];
    const r = runExecution({
      bundle: bundleFromSource('function f(){ LockService.getScriptLock().waitLock(1000); SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].appendRow(["x"]); LockService.getScriptLock().releaseLock(); }'),
      folder: tmp(), functionName: 'f',
      services: (env) => ({
        LockService: {
          getScriptLock: () => ({
            waitLock: () => { seen.push('acquire'); env.documents.refreshFromStore(); },
            releaseLock: () => { seen.push('release'); env.documents.commitToStore(); },
          }),
        },
      }),
    });
    expect(r.error).toBeUndefined();
    expect(seen).toEqual(['acquire', 'release']);
  });
  test('an unknown function: "Script function not found"', () => {
    expect(runExecution({ bundle, folder: tmp(), functionName: 'nope' }).error?.message).toBe('Script function not found: nope');
  });
  test('a runaway loop is stopped by the vm timeout as "Exceeded maximum execution time"', () => {
    const r = runExecution({ bundle, folder: tmp(), functionName: 'spin', timeoutMs: 100 });
    expect(r.error?.message).toBe('Exceeded maximum execution time');
  });
  test('20,000 single-cell reads would take over 6 minutes on Google (30 ms each): the modelled clock stops them', () => {
    const r = runExecution({ bundle, folder: tmp(), functionName: 'manyCalls' });
    expect(r.error?.message).toBe('Exceeded maximum execution time');
    // 360,000 ms / 30 ms = 12,000 reads fit; the 12,001st crosses the line (plus the cell cost of 0.01 ms each).
    expect(r.stats.count('SpreadsheetApp.Range.getValue')).toBeGreaterThan(11_000);
    expect(r.stats.count('SpreadsheetApp.Range.getValue')).toBeLessThan(12_001);
  });
});

test('the built bundle: onOpen adds the Kanri menu; the compiled script is cached per process', () => {
  const b1 = loadBundle(BUILT_BUNDLE);
  expect(loadBundle(BUILT_BUNDLE)).toBe(b1);
  const r = runExecution({ bundle: b1, folder: tmp(), functionName: 'onOpen', sheetsEvent: { authMode: 'LIMITED' }, execution: { kind: 'simple' } });
  expect(r.error).toBeUndefined();
  expect(r.ui.filter((e) => e.type === 'menu')).toHaveLength(1);
});
