/**
 * The Apps Script entry: exposes the registry to the generated top-level functions of
 * build/Code.js (scripts/build.mjs) and nothing else. Logic lives in plain modules.
 */
import { entryPoints } from './registry';
import { callEntry, callRpc } from './dispatch';
import { setCatalogLoader } from '../core/i18n';
import { setDataFileReader } from '../core/dataFiles';

// The English catalog is a project file read only when English is asked for (see core/i18n.ts).
setCatalogLoader(() => JSON.parse(HtmlService.createHtmlOutputFromFile('messages-en').getContent()) as Record<string, string>);

export { callEntry, callRpc };

/** Read by the build to generate one top-level function per entry point. */
export function describeEntryPoints(): { name: string; kind: string; summary: string; roles?: readonly string[] }[] {
  return entryPoints.map((e) => ({ name: e.name, kind: e.kind, summary: e.summary, ...(e.kind === 'rpc' ? { roles: e.roles } : {}) }));
}

// Large legal tables are project files read when first needed (see core/dataFiles.ts).
setDataFileReader((name) => HtmlService.createHtmlOutputFromFile(name).getContent());
