/**
 * 年末調整 RPCs (issue 14), admin only: the preview (who is adjusted, who is excluded and why, each refund or
 * collection), the confirmation the December run settles, the 源泉徴収票 PDFs. Declared here; run in the year-end lazy module.
 */
import { object, optional, literal, boolean, number, string, regex, enum as oneOf, int, minimum, maximum } from 'zod/mini';
import { SUBMISSION_KINDS } from '../../core/year-end/submission';
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
  rpc({
    name: 'yearEndFilingSummary', roles: ['admin'], summary: 'The 法定調書合計表 figures (Ⓐ every 源泉徴収票, Ⓑ those filed with the tax office) and the 給与支払報告書 counts per municipality, after the December pay is closed; writes nothing',
    input: object({ year: year(), lang: optional(literal('en')) }),
    handler: (input, context) => yearEnd().yearEndFilingSummary(input, context),
  }),
  rpc({
    name: 'salaryPaymentReportPdfs', roles: ['admin'], summary: 'The 給与支払報告書 PDFs, one per municipality (総括表 + 個人別明細書; base64), also saved in the private Drive folder; one bounded page per call',
    input: object({ year: year(), municipalityCode: optional(string().check(regex(/^\d{6}$/))), submission: optional(oneOf(SUBMISSION_KINDS)), from: optional(number().check(int(), minimum(0))), lang: optional(literal('en')) }),
    handler: (input, context) => yearEnd().salaryPaymentReportPdfs(input, context),
  }),
] satisfies readonly RpcEntry<any>[];
