/**
 * The assets module's forms, one schema each for the server (the RPC's input) and the page:
 * the register (admin), loans and returns (admin), stock movements and stock-takes (admin), an
 * employee's request, the admin's decision, and the depreciation report. Kept free of table
 * definitions so a page bundles only zod and these fields.
 */
import { object, optional, enum as oneOf, number, int, minimum, maximum, array, maxLength, boolean, refine } from 'zod/mini';
import { employeeCode, localDate, requiredText, text, yen } from '../fields';
import { REASON_MAX, decisions } from './requests';

const code = () => employeeCode();
const count = () => number().check(int(), minimum(1), maximum(1_000_000));
const lifeYears = () => number().check(int(), minimum(2), maximum(50));

// The values a person reads in the sheets (Japanese); the tables (../tables/assets.ts) use these too.
export const assetStatuses = ['在庫', '貸出中', '修理中', '廃棄'] as const;
export type AssetStatus = (typeof assetStatuses)[number];
/** 所有: owned assets are depreciated; leased or rented ones are not (the lease end is what matters). */
export const ownerships = ['自社', 'リース', 'レンタル'] as const;
/** 税務上の処理 (core SmallAssetOption): 通常償却, 少額即時償却 (10万円未満), 一括償却 (3年), 中小特例. */
export const taxTreatments = ['通常償却', '少額即時償却', '一括償却', '中小特例'] as const;
export const depreciationMethodLabels = ['定額法', '定率法'] as const;
/** 入庫 raises stock, 出庫 lowers it, 調整 corrects it with a reason, 棚卸 books a count's difference. */
export const movementKinds = ['入庫', '出庫', '調整', '棚卸'] as const;
export type MovementKind = (typeof movementKinds)[number];
/** What an employee asks for: a consumable, a loan of an asset (by its category or tag), or a fault or loss report. */
export const assetRequestKinds = ['消耗品', '貸出', '故障・紛失'] as const;
export type AssetRequestKind = (typeof assetRequestKinds)[number];

/** 備品の登録・変更. Status and holder change only through lending, returning and disposal. */
export const assetForm = object({
  id: code(),
  name: requiredText(100),
  category: requiredText(100),
  usefulLifeYears: optional(lifeYears()),
  maker: optional(text(100)),
  model: optional(text(100)),
  serial: optional(text(100)),
  location: optional(text(100)),
  ownership: oneOf(ownerships),
  acquiredOn: localDate(),
  servicedOn: optional(localDate()),
  acquisitionCost: yen(),
  supplier: optional(text(100)),
  leaseOrWarrantyEnd: optional(localDate()),
  taxTreatment: oneOf(taxTreatments),
  method: oneOf(depreciationMethodLabels),
  bookMethod: optional(oneOf(depreciationMethodLabels)),
  bookLifeYears: optional(lifeYears()),
  note: optional(text(REASON_MAX)),
});

export const lendForm = object({
  assetId: code(),
  employeeCode: employeeCode(),
  lentOn: localDate(),
  dueOn: optional(localDate()),
  site: optional(text(100)),
  conditionOut: optional(text(200)),
  note: optional(text(REASON_MAX)),
});

export const returnForm = object({
  assetId: code(),
  returnedOn: localDate(),
  conditionIn: optional(text(200)),
  note: optional(text(REASON_MAX)),
  /** Returned broken: the asset goes to 修理中 instead of 在庫. */
  needsRepair: optional(boolean()),
});

export const assetStatusForm = object({
  assetId: code(),
  status: oneOf(['在庫', '修理中', '廃棄'] as const satisfies readonly AssetStatus[]),
  on: localDate(),
  reason: requiredText(REASON_MAX),
});

export const consumableForm = object({
  code: code(),
  name: requiredText(100),
  unit: requiredText(20),
  place: optional(text(100)),
  reorderPoint: number().check(int(), minimum(0), maximum(1_000_000)),
  reorderQuantity: optional(count()),
  vendor: optional(text(100)),
  unitCost: optional(yen()),
  note: optional(text(REASON_MAX)),
});

/** 入庫 (receipt) and 出庫 (issue) take a positive count; 調整 a signed one and a reason. */
export const movementForm = object({
  itemCode: code(),
  kind: oneOf(['入庫', '出庫', '調整'] as const satisfies readonly MovementKind[]),
  quantity: number().check(int(), minimum(-1_000_000), maximum(1_000_000), refine((q) => q !== 0, '0 is not a movement')),
  place: optional(text(100)),
  employeeCode: optional(employeeCode()),
  site: optional(text(100)),
  reason: optional(text(REASON_MAX)),
}).check(refine((v) => v.kind === '調整' || v.quantity > 0, { path: ['quantity'], message: '入庫・出庫の数量は正の数です' }));

/** 棚卸: the counted quantity per item (and place); each difference is booked as a 棚卸 movement. */
export const stockTakeForm = object({
  counts: array(object({ itemCode: code(), counted: number().check(int(), minimum(0), maximum(1_000_000)) })).check(maxLength(2000)),
  reason: requiredText(REASON_MAX),
});

/** An employee's request: a consumable (its code and a quantity), a loan (an asset tag or category), a fault or loss (the tag). */
export const assetRequestForm = object({
  kind: oneOf(assetRequestKinds),
  /** A consumable's code, an asset tag, or for a loan the kind of thing wanted (「レーザー距離計」). */
  item: requiredText(100),
  quantity: number().check(int(), minimum(1), maximum(10_000)),
  site: optional(text(100)),
  neededBy: optional(localDate()),
  reason: requiredText(REASON_MAX),
});

/** The admin's decision; approving a loan names the asset lent and may set the due date. */
export const assetDecisionForm = object({
  id: requiredText(40),
  decision: oneOf(decisions),
  reason: optional(text(REASON_MAX)),
  assetId: optional(code()),
  dueOn: optional(localDate()),
}).check(refine((v) => v.decision !== 'rejected' || (v.reason ?? '').trim().length > 0, { path: ['reason'], message: '却下には理由が要ります' }));

export const depreciationReportForm = object({
  asOf: localDate(),
  basis: optional(oneOf(['tax', 'book'])),
  mode: optional(oneOf(['yearEnd', 'monthly'])),
  /** One asset's schedule by fiscal year. */
  assetId: optional(code()),
});

/** The as-of report for the accountant (sheet 減価償却明細 and CSV): tax and books apart on each row. */
export const depreciationExportForm = object({ asOf: localDate() });

/** Moving the old spreadsheet over (and the demo): assets, consumables and today's open loans in one call. */
export const importAssetsForm = object({
  assets: array(assetForm).check(maxLength(2000)),
  consumables: array(consumableForm).check(maxLength(2000)),
  loans: array(lendForm).check(maxLength(2000)),
  /** 入庫 only (opening stock, restock history): issues and adjustments go through their own checks. */
  receipts: optional(array(object({
    itemCode: code(), quantity: number().check(int(), minimum(1), maximum(1_000_000)), reason: optional(text(REASON_MAX)),
  })).check(maxLength(5000))),
});
