/**
 * What Kanri itself creates in a company folder, so that a reset (`kanri serve --reset`) removes
 * exactly that and nothing else a person put there:
 *   Kanri.xlsx                      the admin workbook
 *   spreadsheets/<id>.xlsx          the other spreadsheets (manager views, archives…)
 *   .kanri/…                        the emulator's own state (properties, triggers, locks, owner)
 *   outbox/<seq>-<yyyyMMddTHHmmss>.eml   the mails sent
 *   drive/<id>                      Drive files' contents (ids from .kanri/state.json)
 * plus the temp files of an interrupted write of any of them (`.<name>.<pid>.<hex>.tmp`).
 * A folder is removed only when nothing else is left in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ADMIN_WORKBOOK_FILE, SPREADSHEETS_DIR } from './store';

const KANRI_DIR = '.kanri';
const OUTBOX_DIR = 'outbox';
const DRIVE_DIR = 'drive';

const TEMP = /^\..+\.\d+\.[0-9a-f]+\.tmp$/;
const MAIL = /^\d{6}-\d{8}T\d{6}\.eml$/;
const SPREADSHEET = /^[A-Za-z0-9_-]+\.xlsx$/;
const DRIVE_ID = /^1[A-Za-z0-9_-]{32}$/;

export interface ResetReport {
  /**
   * What was deleted, relative to the folder: a file (`files` 1), a folder removed whole (`name/`)
   * or files inside a folder that stays (`name/…`, something else is in it), with how many files.
   */
  deleted: { path: string; files: number }[];
  /** What was left because Kanri did not make it (relative paths). */
  kept: string[];
}

function driveIds(dir: string): Set<string> {
  try {
    const state = JSON.parse(fs.readFileSync(path.join(dir, KANRI_DIR, 'state.json'), 'utf8')) as { drive?: { items?: Record<string, unknown> } };
    return new Set(Object.keys(state.drive?.items ?? {}));
  } catch {
    return new Set();
  }
}

function listFiles(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(root, p));
    else out.push(p);
  }
  return out;
}

/** Deletes what Kanri created in `dir` (see above) and says exactly what went and what stayed. */
export function removeKanriFiles(dir: string): ResetReport {
  const report: ResetReport = { deleted: [], kept: [] };
  if (!fs.existsSync(dir)) return report;
  const ids = driveIds(dir);
  const own: Record<string, (name: string) => boolean> = {
    [SPREADSHEETS_DIR]: (n) => SPREADSHEET.test(n) || TEMP.test(n),
    [OUTBOX_DIR]: (n) => MAIL.test(n) || TEMP.test(n) || /^\d{6}-\d{8}T\d{6}\.eml\.\d+\.tmp$/.test(n),
    [DRIVE_DIR]: (n) => ids.has(n) || DRIVE_ID.test(n) || TEMP.test(n),
  };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const name = entry.name;
    const full = path.join(dir, name);
    if (entry.isFile() && (name === ADMIN_WORKBOOK_FILE || (TEMP.test(name) && name.startsWith(`.${ADMIN_WORKBOOK_FILE}.`)))) {
      fs.rmSync(full);
      report.deleted.push({ path: name, files: 1 });
    } else if (entry.isDirectory() && name === KANRI_DIR) {
      const files = listFiles(full);
      fs.rmSync(full, { recursive: true, force: true });
      report.deleted.push({ path: `${name}/`, files: files.length });
    } else if (entry.isDirectory() && own[name]) {
      let gone = 0;
      for (const f of fs.readdirSync(full, { withFileTypes: true })) {
        if (f.isFile() && own[name]!(f.name)) {
          fs.rmSync(path.join(full, f.name));
          gone++;
        } else report.kept.push(`${name}/${f.name}${f.isDirectory() ? '/' : ''}`);
      }
      if (fs.readdirSync(full).length === 0) {
        fs.rmdirSync(full);
        report.deleted.push({ path: `${name}/`, files: gone });
      } else if (gone) report.deleted.push({ path: `${name}/…`, files: gone });
    } else report.kept.push(entry.isDirectory() ? `${name}/` : name);
  }
  return report;
}
