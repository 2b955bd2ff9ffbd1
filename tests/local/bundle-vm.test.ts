/**
 * The bare-vm helper (tests/support/bundle.ts) fails on code that touches a Node global, and the
 * built bundle runs onOpen in it with only the emulator's SpreadsheetApp.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILT_BUNDLE, loadInBareVm } from '../support/bundle';
import { SheetsHost } from '../../src/local/emulator/documents';
import { createSpreadsheetApp } from '../../src/local/emulator/spreadsheet';
import { ExecutionStats } from '../../src/local/emulator/stats';
import { CompanyFolder } from '../../src/local/store/store';

function host(): SheetsHost {
  const folder = new CompanyFolder(fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-vm-')));
  return new SheetsHost({ folder, stats: new ExecutionStats(), execution: { kind: 'simple', activeUser: '', effectiveUser: 'owner@example.jp', now: () => new Date(0), documentBound: true } });
}

describe('bare vm helper', () => {
  test('a bundle that reads process.env fails and names the global', () => {
    const bare = loadInBareVm('function onOpen() { return process.env.HOME; }');
    expect(() => bare.call('onOpen')).toThrow(/process is not defined/);
    expect(bare.touched).toEqual(['process']);
  });
  test('even a guarded typeof check counts as touching', () => {
    expect(() => loadInBareVm('var isNode = typeof process !== "undefined";')).toThrow(ReferenceError);
  });
  test('require, Buffer, setTimeout and fetch are absent', () => {
    for (const g of ['require("fs")', 'Buffer.from("a")', 'setTimeout(function(){}, 1)', 'fetch("x")']) {
      expect(() => loadInBareVm(g)).toThrow(ReferenceError);
    }
  });
  test('the built bundle runs onOpen with only SpreadsheetApp and touches no Node global', () => {
    const code = fs.readFileSync(BUILT_BUNDLE, 'utf8');
    const h = host();
    const bare = loadInBareVm(code, { SpreadsheetApp: createSpreadsheetApp(h) });
    const app = createSpreadsheetApp(h) as { getActiveSpreadsheet(): unknown };
    bare.call('onOpen', { authMode: 'LIMITED', source: app.getActiveSpreadsheet() });
    expect(bare.touched).toEqual([]);
    expect(h.ui.filter((e) => e.type === 'menu')).toHaveLength(1);
    console.log(`build/Code.js: ${Buffer.byteLength(code)} bytes (budget 150,000)`);
  });
});
