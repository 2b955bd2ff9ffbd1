/**
 * The Apps Script globals of one execution, except SpreadsheetApp (see ../spreadsheet*.ts):
 * `createServices(env, execution, stats)` returns them, to be placed in the vm context that runs
 * build/Code.js; `endServices(globals)` ends the execution (releases its locks, as Apps Script does).
 */
import { AppsScriptError, type CallStats, type ExecutionOptions } from '../types';
import { currentWindow } from './quota';
import { createAdvancedDrive } from './advanced-drive';
import { createCacheService } from './cache';
import { createDriveApp } from './drive';
import type { ServiceEnvironment } from './environment';
import { createHtmlService } from './html';
import { createLockService, ExecutionLocks } from './lock';
import { createMailApp } from './mail';
import { createPropertiesService } from './properties';
import { createScriptApp } from './script-app';
import { createSession } from './session';
import { createUtilities } from './utilities';

export { ServiceEnvironment, type ServiceEnvironmentOptions, type ServiceState, type TriggerRecord } from './environment';
export { clockEvent, dueTriggers, recordTick, type DueTrigger } from './script-app';
export { readOutbox, type OutboxMail } from './mail';
export { serializeForScriptRun, serializeScriptRunArguments, SCRIPT_RUN_CLIENT, MAX_CALLS_IN_FLIGHT } from './script-run';
export { HtmlOutput } from './html';
export { Blob } from './blob';

const endings = new WeakMap<object, () => void>();

/**
 * One file conversion (HTML → PDF) for the effective user, within "Files converted" of
 * guides/services/quotas. The error text is the pattern of Apps Script's daily-quota errors
 * ("Service invoked too many times for one day: <service>."); Google does not print this one.
 */
function countConversion(env: ServiceEnvironment, execution: ExecutionOptions): void {
  const user = execution.effectiveUser;
  env.update((state) => {
    const quota = (state.conversionQuota ??= {});
    const window = currentWindow(quota[user], execution.now().getTime());
    if (window.used >= env.conversionsDaily) throw new AppsScriptError('Service invoked too many times for one day: conversion.');
    quota[user] = { ...window, used: window.used + 1 };
  });
}

export function createServices(env: ServiceEnvironment, execution: ExecutionOptions, stats: CallStats): Record<string, unknown> {
  const locks = new ExecutionLocks(env);
  const globals: Record<string, unknown> = {
    PropertiesService: createPropertiesService(env, execution, stats),
    CacheService: createCacheService(env, execution, stats),
    LockService: createLockService(env, execution, stats, locks),
    Session: createSession(env, execution, stats),
    Utilities: createUtilities(stats, () => env.nextUuid(), () => countConversion(env, execution)),
    MailApp: createMailApp(env, execution, stats),
    ScriptApp: createScriptApp(env, execution, stats),
    HtmlService: createHtmlService(env, stats),
    DriveApp: createDriveApp(env, execution, stats),
  };
  // An advanced service is a global only when the manifest enables it (guides/services/advanced).
  if (env.advancedServices.includes('Drive')) globals.Drive = createAdvancedDrive(env, execution, stats);
  endings.set(globals, () => locks.releaseAll());
  return globals;
}

/** Ends the execution of these globals: every lock it still holds is released. */
export function endServices(globals: Record<string, unknown>): void {
  endings.get(globals)?.();
}
