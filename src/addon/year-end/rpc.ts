/**
 * 年末調整 RPCs (issue 14). Admin: the preview (who is adjusted, who is excluded and why, each refund or collection), the
 * confirmation the December run settles, the 源泉徴収票 PDFs and their mailing, the review and lock of the declarations.
 * Everyone with an employee record: their own 申告書 and 源泉徴収票 (the caller's rows only). Declared here; run in the
 * year-end lazy module.
 */
import { object, optional, literal, boolean, number, string, regex, enum as oneOf, int, minimum, maximum } from 'zod/mini';
import { SUBMISSION_KINDS } from '../../core/year-end/submission';
import { rpc, type RpcEntry } from '../entrypoints';
import { employeeCode, requiredText } from '../../schema/fields';
import { myDeclarationForm } from '../../schema/forms/yearEnd';
import { REASON_MAX } from '../../schema/forms/requests';
import { lazyModule } from '../lazy';

type YearEndModule = typeof import('./module');
const yearEnd = () => lazyModule<YearEndModule>('yearend');
/** The most 源泉徴収票 one batch of sendWithholdingSlips mails (as MAX_PAYSLIP_BATCH: one execution, well under 6 minutes). */
export const MAX_SLIP_BATCH = 50;

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
  rpc({
    name: 'sendWithholdingSlips', roles: ['admin'], summary: "Mails each employee their own 源泉徴収票 PDF, once, in batches (as sendPayslips)",
    input: object({ year: year(), lang: optional(literal('en')), batch: optional(number().check(int(), minimum(1), maximum(MAX_SLIP_BATCH))), session: optional(requiredText(40)) }),
    handler: (input, context) => yearEnd().sendWithholdingSlips(input, context),
  }),
  rpc({
    name: 'resendWithholdingSlip', roles: ['admin'], summary: "Mails one employee's 源泉徴収票 again (explicit, audited)",
    input: object({ year: year(), employeeCode: employeeCode(), lang: optional(literal('en')) }),
    handler: (input, context) => yearEnd().resendWithholdingSlip(input, context),
  }),
  rpc({
    name: 'withholdingSlipStatus', roles: ['admin'], summary: 'How many 源泉徴収票 of a year were mailed and how many are pending',
    input: object({ year: year() }),
    handler: (input, context) => yearEnd().withholdingSlipStatus(input, context),
  }),
  rpc({
    name: 'myWithholdingSlips', roles: ['employee', 'manager', 'admin'], summary: "The caller's own 源泉徴収票 figures of each confirmed year",
    input: object({ lang: optional(literal('en')) }),
    handler: (input, context) => yearEnd().myWithholdingSlips(input, context),
  }),
  rpc({
    name: 'myWithholdingSlipPdf', roles: ['employee', 'manager', 'admin'], summary: "The caller's own 源泉徴収票 PDF of a year (base64)",
    input: object({ year: year(), lang: optional(literal('en')) }),
    handler: (input, context) => yearEnd().myWithholdingSlipPdf(input, context),
  }),
  rpc({
    name: 'myYearEndDeclaration', roles: ['employee', 'manager', 'admin'], summary: "The caller's own 扶養控除等申告書 and 保険料控除申告書 of a year",
    input: object({ year: year() }),
    handler: (input, context) => yearEnd().myYearEndDeclaration(input, context),
  }),
  rpc({
    name: 'saveMyYearEndDeclaration', roles: ['employee', 'manager', 'admin'], summary: "Saves the caller's own 申告書 of a year (audited); refused once locked",
    input: myDeclarationForm,
    handler: (input, context) => yearEnd().saveMyYearEndDeclaration(input, context),
  }),
  rpc({
    name: 'yearEndDeclarations', roles: ['admin'], summary: "Every employee's 申告書 of a year, for review",
    input: object({ year: year() }),
    handler: (input, context) => yearEnd().yearEndDeclarations(input, context),
  }),
  rpc({
    name: 'lockYearEndDeclaration', roles: ['admin'], summary: "Locks an employee's 申告書 of a year as checked (audited)",
    input: object({ year: year(), employeeCode: employeeCode() }),
    handler: (input, context) => yearEnd().lockYearEndDeclaration(input, context),
  }),
  rpc({
    name: 'unlockYearEndDeclaration', roles: ['admin'], summary: "Unlocks an employee's 申告書 with a reason (audited)",
    input: object({ year: year(), employeeCode: employeeCode(), reason: requiredText(REASON_MAX) }),
    handler: (input, context) => yearEnd().unlockYearEndDeclaration(input, context),
  }),
] satisfies readonly RpcEntry<any>[];
