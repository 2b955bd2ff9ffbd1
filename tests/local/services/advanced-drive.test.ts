/**
 * The advanced Drive service (Drive API v3) as the emulator models it, DriveApp's setSharing enum
 * rule, and the "Files converted" daily quota (issue 11, findings 2 and 3; build item 2).
 */
import { harness } from './harness';

const MANIFEST = (scopes: string[]) => ({
  dependencies: { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] },
  oauthScopes: scopes.map((s) => `https://www.googleapis.com/auth/${s}`),
});
const FOLDER = 'application/vnd.google-apps.folder';

describe('Drive (advanced service, v3)', () => {
  test('the global exists only when the manifest enables it', () => {
    expect(harness({ manifest: { oauthScopes: [] } }).g.Drive).toBeUndefined();
    expect(harness({ manifest: MANIFEST(['drive.file']) }).g.Drive).toBeDefined();
  });

  test('create, get, list, update answer the API\'s shapes (default fields unless `fields` is given)', () => {
    const h = harness({ manifest: MANIFEST(['drive.file']) });
    const folder = h.g.Drive.Files.create({ name: '給与明細', mimeType: FOLDER, parents: ['root'] });
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(folder).toEqual(expect.objectContaining({ kind: 'drive#file', name: '給与明細', mimeType: FOLDER }));
    const blob = h.g.Utilities.newBlob('明細', 'text/plain', 'a.txt');
    const file = h.g.Drive.Files.create({ name: 'a.txt', parents: [folder.id] }, blob, { fields: 'id,name,parents,size' });
    expect(file).toEqual({ id: file.id, name: 'a.txt', parents: [folder.id], size: '6' });
    expect(h.g.Drive.Files.get(file.id, { fields: 'trashed' })).toEqual({ trashed: false });
    const q = `name = 'a.txt' and '${folder.id}' in parents and trashed = false`;
    expect(h.g.Drive.Files.list({ q, fields: 'files(id)' })).toEqual({ files: [{ id: file.id }] });
    expect(h.g.Drive.Files.update({ trashed: true }, file.id).id).toBe(file.id);
    expect(h.g.Drive.Files.list({ q, fields: 'files(id)' })).toEqual({ files: [] });
    expect(() => h.g.Drive.Files.list({ q: 'fullText contains \'x\'' })).toThrow('API call to drive.files.list failed with error: Invalid Value');
    expect(() => h.g.Drive.Files.get('nope')).toThrow('API call to drive.files.get failed with error: File not found: nope.');
  });

  test('under drive.file the script sees only what it created; under drive, everything its user can open', () => {
    const h = harness({ manifest: MANIFEST(['drive.file']) });
    // A folder the user made in Drive's own UI (not through this script).
    let theirs = '';
    h.env.update((s) => {
      theirs = 'user-made';
      s.drive.items[theirs] = { id: theirs, kind: 'folder', name: 'Kanri 給与明細', parents: [s.drive.rootId], owner: h.execution.effectiveUser, editors: [], viewers: [], access: 'PRIVATE', permission: 'NONE', trashed: false, mimeType: FOLDER, created: '2025-01-01T00:00:00.000Z', updated: '2025-01-01T00:00:00.000Z' };
    });
    expect(() => h.g.Drive.Files.get(theirs)).toThrow(`File not found: ${theirs}.`);
    expect(h.g.Drive.Files.list({ q: "name = 'Kanri 給与明細'" }).files).toEqual([]);
    const full = harness({ dir: h.dir, manifest: MANIFEST(['drive']), execution: h.execution });
    expect(full.g.Drive.Files.list({ q: "name = 'Kanri 給与明細'" }).files.map((f: { id: string }) => f.id)).toEqual([theirs]);
  });

  test('permissions: the owner only for a new item; sharing of a folder above is inherited', () => {
    const h = harness({ manifest: MANIFEST(['drive', 'drive.file']) });
    const top = h.g.Drive.Files.create({ name: 'top', mimeType: FOLDER });
    const run = h.g.Drive.Files.create({ name: '2026-10', mimeType: FOLDER, parents: [top.id] });
    const perms = (id: string) => h.g.Drive.Permissions.list(id, { fields: 'permissions(type,role,emailAddress)' }).permissions;
    expect(perms(run.id)).toEqual([{ type: 'user', role: 'owner', emailAddress: h.execution.effectiveUser }]);
    h.g.DriveApp.getFolderById(top.id).addViewer('staff@example.co.jp');
    expect(perms(run.id)).toEqual([
      { type: 'user', role: 'owner', emailAddress: h.execution.effectiveUser },
      { type: 'user', role: 'reader', emailAddress: 'staff@example.co.jp' },
    ]);
    expect(Object.keys(h.g.Drive.Permissions.list(run.id).permissions[0]).sort()).toEqual(['id', 'kind', 'role', 'type']);
  });
});

describe('DriveApp.setSharing and Permission.NONE (reference/drive/permission)', () => {
  test('NONE throws unless combined with Access.ANYONE', () => {
    const h = harness();
    const file = h.g.DriveApp.createFile('a.txt', 'x');
    const { Access, Permission } = h.g.DriveApp;
    expect(() => file.setSharing(Access.PRIVATE, Permission.NONE)).toThrow(/Permission\.NONE/);
    expect(() => h.g.DriveApp.createFolder('f').setSharing(Access.DOMAIN, Permission.NONE)).toThrow(/Permission\.NONE/);
    expect(file.getSharingAccess()).toBe('PRIVATE');
    file.setSharing(Access.ANYONE, Permission.NONE);
    expect(file.getSharingAccess()).toBe('ANYONE');
  });
});

describe('"Files converted" a day (guides/services/quotas)', () => {
  test('HTML → PDF counts against 2,000 (consumer) / 4,000 (Workspace) a day, per user, for 24 hours', () => {
    expect(harness({ accountType: 'consumer' }).env.conversionsDaily).toBe(2000);
    expect(harness().env.conversionsDaily).toBe(4000);
    const h = harness({ conversionsDaily: 1 });
    const pdf = () => h.g.Utilities.newBlob('<p>明細</p>', 'text/html', 'a.html').getAs('application/pdf');
    expect(pdf().getName()).toBe('a.pdf');
    expect(() => pdf()).toThrow('Service invoked too many times for one day: conversion.');
    h.clock.now = new Date(h.clock.now.getTime() + 24 * 3600_000);
    expect(pdf().getContentType()).toBe('application/pdf');
  });
});
