/**
 * The assets lazy module (see ../lazy.ts): the handlers of the assets RPCs declared in rpc.ts
 * (names, roles and input schemas stay in Code.js; the role check and validation run before this
 * module loads). Every write runs under the one script lock, in one Transaction: each table read
 * once and written with one call, every change audited.
 * - The register (備品台帳): status and holder change only by lending, returning, repair, disposal.
 * - Loans (貸出履歴): a row per loan, never overwritten but for its return; the history stays.
 * - Stock (入出庫): the stock of a consumable is the sum of its movements; nothing edits a number.
 * - Requests (備品申請): an employee asks, the admin approves (the movement or the loan lands with
 *   the decision) or rejects with a reason.
 */
import { bootstrap } from '../bootstrap';
import type { RpcContext } from '../entrypoints';
import { readTable, readValidTable, type TableRead } from '../tables';
import { Transaction } from '../transaction';
import { withLock } from '../lock';
import { nowTokyo } from '../clock';
import { readSettings, settingBoolean } from '../settings';
import { KanriError } from '../../core/errors';
import { assetsTable, loansTable, consumablesTable, stockMovementsTable, assetRequestsTable, type AssetStatus, type MovementKind } from '../../schema/tables/assets';
import { employeesTable } from '../../schema/tables/employees';
import type { RowOf } from '../../schema/table';
import type { output } from 'zod/mini';
import type { assetForm, importAssetsForm, lendForm, returnForm, assetStatusForm, consumableForm, movementForm, stockTakeForm, assetRequestForm, assetDecisionForm, depreciationReportForm, depreciationExportForm } from '../../schema/forms/assets';
import { writeSheet } from '../outputs/sheet';
import { privateFolder, writePrivateFile as replaceFile } from '../drive';
import { message, type Lang } from '../../core/i18n';
import { yen } from '../../core/money';
import type { Settings } from '../settings';
import { depreciationReportRows, depreciationReportCsv, type ReportLine, smallAssetOptions, firstOverSmeCap, fiscalYearOf, fiscalYearStarting, SMALL_ASSETS, fiscalSchedule, loansToRemind, holdingsOf, isIntangible, usefulLifeCategories, overdueLoans, reorderList, stockByItem, stockTakeDifferences, usefulLifeOf, valueOn,
  type DepreciationBasis, type SmallAssetOption, type ValueMode } from '../../core/assets';

bootstrap();

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Asset = RowOf<typeof assetsTable>;
type LoanRow = RowOf<typeof loansTable>;
type In<T> = output<T extends import('zod/mini').ZodMiniType ? T : never>;

const newId = (prefix: string) => `${prefix}-${Utilities.getUuid().slice(0, 13)}`;
const today = () => nowTokyo().slice(0, 10);
const tx = (context: RpcContext, reason?: string) => new Transaction({ ss: context.ss, user: context.caller.email, now: nowTokyo(), reason });

function findAsset(read: TableRead<Asset>, id: string) {
  const found = read.rows.find((r) => r.value.id === id);
  if (!found) throw new KanriError('assets.error.notFound', { id });
  return found;
}

function activeEmployee(ss: Spreadsheet, code: string, on: string) {
  const e = readTable(ss, employeesTable).rows.find((r) => r.value.code === code)?.value;
  if (!e) throw new KanriError('input.unknownEmployee', { field: 'input.employeeCode', code });
  if (e.leaveDate && e.leaveDate < on) throw new KanriError('assets.error.employeeLeft', { code, leaveDate: e.leaveDate });
  return e;
}

function ownEmployee(context: RpcContext): string {
  if (!context.caller.employeeCode) throw new KanriError('attendance.noEmployee');
  return context.caller.employeeCode;
}

// ---------------------------------------------------------------- register (admin)

/** A 税務処理 the cost and acquisition date do not allow (少額 ≥ 10万円, 一括 ≥ 20万円, 中小特例 over its dated threshold) is refused. */
function assertTreatment(input: In<typeof assetForm>, ss: Spreadsheet, field = 'input.taxTreatment', smeEligible = settingBoolean(readSettings(ss), 'assets.smeEligible')): void {
  if (input.ownership !== '自社') return;
  const allowed = smallAssetOptions({ cost: input.acquisitionCost, acquiredOn: input.acquiredOn, smeEligible });
  if (!allowed.options.includes(TREATMENTS[input.taxTreatment])) {
    throw new KanriError('field.invalid', { field, problem: `「${input.taxTreatment}」は使えません: ${allowed.explanation.join(' ')}` });
  }
}

/** 設定 assets.shortFiscalYears: {"<fiscal year label>": months 1–11}, the years shorter than 12 months. */
function shortFiscalYears(settings: Settings): (label: number) => number {
  const text = (settings['assets.shortFiscalYears'] ?? '').trim();
  if (!text) return () => 12;
  let parsed: unknown;
  try { parsed = JSON.parse(text); } catch (e) { throw new KanriError('assets.error.shortYears', { problem: (e as Error).message }); }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new KanriError('assets.error.shortYears', { problem: 'JSON のオブジェクトではありません / not a JSON object' });
  const months = new Map<number, number>();
  for (const [label, m] of Object.entries(parsed)) {
    if (!/^\d{4}$/.test(label) || !Number.isInteger(m) || (m as number) < 1 || (m as number) > 12) {
      throw new KanriError('assets.error.shortYears', { problem: `「${label}: ${JSON.stringify(m)}」: 年度は4桁の年、月数は1〜12 / the year is 4 digits, the months 1–12` });
    }
    months.set(Number(label), m as number);
  }
  return (label) => months.get(label) ?? 12;
}

/**
 * The SME rule's annual cap across the register (租税特別措置法67条の5第1項: the assets taken under it
 * in a fiscal year total at most 300万円, × months/12 for a short year): the fiscal year is the one
 * the asset was put in service (事業供用日, else the acquisition date). `candidates` replace the
 * register's rows with their id; the first that goes over is refused, naming it and the year's total.
 */
function assertSmeCap(registered: readonly Asset[], candidates: readonly { asset: In<typeof assetForm>; field: string }[], settings: Settings): void {
  const startMonth = Number(settings['assets.fiscalYearStartMonth']);
  const monthsOf = shortFiscalYears(settings);
  const item = (a: In<typeof assetForm>) => ({ id: a.id, cost: a.acquisitionCost, fiscalYear: fiscalYearOf(a.servicedOn ?? a.acquiredOn, startMonth).label });
  const sme = (a: In<typeof assetForm>) => a.ownership === '自社' && a.taxTreatment === '中小特例';
  const replaced = new Set(candidates.map((c) => c.asset.id));
  const breach = firstOverSmeCap(registered.filter((a) => sme(a) && !replaced.has(a.id)).map(item), candidates.filter((c) => sme(c.asset)).map((c) => item(c.asset)), monthsOf);
  if (!breach) return;
  const fy = fiscalYearStarting(breach.item.fiscalYear, startMonth);
  const field = candidates.find((c) => c.asset.id === breach.item.id)!.field;
  throw new KanriError('assets.error.smeCap', { id: `${breach.item.id} (${field})`, cost: yen(breach.item.cost), year: breach.item.fiscalYear, start: fy.start, end: fy.end, months: breach.months,
    totalWith: yen(breach.totalWith), cap: yen(breach.cap), runningTotal: yen(breach.runningTotal), law: SMALL_ASSETS.smeSpecial.law });
}

export function saveAsset(input: In<typeof assetForm>, context: RpcContext) {
  const settings = readSettings(context.ss);
  assertTreatment(input, context.ss, 'input.taxTreatment', settingBoolean(settings, 'assets.smeEligible'));
  return withLock(() => {
    const read = readValidTable(context.ss, assetsTable);
    assertSmeCap(read.rows.map((r) => r.value), [{ asset: input, field: 'input.taxTreatment' }], settings);
    const existing = read.rows.find((r) => r.value.id === input.id);
    const t = tx(context);
    if (existing) {
      // status, holder and disposal are kept: they change through lend/return/status only
      const { status, holder, disposedOn } = existing.value;
      t.update(read, existing.rowNumber, { ...input, status, holder, disposedOn });
    } else {
      t.append(assetsTable, [{ ...input, status: '在庫' as AssetStatus }], read);
    }
    t.commit();
    return { id: input.id, created: !existing };
  });
}

/**
 * Many assets, consumables and the loans open today in one call, one transaction (moving the old
 * spreadsheet over; the demo): each row checked as saveAsset / saveConsumable / lendAsset check it,
 * an error naming its place in the input (input.assets[3].taxTreatment); all or nothing.
 */
export function importAssets(input: In<typeof importAssetsForm>, context: RpcContext) {
  const settings = readSettings(context.ss);
  const smeEligible = settingBoolean(settings, 'assets.smeEligible');
  input.assets.forEach((a, i) => assertTreatment(a, context.ss, `input.assets[${i}].taxTreatment`, smeEligible));
  const twice = (ids: string[], field: string) => ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) throw new KanriError('field.invalid', { field: `input.${field}[${i}]`, problem: `${id} が ${ids.indexOf(id)} 番目と重複しています` });
  });
  twice(input.assets.map((a) => a.id), 'assets');
  twice(input.consumables.map((c) => c.code), 'consumables');
  twice(input.loans.map((l) => l.assetId), 'loans');
  return withLock(() => {
    const t = tx(context);
    const assets = readValidTable(context.ss, assetsTable);
    assertSmeCap(assets.rows.map((r) => r.value), input.assets.map((a, i) => ({ asset: a, field: `input.assets[${i}].taxTreatment` })), settings);
    const fresh: Asset[] = [];
    let updated = 0;
    for (const a of input.assets) {
      const existing = assets.rows.find((r) => r.value.id === a.id);
      if (existing) {
        const { status, holder, disposedOn } = existing.value;
        t.update(assets, existing.rowNumber, { ...a, status, holder, disposedOn });
        updated++;
      } else fresh.push({ ...a, status: '在庫' as AssetStatus });
    }
    const consumables = readValidTable(context.ss, consumablesTable);
    const newItems = input.consumables.filter((c) => {
      const existing = consumables.rows.find((r) => r.value.code === c.code);
      if (existing) t.update(consumables, existing.rowNumber, c);
      return !existing;
    });
    if (newItems.length) t.append(consumablesTable, newItems, consumables);
    // the loans open today: on the assets as they stand after this import (new ones are 在庫)
    const loans: LoanRow[] = [];
    input.loans.forEach((l, i) => {
      const row = assets.rows.find((r) => r.value.id === l.assetId);
      const asset = row?.value ?? fresh.find((a) => a.id === l.assetId);
      if (!asset) throw new KanriError('assets.error.notFound', { id: `${l.assetId} (input.loans[${i}])` });
      if (asset.status !== '在庫') throw new KanriError('assets.error.notAvailable', { id: l.assetId, status: asset.status });
      activeEmployee(context.ss, l.employeeCode, l.lentOn);
      loans.push({ id: newId('LN'), assetId: l.assetId, employeeCode: l.employeeCode, site: l.site, lentOn: l.lentOn, dueOn: l.dueOn,
        conditionOut: l.conditionOut, note: l.note, lentBy: context.caller.email });
      if (row) t.update(assets, row.rowNumber, { ...row.value, status: '貸出中', holder: l.employeeCode });
      else { asset.status = '貸出中'; asset.holder = l.employeeCode; }
    });
    const known = new Set([...consumables.rows.map((r) => r.value.code), ...newItems.map((c) => c.code)]);
    const now = nowTokyo();
    const receipts = (input.receipts ?? []).map((r, i): RowOf<typeof stockMovementsTable> => {
      if (!known.has(r.itemCode)) throw new KanriError('assets.error.unknownItem', { code: `${r.itemCode} (input.receipts[${i}])` });
      const item = consumables.rows.find((c) => c.value.code === r.itemCode)?.value ?? newItems.find((c) => c.code === r.itemCode)!;
      return { id: newId('MV'), itemCode: r.itemCode, at: now, kind: '入庫', quantity: r.quantity, recordedBy: context.caller.email, place: item.place, reason: r.reason };
    });
    if (fresh.length) t.append(assetsTable, fresh, assets);
    if (loans.length) t.append(loansTable, loans);
    if (receipts.length) t.append(stockMovementsTable, receipts);
    t.commit();
    return { receipts: receipts.length, assetsCreated: fresh.length, assetsUpdated: updated, consumablesCreated: newItems.length, consumablesUpdated: input.consumables.length - newItems.length, loans: loans.length };
  });
}

export function setAssetStatus(input: In<typeof assetStatusForm>, context: RpcContext) {
  return withLock(() => {
    const read = readValidTable(context.ss, assetsTable);
    const found = findAsset(read, input.assetId);
    if (found.value.status === '廃棄') throw new KanriError('assets.error.disposed', { id: input.assetId });
    if (found.value.status === '貸出中') throw new KanriError('assets.error.onLoan', { id: input.assetId });
    const t = tx(context, input.reason);
    t.update(read, found.rowNumber, { ...found.value, status: input.status, disposedOn: input.status === '廃棄' ? input.on : found.value.disposedOn });
    t.commit();
    return { id: input.assetId, status: input.status };
  });
}

// ---------------------------------------------------------------- loans (admin)

function lendInto(t: Transaction, ss: Spreadsheet, assets: TableRead<Asset>, input: In<typeof lendForm>, by: string): LoanRow {
  const found = findAsset(assets, input.assetId);
  if (found.value.status !== '在庫') throw new KanriError('assets.error.notAvailable', { id: input.assetId, status: found.value.status });
  activeEmployee(ss, input.employeeCode, input.lentOn);
  const loan: LoanRow = { id: newId('LN'), assetId: input.assetId, employeeCode: input.employeeCode, site: input.site, lentOn: input.lentOn, dueOn: input.dueOn,
    conditionOut: input.conditionOut, note: input.note, lentBy: by };
  t.update(assets, found.rowNumber, { ...found.value, status: '貸出中', holder: input.employeeCode });
  t.append(loansTable, [loan]);
  return loan;
}

export function lendAsset(input: In<typeof lendForm>, context: RpcContext) {
  return withLock(() => {
    const assets = readValidTable(context.ss, assetsTable);
    const t = tx(context);
    const loan = lendInto(t, context.ss, assets, input, context.caller.email);
    t.commit();
    return { loanId: loan.id, assetId: loan.assetId, employeeCode: loan.employeeCode, dueOn: loan.dueOn ?? null };
  });
}

export function returnAsset(input: In<typeof returnForm>, context: RpcContext) {
  return withLock(() => {
    const assets = readValidTable(context.ss, assetsTable);
    const loans = readValidTable(context.ss, loansTable);
    const found = findAsset(assets, input.assetId);
    const open = loans.rows.find((r) => r.value.assetId === input.assetId && !r.value.returnedOn);
    if (!open) throw new KanriError('assets.error.noOpenLoan', { id: input.assetId });
    if (input.returnedOn < open.value.lentOn) throw new KanriError('field.invalid', { field: 'input.returnedOn', problem: `貸出日 ${open.value.lentOn} より前です` });
    const t = tx(context);
    t.update(loans, open.rowNumber, { ...open.value, returnedOn: input.returnedOn, conditionIn: input.conditionIn, note: [open.value.note, input.note].filter(Boolean).join(' / ') || undefined, returnedTo: context.caller.email });
    t.update(assets, found.rowNumber, { ...found.value, status: input.needsRepair ? '修理中' : '在庫', holder: undefined });
    t.commit();
    return { loanId: open.value.id, assetId: input.assetId, status: input.needsRepair ? '修理中' as const : '在庫' as const };
  });
}

/** The register with each asset's open loan and the history count (admin: costs included). */
export function listAssets(_input: unknown, context: RpcContext) {
  const assets = readTable(context.ss, assetsTable);
  const loansRead = readTable(context.ss, loansTable);
  const loans = loansRead.rows.map((r) => r.value);
  const people = readTable(context.ss, employeesTable).rows.map((r) => r.value);
  const names = new Map(people.map((e) => [e.code, e.name]));
  const t = today();
  const overdue = new Set(overdueLoans(loans, t).map((l) => l.id));
  const employees = people.filter((e) => !e.leaveDate || e.leaveDate >= t)
    .map((e) => ({ code: e.code, name: e.name, department: e.department }));
  return {
    today: t,
    // for the sidebar's forms: who may borrow, and the 別表第一・第三 categories with their statutory life
    employees,
    categories: usefulLifeCategories.map((c) => ({ key: c.key, name: c.ja, years: c.years })),
    errors: [...assets.errors, ...loansRead.errors].map((e) => e.ja),
    assets: assets.rows.map(({ value: a }) => {
      const open = loans.find((l) => l.assetId === a.id && !l.returnedOn);
      return { ...a, holderName: a.holder ? names.get(a.holder) ?? a.holder : '', categoryName: usefulLifeOf(a.category)?.ja ?? a.category, categoryKey: usefulLifeOf(a.category)?.key ?? '',
        loan: open ? { id: open.id, lentOn: open.lentOn, dueOn: open.dueOn ?? null, site: open.site ?? '', overdue: overdue.has(open.id) } : null,
        history: loans.filter((l) => l.assetId === a.id).length };
    }),
  };
}

export function assetHistory(input: { assetId: string }, context: RpcContext) {
  const names = employeeNames(context.ss);
  return readTable(context.ss, loansTable).rows.map((r) => r.value).filter((l) => l.assetId === input.assetId)
    .sort((a, b) => (a.lentOn < b.lentOn ? 1 : -1)).map((l) => ({ ...l, name: names.get(l.employeeCode) ?? l.employeeCode }));
}

function employeeNames(ss: Spreadsheet): Map<string, string> {
  return new Map(readTable(ss, employeesTable).rows.map((r) => [r.value.code, r.value.name]));
}

// ---------------------------------------------------------------- what people hold (no costs)

const publicAsset = (a: Asset) => ({ id: a.id, name: a.name, category: usefulLifeOf(a.category)?.ja ?? a.category, categoryKey: usefulLifeOf(a.category)?.key ?? '', maker: a.maker ?? '', model: a.model ?? '', serial: a.serial ?? '', status: a.status });

function holdings(ss: Spreadsheet, codes: ReadonlySet<string>) {
  const assets = new Map(readTable(ss, assetsTable).rows.map((r) => [r.value.id, r.value]));
  const t = today();
  return readTable(ss, loansTable).rows.map((r) => r.value).filter((l) => !l.returnedOn && codes.has(l.employeeCode)).map((l) => {
    const a = assets.get(l.assetId);
    return { loanId: l.id, employeeCode: l.employeeCode, lentOn: l.lentOn, dueOn: l.dueOn ?? null, site: l.site ?? '', overdue: !!l.dueOn && l.dueOn < t,
      asset: a ? publicAsset(a) : { id: l.assetId, name: l.assetId, category: '', categoryKey: '', maker: '', model: '', serial: '', status: '' } };
  });
}

/** The web app's 備品 tab: what I hold, my requests, and what I may ask for (names and units only). */
export function myAssets(_input: unknown, context: RpcContext) {
  const me = ownEmployee(context);
  const requests = readTable(context.ss, assetRequestsTable).rows.map((r) => r.value).filter((q) => q.employeeCode === me)
    .sort((a, b) => (a.requestedAt < b.requestedAt ? 1 : -1)).slice(0, 50)
    .map((q) => ({ id: q.id, kind: q.kind, item: q.item, quantity: q.quantity, site: q.site ?? '', status: q.status, requestedAt: q.requestedAt, answer: q.answer ?? '' }));
  const consumables = readTable(context.ss, consumablesTable).rows.map((r) => ({ code: r.value.code, name: r.value.name, unit: r.value.unit }));
  const categories = [...new Set(readTable(context.ss, assetsTable).rows.filter((r) => r.value.status !== '廃棄').map((r) => r.value.category))]
    .map((c) => ({ code: c, key: usefulLifeOf(c)?.key ?? '', name: usefulLifeOf(c)?.ja ?? c }));
  return { employeeCode: me, holdings: holdings(context.ss, new Set([me])), requests, consumables, categories };
}

/** A manager's team holdings (their departments; an admin sees everyone); never costs. */
export function teamAssets(_input: unknown, context: RpcContext) {
  const employees = readTable(context.ss, employeesTable).rows.map((r) => r.value)
    .filter((e) => context.caller.role === 'admin' || context.caller.departments.includes(e.department));
  const byCode = new Map(employees.map((e) => [e.code, e]));
  return { holdings: holdings(context.ss, new Set(byCode.keys())).map((h) => ({ ...h, name: byCode.get(h.employeeCode)?.name ?? '', department: byCode.get(h.employeeCode)?.department ?? '' })) };
}

/** A leaver's hand-back list: everything the person still holds, with tags (admin). */
export function handBackList(input: { employeeCode: string }, context: RpcContext) {
  const e = readTable(context.ss, employeesTable).rows.find((r) => r.value.code === input.employeeCode)?.value;
  if (!e) throw new KanriError('input.unknownEmployee', { field: 'input.employeeCode', code: input.employeeCode });
  const items = holdings(context.ss, new Set([e.code]));
  return { employeeCode: e.code, name: e.name, leaveDate: e.leaveDate ?? null, items, clear: items.length === 0 };
}

// ---------------------------------------------------------------- requests

export function requestAssetItem(input: In<typeof assetRequestForm>, context: RpcContext) {
  const me = ownEmployee(context);
  return withLock(() => {
    if (input.kind === '消耗品' && !readTable(context.ss, consumablesTable).rows.some((r) => r.value.code === input.item)) {
      throw new KanriError('assets.error.unknownItem', { code: input.item });
    }
    if (input.kind === '故障・紛失' && !holdingsOf(readTable(context.ss, loansTable).rows.map((r) => r.value), me).some((l) => l.assetId === input.item)) {
      throw new KanriError('assets.error.notYours', { id: input.item });
    }
    const now = nowTokyo();
    const row = { id: newId('AR'), employeeCode: me, kind: input.kind, item: input.item, quantity: input.kind === '消耗品' ? input.quantity : 1, site: input.site,
      neededBy: input.neededBy, reason: input.reason, status: 'pending' as const, requestedAt: now };
    const t = tx(context);
    t.append(assetRequestsTable, [row]);
    t.commit();
    return { id: row.id, status: row.status };
  });
}

export function assetRequestsInbox(_input: unknown, context: RpcContext) {
  const names = employeeNames(context.ss);
  const stock = stockByItem(readTable(context.ss, stockMovementsTable).rows.map((r) => r.value));
  const items = new Map(readTable(context.ss, consumablesTable).rows.map((r) => [r.value.code, r.value]));
  return readTable(context.ss, assetRequestsTable).rows.map((r) => r.value).filter((q) => q.status === 'pending')
    .sort((a, b) => (a.requestedAt < b.requestedAt ? -1 : 1))
    .map((q) => ({ ...q, name: names.get(q.employeeCode) ?? q.employeeCode, itemName: items.get(q.item)?.name ?? q.item,
      stock: q.kind === '消耗品' ? stock.get(q.item) ?? 0 : null, unit: items.get(q.item)?.unit ?? '' }));
}

function issueMovement(item: RowOf<typeof consumablesTable>, stock: number, quantity: number, extra: Partial<RowOf<typeof stockMovementsTable>>, by: string, at: string): RowOf<typeof stockMovementsTable> {
  if (stock < quantity) throw new KanriError('assets.error.insufficient', { name: item.name, stock, unit: item.unit, quantity });
  return { id: newId('MV'), itemCode: item.code, at, kind: '出庫', quantity: -quantity, place: item.place, recordedBy: by, ...extra };
}

export function decideAssetRequest(input: In<typeof assetDecisionForm>, context: RpcContext) {
  const reason = input.reason?.trim() || undefined;
  return withLock(() => {
    const requests = readValidTable(context.ss, assetRequestsTable);
    const found = requests.rows.find((r) => r.value.id === input.id);
    if (!found) throw new KanriError('assets.error.requestNotFound', { id: input.id });
    if (found.value.status !== 'pending') throw new KanriError('assets.error.requestDecided', { id: input.id });
    const q = found.value;
    const now = nowTokyo();
    const t = tx(context, reason);
    let effect: { movementId?: string; loanId?: string; assetId?: string } = {};
    if (input.decision === 'approved') {
      if (q.kind === '消耗品') {
        const item = readValidTable(context.ss, consumablesTable).rows.find((r) => r.value.code === q.item)?.value;
        if (!item) throw new KanriError('assets.error.unknownItem', { code: q.item });
        const stock = stockByItem(readValidTable(context.ss, stockMovementsTable).rows.map((r) => r.value)).get(item.code) ?? 0;
        const m = issueMovement(item, stock, q.quantity, { employeeCode: q.employeeCode, site: q.site, requestId: q.id }, context.caller.email, now);
        t.append(stockMovementsTable, [m]);
        effect = { movementId: m.id };
      } else if (q.kind === '貸出') {
        const assetId = input.assetId ?? q.item;
        const assets = readValidTable(context.ss, assetsTable);
        if (!assets.rows.some((r) => r.value.id === assetId)) throw new KanriError('assets.error.assetRequired');
        const loan = lendInto(t, context.ss, assets, { assetId, employeeCode: q.employeeCode, lentOn: now.slice(0, 10), dueOn: input.dueOn ?? q.neededBy, site: q.site, note: q.id }, context.caller.email);
        effect = { loanId: loan.id, assetId };
      } else {
        // 故障・紛失: acknowledged; the asset stays with its holder until returned (then 修理中 or 廃棄)
        effect = { assetId: q.item };
      }
    }
    t.update(requests, found.rowNumber, { ...q, status: input.decision, decidedAt: now, decidedBy: context.caller.email, answer: reason });
    t.commit();
    return { id: q.id, kind: q.kind, status: input.decision, ...effect };
  });
}

// ---------------------------------------------------------------- consumables and stock (admin)

export function saveConsumable(input: In<typeof consumableForm>, context: RpcContext) {
  return withLock(() => {
    const read = readValidTable(context.ss, consumablesTable);
    const existing = read.rows.find((r) => r.value.code === input.code);
    const t = tx(context);
    if (existing) t.update(read, existing.rowNumber, input);
    else t.append(consumablesTable, [input], read);
    t.commit();
    return { code: input.code, created: !existing };
  });
}

export function recordMovement(input: In<typeof movementForm>, context: RpcContext) {
  return withLock(() => {
    const item = readValidTable(context.ss, consumablesTable).rows.find((r) => r.value.code === input.itemCode)?.value;
    if (!item) throw new KanriError('assets.error.unknownItem', { code: input.itemCode });
    const movements = readValidTable(context.ss, stockMovementsTable);
    const stock = stockByItem(movements.rows.map((r) => r.value)).get(item.code) ?? 0;
    const now = nowTokyo();
    const extra = { place: input.place ?? item.place, employeeCode: input.employeeCode, site: input.site, reason: input.reason };
    const row: RowOf<typeof stockMovementsTable> = input.kind === '出庫'
      ? issueMovement(item, stock, input.quantity, extra, context.caller.email, now)
      : { id: newId('MV'), itemCode: item.code, at: now, kind: input.kind as MovementKind, quantity: input.quantity, recordedBy: context.caller.email, ...extra };
    if (stock + row.quantity < 0) throw new KanriError('assets.error.insufficient', { name: item.name, stock, unit: item.unit, quantity: -row.quantity });
    const t = tx(context, input.reason);
    t.append(stockMovementsTable, [row], movements);
    t.commit();
    return { id: row.id, itemCode: item.code, stock: stock + row.quantity };
  });
}

/** 棚卸: books counted − stock as one 棚卸 movement per differing item, with the reason. */
export function stockTake(input: In<typeof stockTakeForm>, context: RpcContext) {
  return withLock(() => {
    const items = new Map(readValidTable(context.ss, consumablesTable).rows.map((r) => [r.value.code, r.value]));
    const seen = new Set<string>();
    for (const c of input.counts) {
      if (!items.has(c.itemCode)) throw new KanriError('assets.error.unknownItem', { code: c.itemCode });
      if (seen.has(c.itemCode)) throw new KanriError('assets.error.duplicateCount', { code: c.itemCode });
      seen.add(c.itemCode);
    }
    const movements = readValidTable(context.ss, stockMovementsTable);
    const diffs = stockTakeDifferences(input.counts, stockByItem(movements.rows.map((r) => r.value)));
    const now = nowTokyo();
    const t = tx(context, input.reason);
    t.append(stockMovementsTable, diffs.map((d) => ({ id: newId('MV'), itemCode: d.itemCode, at: now, kind: '棚卸' as const, quantity: d.difference,
      place: items.get(d.itemCode)!.place, reason: input.reason, recordedBy: context.caller.email })), movements);
    t.commit();
    return { counted: input.counts.length, differences: diffs };
  });
}

/** Stock by movements, what to order per vendor, and each item's restock history (admin). */
export function stockLevels(_input: unknown, context: RpcContext) {
  const items = readTable(context.ss, consumablesTable).rows.map((r) => r.value);
  const movements = readTable(context.ss, stockMovementsTable).rows.map((r) => r.value);
  const stock = stockByItem(movements);
  return {
    items: items.map((i) => {
      const own = movements.filter((m) => m.itemCode === i.code);
      return { ...i, stock: stock.get(i.code) ?? 0, low: (stock.get(i.code) ?? 0) <= i.reorderPoint, movements: own.length,
        restocks: own.filter((m) => m.kind === '入庫').sort((a, b) => (a.at < b.at ? 1 : -1)).slice(0, 5).map((m) => ({ at: m.at, quantity: m.quantity, reason: m.reason ?? '' })) };
    }),
    orders: reorderList(items, stock),
  };
}

// ---------------------------------------------------------------- depreciation (admin)

const TREATMENTS: Record<Asset['taxTreatment'], SmallAssetOption> = { 通常償却: 'normal', 少額即時償却: 'immediate_expense', 一括償却: 'ikkatsu_3y', 中小特例: 'sme_special' };
const METHODS = { 定額法: 'straight_line', 定率法: 'declining_balance_200' } as const;

function basisOf(a: Asset, side: 'tax' | 'book'): DepreciationBasis {
  const tax: DepreciationBasis = { treatment: TREATMENTS[a.taxTreatment], method: METHODS[a.method], usefulLifeYears: a.usefulLifeYears ?? 2 };
  if (side === 'tax' || (!a.bookMethod && !a.bookLifeYears)) return tax;
  return { treatment: 'normal', method: METHODS[a.bookMethod ?? a.method], usefulLifeYears: a.bookLifeYears ?? a.usefulLifeYears ?? 2 };
}

type Owned = Asset & { ownership: '自社' };

/** One side's value of an owned asset on a date (and with `withSchedule`, its schedule by fiscal year). */
function sideValue(a: Asset, side: 'tax' | 'book', asOf: string, startMonth: number, mode: ValueMode) {
  const asset = { acquisitionCost: a.acquisitionCost, acquiredOn: a.acquiredOn, servicedOn: a.servicedOn ?? a.acquiredOn, intangible: isIntangible(a.category) };
  const basis = basisOf(a, side);
  const schedule = fiscalSchedule(asset, basis, startMonth);
  let v = valueOn(asset, schedule, asOf, startMonth, mode);
  // booked month by month, an item expensed at once (少額即時償却, 中小特例) is expensed in the month put in service, not spread
  const expensed = basis.treatment === 'immediate_expense' || basis.treatment === 'sme_special';
  if (mode === 'monthly' && expensed && v.inService) v = { ...v, bookValue: 0, accumulated: asset.acquisitionCost };
  const disposed = !!a.disposedOn && a.disposedOn <= asOf;
  return { basis, schedule, servicedOn: asset.servicedOn, disposed, bookValue: disposed ? 0 : v.bookValue, accumulated: v.accumulated, depreciationThisYear: v.depreciationThisYear };
}

/** The owned assets acquired by the date (leased and rented ones are not depreciated). */
function ownedOn(rows: readonly Asset[], asOf: string, assetId?: string): Owned[] {
  return rows.filter((a): a is Owned => a.ownership === '自社' && a.acquiredOn <= asOf && (!assetId || a.id === assetId));
}

/** The value of every owned asset on a date, totals by category; with `assetId`, that asset's schedule by fiscal year. */
export function depreciationReport(input: In<typeof depreciationReportForm>, context: RpcContext) {
  const settings = readSettings(context.ss);
  const startMonth = Number(settings['assets.fiscalYearStartMonth']);
  const side = input.basis ?? 'tax';
  const mode: ValueMode = input.mode ?? (side === 'tax' ? 'yearEnd' : 'monthly');
  const read = readTable(context.ss, assetsTable);
  const lines = ownedOn(read.rows.map((r) => r.value), input.asOf, input.assetId).map((a) => {
    const v = sideValue(a, side, input.asOf, startMonth, mode);
    return { id: a.id, name: a.name, category: a.category, categoryName: usefulLifeOf(a.category)?.ja ?? a.category, acquiredOn: a.acquiredOn, servicedOn: v.servicedOn,
      acquisitionCost: a.acquisitionCost, treatment: v.basis.treatment, method: v.basis.method, usefulLifeYears: v.basis.usefulLifeYears,
      bookValue: v.bookValue, accumulated: v.accumulated, depreciationThisYear: v.depreciationThisYear, disposed: v.disposed,
      ...(input.assetId ? { schedule: v.schedule } : {}) };
  });
  const totals = new Map<string, { category: string; categoryKey: string; categoryName: string; count: number; acquisitionCost: number; bookValue: number; depreciationThisYear: number }>();
  for (const l of lines) {
    const t = totals.get(l.category) ?? { category: l.category, categoryKey: usefulLifeOf(l.category)?.key ?? '', categoryName: l.categoryName, count: 0, acquisitionCost: 0, bookValue: 0, depreciationThisYear: 0 };
    t.count++; t.acquisitionCost += l.acquisitionCost; t.bookValue += l.bookValue; t.depreciationThisYear += l.depreciationThisYear;
    totals.set(l.category, t);
  }
  const byCategory = [...totals.values()].sort((a, b) => (a.category < b.category ? -1 : 1));
  return { asOf: input.asOf, basis: side, mode, fiscalYearStartMonth: startMonth, smeEligible: settingBoolean(settings, 'assets.smeEligible'),
    lines, byCategory, total: byCategory.reduce((s, t) => ({ count: s.count + t.count, acquisitionCost: s.acquisitionCost + t.acquisitionCost, bookValue: s.bookValue + t.bookValue }), { count: 0, acquisitionCost: 0, bookValue: 0 }),
    errors: read.errors.map((e) => e.ja) };
}

export const DEPRECIATION_SHEET = '減価償却明細';

/**
 * The as-of report for the accountant: tax (values at the last closed fiscal year end, what the
 * return shows) and books (booked month by month) apart on each row; the sheet 減価償却明細 replaced
 * in one write and the CSV saved in Kanri's private folder, under the lock, with an audit note. The
 * register must read whole (a row in error would leave an asset out of the totals).
 */
export function exportDepreciationReport(input: In<typeof depreciationExportForm>, context: RpcContext) {
  const settings = readSettings(context.ss);
  const startMonth = Number(settings['assets.fiscalYearStartMonth']);
  const lines: ReportLine[] = ownedOn(readValidTable(context.ss, assetsTable).rows.map((r) => r.value), input.asOf).map((a) => {
    const tax = sideValue(a, 'tax', input.asOf, startMonth, 'yearEnd');
    const book = sideValue(a, 'book', input.asOf, startMonth, 'monthly');
    const side = (v: typeof tax) => ({ ...v.basis, depreciationThisYear: v.depreciationThisYear, accumulated: v.accumulated, bookValue: v.bookValue });
    return { id: a.id, name: a.name, category: a.category, categoryName: usefulLifeOf(a.category)?.ja ?? a.category, acquiredOn: a.acquiredOn, servicedOn: tax.servicedOn,
      acquisitionCost: a.acquisitionCost, disposed: tax.disposed, tax: side(tax), book: side(book) };
  });
  const fiscalYear = fiscalYearOf(input.asOf, startMonth);
  const rows = depreciationReportRows({ asOf: input.asOf, fiscalYear, lines });
  const fileName = `${DEPRECIATION_SHEET}_${input.asOf}.csv`;
  const blob = Utilities.newBlob('', 'text/csv', fileName).setDataFromString(depreciationReportCsv(lines), 'UTF-8');
  const sum = (f: (l: ReportLine) => number) => lines.reduce((s, l) => s + f(l), 0);
  const totals = { assets: lines.length, acquisitionCost: sum((l) => l.acquisitionCost), taxBookValue: sum((l) => l.tax.bookValue), bookBookValue: sum((l) => l.book.bookValue),
    taxThisYear: sum((l) => l.tax.depreciationThisYear), bookThisYear: sum((l) => l.book.depreciationThisYear) };
  withLock(() => {
    writeSheet(context.ss, DEPRECIATION_SHEET, rows, 3);
    replaceFile(privateFolder([message('ja', 'assets.folder.reports')]), blob);
    const t = tx(context);
    t.note(DEPRECIATION_SHEET, 'export', input.asOf, JSON.stringify(totals));
    t.commit();
  });
  return { asOf: input.asOf, fiscalYear, sheet: DEPRECIATION_SHEET, rows: rows.length, fileName, base64: Utilities.base64Encode(blob.getBytes()), ...totals };
}

// ---------------------------------------------------------------- the daily routine

/**
 * Return reminders (kanriDaily): the loans due within the window (設定 assets.reminderDays) or
 * overdue get 督促日 = today first, in one write under the lock, and only then one mail per holder:
 * a second run the same day finds them reminded and sends nothing (idempotent); a mail that fails
 * after the write is not repeated (a reminder missed, never two).
 */
export function sendReturnReminders(ss: Spreadsheet, today: string, actor: string, lang: Lang): { reminded: number; mailed: number } {
  const windowDays = Math.max(0, Math.min(60, Math.trunc(Number(readSettings(ss)['assets.reminderDays'])) || 0));
  const due = withLock(() => {
    const loans = readTable(ss, loansTable);
    const toRemind = loansToRemind(loans.rows.map((r) => r.value), today, windowDays);
    if (!toRemind.length) return [];
    const t = new Transaction({ ss, user: actor, now: nowTokyo() });
    for (const l of toRemind) {
      const row = loans.rows.find((r) => r.value.id === l.id)!;
      t.update(loans, row.rowNumber, { ...row.value, remindedOn: today });
    }
    t.commit();
    return toRemind;
  });
  if (!due.length) return { reminded: 0, mailed: 0 };
  const employees = new Map(readTable(ss, employeesTable).rows.map((r) => [r.value.code, r.value]));
  const names = new Map(readTable(ss, assetsTable).rows.map((r) => [r.value.id, r.value.name]));
  let mailed = 0;
  for (const code of [...new Set(due.map((l) => l.employeeCode))]) {
    const e = employees.get(code);
    if (!e?.email) continue; // no address: the admin's digest lists the loan as overdue
    const lines = due.filter((l) => l.employeeCode === code).map((l) => message(lang, 'assets.reminder.line', { asset: names.get(l.assetId) ?? l.assetId, tag: l.assetId, due: l.dueOn ?? '' }));
    MailApp.sendEmail({ to: e.email, subject: message(lang, 'assets.reminder.subject'), body: message(lang, 'assets.reminder.body', { name: e.name, lines: lines.join('\n') }) });
    mailed++;
  }
  return { reminded: due.length, mailed };
}

/** The admin digest's assets section: overdue loans, consumables at the reorder point, pending requests. */
export function digestSection(ss: Spreadsheet, today: string, lang: Lang): { lines: string[]; items: number } {
  const names = employeeNames(ss);
  const assets = new Map(readTable(ss, assetsTable).rows.map((r) => [r.value.id, r.value.name]));
  const overdue = overdueLoans(readTable(ss, loansTable).rows.map((r) => r.value), today).sort((a, b) => (a.dueOn! < b.dueOn! ? -1 : 1));
  const items = readTable(ss, consumablesTable).rows.map((r) => r.value);
  const stock = stockByItem(readTable(ss, stockMovementsTable).rows.map((r) => r.value));
  const low = items.filter((i) => (stock.get(i.code) ?? 0) <= i.reorderPoint);
  const pending = readTable(ss, assetRequestsTable).rows.filter((r) => r.value.status === 'pending').length;
  const lines: string[] = [];
  if (overdue.length) {
    lines.push(message(lang, 'assets.digest.overdue', { count: overdue.length }));
    for (const l of overdue) lines.push(message(lang, 'assets.digest.overdueLine', { tag: l.assetId, asset: assets.get(l.assetId) ?? l.assetId, name: names.get(l.employeeCode) ?? l.employeeCode, due: l.dueOn! }));
    lines.push('');
  }
  if (low.length) {
    lines.push(message(lang, 'assets.digest.lowStock', { count: low.length }));
    for (const i of low) lines.push(message(lang, 'assets.digest.lowStockLine', { item: i.name, stock: stock.get(i.code) ?? 0, unit: i.unit, reorderPoint: i.reorderPoint }));
    lines.push('');
  }
  if (pending) lines.push(message(lang, 'assets.digest.requests', { count: pending }), '');
  return { lines, items: overdue.length + low.length + pending };
}
