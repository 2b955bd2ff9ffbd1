/**
 * The advanced Drive service (developers.google.com/apps-script/advanced/drive), Drive API v3: the
 * global `Drive` when the manifest enables it (`dependencies.enabledAdvancedServices`, userSymbol
 * "Drive", version "v3"). Same objects, methods and parameters as the REST API ("How method
 * signatures are determined": path parameters, then the body, then optionalArgs), over the same
 * items as DriveApp (state.json, contents in `<dir>/drive/<id>`).
 *
 * Modelled, from the Drive API v3 reference (reference/rest/v3/files, permissions):
 * - `Files.create(resource, mediaData?, optionalArgs?)`, `Files.get(fileId, optionalArgs?)`,
 *   `Files.list(optionalArgs?)` (q: `name = '…'`, `'<id>' in parents`, `trashed = true|false`,
 *   `mimeType = '…'`, joined by `and`), `Files.update(resource, fileId, mediaData?, optionalArgs?)`,
 *   `Permissions.list(fileId, optionalArgs?)`.
 * - "If you omit the fields parameter, the server returns a default set of fields": a file is
 *   { kind, id, name, mimeType } (guides/create-file), a permission { kind, id, type, role }.
 * - drive.file: "View and manage Google Drive files and folders that you have opened or created
 *   with this app": with only that Drive scope, items this script did not create are invisible —
 *   `get` answers 404 "File not found: <id>.", `list` leaves them out.
 * - Permissions in My Drive are inherited by the items in a folder: a folder's permissions include
 *   those of the folders above it.
 * Errors are GoogleJsonResponseException "API call to drive.<collection>.<method> failed with
 * error: <the API's message>".
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CallStats, ExecutionOptions } from '../types';
import { toBlob } from './blob';
import { modelledCost } from './costs';
import type { DriveItem, ServiceEnvironment } from './environment';
import { writePrivateFile } from '../../store/private-files';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
const SCOPE = 'https://www.googleapis.com/auth/';

export class GoogleJsonResponseException extends Error {
  override name = 'GoogleJsonResponseException';
}

function apiError(call: string, message: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(`API call to drive.${call} failed with error: ${message}`);
}

function newId(): string {
  return '1' + crypto.randomBytes(24).toString('base64url').slice(0, 32);
}

function domainOf(email: string): string {
  return email.split('@')[1] ?? '';
}

type Json = Record<string, unknown>;

/** `fields` as the API reads it: 'id,name', 'files(id,name),nextPageToken', '*'. */
function parseFields(fields: unknown): { top: Set<string>; nested: Map<string, Set<string> | null> } | null {
  if (typeof fields !== 'string' || fields.trim() === '') return null;
  const top = new Set<string>();
  const nested = new Map<string, Set<string> | null>();
  const re = /\s*([A-Za-z*]+)\s*(?:\(([^)]*)\))?\s*(?:,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(fields)) && m[0] !== '') {
    const name = m[1]!;
    top.add(name);
    nested.set(name, m[2] === undefined ? null : new Set(m[2].split(',').map((f) => f.trim()).filter(Boolean)));
  }
  return { top, nested };
}

function pick(obj: Json, keep: Set<string> | null, defaults: readonly string[]): Json {
  const names = keep === null ? defaults : keep.has('*') ? Object.keys(obj) : [...keep];
  const out: Json = {};
  for (const n of names) if (obj[n] !== undefined) out[n] = obj[n];
  return out;
}

const FILE_DEFAULTS = ['kind', 'id', 'name', 'mimeType'] as const;
const PERMISSION_DEFAULTS = ['kind', 'id', 'type', 'role'] as const;

class FilesCollection {
  constructor(private readonly d: AdvancedDrive) {}
  create(resource: unknown, mediaData?: unknown, optionalArgs?: unknown): Json {
    return this.d.create(resource, mediaData, optionalArgs);
  }
  get(fileId: unknown, optionalArgs?: unknown): Json {
    return this.d.get(fileId, optionalArgs);
  }
  list(optionalArgs?: unknown): Json {
    return this.d.list(optionalArgs);
  }
  update(resource: unknown, fileId: unknown, mediaData?: unknown, optionalArgs?: unknown): Json {
    return this.d.update(resource, fileId, mediaData, optionalArgs);
  }
}

class PermissionsCollection {
  constructor(private readonly d: AdvancedDrive) {}
  list(fileId: unknown, optionalArgs?: unknown): Json {
    return this.d.permissions(fileId, optionalArgs);
  }
}

class AdvancedDrive {
  constructor(
    private readonly env: ServiceEnvironment,
    private readonly execution: ExecutionOptions,
    private readonly stats: CallStats,
  ) {}

  private rec(m: string): void {
    this.stats.record(`Drive.${m}`, modelledCost.drive);
  }
  private me(): string {
    return this.execution.effectiveUser;
  }
  /** Only drive.file among the Drive scopes: the script sees what it created. */
  private perFileOnly(): boolean {
    const declared = this.env.declaredScopes;
    // Scopes detected from the code: a script calling the Drive API gets the full drive scope.
    if (declared === null) return false;
    return !declared.some((s) => s === `${SCOPE}drive` || s === `${SCOPE}drive.readonly`);
  }
  private ancestors(s: { drive: { items: Record<string, DriveItem> } }, item: DriveItem): DriveItem[] {
    const out: DriveItem[] = [];
    const seen = new Set<string>();
    let next = item.parents.map((p) => s.drive.items[p]).filter((p): p is DriveItem => !!p);
    while (next.length) {
      const parent = next.shift()!;
      if (seen.has(parent.id)) continue;
      seen.add(parent.id);
      out.push(parent);
      next = next.concat(parent.parents.map((p) => s.drive.items[p]).filter((p): p is DriveItem => !!p));
    }
    return out;
  }
  private isRoot(s: { drive: { rootId: string } }, item: DriveItem): boolean {
    return item.id === s.drive.rootId;
  }
  private grants(s: { drive: { rootId: string; items: Record<string, DriveItem> } }, item: DriveItem): DriveItem[] {
    return [item, ...this.ancestors(s, item).filter((a) => !this.isRoot(s, a))];
  }
  private canRead(s: { drive: { rootId: string; items: Record<string, DriveItem> } }, item: DriveItem): boolean {
    if (this.isRoot(s, item)) return true;
    if (this.perFileOnly() && !item.app) return false;
    const user = this.me();
    return this.grants(s, item).some((i) => {
      if (i.owner === user || i.editors.includes(user) || i.viewers.includes(user)) return true;
      if (i.access === 'ANYONE' || i.access === 'ANYONE_WITH_LINK') return true;
      return (i.access === 'DOMAIN' || i.access === 'DOMAIN_WITH_LINK') && domainOf(i.owner) === domainOf(user);
    });
  }
  private canEdit(s: { drive: { rootId: string; items: Record<string, DriveItem> } }, item: DriveItem): boolean {
    if (this.isRoot(s, item)) return true;
    if (!this.canRead(s, item)) return false;
    const user = this.me();
    return this.grants(s, item).some((i) => i.owner === user || i.editors.includes(user) || (i.permission === 'EDIT' && i.access !== 'PRIVATE'));
  }
  private resource(item: DriveItem, rootId: string): Json {
    const size = item.kind === 'file' && fs.existsSync(path.join(this.env.driveDir, item.id)) ? String(fs.statSync(path.join(this.env.driveDir, item.id)).size) : undefined;
    return {
      kind: 'drive#file',
      id: item.id,
      name: item.name,
      mimeType: item.mimeType ?? (item.kind === 'folder' ? FOLDER_MIME : 'application/octet-stream'),
      parents: item.parents.map((p) => (p === rootId ? rootId : p)),
      trashed: item.trashed,
      description: item.description,
      createdTime: item.created,
      modifiedTime: item.updated,
      ownedByMe: item.owner === this.me(),
      shared: item.access !== 'PRIVATE' || item.editors.length > 0 || item.viewers.length > 0,
      webViewLink: item.kind === 'folder' ? `https://drive.google.com/drive/folders/${item.id}` : `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`,
      size,
    };
  }
  private shape(item: DriveItem, rootId: string, optionalArgs: unknown): Json {
    const fields = parseFields((optionalArgs as Json | undefined)?.fields);
    const all = this.resource(item, rootId);
    if (!fields) return pick(all, null, FILE_DEFAULTS);
    return pick(all, fields.top, FILE_DEFAULTS);
  }
  private mustBeResource(call: string, v: unknown): Json {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw apiError(call, 'Invalid argument: resource');
    return v as Json;
  }
  private parentsOf(call: string, s: { drive: { rootId: string; items: Record<string, DriveItem> } }, resource: Json): string[] {
    const parents = resource.parents;
    if (parents === undefined) return [s.drive.rootId];
    if (!Array.isArray(parents) || parents.some((p) => typeof p !== 'string')) throw apiError(call, 'Invalid Value');
    return (parents as string[]).map((p) => (p === 'root' ? s.drive.rootId : p));
  }

  create(resourceArg: unknown, mediaData: unknown, optionalArgs: unknown): Json {
    this.rec('Files.create');
    const resource = this.mustBeResource('files.create', resourceArg ?? {});
    const blob = mediaData === undefined || mediaData === null ? null : toBlob(mediaData);
    const id = newId();
    const now = this.execution.now().toISOString();
    const mimeType = typeof resource.mimeType === 'string' ? resource.mimeType : blob?.getContentType() ?? 'application/octet-stream';
    const kind: DriveItem['kind'] = mimeType === FOLDER_MIME ? 'folder' : 'file';
    return this.env.update((s) => {
      const parents = this.parentsOf('files.create', s, resource);
      for (const p of parents) {
        const parent = s.drive.items[p];
        if (!parent || !this.canRead(s, parent)) throw apiError('files.create', `File not found: ${p}.`);
        if (!this.canEdit(s, parent)) throw apiError('files.create', 'The user does not have sufficient permissions for this file.');
      }
      const item: DriveItem = {
        id, kind, name: typeof resource.name === 'string' ? resource.name : 'Untitled', parents, owner: this.me(),
        editors: [], viewers: [], access: 'PRIVATE', permission: 'NONE', trashed: false, mimeType, created: now, updated: now, app: true,
        ...(typeof resource.description === 'string' ? { description: resource.description } : {}),
      };
      if (kind === 'file') writePrivateFile(path.join(this.env.driveDir, id), blob ? blob.rawBytes() : new Uint8Array());
      s.drive.items[id] = item;
      return this.shape(item, s.drive.rootId, optionalArgs);
    });
  }

  get(fileId: unknown, optionalArgs: unknown): Json {
    this.rec('Files.get');
    const id = String(fileId);
    if ((optionalArgs as Json | undefined)?.alt === 'media') throw apiError('files.get', 'Use File.getBlob() in this emulator: alt=media is not modelled.');
    return this.env.read((s) => {
      const item = s.drive.items[id === 'root' ? s.drive.rootId : id];
      if (!item || !this.canRead(s, item)) throw apiError('files.get', `File not found: ${id}.`);
      return this.shape(item, s.drive.rootId, optionalArgs);
    });
  }

  list(optionalArgs: unknown): Json {
    this.rec('Files.list');
    const args = (optionalArgs ?? {}) as Json;
    const tests = parseQuery(typeof args.q === 'string' ? args.q : '');
    const pageSize = typeof args.pageSize === 'number' ? Math.max(1, Math.min(1000, args.pageSize)) : 100;
    const start = typeof args.pageToken === 'string' ? Number(args.pageToken) || 0 : 0;
    const fields = parseFields(args.fields);
    return this.env.read((s) => {
      const matches = Object.values(s.drive.items)
        .filter((i) => !this.isRoot(s, i) && this.canRead(s, i))
        .filter((i) => tests.every((t) => t(i, s.drive.rootId)))
        .sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
      const page = matches.slice(start, start + pageSize);
      const fileFields = fields ? fields.nested.get('files') ?? null : null;
      const out: Json = { kind: 'drive#fileList', incompleteSearch: false, files: page.map((i) => pick(this.resource(i, s.drive.rootId), fileFields, FILE_DEFAULTS)) };
      if (start + pageSize < matches.length) out.nextPageToken = String(start + pageSize);
      if (fields) return pick(out, fields.top, []);
      return out;
    });
  }

  update(resourceArg: unknown, fileId: unknown, mediaData: unknown, optionalArgs: unknown): Json {
    this.rec('Files.update');
    const resource = this.mustBeResource('files.update', resourceArg ?? {});
    const id = String(fileId);
    const now = this.execution.now().toISOString();
    return this.env.update((s) => {
      const item = s.drive.items[id];
      if (!item || !this.canRead(s, item)) throw apiError('files.update', `File not found: ${id}.`);
      if (!this.canEdit(s, item)) throw apiError('files.update', 'The user does not have sufficient permissions for this file.');
      if (typeof resource.name === 'string') item.name = resource.name;
      if (typeof resource.description === 'string') item.description = resource.description;
      if (typeof resource.trashed === 'boolean') item.trashed = resource.trashed;
      if (mediaData !== undefined && mediaData !== null && item.kind === 'file') writePrivateFile(path.join(this.env.driveDir, id), toBlob(mediaData).rawBytes());
      item.updated = now;
      return this.shape(item, s.drive.rootId, optionalArgs);
    });
  }

  permissions(fileId: unknown, optionalArgs: unknown): Json {
    this.rec('Permissions.list');
    const id = String(fileId);
    const fields = parseFields((optionalArgs as Json | undefined)?.fields);
    return this.env.read((s) => {
      const item = s.drive.items[id];
      if (!item || !this.canRead(s, item)) throw apiError('permissions.list', `File not found: ${id}.`);
      const list: Json[] = [];
      const seen = new Set<string>();
      const add = (p: Json) => {
        const key = `${String(p.type)}:${String(p.emailAddress ?? p.domain ?? '')}`;
        if (seen.has(key)) return;
        seen.add(key);
        list.push(p);
      };
      const anyoneRole = (i: DriveItem) => (i.permission === 'EDIT' ? 'writer' : i.permission === 'COMMENT' ? 'commenter' : 'reader');
      for (const i of this.grants(s, item)) {
        add({ kind: 'drive#permission', id: permissionId(i.owner), type: 'user', role: 'owner', emailAddress: i.owner });
        for (const e of i.editors) add({ kind: 'drive#permission', id: permissionId(e), type: 'user', role: 'writer', emailAddress: e });
        for (const v of i.viewers) add({ kind: 'drive#permission', id: permissionId(v), type: 'user', role: 'reader', emailAddress: v });
        if (i.access === 'ANYONE' || i.access === 'ANYONE_WITH_LINK') add({ kind: 'drive#permission', id: i.access === 'ANYONE' ? 'anyone' : 'anyoneWithLink', type: 'anyone', role: anyoneRole(i), allowFileDiscovery: i.access === 'ANYONE' });
        if (i.access === 'DOMAIN' || i.access === 'DOMAIN_WITH_LINK') add({ kind: 'drive#permission', id: `domain:${domainOf(i.owner)}`, type: 'domain', role: anyoneRole(i), domain: domainOf(i.owner), allowFileDiscovery: i.access === 'DOMAIN' });
      }
      const keep = fields ? fields.nested.get('permissions') ?? null : null;
      const out: Json = { kind: 'drive#permissionList', permissions: list.map((p) => pick(p, keep, PERMISSION_DEFAULTS)) };
      return fields ? pick(out, fields.top, []) : out;
    });
  }
}

function permissionId(email: string): string {
  return crypto.createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 20);
}

/** The search terms Kanri uses (guides/search-files), joined by `and`; anything else is refused. */
function parseQuery(q: string): ((i: DriveItem, rootId: string) => boolean)[] {
  if (q.trim() === '') return [];
  const unquote = (s: string) => s.replace(/\\'/g, "'").replace(/\\\\/g, '\\');
  const tests: ((i: DriveItem, rootId: string) => boolean)[] = [];
  for (const term of q.split(/\s+and\s+/i)) {
    let m: RegExpExecArray | null;
    const t = term.trim();
    if ((m = /^name\s*=\s*'((?:[^'\\]|\\.)*)'$/.exec(t))) {
      const name = unquote(m[1]!);
      tests.push((i) => i.name === name);
    } else if ((m = /^'((?:[^'\\]|\\.)*)'\s+in\s+parents$/.exec(t))) {
      const parent = unquote(m[1]!);
      tests.push((i, root) => i.parents.includes(parent === 'root' ? root : parent));
    } else if ((m = /^trashed\s*=\s*(true|false)$/.exec(t))) {
      const trashed = m[1] === 'true';
      tests.push((i) => i.trashed === trashed);
    } else if ((m = /^mimeType\s*(=|!=)\s*'([^']*)'$/.exec(t))) {
      const [op, mime] = [m[1], m[2]];
      tests.push((i) => ((i.mimeType ?? (i.kind === 'folder' ? FOLDER_MIME : '')) === mime) === (op === '='));
    } else {
      throw apiError('files.list', 'Invalid Value');
    }
  }
  return tests;
}

/** The global `Drive` (Drive API v3). */
export function createAdvancedDrive(env: ServiceEnvironment, execution: ExecutionOptions, stats: CallStats): Record<string, unknown> {
  const d = new AdvancedDrive(env, execution, stats);
  return { Files: new FilesCollection(d), Permissions: new PermissionsCollection(d) };
}
