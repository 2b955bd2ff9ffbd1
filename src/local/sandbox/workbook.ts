/**
 * The sandbox's company folder. `ensureSandboxWorkbook` creates it when missing and never
 * overwrites one (unless `reset`): the demo company of src/local/demo, built through Kanri's own functions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ADMIN_WORKBOOK_FILE } from '../store/store';
import { createDemoCompany } from '../demo';
import type { LocalDate } from '../../core/calendar';

export interface SandboxOptions {
  /** Recreate the workbook even when one exists (the caller has asked the user). */
  reset?: boolean;
  /** The as-of date (YYYY-MM-DD): its month is open, the month before has complete attendance. */
  asOf: LocalDate;
  seed?: number;
}

export function hasWorkbook(dir: string): boolean {
  return fs.existsSync(path.join(dir, ADMIN_WORKBOOK_FILE));
}

/** Creates the sandbox company in `dir` unless one is there; true when it created one. */
export function ensureSandboxWorkbook(dir: string, options: SandboxOptions): boolean {
  if (hasWorkbook(dir) && !options.reset) return false;
  // Only a company folder is ever removed: a reset never deletes a folder that is something else.
  if (hasWorkbook(dir)) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  createDemoCompany(dir, { asOf: options.asOf, seed: options.seed ?? 1 });
  return true;
}

