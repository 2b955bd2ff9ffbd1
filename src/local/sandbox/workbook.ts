/**
 * The sandbox's company folder. `ensureSandboxWorkbook` creates it when missing and never
 * overwrites one (unless `reset`): the demo company of src/local/demo, built through Kanri's own functions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ADMIN_WORKBOOK_FILE } from '../store/store';
import { createDemoCompany } from '../demo';
import { removeKanriFiles, type ResetReport } from '../store/company-files';
import { ensurePrivateDir } from '../store/private-files';
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

/**
 * Creates the sandbox company in `dir` unless one is there. A reset first deletes what Kanri
 * created in the folder and nothing else (src/local/store/company-files.ts): `reset` in the answer
 * says exactly what went and what stayed. `created` is false when a workbook was there and kept.
 */
export function ensureSandboxWorkbook(dir: string, options: SandboxOptions): { created: boolean; reset?: ResetReport } {
  if (hasWorkbook(dir) && !options.reset) return { created: false };
  // Only a company folder is ever reset: a folder without a workbook is never touched.
  const reset = hasWorkbook(dir) ? removeKanriFiles(dir) : undefined;
  ensurePrivateDir(dir);
  createDemoCompany(dir, { asOf: options.asOf, seed: options.seed ?? 1 });
  return reset ? { created: true, reset } : { created: true };
}

