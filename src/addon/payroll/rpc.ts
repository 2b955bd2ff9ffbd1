/** Payroll RPCs for the admin sidebar and the CLI: preview (pre-flight and differences), close, reopen. */
import { object, optional, literal, boolean } from 'zod/mini';
import { rpc, type RpcEntry } from '../entrypoints';
import { employeeCode, requiredText, yearMonth } from '../../schema/fields';
import { computePayrollRun, closePayrollRun, reopenPayrollRun } from './run';

export const payrollRpcs: RpcEntry<any>[] = [
  rpc({
    name: 'payrollPreview', roles: ['admin'], summary: 'Computes a salary run without writing: pre-flight problems, totals, each difference from last month (and one employee\'s explanation)',
    input: object({ month: yearMonth(), employeeCode: optional(employeeCode()), lang: optional(literal('en')) }),
    handler: (input, { ss }) => {
      const run = computePayrollRun(ss, input.month, input.lang ?? 'ja');
      return {
        runId: run.runId, month: run.month, payDate: run.payDate, method: run.method, closed: run.closed, totals: run.totals,
        problems: run.problems.map((p) => ({ employeeCode: p.employeeCode, name: p.name, ja: p.ja, en: p.en, blocking: p.blocking })),
        employees: run.employees.map((e) => ({
          code: e.code, name: e.name, department: e.department, grossPay: e.ledger.grossPay, totalDeductions: e.ledger.totalDeductions, netPay: e.ledger.netPay,
          difference: e.difference,
          ...(input.employeeCode === e.code ? { ledger: e.ledger, earnings: e.result.earnings, explanation: e.result.explanation } : {}),
        })),
      };
    },
  }),
  rpc({
    name: 'closePayroll', roles: ['admin'], summary: 'Closes (確定) a salary run: writes 賃金台帳 in one write; needs the differences reviewed',
    input: object({ month: yearMonth(), reviewed: boolean() }),
    handler: (input, { ss, caller }) => {
      const report = closePayrollRun(ss, input.month, caller.email, input.reviewed);
      return { ...report, problems: report.problems.map((p) => ({ employeeCode: p.employeeCode, name: p.name, ja: p.ja, en: p.en, blocking: p.blocking })) };
    },
  }),
  rpc({
    name: 'reopenPayroll', roles: ['admin'], summary: 'Reopens a closed run (audited: who, when, why, the totals before)',
    input: object({ runId: requiredText(20), reason: requiredText(1000) }),
    handler: (input, { ss, caller }) => reopenPayrollRun(ss, input.runId, caller.email, input.reason),
  }),
];
