// Benchmark: the assets module at 2,000 assets, 200 consumables and 20,000 stock movements, on the
// built bundle inside the emulator: the import (register, consumables, open loans, receipts), one
// more asset registered against the full register (the SME cap reads it once), the depreciation
// report as of a date and its sheet + CSV, the stock view and the register view. Prints for each
// step the exact service-call counts (reads and writes per table) and the modelled Google time (an
// estimate, src/local/emulator/stats.ts), plus the real local time. Figures are printed, not asserted.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(os.tmpdir(), `kanri-bench-assets-${process.pid}.cjs`);
await build({
  stdin: { contents: `export { Company } from './src/local/company'; export { formatStats } from './src/local/emulator/stats';`, resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'warning', packages: 'external',
});
const k = createRequire(import.meta.url)(out);
fs.rmSync(out);

const ASSETS = 2000;
const ITEMS = 200;
const LOANS = 300;
const MOVEMENTS = 20_000; // receipts, 5,000 a call (importAssetsForm's limit)
const PEOPLE = 100;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kanri-bench-'));
const admin = 'admin@bench.example';
const company = new k.Company(dir, { owner: admin, buildDir: path.join(root, 'build') });
company.clock = () => new Date('2026-11-24T23:30:00Z');
const must = (r) => { if (!r.ok) throw new Error(r.error.message); return r; };
must(company.run('kanriSetUp', [], { kind: 'menu', user: admin }));
const pad = (n, w = 4) => String(n).padStart(w, '0');
must(company.run('saveMasterRows', [{ table: 'employees', rows: Array.from({ length: PEOPLE }, (_, i) => ({
  code: `E${pad(i + 1, 3)}`, name: `社員 ${i + 1}`, kana: 'シャイン', email: `p${i + 1}@bench.example`, department: i % 2 ? '施工管理' : '設計', employmentType: 'regular',
  hireDate: '2020-04-01', workRule: 'STD', weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400 })) }], { kind: 'rpc', user: admin }));

// A register of every kind: 少額即時償却, 一括償却, 通常償却 (定率法 PCs, 定額法 servers and furniture), a few under the SME rule (within its annual cap)
function asset(i) {
  const year = 2019 + (i % 8);
  const acquiredOn = `${year}-${pad(1 + (i % (year === 2026 ? 10 : 12)), 2)}-${pad(1 + (i % 28), 2)}`;
  const base = { id: `A-${pad(i + 1)}`, name: `備品 ${i + 1}`, maker: 'メーカー', serial: `SN${100000 + i}`, location: i % 3 ? '本社' : '倉庫', ownership: '自社', acquiredOn, servicedOn: acquiredOn };
  if (i % 50 === 4) return { ...base, category: 'pc', usefulLifeYears: 4, acquisitionCost: 280_000, taxTreatment: '中小特例', method: '定率法' };
  switch (i % 5) {
    case 0: return { ...base, category: 'tablet', usefulLifeYears: 4, acquisitionCost: 58_800, taxTreatment: '少額即時償却', method: '定額法' };
    case 1: return { ...base, category: 'office_machine_other', usefulLifeYears: 5, acquisitionCost: 150_000, taxTreatment: '一括償却', method: '定額法' };
    case 2: return { ...base, category: 'pc', usefulLifeYears: 4, acquisitionCost: 448_800, taxTreatment: '通常償却', method: '定率法', bookMethod: '定額法' };
    case 3: return { ...base, category: 'server', usefulLifeYears: 5, acquisitionCost: 1_200_000, taxTreatment: '通常償却', method: '定額法', bookLifeYears: 4 };
    default: return { ...base, category: 'desk_chair_cabinet_metal', usefulLifeYears: 15, acquisitionCost: 320_000, taxTreatment: '通常償却', method: '定額法' };
  }
}
const assets = Array.from({ length: ASSETS }, (_, i) => asset(i));
const consumables = Array.from({ length: ITEMS }, (_, i) => ({ code: `C-${pad(i + 1)}`, name: `消耗品 ${i + 1}`, unit: '個', place: `倉庫${'ABC'[i % 3]}`, reorderPoint: 10 + (i % 40), vendor: `業者${i % 7}`, unitCost: 100 + i }));
const loans = Array.from({ length: LOANS }, (_, i) => ({ assetId: `A-${pad(i * 6 + 1)}`, employeeCode: `E${pad((i % PEOPLE) + 1, 3)}`, lentOn: '2026-10-01', dueOn: i % 4 ? '2026-12-31' : '2026-11-15', site: `現場${i % 20}` }));
const receipts = (from) => Array.from({ length: 5000 }, (_, i) => ({ itemCode: `C-${pad(((from + i) % ITEMS) + 1)}`, quantity: 1 + ((from + i) % 9), reason: '入庫' }));

function step(title, fn, input) {
  const started = Date.now();
  const r = must(company.run(fn, [input], { kind: 'rpc', user: admin }));
  console.log(`\n### ${title}: ${((Date.now() - started) / 1000).toFixed(1)} s local`);
  console.log(k.formatStats(r.stats));
  return r.value;
}

console.log(`${ASSETS} assets, ${ITEMS} consumables, ${LOANS} open loans, ${MOVEMENTS} stock movements, ${PEOPLE} employees`);
step(`importAssets: ${ASSETS} assets, ${ITEMS} consumables, ${LOANS} loans, 5,000 receipts`, 'importAssets', { assets, consumables, loans, receipts: receipts(0) });
for (let n = 5000; n < MOVEMENTS; n += 5000) {
  const started = Date.now();
  must(company.run('importAssets', [{ assets: [], consumables: [], loans: [], receipts: receipts(n) }], { kind: 'rpc', user: admin }));
  console.log(`(receipts ${n + 1}–${n + 5000}: ${((Date.now() - started) / 1000).toFixed(1)} s local)`);
}
step(`saveAsset: one more (中小特例) against ${ASSETS} assets (the SME annual cap across the register)`, 'saveAsset',
  { id: 'A-NEW', name: '新しいPC', category: 'pc', usefulLifeYears: 4, ownership: '自社', acquiredOn: '2026-11-20', servicedOn: '2026-11-20', acquisitionCost: 398_000, taxTreatment: '中小特例', method: '定率法' });
const report = step(`depreciationReport as of 2026-11-24 (tax), ${ASSETS + 1} assets`, 'depreciationReport', { asOf: '2026-11-24' });
console.log(`  → ${report.total.count} assets, cost ${report.total.acquisitionCost.toLocaleString('ja-JP')}円, book value ${report.total.bookValue.toLocaleString('ja-JP')}円, ${report.byCategory.length} categories`);
const exported = step('exportDepreciationReport as of 2026-11-24 (sheet 減価償却明細 + CSV)', 'exportDepreciationReport', { asOf: '2026-11-24' });
console.log(`  → ${exported.rows} sheet rows, CSV ${Buffer.from(exported.base64, 'base64').length.toLocaleString('en-US')} bytes; tax ${exported.taxBookValue.toLocaleString('ja-JP')}円, books ${exported.bookBookValue.toLocaleString('ja-JP')}円`);
const stock = step(`stockLevels: ${ITEMS} consumables, ${MOVEMENTS} movements`, 'stockLevels', {});
console.log(`  → ${stock.items.filter((i) => i.low).length} at or under the reorder point, ${stock.orders.length} vendors to order from`);
step(`listAssets: the register view, ${ASSETS + 1} assets, ${LOANS} loans`, 'listAssets', {});
step('lendAsset: one loan against the full register', 'lendAsset', { assetId: 'A-0002', employeeCode: 'E001', lentOn: '2026-11-24' });
fs.rmSync(dir, { recursive: true, force: true });
console.log('\nModelled times are estimates from the latency model in src/local/emulator/stats.ts; counts are exact.');
