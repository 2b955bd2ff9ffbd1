/**
 * Payroll RPCs for the admin sidebar and the CLI: preview (pre-flight and differences), close,
 * reopen. Declared here (roles, input); run in the payroll lazy module (module.ts).
 */
import { object, optional, literal, boolean, number, int, minimum, maximum, array, maxLength } from 'zod/mini';
import { rpc, type RpcEntry } from '../entrypoints';
import { employeeCode, localDate, requiredText, yearMonth, yen } from '../../schema/fields';
import { lazyModule } from '../lazy';

type PayrollModule = typeof import('./module');

/** A bonus run's input: the pay date and each employee's bonus (integer yen). */
function bonusInput() {
  return object({ payDate: localDate(), bonuses: array(object({ employeeCode: employeeCode(), amount: yen() })).check(maxLength(5000)) });
}
const payroll = () => lazyModule<PayrollModule>('payroll');

export const payrollRpcs = [
  rpc({
    name: 'payrollPreview', roles: ['admin'], summary: 'Computes a salary run without writing: pre-flight problems, totals, each difference from last month (and one employee\'s explanation)',
    input: object({ month: yearMonth(), employeeCode: optional(employeeCode()), lang: optional(literal('en')) }),
    handler: (input, context) => payroll().payrollPreview(input, context),
  }),
  rpc({
    name: 'closePayroll', roles: ['admin'], summary: 'Closes (確定) a salary run: writes 賃金台帳 in one write; needs the differences reviewed',
    input: object({ month: yearMonth(), reviewed: boolean() }),
    handler: (input, context) => payroll().closePayroll(input, context),
  }),
  rpc({
    name: 'reopenPayroll', roles: ['admin'], summary: 'Reopens a closed run (audited: who, when, why, the totals before)',
    input: object({ runId: requiredText(20), reason: requiredText(1000) }),
    handler: (input, context) => payroll().reopenPayroll(input, context),
  }),
  rpc({
    name: 'bonusPreview', roles: ['admin'], summary: 'Computes a bonus run (標準賞与額, social and employment insurance, 賞与の算出率 income tax) without writing',
    input: bonusInput(),
    handler: (input, context) => payroll().bonusPreview(input, context),
  }),
  rpc({
    name: 'closeBonus', roles: ['admin'], summary: 'Closes (確定) a bonus run: writes its 賃金台帳 rows in one write; needs the amounts reviewed',
    input: object({ ...bonusInput().shape, reviewed: boolean() }),
    handler: (input, context) => payroll().closeBonus(input, context),
  }),
  rpc({
    name: 'remunerationRevisions', roles: ['admin'], summary: '定時決定 and 随時改定 candidates of the standard monthly remuneration, for the admin to confirm (never applied silently)',
    input: object({ year: number().check(int(), minimum(2000), maximum(2100)), lang: optional(literal('en')) }),
    handler: (input, { ss }) => payroll().remunerationRevisions(ss, input.year, input.lang ?? 'ja'),
  }),
] satisfies readonly RpcEntry<any>[];
