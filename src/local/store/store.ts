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
    const name = path.basename(this.location).replace(/\.xlsx$/i, '');
    return readXlsx(fs.readFileSync(this.location), { id: this.fallbackId, name });
  }

  save(data: WorkbookData): void {
    ensurePrivateDir(path.dirname(this.location), path.basename(path.dirname(this.location)) === SPREADSHEETS_DIR);
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
