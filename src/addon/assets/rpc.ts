/**
 * The assets RPCs (備品・消耗品・減価償却): declared here (names, roles, input schemas, all in Code.js);
 * run in the assets lazy module (module.ts). Costs are in admin answers only.
 */
import { object } from 'zod/mini';
import { rpc, type RpcEntry } from '../entrypoints';
import { employeeCode } from '../../schema/fields';
import { assetForm, importAssetsForm, lendForm, returnForm, assetStatusForm, consumableForm, movementForm, stockTakeForm, assetRequestForm, assetDecisionForm, depreciationReportForm, depreciationExportForm } from '../../schema/forms/assets';
import { lazyModule } from '../lazy';
import type { MenuEntry } from '../entrypoints';
import { adminPage } from '../adminPage';
import { readSettings } from '../settings';
import { message } from '../../core/i18n';

type AssetsModule = typeof import('./module');
const assets = () => lazyModule<AssetsModule>('assets');
const none = object({});

export const assetsRpcs = [
  rpc({ name: 'saveAsset', roles: ['admin'], summary: 'Registers or updates an asset in 備品台帳 (status and holder change only by lending, returning, repair, disposal)',
    input: assetForm, handler: (input, c) => assets().saveAsset(input, c) }),
  rpc({ name: 'importAssets', roles: ['admin'], summary: 'Registers many assets and consumables and the loans open today in one call (moving the old spreadsheet over): all or nothing',
    input: importAssetsForm, handler: (input, c) => assets().importAssets(input, c) }),
  rpc({ name: 'setAssetStatus', roles: ['admin'], summary: 'Sends an asset to repair, back to stock, or disposes of it (reason audited)',
    input: assetStatusForm, handler: (input, c) => assets().setAssetStatus(input, c) }),
  rpc({ name: 'lendAsset', roles: ['admin'], summary: 'Lends an asset in stock to an employee (a 貸出履歴 row: who, from, due, condition)',
    input: lendForm, handler: (input, c) => assets().lendAsset(input, c) }),
  rpc({ name: 'returnAsset', roles: ['admin'], summary: 'Records the return of a lent asset (condition; to repair if broken)',
    input: returnForm, handler: (input, c) => assets().returnAsset(input, c) }),
  rpc({ name: 'listAssets', roles: ['admin'], summary: 'The asset register with costs, holders, open loans and overdue marks',
    input: none, handler: (input, c) => assets().listAssets(input, c) }),
  rpc({ name: 'assetHistory', roles: ['admin'], summary: "An asset's loan history, newest first",
    input: object({ assetId: employeeCode() }), handler: (input, c) => assets().assetHistory(input, c) }),
  rpc({ name: 'myAssets', roles: ['employee', 'manager', 'admin'], summary: "What the caller holds, their equipment requests, and what may be requested (no costs)",
    input: none, handler: (input, c) => assets().myAssets(input, c) }),
  rpc({ name: 'teamAssets', roles: ['manager', 'admin'], summary: "The holdings of a manager's departments (an admin: everyone); no costs",
    input: none, handler: (input, c) => assets().teamAssets(input, c) }),
  rpc({ name: 'handBackList', roles: ['admin'], summary: "A leaver's hand-back list: everything they still hold, with tags",
    input: object({ employeeCode: employeeCode() }), handler: (input, c) => assets().handBackList(input, c) }),
  rpc({ name: 'requestAssetItem', roles: ['employee', 'manager', 'admin'], summary: 'An employee asks for a consumable or a loan, or reports a fault or loss of what they hold',
    input: assetRequestForm, handler: (input, c) => assets().requestAssetItem(input, c) }),
  rpc({ name: 'assetRequestsInbox', roles: ['admin'], summary: 'The pending equipment requests, oldest first, with the stock of a requested consumable',
    input: none, handler: (input, c) => assets().assetRequestsInbox(input, c) }),
  rpc({ name: 'decideAssetRequest', roles: ['admin'], summary: 'Approves (the issue or the loan lands with it) or rejects with a reason an equipment request',
    input: assetDecisionForm, handler: (input, c) => assets().decideAssetRequest(input, c) }),
  rpc({ name: 'saveConsumable', roles: ['admin'], summary: 'Registers or updates a consumable (unit, place, reorder point, vendor, unit cost; never its stock)',
    input: consumableForm, handler: (input, c) => assets().saveConsumable(input, c) }),
  rpc({ name: 'recordStockMovement', roles: ['admin'], summary: 'Records a receipt, an issue or an adjustment (with a reason) of a consumable',
    input: movementForm, handler: (input, c) => assets().recordMovement(input, c) }),
  rpc({ name: 'stockTake', roles: ['admin'], summary: 'Books a stock-take: each counted difference as a 棚卸 movement with the reason',
    input: stockTakeForm, handler: (input, c) => assets().stockTake(input, c) }),
  rpc({ name: 'stockLevels', roles: ['admin'], summary: 'Stock as the sum of movements, items at the reorder point, the order list per vendor, restock history',
    input: none, handler: (input, c) => assets().stockLevels(input, c) }),
  rpc({ name: 'depreciationReport', roles: ['admin'], summary: 'The value of every owned asset on a date (tax or books), totals by category; one asset\'s schedule by fiscal year',
    input: depreciationReportForm, handler: (input, c) => assets().depreciationReport(input, c) }),
  rpc({ name: 'exportDepreciationReport', roles: ['admin'], summary: 'The as-of depreciation report for the accountant: sheet 減価償却明細 (one write) and a CSV, tax and books apart',
    input: depreciationExportForm, handler: (input, c) => assets().exportDepreciationReport(input, c) }),
] satisfies readonly RpcEntry<any>[];

/** The admin's 資産 sidebar (sidebar/pages/assets.ts): the register, consumables, requests, depreciation. */
export const assetsMenuEntries: MenuEntry[] = [
  {
    kind: 'menu', name: 'kanriAssetsSidebar', caption: 'menu.assets', summary: 'Opens the assets sidebar (register, lend and return, stock, requests, depreciation as of a date)',
    handler: () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const lang = ss && readSettings(ss).language === 'en' ? 'en' : 'ja';
      SpreadsheetApp.getUi().showSidebar(adminPage('assets', lang).setTitle(message(lang, 'sidebar.assets.title')));
    },
  },
];
