/**
 * `DriveApp` (reference/drive/drive-app): folders and files with ids, owners and sharing kept in
 * state.json, file contents in `<dir>/drive/<id>`. An item is reachable only by its owner, its
 * editors and viewers, or through its sharing (anyone / domain), as for the effective user on Google.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CallStats, ExecutionOptions } from '../types';
import { AppsScriptError } from '../types';
import { Blob, toBlob } from './blob';
import { encodeText } from './charset';
import { modelledCost } from './costs';
import type { DriveItem, ServiceEnvironment } from './environment';
import { User } from './session';
import { writePrivateFile } from '../../store/private-files';

export const Access = Object.freeze({ ANYONE: 'ANYONE', ANYONE_WITH_LINK: 'ANYONE_WITH_LINK', DOMAIN: 'DOMAIN', DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK', PRIVATE: 'PRIVATE' });
export const Permission = Object.freeze({ VIEW: 'VIEW', EDIT: 'EDIT', COMMENT: 'COMMENT', OWNER: 'OWNER', ORGANIZER: 'ORGANIZER', FILE_ORGANIZER: 'FILE_ORGANIZER', NONE: 'NONE' });
export const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';
const FOLDER_MIME = 'application/vnd.google-apps.folder';

function newId(): string {
  return '1' + crypto.randomBytes(24).toString('base64url').slice(0, 32);
}

function domainOf(email: string): string {
  return email.split('@')[1] ?? '';
}

class Iterator<T> {
  private i = 0;
  constructor(private readonly items: T[]) {}
  hasNext(): boolean {
    return this.i < this.items.length;
  }
  next(): T {
    if (this.i >= this.items.length) throw new AppsScriptError('Cannot retrieve the next object: iterator has reached the end.');
    return this.items[this.i++]!;
  }
  getContinuationToken(): string {
    return String(this.i);
  }
}

export function createDriveApp(env: ServiceEnvironment, execution: ExecutionOptions, stats: CallStats): Record<string, unknown> {
  const rec = (m: string) => stats.record(`DriveApp.${m}`, modelledCost.drive);
  const me = () => execution.effectiveUser;
  const contentPath = (id: string) => path.join(env.driveDir, id);

  // The root stands for each user's own My Drive: everyone may read it and create in it.
  const isRoot = (item: DriveItem) => item.parents.length === 0 && item.kind === 'folder' && item.name === 'マイドライブ';
  function canRead(item: DriveItem): boolean {
    if (isRoot(item)) return true;
    const user = me();
    if (item.owner === user || item.editors.includes(user) || item.viewers.includes(user)) return true;
    if (item.access === 'ANYONE' || item.access === 'ANYONE_WITH_LINK') return true;
    return (item.access === 'DOMAIN' || item.access === 'DOMAIN_WITH_LINK') && domainOf(item.owner) === domainOf(user);
  }
  function canEdit(item: DriveItem): boolean {
    if (isRoot(item)) return true;
    const user = me();
    if (item.owner === user || item.editors.includes(user)) return true;
    return item.permission === 'EDIT' && item.access !== 'PRIVATE' && canRead(item);
  }
  function get(id: string, kind?: DriveItem['kind']): DriveItem {
    const item = env.read((s) => s.drive.items[id]);
    if (!item || (kind && item.kind !== kind) || !canRead(item)) throw new AppsScriptError(NOT_FOUND);
    return structuredClone(item);
  }
  function change(id: string, fn: (item: DriveItem) => void): void {
    env.update((s) => {
      const item = s.drive.items[id];
      if (!item || !canRead(item)) throw new AppsScriptError(NOT_FOUND);
      if (!canEdit(item)) throw new AppsScriptError('Access denied: DriveApp.');
      fn(item);
      item.updated = execution.now().toISOString();
    });
  }
  function children(parentId: string | null, kind: DriveItem['kind'], name?: string): DriveItem[] {
    return env.read((s) => Object.values(s.drive.items)
      .filter((i) => i.kind === kind && i.id !== s.drive.rootId && !i.trashed && canRead(i))
      .filter((i) => parentId === null || i.parents.includes(parentId))
      .filter((i) => name === undefined || i.name === name)
      .sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id))
      .map((i) => structuredClone(i)));
  }
  function insert(fields: Partial<DriveItem> & { kind: DriveItem['kind']; name: string; parents: string[] }): string {
    const id = newId();
    const now = execution.now().toISOString();
    env.update((s) => {
      for (const p of fields.parents) {
        const parent = s.drive.items[p];
        if (!parent || !canEdit(parent)) throw new AppsScriptError('Access denied: DriveApp.');
      }
      s.drive.items[id] = { id, owner: me(), editors: [], viewers: [], access: 'PRIVATE', permission: 'NONE', trashed: false, created: now, updated: now, app: true, ...fields };
    });
    return id;
  }
  function createFileIn(parentId: string, args: unknown[]): DriveFile {
    let blob: Blob;
    if (args.length >= 2 && typeof args[0] === 'string') {
      blob = new Blob(encodeText(String(args[1]), 'UTF-8'), args[2] === undefined ? 'text/plain' : String(args[2]), args[0]);
    } else blob = toBlob(args[0]);
    const name = blob.getName() ?? 'Untitled';
    const id = newId();
    writePrivateFile(contentPath(id), blob.rawBytes());
    const now = execution.now().toISOString();
    env.update((s) => {
      const parent = s.drive.items[parentId];
      if (!parent || !canEdit(parent)) throw new AppsScriptError('Access denied: DriveApp.');
      s.drive.items[id] = { id, kind: 'file', name, parents: [parentId], owner: me(), editors: [], viewers: [], access: 'PRIVATE', permission: 'NONE', trashed: false, mimeType: blob.getContentType() ?? 'application/octet-stream', created: now, updated: now, app: true };
    });
    return new DriveFile(id);
  }

  abstract class Item {
    constructor(readonly id: string) {}
    protected abstract readonly kind: DriveItem['kind'];
    protected meta(): DriveItem {
      return get(this.id, this.kind);
    }
    getId(): string {
      return this.id;
    }
    getName(): string {
      rec('Item.getName');
      return this.meta().name;
    }
    setName(name: string) {
      rec('Item.setName');
      change(this.id, (i) => {
        i.name = String(name);
      });
      return this;
    }
    getDescription(): string | null {
      return this.meta().description ?? null;
    }
    setDescription(description: string) {
      change(this.id, (i) => {
        i.description = String(description);
      });
      return this;
    }
    getDateCreated(): Date {
      return new Date(this.meta().created);
    }
    getLastUpdated(): Date {
      return new Date(this.meta().updated);
    }
    getOwner(): User {
      return new User(this.meta().owner);
    }
    getEditors(): User[] {
      rec('Item.getEditors');
      return this.meta().editors.map((e) => new User(e));
    }
    getViewers(): User[] {
      rec('Item.getViewers');
      return this.meta().viewers.map((e) => new User(e));
    }
    private share(list: 'editors' | 'viewers', who: unknown, add: boolean) {
      const email = typeof who === 'string' ? who : (who as User)?.getEmail?.();
      if (!email || !email.includes('@')) throw new AppsScriptError(`Invalid argument: ${String(who)}`);
      rec(`Item.${add ? 'add' : 'remove'}${list === 'editors' ? 'Editor' : 'Viewer'}`);
      change(this.id, (i) => {
        if (add) {
          if (list === 'editors') i.viewers = i.viewers.filter((v) => v !== email);
          if (!i[list].includes(email) && i.owner !== email) i[list].push(email);
        } else i[list] = i[list].filter((v) => v !== email);
      });
      return this;
    }
    addEditor(who: unknown) {
      return this.share('editors', who, true);
    }
    addViewer(who: unknown) {
      return this.share('viewers', who, true);
    }
    removeEditor(who: unknown) {
      return this.share('editors', who, false);
    }
    removeViewer(who: unknown) {
      return this.share('viewers', who, false);
    }
    setSharing(accessType: string, permissionType: string) {
      rec('Item.setSharing');
      if (!Object.values(Access).includes(accessType as never)) throw new AppsScriptError('Invalid argument: accessType');
      if (!Object.values(Permission).includes(permissionType as never)) throw new AppsScriptError('Invalid argument: permissionType');
      // reference/drive/permission: NONE "can be returned, but passing it to File.setSharing() throws
      // an exception unless it is set in combination with Access.ANYONE". Google's text is not
      // documented; this one names the rule.
      if (permissionType === Permission.NONE && accessType !== Access.ANYONE) {
        throw new AppsScriptError(`Invalid argument: permissionType (DriveApp.Permission.NONE can only be passed to setSharing with DriveApp.Access.ANYONE, not ${accessType})`);
      }
      change(this.id, (i) => {
        i.access = accessType;
        i.permission = permissionType;
      });
      return this;
    }
    getSharingAccess(): string {
      return this.meta().access;
    }
    getSharingPermission(): string {
      return this.meta().permission;
    }
    isTrashed(): boolean {
      return this.meta().trashed;
    }
    setTrashed(trashed: boolean) {
      rec('Item.setTrashed');
      change(this.id, (i) => {
        i.trashed = Boolean(trashed);
      });
      return this;
    }
    getParents(): Iterator<DriveFolder> {
      return new Iterator(this.meta().parents.map((p) => new DriveFolder(p)));
    }
    moveTo(destination: DriveFolder) {
      rec('Item.moveTo');
      const target = get(destination.getId(), 'folder');
      if (!canEdit(target)) throw new AppsScriptError('Access denied: DriveApp.');
      change(this.id, (i) => {
        i.parents = [target.id];
      });
      return this;
    }
  }

  class DriveFile extends Item {
    protected readonly kind = 'file' as const;
    getMimeType(): string {
      return this.meta().mimeType ?? 'application/octet-stream';
    }
    getSize(): number {
      this.meta();
      return fs.statSync(contentPath(this.id)).size;
    }
    getUrl(): string {
      return `https://drive.google.com/file/d/${this.id}/view?usp=drivesdk`;
    }
    getDownloadUrl(): string {
      return `https://drive.google.com/uc?id=${this.id}&export=download`;
    }
    getBlob(): Blob {
      rec('File.getBlob');
      const m = this.meta();
      return new Blob(new Uint8Array(fs.readFileSync(contentPath(this.id))), m.mimeType ?? null, m.name);
    }
    getAs(contentType: string): Blob {
      return this.getBlob().getAs(contentType);
    }
    setContent(content: string): DriveFile {
      rec('File.setContent');
      change(this.id, () => undefined);
      writePrivateFile(contentPath(this.id), encodeText(String(content), 'UTF-8'));
      return this;
    }
    /** "Creates a copy of the file": in the same folders unless a destination is given; the copy belongs to the caller. */
    makeCopy(nameOrDestination?: unknown, destination?: DriveFolder): DriveFile {
      rec('File.makeCopy');
      const m = this.meta();
      let name = `Copy of ${m.name}`;
      let parents = m.parents;
      if (typeof nameOrDestination === 'string') name = nameOrDestination;
      else if (nameOrDestination instanceof DriveFolder) destination = nameOrDestination;
      if (destination) parents = [get(destination.getId(), 'folder').id];
      const id = insert({ kind: 'file', name, parents, ...(m.mimeType ? { mimeType: m.mimeType } : {}) });
      writePrivateFile(contentPath(id), fs.readFileSync(contentPath(this.id)));
      return new DriveFile(id);
    }
  }

  class DriveFolder extends Item {
    protected readonly kind = 'folder' as const;
    getUrl(): string {
      return `https://drive.google.com/drive/folders/${this.id}`;
    }
    createFolder(name: string): DriveFolder {
      rec('Folder.createFolder');
      this.meta();
      return new DriveFolder(insert({ kind: 'folder', name: String(name), parents: [this.id], mimeType: FOLDER_MIME }));
    }
    createFile(...args: unknown[]): DriveFile {
      rec('Folder.createFile');
      this.meta();
      return createFileIn(this.id, args);
    }
    getFiles() {
      rec('Folder.getFiles');
      return new Iterator(children(this.id, 'file').map((i) => new DriveFile(i.id)));
    }
    getFilesByName(name: string) {
      rec('Folder.getFilesByName');
      return new Iterator(children(this.id, 'file', String(name)).map((i) => new DriveFile(i.id)));
    }
    getFolders() {
      rec('Folder.getFolders');
      return new Iterator(children(this.id, 'folder').map((i) => new DriveFolder(i.id)));
    }
    getFoldersByName(name: string) {
      rec('Folder.getFoldersByName');
      return new Iterator(children(this.id, 'folder', String(name)).map((i) => new DriveFolder(i.id)));
    }
  }

  const root = () => new DriveFolder(env.read((s) => s.drive.rootId));
  return {
    Access, Permission,
    getRootFolder(): DriveFolder {
      rec('getRootFolder');
      return root();
    },
    createFolder(name: string): DriveFolder {
      rec('createFolder');
      return new DriveFolder(insert({ kind: 'folder', name: String(name), parents: [root().getId()], mimeType: FOLDER_MIME }));
    },
    createFile(...args: unknown[]): DriveFile {
      rec('createFile');
      return createFileIn(root().getId(), args);
    },
    getFileById(id: string): DriveFile {
      rec('getFileById');
      return new DriveFile(get(String(id), 'file').id);
    },
    getFolderById(id: string): DriveFolder {
      rec('getFolderById');
      return new DriveFolder(get(String(id), 'folder').id);
    },
    getFiles() {
      rec('getFiles');
      return new Iterator(children(null, 'file').map((i) => new DriveFile(i.id)));
    },
    getFilesByName(name: string) {
      rec('getFilesByName');
      return new Iterator(children(null, 'file', String(name)).map((i) => new DriveFile(i.id)));
    },
    getFolders() {
      rec('getFolders');
      return new Iterator(children(null, 'folder').map((i) => new DriveFolder(i.id)));
    },
    getFoldersByName(name: string) {
      rec('getFoldersByName');
      return new Iterator(children(null, 'folder', String(name)).map((i) => new DriveFolder(i.id)));
    },
  };
}
