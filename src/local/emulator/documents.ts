/**
 * The spreadsheets one execution has open, the write cache model, and the link to the store.
 *
 * Loaded at the start of an execution (the admin workbook) or when first opened (`openById`).
 * Every change is applied to the in-memory workbook AND journalled, so that:
 * - `refreshFromStore()` (called by LockService when a lock is acquired) reloads a workbook another
 *   process saved since, then replays this execution's not-yet-saved changes on top: like Google,
 *   where every write lands on the one shared document, nothing written before the lock is lost;
 * - `commitToStore()` (releaseLock, flush, end of execution) saves; if the file changed meanwhile
 *   it reloads and replays first, so another process's saved work is kept.
 * Without a lock two processes can still race between the version check and the rename: that is
 * what LockService is for, on Google as here.
 */
import { CompanyFolder, newSpreadsheetId, type WorkbookStore } from '../store/store';
import { newWorkbook, type SheetData, type WorkbookData } from '../store/workbook';
import { COMMIT_KEY, LATENCY_MS } from './stats';
import { hostRealm, type Realm } from './realm';
import type { CallStats, ExecutionOptions } from './types';
import type { UiEvent } from './ui';

export type Op = (data: WorkbookData) => void;

export class OpenDocument {
  private journal: Op[] = [];
  constructor(
    public data: WorkbookData,
    readonly store: WorkbookStore,
    private loadedVersion: string | null,
    private isNew: boolean,
  ) {}

  get id(): string {
    return this.data.id;
  }

  /** Applies a change now and remembers it for a replay after a reload. */
  apply(op: Op): void {
    op(this.data);
    this.journal.push(op);
  }

  sheet(sheetId: number): SheetData | undefined {
    return this.data.sheets.find((s) => s.sheetId === sheetId);
  }

  /** Reloads when the stored file changed since it was read; replays unsaved changes. True when reloaded. */
  refresh(): boolean {
    const v = this.store.version();
    if (v === null || v === this.loadedVersion) return false;
    const fresh = this.store.load();
    for (const op of this.journal) {
      try {
        op(fresh);
      } catch {
        // The change no longer applies (its sheet was deleted by the other execution): dropped, as
        // Google would have failed that write had it come second.
      }
    }
    this.data = fresh;
    this.loadedVersion = v;
    this.isNew = false;
    return true;
  }

  /** Saves when there is anything to save. */
  commit(): boolean {
    if (!this.journal.length && !this.isNew) return false;
    this.refresh();
    this.store.save(this.data);
    this.loadedVersion = this.store.version();
    this.journal = [];
    this.isNew = false;
    return true;
  }

  get pendingChanges(): number {
    return this.journal.length;
  }
}

export interface SheetsHostOptions {
  folder: CompanyFolder;
  execution: ExecutionOptions;
  stats: CallStats;
  realm?: Realm;
  /** Name of a new admin workbook when the folder has none. */
  newWorkbookName?: string;
  /** The first sheet's name in a new spreadsheet: 'シート1' in a Japanese Google account, 'Sheet1' in English. */
  firstSheetName?: string;
  /** Answers `Ui.alert`; the default presses the first button (OK or YES). */
  respondToAlert?: (event: Extract<UiEvent, { type: 'alert' }>) => string;
  /**
   * Fault injection (tests): called with the 1-based number of each SpreadsheetApp write of the
   * execution (setValues, setValue, insertRowsAfter, clear, …) and its key; true makes that write
   * fail, before it changes anything, as a Google service error would. The host is given so a
   * test can also make another actor's change land at that moment (a person typing in the grid).
   */
  failWrite?: (n: number, key: string, host: SheetsHost) => boolean;
}

/** What Google says when a Spreadsheet service call fails on its side. */
export const SERVICE_FAILURE = 'Service Spreadsheets failed while accessing document with id';

/** What LockService needs from the spreadsheets (see ./types.ts DocumentHooks). */
export class SheetsHost {
  readonly ui: UiEvent[] = [];
  readonly realm: Realm;
  private readonly docs = new Map<string, OpenDocument>();
  private adminDoc: OpenDocument | null = null;
  private pendingCalls = 0;
  private pendingCells = 0;
  private writes = 0;
  private activeSheets = new Map<string, number>();

  constructor(readonly options: SheetsHostOptions) {
    this.realm = options.realm ?? hostRealm;
  }

  get execution(): ExecutionOptions {
    return this.options.execution;
  }

  get stats(): CallStats {
    return this.options.stats;
  }

  // ------------------------------------------------------------ documents

  /** The admin workbook (created in memory when the folder has none; saved at commit). */
  admin(): OpenDocument {
    if (!this.adminDoc) {
      const store = this.options.folder.admin();
      if (store.exists()) {
        this.adminDoc = openStored(store);
      } else {
        const data = newWorkbook(newSpreadsheetId(), this.options.newWorkbookName ?? 'Kanri', this.execution.effectiveUser, 'Asia/Tokyo', this.options.firstSheetName ?? 'Sheet1');
        this.adminDoc = new OpenDocument(data, store, null, true);
      }
      this.docs.set(this.adminDoc.id, this.adminDoc);
    }
    return this.adminDoc;
  }

  /** null when no spreadsheet has this id in the folder. */
  open(id: string): OpenDocument | null {
    const known = this.docs.get(id);
    if (known) return known;
    const admin = this.admin();
    if (admin.id === id) return admin;
    if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
    const store = this.options.folder.spreadsheet(id);
    if (!store.exists()) return null;
    const doc = openStored(store);
    this.docs.set(id, doc);
    return doc;
  }

  create(name: string, rows: number, columns: number): OpenDocument {
    const id = newSpreadsheetId();
    const data = newWorkbook(id, name, this.execution.effectiveUser, 'Asia/Tokyo', this.options.firstSheetName ?? 'Sheet1');
    const first = data.sheets[0] as SheetData;
    first.maxRows = rows;
    first.maxColumns = columns;
    const doc = new OpenDocument(data, this.options.folder.spreadsheet(id), null, true);
    this.docs.set(id, doc);
    return doc;
  }

  activeSheetId(doc: OpenDocument): number {
    const id = this.activeSheets.get(doc.id);
    if (id !== undefined && doc.sheet(id)) return id;
    return (doc.data.sheets.find((s) => !s.hidden) ?? doc.data.sheets[0])?.sheetId ?? 0;
  }

  setActiveSheet(doc: OpenDocument, sheetId: number): void {
    this.activeSheets.set(doc.id, sheetId);
  }

  // ------------------------------------------------------------ write cache model (see stats.ts)

  /** A call that needs nothing from Google (building a Range handle, reading its coordinates). */
  local(key: string): void {
    this.stats.record(key, 0);
  }

  /** A read: commits the write cache first ("every time you do a read, we must first commit the write cache"). */
  read(key: string, cells = 0): void {
    this.commitWriteCache();
    this.stats.record(key, LATENCY_MS.roundTrip + cells * LATENCY_MS.readCell);
  }

  /** A write: queued in the write cache, committed by the next read, flush or the end. */
  write(key: string, cells = 0): void {
    const n = ++this.writes;
    if (this.options.failWrite?.(n, key, this)) throw this.realm.error(`${SERVICE_FAILURE} ${this.admin().id}.`);
    this.stats.record(key, LATENCY_MS.queuedWrite + cells * LATENCY_MS.writeCell);
    this.pendingCalls++;
    this.pendingCells += cells;
  }

  /** A change that answers with a new object (insertSheet, create, protect): a round trip. */
  sync(key: string): void {
    this.commitWriteCache();
    this.stats.record(key, LATENCY_MS.roundTrip);
  }

  commitWriteCache(): void {
    if (!this.pendingCalls) return;
    const cells = this.pendingCells;
    this.pendingCalls = 0;
    this.pendingCells = 0;
    this.stats.record(COMMIT_KEY, LATENCY_MS.roundTrip + cells * LATENCY_MS.commitCell);
  }

  get pendingWrites(): number {
    return this.pendingCalls;
  }

  // ------------------------------------------------------------ store hooks

  /** LockService calls this when a lock is acquired: reload what other executions saved. */
  refreshFromStore(): void {
    for (const doc of this.docs.values()) doc.refresh();
  }

  /** LockService calls this on releaseLock; the runtime at the end. Saves every changed workbook. */
  commitToStore(): void {
    for (const doc of this.docs.values()) doc.commit();
  }

  /** End of execution: the write cache is committed (a round trip if writes are pending), then saved. */
  endExecution(): void {
    this.commitWriteCache();
    this.commitToStore();
  }
}

/**
 * Opens a stored workbook. The version is read BEFORE the content: when another process saves in
 * between, the data is newer than the version, and the next refresh merely reloads; the other
 * order would take old data for the new version and lose that process's writes.
 */
function openStored(store: WorkbookStore): OpenDocument {
  const version = store.version();
  return new OpenDocument(store.load(), store, version, false);
}
