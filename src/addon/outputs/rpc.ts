/**
 * Payroll output RPCs (issue 6): payslips (mail, PDFs, the employee's own list and PDF), the 全銀 file, the
 * journal, the yearly ledgers. Declared here (roles, input); run in the outputs lazy module (module.ts).
 * Every export refuses a run that is not closed.
 */
import { object, optional, literal, enum as oneOf, number, int, minimum, maximum } from 'zod/mini';
import { rpc, type RpcEntry } from '../entrypoints';
import { employeeCode, requiredText } from '../../schema/fields';
import { lazyModule } from '../lazy';

/** The most payslips one batch of sendPayslips mails: each batch is one execution, well under Apps Script's 6 minutes. */
export const MAX_PAYSLIP_BATCH = 50;

type OutputsModule = typeof import('./module');
const outputs = () => lazyModule<OutputsModule>('outputs');
const runId = () => requiredText(20);
const lang = () => optional(literal('en'));
const year = () => number().check(int(), minimum(2000), maximum(2100));

export const outputsRpcs = [
  rpc({
    name: 'sendPayslips', roles: ['admin'], summary: 'Mails each payslip PDF of a closed run to that employee alone, once (continues after the daily quota); in batches the page drives (batch, session), a second start refused while one runs',
    input: object({ runId: runId(), lang: lang(), batch: optional(number().check(int(), minimum(1), maximum(MAX_PAYSLIP_BATCH))), session: optional(requiredText(40)) }),
    handler: (input, context) => outputs().sendPayslips(input, context),
  }),
  rpc({
    name: 'resendPayslip', roles: ['admin'], summary: "Mails one employee's payslip again (explicit, audited)",
    input: object({ runId: runId(), employeeCode: employeeCode(), lang: lang() }),
    handler: (input, context) => outputs().resendPayslip(input, context),
  }),
  rpc({
    name: 'payslipStatus', roles: ['admin'], summary: 'How many payslips of a run were mailed and how many are pending',
    input: object({ runId: runId() }),
    handler: (input, context) => outputs().payslipStatus(input, context),
  }),
  rpc({
    name: 'payslipPdfs', roles: ['admin'], summary: 'The payslip PDFs of a closed run (base64), without mailing, one bounded page per call (from / next)',
    input: object({ runId: runId(), employeeCode: optional(employeeCode()), lang: lang(), from: optional(number().check(int(), minimum(0))) }),
    handler: (input, context) => outputs().payslipPdfs(input, context),
  }),
  rpc({
    name: 'myPayslips', roles: ['employee', 'manager', 'admin'], summary: "The caller's own payslips of closed runs (figures and lines)",
    input: object({ runId: optional(runId()) }),
    handler: (input, context) => outputs().myPayslips(input, context),
  }),
  rpc({
    name: 'myPayslipPdf', roles: ['employee', 'manager', 'admin'], summary: "The caller's own payslip PDF of a closed run (base64)",
    input: object({ runId: runId(), lang: lang() }),
    handler: (input, context) => outputs().myPayslipPdf(input, context),
  }),
  rpc({
    name: 'exportBankFile', roles: ['admin'], summary: 'The 全銀 transfer file of a closed run (base64, Shift_JIS, 120-byte records); total checked against the run',
    input: object({ runId: runId(), kind: oneOf(['salary', 'bonus', 'general']), lineEnding: optional(oneOf(['CRLF', 'LF', 'none'])) }),
    handler: (input, context) => outputs().exportBankFile(input, context),
  }),
  rpc({
    name: 'exportJournal', roles: ['admin'], summary: 'The journal CSV of a closed run (generic UTF-8 with BOM, or 弥生 Windows-31J; a character it cannot hold is refused), debits = credits checked',
    input: object({ runId: runId(), format: oneOf(['generic', 'yayoi']) }),
    handler: (input, context) => outputs().exportJournal(input, context),
  }),
  rpc({
    name: 'exportWageLedger', roles: ['admin'], summary: 'Writes the sheet 賃金台帳(年次) <year> and returns its PDF (base64)',
    input: object({ year: year(), lang: lang() }),
    handler: (input, context) => outputs().exportWageLedger(input, context),
  }),
  rpc({
    name: 'exportWithholdingLedger', roles: ['admin'], summary: 'Writes the sheet 源泉徴収簿 <year> and returns its PDF (base64)',
    input: object({ year: year(), lang: lang() }),
    handler: (input, context) => outputs().exportWithholdingLedger(input, context),
  }),
] satisfies readonly RpcEntry<any>[];
