/**
 * The assets module through the built bundle (issue 16): register, lend, return with the history
 * kept; an employee's request and the admin's decision; stock only by movements; a stock-take;
 * the depreciation report as of a date; roles and costs; one read and one write per table.
 */
import { newCompany, ADMIN } from '../support/company';
import { sheetValues } from '../support/digest';
import type { Company } from '../../src/local/company';
import { CompanyFolder } from '../../src/local/store/store';
import { outbox } from '../support/outbox';
import { toJSONSchema } from 'zod/mini';
import { entryPoints } from '../../src/addon/registry';
import type { EntryPoint, RpcEntry } from '../../src/addon/entrypoints';

const employee = (code: string, email: string, department = '施工管理', leaveDate?: string) => ({
  code, name: `社員 ${code}`, kana: 'シャイン', email, department, employmentType: 'regular',
  hireDate: '2020-04-01', workRule: 'STD', weeklyScheduledDays: 5, weeklyScheduledMinutes: 2400, ...(leaveDate ? { leaveDate } : {}),
});
const E1 = 'e1@example.jp';
const E2 = 'e2@example.jp';
const MGR = 'mgr@example.jp';

const ipad = { id: 'IPAD-01', name: 'iPad Air 11インチ', category: 'tablet', usefulLifeYears: 4, maker: 'Apple', model: 'MUWJ3J/A', serial: 'F9K2X', location: '本社', ownership: '自社',
  acquiredOn: '2026-01-10', servicedOn: '2026-01-10', acquisitionCost: 240_000, supplier: 'ビックカメラ法人', taxTreatment: '通常償却', method: '定額法' };

function company(): Company {
  const c = newCompany();
  c.rpc('saveMasterRows', { table: 'employees', rows: [employee('E001', E1), employee('E002', E2, '営業'), employee('M001', MGR)] }, ADMIN);
  c.rpc('saveMasterRows', { table: 'roles', rows: [{ email: MGR, role: 'manager', departments: '施工管理' }] }, ADMIN);
  return c;
}
const rows = (c: Company, sheet: string) => {
  const [head, ...rest] = sheetValues(c.dir)[sheet]!;
  return rest.filter((r) => r.some((x) => x !== '' && x !== null)).map((r) => Object.fromEntries(head!.map((h, i) => [String(h), r[i]])));
};
const fails = (c: Company, name: string, input: unknown, user: string, pattern: RegExp) => {
  const r = c.run(name, [input], { kind: 'rpc', user });
  expect(r.ok).toBe(false);
  expect(r.error?.message).toMatch(pattern);
};

describe('assets: register, lend, return, history', () => {
  test('a loan and its return are rows of 貸出履歴; the register follows; audited', () => {
    const c = company();
    expect(c.rpc('saveAsset', ipad, ADMIN)).toEqual({ id: 'IPAD-01', created: true });
    c.rpc('lendAsset', { assetId: 'IPAD-01', employeeCode: 'E001', lentOn: '2026-11-02', dueOn: '2026-11-20', site: '渋谷T邸', conditionOut: '良好' }, ADMIN);
    expect(rows(c, '備品台帳')[0]).toMatchObject({ 資産番号: 'IPAD-01', 状態: '貸出中', 使用者: 'E001' });
    fails(c, 'lendAsset', { assetId: 'IPAD-01', employeeCode: 'E002', lentOn: '2026-11-03' }, ADMIN, /貸出中のため貸し出せません/);
    // the employee sees it in the web app, with no cost; the manager sees their team's
    const mine = c.rpc('myAssets', {}, E1) as { holdings: { asset: { id: string }; overdue: boolean }[] };
    expect(mine.holdings.map((h) => [h.asset.id, h.overdue])).toEqual([['IPAD-01', true]]);
    expect(JSON.stringify(mine)).not.toMatch(/240000|acquisitionCost/);
    expect((c.rpc('myAssets', {}, E2) as { holdings: unknown[] }).holdings).toEqual([]);
    expect((c.rpc('teamAssets', {}, MGR) as { holdings: { employeeCode: string }[] }).holdings.map((h) => h.employeeCode)).toEqual(['E001']);
    fails(c, 'listAssets', {}, MGR, /権限|permission/i);
    c.rpc('returnAsset', { assetId: 'IPAD-01', returnedOn: '2026-11-24', conditionIn: '画面に傷', needsRepair: true }, ADMIN);
    c.rpc('setAssetStatus', { assetId: 'IPAD-01', status: '在庫', on: '2026-11-25', reason: '修理完了' }, ADMIN);
    c.rpc('lendAsset', { assetId: 'IPAD-01', employeeCode: 'E002', lentOn: '2026-11-25' }, ADMIN);
    const loans = rows(c, '貸出履歴');
    expect(loans.map((l) => [l['社員番号'], l['返却日'] ? 'returned' : 'out'])).toEqual([['E001', 'returned'], ['E002', 'out']]);
    expect(loans[0]).toMatchObject({ 返却時の状態: '画面に傷', 貸出担当: ADMIN });
    expect((c.rpc('assetHistory', { assetId: 'IPAD-01' }, ADMIN) as unknown[]).length).toBe(2);
    const audit = rows(c, '監査ログ').filter((a) => a['表'] === '備品台帳' || a['表'] === '貸出履歴');
    expect(audit.length).toBeGreaterThanOrEqual(8);
    expect(rows(c, '監査ログ').some((a) => a['理由'] === '修理完了')).toBe(true);
  });
  test('an unknown employee, a leaver after their leave date, an asset not in the register: errors naming them, nothing written', () => {
    const c = company();
    c.rpc('saveMasterRows', { table: 'employees', rows: [employee('E009', 'x@example.jp', '施工管理', '2026-10-31')] }, ADMIN);
    c.rpc('saveAsset', ipad, ADMIN);
    const before = JSON.stringify(sheetValues(c.dir));
    fails(c, 'lendAsset', { assetId: 'IPAD-01', employeeCode: 'E404', lentOn: '2026-11-02' }, ADMIN, /E404/);
    fails(c, 'lendAsset', { assetId: 'IPAD-01', employeeCode: 'E009', lentOn: '2026-11-02' }, ADMIN, /2026-10-31に退職/);
    fails(c, 'returnAsset', { assetId: 'PC-99', returnedOn: '2026-11-02' }, ADMIN, /PC-99.*備品台帳にありません/);
    fails(c, 'saveAsset', { ...ipad, acquisitionCost: -1 }, ADMIN, /acquisitionCost/);
    expect(JSON.stringify(sheetValues(c.dir))).toBe(before);
  });
});

describe('assets: consumables, requests, stock by movements', () => {
  const tape = { code: 'TAPE-G', name: '養生テープ 緑 50mm', unit: '巻', place: '倉庫A', reorderPoint: 20, reorderQuantity: 60, vendor: 'モノタロウ', unitCost: 198 };
  test('receipt, request, approval (issue), stock-take; the stock is the sum of 入出庫', () => {
    const c = company();
    c.rpc('saveConsumable', tape, ADMIN);
    c.rpc('recordStockMovement', { itemCode: 'TAPE-G', kind: '入庫', quantity: 30, reason: '定期発注' }, ADMIN);
    const req = c.rpc('requestAssetItem', { kind: '消耗品', item: 'TAPE-G', quantity: 12, site: '渋谷T邸', reason: '床養生' }, E1, { fromWebApp: true }) as { id: string };
    fails(c, 'decideAssetRequest', { id: req.id, decision: 'approved' }, E1, /権限|permission/i);
    const inbox = c.rpc('assetRequestsInbox', {}, ADMIN) as { id: string; stock: number }[];
    expect(inbox.map((q) => [q.id, q.stock])).toEqual([[req.id, 30]]);
    expect(c.rpc('decideAssetRequest', { id: req.id, decision: 'approved' }, ADMIN)).toMatchObject({ status: 'approved' });
    fails(c, 'decideAssetRequest', { id: req.id, decision: 'approved' }, ADMIN, /処理済み/);
    const big = c.rpc('requestAssetItem', { kind: '消耗品', item: 'TAPE-G', quantity: 100, reason: '全現場分' }, E1) as { id: string };
    fails(c, 'decideAssetRequest', { id: big.id, decision: 'approved' }, ADMIN, /在庫は18巻で、100巻は出庫できません/);
    c.rpc('decideAssetRequest', { id: big.id, decision: 'rejected', reason: '現場ごとに申請してください' }, ADMIN);
    let levels = c.rpc('stockLevels', {}, ADMIN) as { items: { stock: number; low: boolean; restocks: unknown[] }[]; orders: { vendor: string; lines: { quantity: number }[] }[] };
    expect(levels.items[0]).toMatchObject({ stock: 18, low: true });
    expect(levels.items[0]!.restocks).toHaveLength(1);
    expect(levels.orders).toEqual([{ vendor: 'モノタロウ', lines: [expect.objectContaining({ code: 'TAPE-G', quantity: 60, amount: 60 * 198 })] }]);
    c.rpc('stockTake', { counts: [{ itemCode: 'TAPE-G', counted: 15 }], reason: '移転前の棚卸' }, ADMIN);
    levels = c.rpc('stockLevels', {}, ADMIN) as typeof levels;
    expect(levels.items[0]!.stock).toBe(15);
    const moves = rows(c, '入出庫');
    expect(moves.map((m) => [m['種別'], m['数量']])).toEqual([['入庫', 30], ['出庫', -12], ['棚卸', -3]]);
    expect(moves[1]).toMatchObject({ 受取者: 'E001', 現場: '渋谷T邸', 申請ID: req.id });
    expect(rows(c, '消耗品')[0]).not.toHaveProperty('在庫');
    expect(Object.keys(rows(c, '消耗品')[0]!).some((h) => /在庫数|現在庫/.test(h))).toBe(false);
  });
  test('an employee reports a fault only for what they hold; a loan request is approved with the asset lent', () => {
    const c = company();
    c.rpc('saveAsset', ipad, ADMIN);
    fails(c, 'requestAssetItem', { kind: '故障・紛失', item: 'IPAD-01', quantity: 1, reason: '画面割れ' }, E1, /貸し出されていません/);
    const loan = c.rpc('requestAssetItem', { kind: '貸出', item: 'tablet', quantity: 1, site: '横浜M邸', reason: '図面確認用', neededBy: '2026-12-10' }, E1) as { id: string };
    fails(c, 'decideAssetRequest', { id: loan.id, decision: 'approved' }, ADMIN, /資産番号を指定/);
    expect(c.rpc('decideAssetRequest', { id: loan.id, decision: 'approved', assetId: 'IPAD-01', dueOn: '2026-12-25' }, ADMIN)).toMatchObject({ assetId: 'IPAD-01' });
    expect(rows(c, '貸出履歴')[0]).toMatchObject({ 社員番号: 'E001', 返却予定日: expect.anything(), 現場・用途: '横浜M邸' });
    expect(c.rpc('requestAssetItem', { kind: '故障・紛失', item: 'IPAD-01', quantity: 1, reason: '画面割れ' }, E1)).toMatchObject({ status: 'pending' });
    expect(c.rpc('handBackList', { employeeCode: 'E001' }, ADMIN)).toMatchObject({ clear: false, items: [expect.objectContaining({ asset: expect.objectContaining({ id: 'IPAD-01' }) })] });
  });
  test('1,000 random movements in 入出庫: the stock shown is their sum, read with one call', () => {
    const c = company();
    for (const code of ['GLOVE', 'TONER', 'PAPER']) c.rpc('saveConsumable', { ...tape, code, name: code, unit: '個' }, ADMIN);
    c.rpc('recordStockMovement', { itemCode: 'GLOVE', kind: '入庫', quantity: 1 }, ADMIN);
    // 999 more rows, as 1,000 earlier executions would have left them (the sheet itself, no RPC per row)
    const folder = new CompanyFolder(c.dir);
    const data = folder.admin().load();
    const sheet = data.sheets.find((x) => x.name === '入出庫')!;
    const [head, first] = [sheet.rows[0]!, sheet.rows[1]!];
    let seed = 16;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const expected: Record<string, number> = { GLOVE: 1, TONER: 0, PAPER: 0 };
    for (let i = 0; i < 999; i++) {
      const item = ['GLOVE', 'TONER', 'PAPER'][Math.floor(rnd() * 3)]!;
      const kind = (['入庫', '出庫', '調整', '棚卸'] as const)[Math.floor(rnd() * 4)]!;
      const size = 1 + Math.floor(rnd() * 40);
      const quantity = kind === '入庫' ? size : kind === '出庫' ? -size : rnd() < 0.5 ? size : -size;
      expected[item]! += quantity;
      const row = [...first];
      row[head.indexOf('移動ID')] = `MV-R${i}`;
      row[head.indexOf('品目コード')] = item;
      row[head.indexOf('種別')] = kind;
      row[head.indexOf('数量')] = quantity;
      row[head.indexOf('理由')] = '乱数';
      sheet.rows.push(row);
    }
    folder.admin().save(data);
    const r = c.run('stockLevels', [{}], { kind: 'rpc', user: ADMIN });
    expect(r.ok).toBe(true);
    const stock = Object.fromEntries((r.value as { items: { code: string; stock: number }[] }).items.map((i) => [i.code, i.stock]));
    expect(stock).toEqual(expected);
    expect(rows(c, '入出庫')).toHaveLength(1000);
    expect(r.stats.count('SpreadsheetApp.Range.getValues')).toBe(4); // 役割 and 設定 (the caller check), 消耗品, 入出庫: 1,000 rows in one call
  });
});

describe('assets: a stock figure cannot be set, only moved', () => {
  test('no entry point takes a stock figure; a stock sent anyway is ignored; the master save refuses the stock tables', () => {
    const rpcs = (entryPoints as readonly EntryPoint[]).filter((e): e is RpcEntry => e.kind === 'rpc');
    const keys = (schema: unknown): string[] => {
      const out: string[] = [];
      const walk = (x: unknown) => {
        if (!x || typeof x !== 'object') return;
        const o = x as { properties?: Record<string, unknown>; items?: unknown; enum?: unknown[] };
        if (o.properties) for (const [k, v] of Object.entries(o.properties)) { out.push(k); walk(v); }
        if (o.items) walk(o.items);
      };
      walk(schema);
      return out;
    };
    const offending = rpcs.flatMap((e) => keys(toJSONSchema(e.input, { unrepresentable: 'any' })).filter((k) => /^(stock|onHand|quantityOnHand|在庫数?)$/.test(k)).map((k) => `${e.name}.${k}`));
    expect(offending).toEqual([]);
    const c = company();
    c.rpc('saveConsumable', { code: 'TONER', name: 'トナー', unit: '本', reorderPoint: 1 }, ADMIN);
    c.rpc('recordStockMovement', { itemCode: 'TONER', kind: '入庫', quantity: 2 }, ADMIN);
    c.rpc('saveConsumable', { code: 'TONER', name: 'トナー', unit: '本', reorderPoint: 1, stock: 999, 在庫: 999 }, ADMIN);
    for (const table of ['consumables', 'stockMovements', '入出庫']) {
      fails(c, 'saveMasterRows', { table, rows: [{ code: 'TONER', stock: 999 }] }, ADMIN, /table/);
    }
    fails(c, 'recordStockMovement', { itemCode: 'TONER', kind: '出庫', quantity: 5 }, ADMIN, /在庫は2本で、5本は出庫できません/);
    fails(c, 'recordStockMovement', { itemCode: 'TONER', kind: '調整', quantity: 997 }, ADMIN, /reason|理由/);
    expect((c.rpc('stockLevels', {}, ADMIN) as { items: { stock: number }[] }).items[0]!.stock).toBe(2);
  });
});

describe('assets: depreciation report as of a date', () => {
  test('the iPad (240,000円, 4年 定額法, 2026-01-10, April year): 225,000 at 2026-03-31; tax vs books; costs admin only', () => {
    const c = company();
    c.rpc('saveAsset', { ...ipad, bookLifeYears: 3 }, ADMIN);
    c.rpc('saveAsset', { ...ipad, id: 'MFP-01', name: '複合機', category: 'copier', ownership: 'リース', acquisitionCost: 0, usefulLifeYears: 5 }, ADMIN);
    c.rpc('saveAsset', { ...ipad, id: 'LASER-01', name: 'レーザー距離計', category: 'office_machine_other', acquisitionCost: 38_000, taxTreatment: '少額即時償却', acquiredOn: '2026-06-01', servicedOn: '2026-06-01' }, ADMIN);
    const tax = c.rpc('depreciationReport', { asOf: '2026-03-31' }, ADMIN) as { lines: { id: string; bookValue: number }[]; total: { bookValue: number } };
    expect(tax.lines.map((l) => [l.id, l.bookValue])).toEqual([['IPAD-01', 225_000]]);
    const later = c.rpc('depreciationReport', { asOf: '2027-03-31' }, ADMIN) as typeof tax & { byCategory: { category: string; bookValue: number }[] };
    expect(later.lines.map((l) => [l.id, l.bookValue])).toEqual([['IPAD-01', 165_000], ['LASER-01', 0]]);
    expect(later.byCategory.map((t) => [t.category, t.bookValue])).toEqual([['office_machine_other', 0], ['tablet', 165_000]]);
    // books: 3 years, 0.334 → 80,160 a year; monthly, 6 months into FY2026 → 240,000 − 20,040 − 40,080
    const book = c.rpc('depreciationReport', { asOf: '2026-09-30', basis: 'book' }, ADMIN) as typeof tax;
    expect(book.lines.find((l) => l.id === 'IPAD-01')!.bookValue).toBe(179_880);
    const one = c.rpc('depreciationReport', { asOf: '2026-09-30', assetId: 'IPAD-01' }, ADMIN) as { lines: { schedule: { label: number; depreciation: number }[] }[] };
    expect(one.lines[0]!.schedule.map((y) => y.depreciation)).toEqual([15_000, 60_000, 60_000, 60_000, 44_999]);
    fails(c, 'depreciationReport', { asOf: '2026-09-30' }, MGR, /権限|permission/i);
    fails(c, 'depreciationReport', { asOf: '2026-09-30' }, E1, /権限|permission/i);
  });
});

describe('assets: the SME special rule\'s annual cap across the register (租税特別措置法67条の5第1項)', () => {
  // 国税庁 No.5408: 取得価額30万円未満 (令和8年4月1日以後の取得は40万円未満) の資産を「合計300万円を限度」として損金算入;
  // 事業年度が1年未満なら 300万円 × 月数/12. The April year 2026 runs 2026-04-01 … 2027-03-31.
  const pc = (n: number, servicedOn = '2026-06-10') => ({ ...ipad, id: `PC-${String(n).padStart(2, '0')}`, name: 'ノートPC', category: 'pc', acquiredOn: servicedOn, servicedOn,
    acquisitionCost: 398_000, taxTreatment: '中小特例' });
  test('the eighth 398,000円 PC of the year goes over 3,000,000円: refused naming it and the running total; the next year is free; nothing written', () => {
    const c = company();
    for (let n = 1; n <= 7; n++) c.rpc('saveAsset', pc(n), ADMIN); // 7 × 398,000 = 2,786,000
    const before = JSON.stringify(sheetValues(c.dir));
    fails(c, 'saveAsset', pc(8, '2027-03-31'), ADMIN, /PC-08[\s\S]*2026年度（2026-04-01〜2027-03-31、12か月）[\s\S]*3,184,000円[\s\S]*3,000,000円[\s\S]*2,786,000円[\s\S]*67条の5/);
    expect(JSON.stringify(sheetValues(c.dir))).toBe(before);
    // updating a registered PC replaces its own amount (not counted twice); the next fiscal year has its own cap
    expect(c.rpc('saveAsset', { ...pc(7), acquisitionCost: 399_000 }, ADMIN)).toEqual({ id: 'PC-07', created: false });
    expect(c.rpc('saveAsset', pc(8, '2027-04-01'), ADMIN)).toEqual({ id: 'PC-08', created: true });
    // an import counts the register and its own rows in order
    fails(c, 'importAssets', { assets: [{ ...pc(9), acquisitionCost: 200_000 }, { ...pc(10), acquisitionCost: 20_000 }], consumables: [], loans: [] }, ADMIN, /PC-10 \(input\.assets\[1\]\.taxTreatment\)[\s\S]*3,007,000円/);
  });
  test('a short first year (6 months): the cap is 3,000,000円 × 6/12 = 1,500,000円; a bad setting is named', () => {
    const c = company();
    c.rpc('saveMasterRows', { table: 'settings', rows: [{ key: 'assets.shortFiscalYears', value: '{"2026": 6}' }] }, ADMIN);
    for (let n = 1; n <= 3; n++) c.rpc('saveAsset', pc(n), ADMIN); // 1,194,000
    fails(c, 'saveAsset', pc(4), ADMIN, /PC-04[\s\S]*6か月[\s\S]*1,592,000円[\s\S]*1,500,000円/);
    c.rpc('saveMasterRows', { table: 'settings', rows: [{ key: 'assets.shortFiscalYears', value: '{"2026": 13}' }] }, ADMIN);
    fails(c, 'saveAsset', pc(4), ADMIN, /assets\.shortFiscalYears/);
  });
});

describe('assets: the as-of report for the accountant (sheet 減価償却明細 and CSV)', () => {
  test('tax and books apart on each row, totals, one write of the sheet, the CSV with a BOM; admin only', () => {
    const c = company();
    // tax: 定額法 4年 0.250 (別表第八): 240,000 × 0.250 = 60,000 a year; 2026-01 to 03 in FY2025 = 3 months → 15,000 (No.2106 の月割).
    // books: 3年 0.334: 80,160 a year; FY2025 3 months 20,040; by 2026-09-30 six months of FY2026 booked = 40,080.
    c.rpc('saveAsset', { ...ipad, bookLifeYears: 3 }, ADMIN);
    c.rpc('saveAsset', { ...ipad, id: 'LASER-01', name: '=HYPERLINK("x")', category: 'office_machine_other', acquisitionCost: 38_000, taxTreatment: '少額即時償却', acquiredOn: '2026-06-01', servicedOn: '2026-06-01' }, ADMIN);
    const r = c.run('exportDepreciationReport', [{ asOf: '2026-09-30' }], { kind: 'rpc', user: ADMIN });
    expect(r.ok).toBe(true);
    const out = r.value as { sheet: string; fileName: string; base64: string; assets: number; taxBookValue: number; bookBookValue: number; taxThisYear: number; bookThisYear: number };
    // the laser (38,000円, 少額即時償却 in FY2026): the tax side shows it until FY2026 closes; the books expensed it in June
    expect(out).toMatchObject({ sheet: '減価償却明細', fileName: '減価償却明細_2026-09-30.csv', assets: 2, taxBookValue: 225_000 + 38_000, bookBookValue: 179_880 + 0, taxThisYear: 60_000 + 38_000, bookThisYear: 80_160 + 38_000 });
    // the report sheet: one setValues (plus the audit log), no other sheet written
    expect(r.stats.count('SpreadsheetApp.Range.setValues')).toBe(2);
    const sheet = sheetValues(c.dir)['減価償却明細']!;
    expect(sheet[0]![0]).toBe('減価償却明細（2026-09-30現在）');
    expect(sheet[1]![0]).toBe('事業年度 2026-04-01〜2027-03-31');
    const head = sheet[2]!.map(String);
    const ipadRow = Object.fromEntries(head.map((h, i) => [h, sheet.find((x) => x[0] === 'IPAD-01')![i]]));
    expect(ipadRow).toMatchObject({ 取得価額: 240_000, '税務:処理': '通常償却', '税務:償却方法': '定額法', '税務:耐用年数': '4', '税務:当期償却額': 60_000, '税務:償却累計額': 15_000, '税務:帳簿価額': 225_000,
      '会計:耐用年数': '3', '会計:当期償却額': 80_160, '会計:償却累計額': 60_120, '会計:帳簿価額': 179_880, '当期差額(会計−税務)': 20_160 });
    expect(sheet[sheet.length - 1]!.slice(0, 2)).toEqual(['合計', '2']);
    // the CSV: UTF-8 with a BOM, CR LF, the header and one row per asset; a name starting with = is text
    const csv = Buffer.from(out.base64, 'base64').toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(head.join(','));
    expect(lines).toHaveLength(4); // header, 2 assets, the empty string after the last CR LF
    expect(lines.find((l) => l.startsWith('IPAD-01'))).toContain(',240000,通常償却,定額法,4,60000,15000,225000,定額法,3,80160,60120,179880,20160,');
    expect(lines.find((l) => l.startsWith('LASER-01'))).toContain(`"'=HYPERLINK(""x"")"`);
    expect(rows(c, '監査ログ').some((a) => a['表'] === '減価償却明細')).toBe(true);
    fails(c, 'exportDepreciationReport', { asOf: '2026-09-30' }, MGR, /権限|permission/i);
  });
});

describe('assets: service calls', () => {
  test('a loan reads each table once and writes 備品台帳, 貸出履歴 and 監査ログ once each', () => {
    const c = company();
    c.rpc('saveAsset', ipad, ADMIN);
    const r = c.run('lendAsset', [{ assetId: 'IPAD-01', employeeCode: 'E001', lentOn: '2026-11-02' }], { kind: 'rpc', user: ADMIN });
    expect(r.ok).toBe(true);
    expect(r.stats.count('SpreadsheetApp.Range.setValues')).toBe(3);
    const reads = r.stats.count('SpreadsheetApp.Range.getValues');
    // 役割 and 設定 (the caller check), 備品台帳, 従業員 once each, and the header rows of 貸出履歴 and 監査ログ for the appends
    expect(reads).toBe(6);
  });
});

describe('assets: the daily routine', () => {
  const tokyo = (at: string) => new Date(`${at}:00+09:00`);
  test('return reminders within the window, once a day (idempotent), 督促日 written before the mail; overdue and low stock in the digest', () => {
    const c = company();
    c.call('kanriInstallTriggers', [], { kind: 'menu', user: ADMIN, at: tokyo('2026-11-25T09:00') });
    c.rpc('saveAsset', ipad, ADMIN);
    c.rpc('saveAsset', { ...ipad, id: 'IPAD-02' }, ADMIN);
    c.rpc('lendAsset', { assetId: 'IPAD-01', employeeCode: 'E001', lentOn: '2026-11-02', dueOn: '2026-11-28', site: '渋谷T邸' }, ADMIN); // due in 3 days: in the window (3)
    c.rpc('lendAsset', { assetId: 'IPAD-02', employeeCode: 'E002', lentOn: '2026-11-02', dueOn: '2026-12-20' }, ADMIN); // not yet
    c.rpc('saveConsumable', { code: 'TONER', name: 'トナー K', unit: '本', reorderPoint: 2, vendor: 'リコー' }, ADMIN);
    const reminders = () => outbox(c.dir).filter((m) => m.subject.includes('返却予定'));
    const r1 = c.fireTrigger('kanriDaily', tokyo('2026-11-25T06:10'));
    expect(r1.ok).toBe(true);
    expect(reminders().map((m) => m.to)).toEqual([[E1]]);
    expect(reminders()[0]!.text).toContain('IPAD-01');
    expect(rows(c, '貸出履歴').find((l) => l['貸出ID'] && l['社員番号'] === 'E001')!['督促日']).toBeTruthy();
    c.fireTrigger('kanriDaily', tokyo('2026-11-25T06:40')); // the same day again: nothing more
    expect(reminders()).toHaveLength(1);
    const digest = outbox(c.dir).filter((m) => m.subject.startsWith('Kanri 日次ダイジェスト'));
    expect(digest[0]!.text).toMatch(/発注点以下の消耗品: 1品目[\s\S]*トナー K: 在庫0本/);
    // overdue on 12-01: in the digest; reminded again only a week after the last reminder
    c.fireTrigger('kanriDaily', tokyo('2026-12-01T06:10'));
    expect(reminders()).toHaveLength(1);
    expect(outbox(c.dir).filter((m) => m.subject.startsWith('Kanri 日次ダイジェスト')).pop()!.text).toMatch(/返却期限を過ぎた備品: 1件[\s\S]*IPAD-01/);
    c.fireTrigger('kanriDaily', tokyo('2026-12-02T06:10'));
    expect(reminders()).toHaveLength(2);
  });
  test('a leave date saved while the person holds an iPad: the save answers with the hand-back list', () => {
    const c = company();
    c.rpc('saveAsset', ipad, ADMIN);
    c.rpc('lendAsset', { assetId: 'IPAD-01', employeeCode: 'E001', lentOn: '2026-11-02' }, ADMIN);
    const r = c.rpc('saveMasterRows', { table: 'employees', rows: [employee('E001', E1, '施工管理', '2026-12-31')] }, ADMIN) as { handBack?: { employeeCode: string; items: { assetId: string }[]; ja: string }[] };
    expect(r.handBack).toEqual([expect.objectContaining({ employeeCode: 'E001', items: [expect.objectContaining({ assetId: 'IPAD-01' })] })]);
    expect(r.handBack![0]!.ja).toContain('返却していない備品があります: 1点');
    const ok = c.rpc('saveMasterRows', { table: 'employees', rows: [employee('E002', E2, '営業', '2026-12-31')] }, ADMIN);
    expect(ok).not.toHaveProperty('handBack');
  });
});

describe('importAssets: the old spreadsheet moved over in one call, all or nothing', () => {
  const tape = { code: 'TAPE-YG50', name: '養生テープ 緑 50mm×25m', unit: '巻', place: '倉庫A', reorderPoint: 30, reorderQuantity: 90, vendor: 'モノタロウ', unitCost: 198 };
  const cheap = { ...ipad, id: 'IPAD-02', acquisitionCost: 58_800, taxTreatment: '少額即時償却' };
  test('assets, consumables, receipts and open loans land together; the stock is the receipts', () => {
    const c = company();
    const r = c.rpc('importAssets', { assets: [ipad, cheap], consumables: [tape], loans: [{ assetId: 'IPAD-02', employeeCode: 'E001', lentOn: '2026-11-02' }],
      receipts: [{ itemCode: 'TAPE-YG50', quantity: 120, reason: '期首在庫' }] }, ADMIN);
    expect(r).toEqual({ receipts: 1, assetsCreated: 2, assetsUpdated: 0, consumablesCreated: 1, consumablesUpdated: 0, loans: 1 });
    expect(rows(c, '備品台帳').map((a) => [a['資産番号'], a['状態'], a['使用者']])).toEqual([['IPAD-01', '在庫', ''], ['IPAD-02', '貸出中', 'E001']]);
    expect(rows(c, '貸出履歴').map((l) => l['社員番号'])).toEqual(['E001']);
    const stock = c.rpc('stockLevels', {}, ADMIN) as { items: { code: string; stock: number }[] };
    expect(stock.items.find((i) => i.code === 'TAPE-YG50')?.stock).toBe(120);
  });
  test('one bad row (a 税務処理 the cost does not allow) names its place; nothing is written', () => {
    const c = company();
    const before = JSON.stringify(sheetValues(c.dir));
    fails(c, 'importAssets', { assets: [cheap, { ...ipad, taxTreatment: '少額即時償却' }], consumables: [tape], loans: [] }, ADMIN, /input\.assets\[1\]\.taxTreatment/);
    fails(c, 'importAssets', { assets: [ipad, ipad], consumables: [], loans: [] }, ADMIN, /input\.assets\[1\]/);
    fails(c, 'importAssets', { assets: [], consumables: [], loans: [], receipts: [{ itemCode: 'NONE', quantity: 1 }] }, ADMIN, /NONE/);
    expect(JSON.stringify(sheetValues(c.dir))).toBe(before);
    fails(c, 'importAssets', { assets: [cheap], consumables: [], loans: [] }, E1, /権限|permission/i);
  });
});
