/**
 * The contracts RPCs (契約): declared here (names, roles, input schemas, all in Code.js); run in the
 * contracts lazy module (module.ts). Amounts are in admin answers only; an employee reads only their
 * own fixed-term terms.
 */
import { object, optional } from 'zod/mini';
import { rpc, type RpcEntry } from '../entrypoints';
import { employeeCode, localDate } from '../../schema/fields';
import { contractForm, contractsAsOfForm, employmentContractForm, importContractsForm } from '../../schema/forms/contracts';
import { lazyModule } from '../lazy';

type ContractsModule = typeof import('./module');
const contracts = () => lazyModule<ContractsModule>('contracts');
const none = object({});

export const contractsRpcs = [
  rpc({ name: 'saveContract', roles: ['admin'], summary: 'Registers or updates a contract in 契約 (the 印紙税 note written from the row)',
    input: contractForm, handler: (input, c) => contracts().saveContract(input, c) }),
  rpc({ name: 'importContracts', roles: ['admin'], summary: 'Registers many contracts and fixed-term employment terms in one call (moving a register over): all or nothing',
    input: importContractsForm, handler: (input, c) => contracts().importContracts(input, c) }),
  rpc({ name: 'listContracts', roles: ['admin'], summary: 'The contract register as of a date: current terms, notice deadlines, renewals, amounts, 印紙税; what falls due within 90 days',
    input: contractsAsOfForm, handler: (input, c) => contracts().listContracts(input, c) }),
  rpc({ name: 'saveEmploymentContract', roles: ['admin'], summary: "Registers or updates one term of an employee's fixed-term employment (a renewal is a new term)",
    input: employmentContractForm, handler: (input, c) => contracts().saveEmploymentContract(input, c) }),
  rpc({ name: 'employmentContracts', roles: ['admin'], summary: 'Fixed-term employees: their terms, the 無期転換 right (労働契約法18条) and the 雇止めの予告',
    input: object({ employeeCode: optional(employeeCode()), asOf: optional(localDate()) }), handler: (input, c) => contracts().employmentContracts(input, c) }),
  rpc({ name: 'myEmploymentContracts', roles: ['employee', 'manager', 'admin'], summary: "The caller's own fixed-term terms and their 無期転換 right (no notes, nobody else's)",
    input: none, handler: (input, c) => contracts().myEmploymentContracts(input, c) }),
] satisfies readonly RpcEntry<any>[];
