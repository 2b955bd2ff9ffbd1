/**
 * Where workbooks live between executions. A `WorkbookStore` hides the format (today .xlsx), so
 * it could change without touching the emulator. Synchronous on purpose (see zip.ts).
 *
 * A company folder:
 *   <dir>/Kanri.xlsx                   the admin workbook
 *   <dir>/spreadsheets/<id>.xlsx       every other spreadsheet (a manager's view, an archive, …)
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { ensurePrivateDir, writePrivateFile } from './private-files';
import type { WorkbookData } from './workbook';
import { readXlsx, writeXlsx } from './xlsx';

export interface WorkbookStore {
  /** A label for messages (the file path). */
  readonly location: string;
  exists(): boolean;
  load(): WorkbookData;
  save(data: WorkbookData): void;
  /**
   * Changes whenever the stored workbook changes (or null when there is none): inode, size and
   * mtime. A save renames a new file into place, so the inode alone already tells a change.
   */
  version(): string | null;
}

export class XlsxWorkbookStore implements WorkbookStore {
  constructor(
    readonly location: string,
    /** Used when the file carries no id (an .xlsx made elsewhere). */
    private readonly fallbackId: string,
  ) {}

  exists(): boolean {
    return fs.existsSync(this.location);
  }

  load(): WorkbookData {
    const version = this.version();
    const known = version === null ? undefined : parsed.get(this.location);
    if (known && known.version === version) return cloneData(known.data);
    const name = path.basename(this.location).replace(/\.xlsx$/i, '');
    const data = readXlsx(fs.readFileSync(this.location), { id: this.fallbackId, name });
    remember(this.location, version, data);
    return data;
  }

  save(data: WorkbookData): void {
    ensurePrivateDir(path.dirname(this.location), path.basename(path.dirname(this.location)) === SPREADSHEETS_DIR);
    parsed.delete(this.location);
    writePrivateFile(this.location, writeXlsx(data));
  }

  version(): string | null {
    try {
      const st = fs.statSync(this.location, { bigint: true });
      return `${st.ino}:${st.size}:${st.mtimeNs}`;
    } catch {
      return null;
    }
  }
}

/**
 * The workbooks last read or written in this process, by path, with the file's version then.
 * Every execution opens its spreadsheets afresh, as Apps Script does; parsing the .xlsx is most of
 * an execution's local cost (a demo workbook: ~300 ms), so an unchanged file is not parsed again.
 * The version (inode, size, mtime) changes with every save, from this process or another one
 * (writePrivateFile renames a new file into place), so a stale copy is never returned; a save here
 * forgets it (the next load reads what the file holds, not what was meant to be written); callers
 * get their own clone to change.
 */
const parsed = new Map<string, { version: string; data: WorkbookData }>();
const PARSED_KEPT = 8;

/**
 * A deep copy made with this realm's own Date and Map. Not structuredClone: it builds them in Node's main realm, and
 * under jest (each test file in its own vm context) `value instanceof Date` is then false for every date cell, so the
 * second execution on an unchanged file read every date as malformed.
 */
function cloneData<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, cloneData(v)])) as T;
  if (Array.isArray(value)) return value.map(cloneData) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneData(v)])) as T;
  return value;
}

function remember(location: string, version: string | null, data: WorkbookData): void {
  parsed.delete(location);
  if (version === null) return;
  parsed.set(location, { version, data: cloneData(data) });
  if (parsed.size > PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
}

export const ADMIN_WORKBOOK_FILE = 'Kanri.xlsx';
export const SPREADSHEETS_DIR = 'spreadsheets';

/** A spreadsheet id as Google makes them: 44 characters of base64url. */
export function newSpreadsheetId(): string {
  return crypto.randomBytes(33).toString('base64url');
}

/** The stores of one company folder. */
export class CompanyFolder {
  constructor(readonly dir: string) {}

  /** The admin workbook. Its id lives inside the file; a file made elsewhere gets 'kanri-admin'. */
  admin(): WorkbookStore {
    return new XlsxWorkbookStore(path.join(this.dir, ADMIN_WORKBOOK_FILE), 'kanri-admin');
  }

  spreadsheet(id: string): WorkbookStore {
    if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new Error(`not a spreadsheet id: ${id}`);
    return new XlsxWorkbookStore(path.join(this.dir, SPREADSHEETS_DIR, `${id}.xlsx`), id);
  }

  /** Ids of the other spreadsheets in the folder. */
  spreadsheetIds(): string[] {
    const d = path.join(this.dir, SPREADSHEETS_DIR);
    if (!fs.existsSync(d)) return [];
    return fs.readdirSync(d).filter((f) => f.endsWith('.xlsx') && !f.startsWith('.')).map((f) => f.slice(0, -5));
  }
}
