/**
 * The demo company's equipment (issue 16 item 6), entered through the assets RPCs as the back office
 * would: an iPad per 施工管理 member (read drawings at sites), PCs for 設計, the leased 複合機, two
 * laser measures, and the consumables sites take from the office (養生テープ, 軍手, toner, paper)
 * with receipts, issues on request and a stock-take. History: some loans overdue, some items at or
 * under their reorder point, requests waiting, and one leaver still holding an iPad.
 */
import { addDays, addYearMonths, lastDayOfMonth, yearMonthOf, type LocalDate } from '../../core/calendar';
import type { DemoPerson } from './people';

type Call = (fn: string, input: unknown, user?: string) => unknown;

const SITES = ['渋谷区T邸 リノベーション', '港区オフィス内装 8F', '世田谷区M邸 新築内装', '横浜市カフェ改装', '目黒区クリニック内装', '川崎市ショールーム'];
const pad = (n: number) => String(n).padStart(2, '0');

const CONSUMABLES = [
  { code: 'TAPE-YG50', name: '養生テープ 緑 50mm×25m', unit: '巻', place: '倉庫A', reorderPoint: 30, reorderQuantity: 90, vendor: 'モノタロウ', unitCost: 198 },
  { code: 'TAPE-MK18', name: 'マスキングテープ 18mm', unit: '巻', place: '倉庫A', reorderPoint: 20, reorderQuantity: 60, vendor: 'モノタロウ', unitCost: 88 },
  { code: 'GLOVE-L', name: '作業用手袋（背抜き）L', unit: '双', place: '倉庫A', reorderPoint: 24, reorderQuantity: 120, vendor: 'モノタロウ', unitCost: 98 },
  { code: 'SHEET-BL', name: 'ブルーシート 3.6×5.4m', unit: '枚', place: '倉庫B', reorderPoint: 5, reorderQuantity: 10, vendor: 'ホームセンター法人', unitCost: 980 },
  { code: 'TONER-K', name: 'トナー ブラック（IM C3010）', unit: '本', place: '本社 2F 複合機コーナー', reorderPoint: 2, reorderQuantity: 4, vendor: 'リコー', unitCost: 12_800 },
  { code: 'TONER-C', name: 'トナー シアン（IM C3010）', unit: '本', place: '本社 2F 複合機コーナー', reorderPoint: 1, reorderQuantity: 2, vendor: 'リコー', unitCost: 16_500 },
  { code: 'PAPER-A4', name: 'コピー用紙 A4（500枚×5冊）', unit: '箱', place: '本社 2F 複合機コーナー', reorderPoint: 4, reorderQuantity: 10, vendor: 'アスクル', unitCost: 2_480 },
];

export function demoAssets(people: readonly DemoPerson[], asOf: LocalDate, call: Call): { assets: number; loans: number; movements: number; leaver: string | null } {
  const sekou = people.filter((p) => p.department === '施工管理' && p.employmentType === 'regular');
  const sekkei = people.filter((p) => p.department === '設計');
  const base = { ownership: '自社', supplier: 'Apple Store 法人窓口', location: '本社 2F 備品棚' };
  let assets = 0;
  let loans = 0;
  // the register and today's loans go in with one importAssets call (as when moving the old spreadsheet over)
  const register: Record<string, unknown>[] = [];
  const openLoans: Record<string, unknown>[] = [];
  const save = (a: Record<string, unknown>) => { register.push({ ...base, ...a }); assets++; };
  const loan = (assetId: string, employeeCode: string, lentOn: LocalDate, dueOn: LocalDate | undefined, site?: string) =>
    ({ assetId, employeeCode, lentOn, ...(dueOn ? { dueOn } : {}), ...(site ? { site } : {}), conditionOut: '良好' });
  const lend = (...args: Parameters<typeof loan>) => { openLoans.push(loan(...args)); loans++; };

  // iPads: all under 100,000円 (少額即時償却: 10万円未満).
  sekou.forEach((p, i) => {
    const older = i < 7;
    const acquiredOn = older ? '2025-05-12' : '2026-04-20';
    save({ id: `IPAD-${pad(i + 1)}`, name: older ? 'iPad 第10世代 64GB' : 'iPad Air 11インチ 128GB', category: 'タブレット端末', usefulLifeYears: 4, maker: 'Apple',
      model: older ? 'MPQ03J/A' : 'MUWD3J/A', serial: `DMPX${1000 + i * 37}`, acquiredOn, servicedOn: acquiredOn,
      acquisitionCost: older ? 58_800 : 98_800, taxTreatment: '少額即時償却', method: '定額法', note: '現場で図面確認用' });
    const site = SITES[i % SITES.length]!;
    // most loans run to the end of the project; two are past due (sites finished, iPads not back yet)
    const dueOn = i === 1 || i === 4 ? addDays(asOf, -6 - i) : lastDayOfMonth(addYearMonths(yearMonthOf(asOf), 2 + (i % 3)));
    lend(`IPAD-${pad(i + 1)}`, p.code, older ? '2025-05-15' : '2026-04-22', dueOn, site);
  });
  // one spare iPad Pro (一括償却) in stock
  save({ id: 'IPAD-90', name: 'iPad Pro 11インチ（予備）', category: 'タブレット端末', usefulLifeYears: 4, maker: 'Apple', model: 'MVV83J/A', serial: 'DMPXP900',
    acquiredOn: '2025-09-01', servicedOn: '2025-09-01', acquisitionCost: 168_800, taxTreatment: '一括償却', method: '定額法' });

  // PCs for 設計: CAD notebooks, 通常償却 (定率法, 4年) and the newest under the SME rule's 40万円
  sekkei.forEach((p, i) => {
    const acquiredOn = i < 8 ? '2024-10-01' : '2026-06-10';
    save({ id: `PC-${pad(i + 1)}`, name: i < 8 ? 'MacBook Pro 14インチ M3 Pro' : 'MacBook Pro 14インチ M4 Pro', category: 'パソコン（デスクトップ・ノート）', usefulLifeYears: 4,
      maker: 'Apple', model: i < 8 ? 'MRX33J/A' : 'MX2H3J/A', serial: `C02Z${2000 + i * 53}`, acquiredOn, servicedOn: acquiredOn, supplier: 'Apple Store 法人窓口',
      acquisitionCost: i < 8 ? 448_800 : 398_800, taxTreatment: i < 8 ? '通常償却' : '中小特例', method: '定率法', bookMethod: '定額法', bookLifeYears: 4, location: '本社 3F 設計室' });
    lend(`PC-${pad(i + 1)}`, p.code, i < 8 ? '2024-10-02' : '2026-06-11', undefined, '設計室');
  });
  // the multifunction printer is leased (not depreciated; the lease end matters)
  save({ id: 'MFP-01', name: 'デジタル複合機 A3 カラー', category: '複写機（複合機を含む実務慣行）', usefulLifeYears: 5, maker: 'リコー', model: 'RICOH IM C3010', serial: 'E3B4-100231',
    ownership: 'リース', supplier: 'リコーリース', acquiredOn: '2023-07-01', servicedOn: '2023-07-01', acquisitionCost: 0, leaseOrWarrantyEnd: '2028-06-30',
    taxTreatment: '通常償却', method: '定額法', location: '本社 2F 複合機コーナー', note: 'リース料 月額18,700円（5年）' });
  // two laser measures, one out at a site and overdue, one in stock
  for (const [i, serial] of [[1, 'D2-5531'], [2, 'D2-5598']] as const) {
    save({ id: `LASER-0${i}`, name: 'レーザー距離計 DISTO D2', category: '測定工具', maker: 'Leica', model: 'DISTO D2', serial, supplier: 'モノタロウ',
      acquiredOn: '2025-11-10', servicedOn: '2025-11-10', acquisitionCost: 29_800, taxTreatment: '少額即時償却', method: '定額法' });
  }
  if (sekou[2]) lend('LASER-01', sekou[2].code, addDays(asOf, -40), addDays(asOf, -3), SITES[2]);

  // history: an iPad returned with a cracked screen, repaired, back in stock, lent again
  save({ id: 'IPAD-91', name: 'iPad 第10世代 64GB（貸出用）', category: 'タブレット端末', usefulLifeYears: 4, maker: 'Apple', model: 'MPQ03J/A', serial: 'DMPX9910',
    acquiredOn: '2025-05-12', servicedOn: '2025-05-12', acquisitionCost: 58_800, taxTreatment: '少額即時償却', method: '定額法' });
  const items = CONSUMABLES;
  const receipts: { itemCode: string; quantity: number; reason: string }[] = [];
  let movements = 0;
  const receive = (itemCode: string, quantity: number, reason: string) => { receipts.push({ itemCode, quantity, reason }); movements++; };
  receive('TAPE-YG50', 120, '定期発注（モノタロウ）');
  receive('TAPE-MK18', 60, '定期発注（モノタロウ）');
  receive('GLOVE-L', 60, '定期発注（モノタロウ）');
  receive('SHEET-BL', 12, '現場用に補充');
  receive('TONER-K', 3, 'リコー 保守契約分');
  receive('TONER-C', 2, 'リコー 保守契約分');
  receive('PAPER-A4', 10, 'アスクル 定期便');
  receive('TAPE-YG50', 60, '追加発注（港区オフィス内装 着工前）');
  call('importAssets', { assets: register, consumables: items, loans: openLoans, receipts });
  const borrower = people.find((p) => p.department === '営業');
  if (borrower) {
    call('lendAsset', loan('IPAD-91', borrower.code, '2026-07-01', '2026-07-31', '展示会（東京ビッグサイト）'));
    loans++;
    call('returnAsset', { assetId: 'IPAD-91', returnedOn: '2026-07-30', conditionIn: '画面にひび', needsRepair: true });
    call('setAssetStatus', { assetId: 'IPAD-91', status: '在庫', on: '2026-08-20', reason: '画面交換修理 完了（Apple 正規サービス）' });
  }

  // consumables: receipts (restock history), issues by request, a stock-take; toner and gloves under the reorder point
  // sites ask from their phones; the admin approves (each approval is the 出庫)
  const ask = (p: DemoPerson, item: string, quantity: number, site: string, reason: string, approve: boolean) => {
    const r = call('requestAssetItem', { kind: '消耗品', item, quantity, site, reason }, p.email) as { id: string };
    if (approve) { call('decideAssetRequest', { id: r.id, decision: 'approved' }); movements++; }
  };
  sekou.slice(0, 3).forEach((p, i) => {
    ask(p, 'TAPE-YG50', 12 + i * 2, SITES[i]!, '床・壁の養生', true);
    ask(p, 'GLOVE-L', 14, SITES[i]!, '職人さん用', true);
  });
  ask(sekou[0]!, 'SHEET-BL', 4, SITES[0]!, '解体時の養生', true);
  call('recordStockMovement', { itemCode: 'TONER-K', kind: '出庫', quantity: 2, reason: '複合機 交換' }); movements++;
  call('recordStockMovement', { itemCode: 'PAPER-A4', kind: '出庫', quantity: 5, reason: '2F 補充' }); movements++;
  call('stockTake', { counts: [{ itemCode: 'TAPE-MK18', counted: 57 }, { itemCode: 'SHEET-BL', counted: 7 }], reason: '月末棚卸（事務所移転の準備）' }); movements += 2;
  // waiting for the admin: a consumable and a loan
  if (sekou[6]) ask(sekou[6], 'TAPE-MK18', 10, SITES[3]!, '塗装前のマスキング', false);
  if (sekou[7]) call('requestAssetItem', { kind: '貸出', item: 'レーザー距離計', quantity: 1, site: SITES[4]!, reason: '現調で採寸', neededBy: addDays(asOf, 3) }, sekou[7].email);

  // a leaver: the last 施工管理 member leaves at the end of next month, their iPad still out
  const leaver = sekou[sekou.length - 1] ?? null;
  return { assets, loans, movements, leaver: leaver?.code ?? null };
}
