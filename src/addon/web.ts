/** The employee web app (doGet) and the `me` RPC every page starts with. */
import { object } from 'zod/mini';
import { rpc, type RpcEntry, type WebEntry } from './entrypoints';
import { employeesTable } from '../schema/tables/employees';
import { readTable } from './tables';
import { escapeHtml } from '../core/render/html';

/** A signed link's token is short (signedLink.ts); anything longer is not one and is not echoed. */
const MAX_TOKEN_LENGTH = 100;

/**
 * The page, with the signed link's token (`?k=`, DESIGN.md §1) handed to it in a data attribute of
 * <body>: the page reads it once, keeps it in memory only and passes it with every RPC (dispatch.ts).
 * The token is checked by the dispatcher on each call, not here: a bad one gets the link message there.
 */
function webAppPage(event: unknown): GoogleAppsScript.HTML.HtmlOutput {
  const page = HtmlService.createHtmlOutputFromFile('webapp');
  const k = (event as { parameter?: Record<string, unknown> } | undefined)?.parameter?.k;
  if (typeof k === 'string' && k && k.length <= MAX_TOKEN_LENGTH) {
    page.setContent(page.getContent().replace('<body>', () => `<body data-k="${escapeHtml(k)}">`));
  }
  return page.setTitle('Kanri').addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

export const webEntries: WebEntry[] = [
  {
    kind: 'web', name: 'doGet', summary: 'Serves the employee web app (punch, my month, requests)',
    handler: (event) => webAppPage(event),
  },
];

export const webRpcs = [
  rpc({
    name: 'me', roles: ['employee', 'manager', 'admin'], summary: "The caller's name, department and role",
    input: object({}),
    handler: (_input, { caller, ss }) => {
      const employee = caller.employeeCode ? readTable(ss, employeesTable).rows.find((r) => r.value.code === caller.employeeCode)?.value : undefined;
      return { email: caller.email, role: caller.role, employeeCode: caller.employeeCode, name: employee?.name ?? caller.email, department: employee?.department ?? '' };
    },
  }),
] satisfies readonly RpcEntry<any>[];
