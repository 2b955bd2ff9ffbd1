/**
 * The shared shape of the Apps Script emulator. One `Execution` is one run of the bundle (a menu
 * item, a trigger, a page call, a web request), as Apps Script counts them: it has a user, a clock,
 * a kind, quotas and a call counter. Services are created per execution from it.
 */

/** What started an execution; decides what Session and LockService return. */
export type ExecutionKind = 'simple' | 'menu' | 'trigger' | 'web' | 'rpc' | 'cli';

/** Per-call statistics: exact counts by `Service.method`, and a modelled latency (an estimate, never slept). */
export interface CallStats {
  /** Count one call of `key` ('SpreadsheetApp.Range.getValues', 'PropertiesService.getProperty', …) and add its modelled cost. */
  record(key: string, modelledMs: number): void;
  readonly counts: ReadonlyMap<string, number>;
  readonly modelledMs: number;
}

export interface ExecutionOptions {
  kind: ExecutionKind;
  /** `Session.getActiveUser().getEmail()`: '' in simple triggers and for users outside the domain. */
  activeUser: string;
  /** `Session.getEffectiveUser()`: the owner in a web app executing as owner; the trigger's creator in a trigger. */
  effectiveUser: string;
  /** The simulated clock; `kanri tick --at` and tests fix it. */
  now: () => Date;
  /** Whether the script is bound to the open document (false in a web app: getDocumentLock() returns null). */
  documentBound: boolean;
}

/** Thrown for any Apps Script error, with the message Apps Script would show. */
export class AppsScriptError extends Error {
  override name = 'Exception';
}

/**
 * What LockService calls on the spreadsheets of an execution (implemented by SheetsHost in
 * documents.ts): reload what other executions saved when a lock is acquired, save on releaseLock.
 */
export interface DocumentHooks {
  refreshFromStore(): void;
  commitToStore(): void;
}
