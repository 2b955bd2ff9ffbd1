import fs from 'node:fs';
import path from 'node:path';
import { harness } from './harness';

describe('DriveApp', () => {
  test('folders and files with contents on disk and metadata in state', () => {
    const h = harness();
    const folder = h.g.DriveApp.createFolder('給与明細');
    const file = folder.createFile(h.g.Utilities.newBlob('明細', 'text/plain', '2025-04.txt'));
    expect(fs.readFileSync(path.join(h.dir, 'drive', file.getId()), 'utf8')).toBe('明細');
    expect(h.g.DriveApp.getFileById(file.getId()).getBlob().getDataAsString()).toBe('明細');
    expect(file.getName()).toBe('2025-04.txt');
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${file.getId()}/view?usp=drivesdk`);
    const found = h.g.DriveApp.getFoldersByName('給与明細');
    expect(found.hasNext()).toBe(true);
    expect(found.next().getId()).toBe(folder.getId());
    expect(found.hasNext()).toBe(false);
    expect(h.g.DriveApp.getFolderById(folder.getId()).getFiles().next().getName()).toBe('2025-04.txt');
    expect(h.stats.counts.get('DriveApp.createFolder')).toBe(1);
  });

  test('makeCopy into another folder; trashed items disappear from listings', () => {
    const h = harness();
    const a = h.g.DriveApp.createFolder('templates');
    const b = h.g.DriveApp.createFolder('contracts');
    const original = a.createFile('契約書.html', '<p>契約</p>', 'text/html');
    const copy = original.makeCopy('契約書-山田', b);
    expect(copy.getId()).not.toBe(original.getId());
    expect(copy.getBlob().getDataAsString()).toBe('<p>契約</p>');
    expect(copy.getMimeType()).toBe('text/html');
    expect(b.getFilesByName('契約書-山田').hasNext()).toBe(true);
    expect(original.makeCopy().getName()).toBe('Copy of 契約書.html');
    copy.setTrashed(true);
    expect(b.getFiles().hasNext()).toBe(false);
    expect(copy.isTrashed()).toBe(true);
  });

  test('sharing decides who can open a file', () => {
    const h = harness();
    const file = h.g.DriveApp.createFile('payslip.txt', '給与 300,000円');
    const staff = harness({ dir: h.dir, execution: { effectiveUser: 'staff@example.co.jp', activeUser: 'staff@example.co.jp' } });
    expect(() => staff.g.DriveApp.getFileById(file.getId()))
      .toThrow('No item with the given ID could be found, or you do not have permission to access it.');
    file.addViewer('staff@example.co.jp');
    expect(staff.g.DriveApp.getFileById(file.getId()).getBlob().getDataAsString()).toBe('給与 300,000円');
    expect(file.getViewers().map((u: any) => u.getEmail())).toEqual(['staff@example.co.jp']);
    expect(() => staff.g.DriveApp.getFileById(file.getId()).setName('x')).toThrow('Access denied: DriveApp.');
    file.addEditor('staff@example.co.jp');
    expect(file.getEditors().map((u: any) => u.getEmail())).toEqual(['staff@example.co.jp']);
    expect(file.getViewers()).toEqual([]);
    const outsider = harness({ dir: h.dir, execution: { effectiveUser: 'someone@other.jp' } });
    file.setSharing(h.g.DriveApp.Access.DOMAIN_WITH_LINK, h.g.DriveApp.Permission.VIEW);
    expect(() => outsider.g.DriveApp.getFileById(file.getId())).toThrow('No item with the given ID');
    file.setSharing(h.g.DriveApp.Access.ANYONE_WITH_LINK, h.g.DriveApp.Permission.VIEW);
    expect(outsider.g.DriveApp.getFileById(file.getId()).getName()).toBe('payslip.txt');
  });
});
