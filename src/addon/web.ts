/** The employee web app (doGet) and the `me` RPC every page starts with. */
import { object } from 'zod/mini';
import { rpc, type RpcEntry, type WebEntry } from './entrypoints';
import { employeesTable } from '../schema/tables/employees';
import { readTable } from './tables';

export const webEntries: WebEntry[] = [
  {
    kind: 'web', name: 'doGet', summary: 'Serves the employee web app (punch, my month, requests)',
    handler: () =>
      HtmlService.createHtmlOutputFromFile('webapp')
        .setTitle('Kanri')
        .addMetaTag('viewport', 'width=device-width, initial-scale=1'),
  },
];

export const webRpcs: RpcEntry<any>[] = [
  rpc({
    name: 'me', roles: ['employee', 'manager', 'admin'], summary: "The caller's name, department and role",
    input: object({}),
    handler: (_input, { caller, ss }) => {
      const employee = caller.employeeCode ? readTable(ss, employeesTable).rows.find((r) => r.value.code === caller.employeeCode)?.value : undefined;
      return { email: caller.email, role: caller.role, employeeCode: caller.employeeCode, name: employee?.name ?? caller.email, department: employee?.department ?? '' };
    },
  }),
];
