/** The payroll lazy module (see ../lazy.ts): the handlers of the payroll RPCs. */
import { bootstrap } from '../bootstrap';
import type { RpcContext } from '../entrypoints';
import { computePayrollRun, closePayrollRun, reopenPayrollRun } from './run';

bootstrap();

const problems = (list: readonly { employeeCode: string; name: string; ja: string; en: string; blocking: boolean }[]) =>
  list.map((p) => ({ employeeCode: p.employeeCode, name: p.name, ja: p.ja, en: p.en, blocking: p.blocking }));

export function payrollPreview(input: { month: string; employeeCode?: string; lang?: 'en' }, { ss }: RpcContext) {
  const run = computePayrollRun(ss, input.month, input.lang ?? 'ja');
  return {
    runId: run.runId, month: run.month, payDate: run.payDate, method: run.method, closed: run.closed, totals: run.totals,
    problems: problems(run.problems),
    employees: run.employees.map((e) => ({
      code: e.code, name: e.name, department: e.department, grossPay: e.ledger.grossPay, totalDeductions: e.ledger.totalDeductions, netPay: e.ledger.netPay,
      difference: e.difference,
      ...(input.employeeCode === e.code ? { ledger: e.ledger, earnings: e.result.earnings, explanation: e.result.explanation } : {}),
    })),
  };
}

export function closePayroll(input: { month: string; reviewed: boolean }, { ss, caller }: RpcContext) {
  const report = closePayrollRun(ss, input.month, caller.email, input.reviewed);
  return { ...report, problems: problems(report.problems) };
}

export function reopenPayroll(input: { runId: string; reason: string }, { ss, caller }: RpcContext) {
  return reopenPayrollRun(ss, input.runId, caller.email, input.reason);
}

export { remunerationRevisions } from './revision';
import { computeBonusRun, closeBonusRun, type BonusInput } from './bonus';

export function bonusPreview(input: BonusInput, { ss }: RpcContext) {
  const run = computeBonusRun(ss, input);
  return { runId: run.runId, payDate: run.payDate, closed: run.closed, totals: run.totals, problems: problems(run.problems),
    employees: run.rows.map((r) => ({ code: r.employeeCode, name: r.name, department: r.department, bonus: r.grossPay, socialInsurance: r.healthInsurance + r.careInsurance + r.childSupport + r.pension + r.employmentInsurance, incomeTax: r.incomeTax, netPay: r.netPay, explanation: r.explanation })) };
}

export function closeBonus(input: BonusInput & { reviewed: boolean }, { ss, caller }: RpcContext) {
  const report = closeBonusRun(ss, input, caller.email, input.reviewed);
  return { ...report, problems: problems(report.problems) };
}
