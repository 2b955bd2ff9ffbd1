/**
 * The overwork view's RPCs: the view itself (admin: everyone; a manager: the people of their
 * departments; employees refused by the roles) and the executive report (admin only), whose sheet and
 * PDF writer are the lazy module `overwork` (src/addon/attendance/overworkModule.ts): Code.js keeps only
 * the names, roles and input schemas, checked before the module loads.
 */
import { object, optional, literal } from 'zod/mini';
import { rpc, type RpcEntry } from '../entrypoints';
import { yearMonth } from '../../schema/fields';
import { lazyModule } from '../lazy';

type OverworkModule = typeof import('./overworkModule');
const overwork = () => lazyModule<OverworkModule>('overwork');

export const overworkRpcs = [
  rpc({
    name: 'overworkView', roles: ['admin', 'manager'],
    summary: 'The overwork view: per person and department the month so far, the month-end pace, each 36協定 limit, the 6-month trend (a manager: their departments)',
    input: object({ month: optional(yearMonth()) }),
    handler: (input, context) => overwork().overworkView(input, context),
  }),
] satisfies readonly RpcEntry<any>[];

export const overworkReportRpcs = [
  rpc({
    name: 'overworkReport', roles: ['admin'],
    summary: 'The executive 36協定 report: writes the sheet 「36協定レポート」 and returns its PDF (base64)',
    input: object({ month: optional(yearMonth()), lang: optional(literal('en')) }),
    handler: (input, context) => overwork().writeOverworkReport(input, context),
  }),
] satisfies readonly RpcEntry<any>[];
