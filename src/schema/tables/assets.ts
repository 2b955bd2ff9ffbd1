/**
 * The assets module's tables (備品・消耗品): the register, its loans with their history, the
 * consumables and their stock movements, and employees' requests. Values a person reads in the sheet
 * are Japanese (状態 「貸出中」, 種別 「入庫」); the code maps them to the core's ids.
 * The stock of a consumable is never a column: it is the sum of its movements (入出庫).
 */
import { object, optional, enum as oneOf, number, int, minimum, maximum, refine } from 'zod/mini';
import { col, defineTable } from '../table';
import { employeeCode, localDate, localDateTime, requiredText, text, yen } from '../fields';
import { requestStatuses } from './corrections';
import { assetForm, consumableForm, lendForm, assetRequestForm, assetStatuses, movementKinds } from '../forms/assets';

export { assetStatuses, ownerships, taxTreatments, depreciationMethodLabels, movementKinds, assetRequestKinds } from '../forms/assets';
export type { AssetStatus, MovementKind, AssetRequestKind } from '../forms/assets';

/** An id: letters, digits, hyphens (a tag printed on a label, a movement id). */
const assetId = () => employeeCode();

export const assetsTable = defineTable({
  sheet: '備品台帳', sheetEn: 'Assets',
  columns: [
    col('id', '資産番号', 'Asset tag', 'code'),
    col('name', '品名', 'Name', 'text'),
    col('category', '区分', 'Category', 'text'),
    col('usefulLifeYears', '耐用年数', 'Useful life (years)', 'integer'),
    col('maker', 'メーカー', 'Maker', 'text'),
    col('model', '型番', 'Model', 'text'),
    col('serial', 'シリアル番号', 'Serial', 'text'),
    col('location', '保管場所', 'Location', 'text'),
    col('holder', '使用者', 'Holder', 'code'),
    col('status', '状態', 'Status', 'text'),
    col('ownership', '所有区分', 'Ownership', 'text'),
    col('acquiredOn', '取得日', 'Acquired on', 'date'),
    col('servicedOn', '事業供用日', 'In service from', 'date'),
    col('acquisitionCost', '取得価額', 'Cost', 'integer', { confidential: true }),
    col('supplier', '購入先', 'Supplier', 'text'),
    col('leaseOrWarrantyEnd', 'リース・保証期限', 'Lease or warranty end', 'date'),
    col('taxTreatment', '税務処理', 'Tax treatment', 'text', { confidential: true }),
    col('method', '償却方法', 'Method', 'text', { confidential: true }),
    col('bookMethod', '会計上の償却方法', 'Book method', 'text', { confidential: true }),
    col('bookLifeYears', '会計上の耐用年数', 'Book life (years)', 'integer', { confidential: true }),
    col('disposedOn', '廃棄日', 'Disposed on', 'date'),
    col('note', '備考', 'Note', 'text'),
  ],
  schema: object({
    ...assetForm.shape,
    holder: optional(employeeCode()),
    status: oneOf(assetStatuses),
    disposedOn: optional(localDate()),
  }).check(
    refine((a) => a.status !== '貸出中' || !!a.holder, { message: '貸出中の資産には使用者が要ります', path: ['holder'] }),
    refine((a) => a.taxTreatment !== '通常償却' || a.ownership !== '自社' || a.usefulLifeYears !== undefined, { message: '通常償却の自社資産には耐用年数が要ります', path: ['usefulLifeYears'] }),
  ),
  key: ['id'],
});

export const loansTable = defineTable({
  sheet: '貸出履歴', sheetEn: 'Loans',
  columns: [
    col('id', '貸出ID', 'Loan id', 'code'),
    col('assetId', '資産番号', 'Asset tag', 'code'),
    col('employeeCode', '社員番号', 'Employee code', 'code'),
    col('site', '現場・用途', 'Site or use', 'text'),
    col('lentOn', '貸出日', 'Lent on', 'date'),
    col('dueOn', '返却予定日', 'Due on', 'date'),
    col('returnedOn', '返却日', 'Returned on', 'date'),
    col('conditionOut', '貸出時の状態', 'Condition out', 'text'),
    col('conditionIn', '返却時の状態', 'Condition in', 'text'),
    col('note', '備考', 'Note', 'text'),
    col('lentBy', '貸出担当', 'Lent by', 'text'),
    col('returnedTo', '返却受付', 'Returned to', 'text'),
    col('remindedOn', '督促日', 'Reminded on', 'date'),
  ],
  schema: object({
    ...lendForm.shape,
    id: requiredText(40),
    returnedOn: optional(localDate()),
    conditionIn: optional(text(200)),
    lentBy: optional(text(254)),
    returnedTo: optional(text(254)),
    remindedOn: optional(localDate()),
  }).check(
    refine((l) => !l.dueOn || l.dueOn >= l.lentOn, { message: '返却予定日が貸出日より前です', path: ['dueOn'] }),
    refine((l) => !l.returnedOn || l.returnedOn >= l.lentOn, { message: '返却日が貸出日より前です', path: ['returnedOn'] }),
  ),
  key: ['id'],
});

export const consumablesTable = defineTable({
  sheet: '消耗品', sheetEn: 'Consumables',
  columns: [
    col('code', '品目コード', 'Item code', 'code'),
    col('name', '品名', 'Name', 'text'),
    col('unit', '単位', 'Unit', 'text'),
    col('place', '保管場所', 'Place', 'text'),
    col('reorderPoint', '発注点', 'Reorder point', 'integer'),
    col('reorderQuantity', '発注数量', 'Order quantity', 'integer'),
    col('vendor', '発注先', 'Vendor', 'text'),
    col('unitCost', '単価', 'Unit cost', 'integer', { confidential: true }),
    col('note', '備考', 'Note', 'text'),
  ],
  schema: consumableForm,
  key: ['code'],
});


export const stockMovementsTable = defineTable({
  sheet: '入出庫', sheetEn: 'Stock movements',
  columns: [
    col('id', '移動ID', 'Movement id', 'code'),
    col('itemCode', '品目コード', 'Item code', 'code'),
    col('at', '日時', 'At', 'datetime'),
    col('kind', '種別', 'Kind', 'text'),
    col('quantity', '数量', 'Quantity', 'integer'),
    col('place', '保管場所', 'Place', 'text'),
    col('employeeCode', '受取者', 'Taken by', 'code'),
    col('site', '現場', 'Site', 'text'),
    col('requestId', '申請ID', 'Request id', 'code'),
    col('reason', '理由', 'Reason', 'text'),
    col('recordedBy', '記録者', 'Recorded by', 'text'),
  ],
  schema: object({
    id: requiredText(40),
    itemCode: assetId(),
    at: localDateTime(),
    kind: oneOf(movementKinds),
    /** Signed: 入庫 positive, 出庫 negative, 調整 and 棚卸 either way. */
    quantity: number().check(int(), minimum(-1_000_000), maximum(1_000_000)),
    place: optional(text(100)),
    employeeCode: optional(employeeCode()),
    site: optional(text(100)),
    requestId: optional(text(40)),
    reason: optional(text(500)),
    recordedBy: optional(text(254)),
  }).check(
    refine((m) => m.quantity !== 0, { message: '数量が0です', path: ['quantity'] }),
    refine((m) => m.kind !== '入庫' || m.quantity > 0, { message: '入庫の数量は正の数です', path: ['quantity'] }),
    refine((m) => m.kind !== '出庫' || m.quantity < 0, { message: '出庫の数量は負の数です', path: ['quantity'] }),
    refine((m) => (m.kind !== '調整' && m.kind !== '棚卸') || !!m.reason?.trim(), { message: '調整・棚卸には理由が要ります', path: ['reason'] }),
  ),
  key: ['id'],
});


export const assetRequestsTable = defineTable({
  sheet: '備品申請', sheetEn: 'Asset requests',
  columns: [
    col('id', '申請ID', 'Request id', 'code'),
    col('employeeCode', '社員番号', 'Employee code', 'code'),
    col('kind', '種別', 'Kind', 'text'),
    col('item', '品目・資産', 'Item or asset', 'text'),
    col('quantity', '数量', 'Quantity', 'integer'),
    col('site', '現場', 'Site', 'text'),
    col('neededBy', '希望日', 'Needed by', 'date'),
    col('reason', '理由', 'Reason', 'text'),
    col('status', '状態', 'Status', 'code'),
    col('requestedAt', '申請日時', 'Requested at', 'datetime'),
    col('decidedAt', '処理日時', 'Decided at', 'datetime'),
    col('decidedBy', '承認者', 'Approver', 'text'),
    col('answer', '回答', 'Answer', 'text'),
  ],
  schema: object({
    ...assetRequestForm.shape,
    id: requiredText(40),
    employeeCode: employeeCode(),
    status: oneOf(requestStatuses),
    requestedAt: localDateTime(),
    decidedAt: optional(localDateTime()),
    decidedBy: optional(text(254)),
    answer: optional(text(500)),
  }),
  key: ['id'],
});

export const assetTables = [assetsTable, loansTable, consumablesTable, stockMovementsTable, assetRequestsTable] as const;
