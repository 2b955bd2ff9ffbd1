// Emulator benchmark: writing and reading 10,000- and 30,000-row tables through the emulated
// SpreadsheetApp inside runExecution (the path build/Code.js takes), and .xlsx save/load.
// Prints exact service-call counts, real local times, and modelled Google times (estimates).
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(os.tmpdir(), `kanri-bench-emulator-${process.pid}.cjs`);
await build({
  stdin: {
    contents: `export * from './src/local/emulator/runtime'; export * from './src/local/store/xlsx'; export * from './src/local/emulator/stats'; export { CompanyFolder } from './src/local/store/store';`,
    resolveDir: root, loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'warning',
});
const emu = createRequire(import.meta.url)(out);
fs.rmSync(out);

const SCRIPT = `
function writeTable(n) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.getSheetByName('Punches') || ss.insertSheet('Punches');
  var rows = [['employeeCode', 'date', 'in', 'out', 'breakMinutes', 'source', 'note', 'approved']];
  for (var i = 0; i < n; i++) {
    rows.push(['E' + ('0000' + (i % 300)).slice(-4), new Date(Date.UTC(2024, 0, 1 + (i % 366))), '09:0' + (i % 10), '18:00', 60, 'web', i % 7 ? '' : 'note ' + i, i % 3 === 0]);
  }
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, 8).setValues(rows);
  sheet.setFrozenRows(1);
}
function readTable() {
  var v = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Punches').getDataRange().getValues();
  return v.length - 1;
}
function cellByCell(n) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  for (var i = 1; i <= n; i++) { sheet.getRange(i, 1).setValue(i); sheet.getRange(i, 1).getValue(); }
}`;
const bundle = emu.bundleFromSource(SCRIPT, 'bench.js');

function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
function counts(stats) {
  return [...stats.counts].filter(([k]) => /Range\.(get|set)Values|commit|getLastRow|getDataRange|insertRows/.test(k)).map(([k, v]) => `${k.replace('SpreadsheetApp.', '')}=${v}`).join(', ');
}

console.log('| rows | step | local time | service calls (exact) | modelled on Google (estimate) |');
console.log('|---|---|---|---|---|');
for (const n of [10_000, 30_000]) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-bench-'));
  let t = performance.now();
  const w = emu.runExecution({ bundle, folder, functionName: 'writeTable', args: [n] });
  if (!w.ok) throw new Error(w.error.message);
  const writeMs = performance.now() - t;
  console.log(`| ${n} | write (one setValues) + save | ${fmtMs(writeMs)} | ${counts(w.stats)} | ${fmtMs(w.stats.modelledMs)} |`);
  t = performance.now();
  const r = emu.runExecution({ bundle, folder, functionName: 'readTable' });
  if (!r.ok || r.value !== n) throw new Error(`read ${r.value}`);
  console.log(`| ${n} | load + read (one getValues) | ${fmtMs(performance.now() - t)} | ${counts(r.stats)} | ${fmtMs(r.stats.modelledMs)} |`);

  const file = path.join(folder, 'Kanri.xlsx');
  const buf = fs.readFileSync(file);
  t = performance.now();
  const data = emu.readXlsx(buf, { id: 'x', name: 'x' });
  const loadMs = performance.now() - t;
  t = performance.now();
  const again = emu.writeXlsx(data);
  const saveMs = performance.now() - t;
  console.log(`| ${n} | .xlsx ${(buf.length / 1024).toFixed(0)} kB (${n * 8 + 8} cells): readXlsx / writeXlsx | ${fmtMs(loadMs)} / ${fmtMs(saveMs)} | — | — |`);
  if (Math.abs(again.length - buf.length) > buf.length * 0.01) throw new Error('round trip changed the size');
  fs.rmSync(folder, { recursive: true, force: true });
}
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-bench-'));
const c = emu.runExecution({ bundle, folder, functionName: 'cellByCell', args: [1000], modelledLimitMs: null });
console.log(`| 1000 | cell by cell, set+get interleaved | — | ${counts(c.stats)}, Range.setValue=${c.stats.count('SpreadsheetApp.Range.setValue')}, Range.getValue=${c.stats.count('SpreadsheetApp.Range.getValue')} | ${fmtMs(c.stats.modelledMs)} |`);
fs.rmSync(folder, { recursive: true, force: true });
console.log('\nModelled times are estimates from the latency model in src/local/emulator/stats.ts; counts are exact.');
