/**
 * Kanri's private Drive folders, through the advanced Drive service (Drive API v3, the global
 * `Drive`; manifest `dependencies.enabledAdvancedServices`), which works under the narrow scope
 * drive.file: "files and folders that you have opened or created with this app"
 * (developers.google.com/drive/api/guides/about-auth). DriveApp would need the full `drive` scope
 * (its reference pages list only drive / drive.readonly): docs/APPS-SCRIPT-NOTES.md says why.
 *
 * - A folder is found by the ID Kanri stored when it created it (script property
 *   KANRI_DRIVE_FOLDER:<path>), never by name: a folder someone else made with the same name is
 *   not Kanri's (issue 12, item 9). A stored folder that is gone or in the trash is made again.
 * - Before a confidential file is written, the folder's permissions are read (inherited ones
 *   included); a folder shared with anyone but its owner is refused with a clear message.
 * - A new folder or file is private already: Drive gives it no permission but its owner's, so
 *   nothing is shared afterwards (DriveApp.setSharing(PRIVATE, NONE) would throw:
 *   reference/drive/permission, NONE).
 */
import { KanriError } from '../core/errors';

const FOLDER_MIME = 'application/vnd.google-apps.folder';
const FOLDER_PROPERTY = (path: readonly string[]) => `KANRI_DRIVE_FOLDER:${path.join('/')}`;

export interface PrivateFolder {
  readonly id: string;
  readonly path: readonly string[];
}

export interface PrivateFile {
  readonly id: string;
  readonly name: string;
}

type DriveV3 = NonNullable<typeof Drive>;

function drive(): DriveV3 {
  if (typeof Drive === 'undefined' || !Drive) throw new KanriError('outputs.driveNotEnabled');
  return Drive;
}

/** The Drive API's 404 ("File not found: <id>.") as a value; any other failure is thrown. */
function isNotFound(e: unknown): boolean {
  return /File not found/.test(String((e as Error)?.message ?? e));
}

/** The stored folder, when it still exists out of the trash. */
function liveFolder(id: string): boolean {
  try {
    const f = drive().Files.get(id, { fields: 'id,trashed,mimeType' });
    return f.trashed !== true && f.mimeType === FOLDER_MIME;
  } catch (e) {
    if (isNotFound(e)) return false;
    throw e;
  }
}

/** Refuses a folder that anyone but its owner can open (a shared folder, or one inside a shared folder). */
export function assertPrivate(folder: PrivateFolder): void {
  const list = drive().Permissions.list(folder.id, { fields: 'permissions(type,role,emailAddress,domain)' });
  const others = (list.permissions ?? []).filter((p) => !(p.type === 'user' && p.role === 'owner'));
  if (!others.length) return;
  const who = others.map((p) => (p.type === 'anyone' ? 'anyone' : p.type === 'domain' ? `domain ${p.domain ?? ''}` : p.emailAddress ?? p.type ?? '')).join(', ');
  throw new KanriError('outputs.folderShared', { folder: folder.path.join(' / '), who });
}

/**
 * A folder path under My Drive that Kanri created (made where missing, its ID kept in the script
 * properties) and that is shared with nobody; refuses a shared one.
 */
export function privateFolder(path: readonly string[]): PrivateFolder {
  const props = PropertiesService.getScriptProperties();
  let parent = 'root';
  for (let i = 0; i < path.length; i++) {
    const key = FOLDER_PROPERTY(path.slice(0, i + 1));
    let id = props.getProperty(key);
    if (id && !liveFolder(id)) id = null;
    if (!id) {
      // Without `fields` the API answers kind, id, name and mimeType (guides/create-file).
      id = drive().Files.create({ name: path[i]!, mimeType: FOLDER_MIME, parents: [parent] }).id!;
      props.setProperty(key, id);
    }
    parent = id;
  }
  const folder = { id: parent, path };
  assertPrivate(folder);
  return folder;
}

/** A Drive search string literal (guides/search-files: escape ' and \ with a backslash). */
function quoted(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Writes a file into the private folder, moving an earlier file of the same name to the trash. */
export function writePrivateFile(folder: PrivateFolder, blob: GoogleAppsScript.Base.Blob): PrivateFile {
  const name = blob.getName() ?? 'Untitled';
  const old = drive().Files.list({ q: `name = ${quoted(name)} and ${quoted(folder.id)} in parents and trashed = false`, fields: 'files(id)' });
  for (const f of old.files ?? []) drive().Files.update({ trashed: true }, f.id!);
  const file = drive().Files.create({ name, parents: [folder.id], mimeType: blob.getContentType() ?? 'application/octet-stream' }, blob, { fields: 'id,name' });
  return { id: file.id!, name: file.name ?? name };
}

/** Moves a file or folder Kanri made to the trash (what a self-test made, say). */
export function trashItem(id: string): void {
  drive().Files.update({ trashed: true }, id);
}
