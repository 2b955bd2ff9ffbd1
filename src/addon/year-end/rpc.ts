/**
 * 年末調整 RPCs (issue 14), admin only: the preview (who is adjusted, who is excluded and why, each refund or
 * collection), the confirmation the December run settles, the 源泉徴収票 PDFs. Declared here; run in the year-end lazy module.
 */
import { object, optional, literal, boolean, number, int, minimum, maximum } from 'zod/mini';
import { rpc, type RpcEntry } from '../entrypoints';
import { employeeCode } from '../../schema/fields';
import { lazyModule } from '../lazy';

type YearEndModule = typeof import('./module');
const yearEnd = () => lazyModule<YearEndModule>('yearend');
const year = () => number().check(int(), minimum(2026), maximum(2100));

export const yearEndRpcs = [
  rpc({
    name: 'yearEndPreview', roles: ['admin'], summary: "Computes every employee's 年末調整 from the year's 賃金台帳 and the checked declarations, without writing: exclusions with their reason, refunds and collections",
    input: object({ year: year(), employeeCode: optional(employeeCode()), lang: optional(literal('en')) }),
    handler: (input, context) => yearEnd().yearEndPreview(input, context),
  }),
  rpc({
    name: 'confirmYearEndAdjustment', roles: ['admin'], summary: 'Confirms the 年末調整 (writes the 年末調整 sheet in one write, audited); the December salary run then settles each refund or collection',
    input: object({ year: year(), reviewed: boolean() }),
    handler: (input, context) => yearEnd().confirmYearEndAdjustment(input, context),
  }),
  rpc({
    name: 'withholdingSlipPdfs', roles: ['admin'], summary: 'The 給与所得の源泉徴収票 PDFs of a year (base64; after the December pay is closed), optionally with the 源泉徴収簿 年末調整欄; one bounded page per call',
    input: object({ year: year(), employeeCode: optional(employeeCode()), lang: optional(literal('en')), from: optional(number().check(int(), minimum(0))), withColumn: optional(boolean()) }),
    handler: (input, context) => yearEnd().withholdingSlipPdfs(input, context),
  }),
] satisfies readonly RpcEntry<any>[];
