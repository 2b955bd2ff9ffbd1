/**
 * Issue 12 item 13: what Kanri writes on this machine is private (files 0600, folders 0700, even
 * under umask 000), and a reset deletes what Kanri created and nothing else, saying exactly what.
 * Both failed before the fix (files were 0644 and folders 0755; the reset removed the folder).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Company } from '../../src/local/company';
import { removeKanriFiles } from '../../src/local/store/company-files';
import { tempDir } from '../support/company';

/** Writes one of everything: a mail, Drive files (created, rewritten, copied), a property, another spreadsheet, a cell. */
const TEST_BUNDLE = `
function writeAll() {
  MailApp.sendEmail('someone@example.jp', 'payslip', 'body');
  var f = DriveApp.createFile('payslip.txt', 'confidential');
  f.setContent('still confidential');
  f.makeCopy('copy of payslip');
  PropertiesService.getScriptProperties().setProperty('link.secret', 'abc');
  SpreadsheetApp.create('manager view').getSheets()[0].getRange(1, 1).setValue('view');
  SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1).setValue('admin');
  return true;
}
`;

function company(dir: string): Company {
  const buildDir = tempDir('kanri-files-build-');
  fs.writeFileSync(path.join(buildDir, 'Code.js'), TEST_BUNDLE);
  return new Company(dir, { buildDir });
}

/** Every file and folder below `dir` (relative) with its permission bits. */
function modes(dir: string): { files: Record<string, number>; dirs: Record<string, number> } {
  const files: Record<string, number> = {};
  const dirs: Record<string, number> = { '.': fs.statSync(dir).mode & 0o777 };
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      const mode = fs.statSync(path.join(dir, p)).mode & 0o777;
      if (e.isDirectory()) { dirs[p] = mode; walk(p); } else files[p] = mode;
    }
  };
  walk('');
  return { files, dirs };
}

const octal = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.toString(8)]));

describe('item 13: local files are private', () => {
  let umask: number;
  beforeAll(() => { umask = process.umask(0o000); }); // the modes may not depend on the user's umask
  afterAll(() => { process.umask(umask); });

  test('everything an execution writes is 0600, in folders 0700', () => {
    const dir = path.join(tempDir('kanri-files-'), 'company');
    const c = company(dir);
    const r = c.run('writeAll', [], { kind: 'menu', user: c.owner });
    expect(r.error?.message).toBeUndefined();
    const { files, dirs } = modes(dir);
    // one of each kind was written
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['Kanri.xlsx', '.kanri/state.json', '.kanri/owner']));
    expect(Object.keys(files).filter((f) => /^outbox\/.+\.eml$/.test(f))).toHaveLength(1);
    expect(Object.keys(files).filter((f) => f.startsWith('drive/'))).toHaveLength(2);
    expect(Object.keys(files).filter((f) => /^spreadsheets\/.+\.xlsx$/.test(f))).toHaveLength(1);
    expect(octal(files)).toEqual(Object.fromEntries(Object.keys(files).map((f) => [f, '600'])));
    expect(octal(dirs)).toEqual(Object.fromEntries(Object.keys(dirs).map((d) => [d, '700'])));
  });

  test('a folder made by an older version is tightened, its files become 0600 when next written', () => {
    const dir = path.join(tempDir('kanri-files-'), 'company');
    expect(company(dir).run('writeAll', [], { kind: 'menu', user: 'owner@example.com' }).ok).toBe(true);
    // as an older version left them: world-readable
    const old = modes(dir);
    for (const f of Object.keys(old.files)) fs.chmodSync(path.join(dir, f), 0o644);
    for (const d of Object.keys(old.dirs)) fs.chmodSync(path.join(dir, d), 0o755);
    const c = company(dir);
    expect(c.run('writeAll', [], { kind: 'menu', user: c.owner }).ok).toBe(true);
    const { files, dirs } = modes(dir);
    expect(files['.kanri/state.json']!.toString(8)).toBe('600');
    expect(files['Kanri.xlsx']!.toString(8)).toBe('600');
    for (const d of ['.kanri', 'outbox', 'drive', 'spreadsheets']) expect([d, dirs[d]!.toString(8)]).toEqual([d, '700']);
    // The company folder itself was the user's: left as it was.
    expect(dirs['.']!.toString(8)).toBe('755');
  });
});

describe('item 13: a reset deletes what Kanri created, nothing else, and says what', () => {
  test('the workbook, .kanri, Kanri\'s mails, Drive files and spreadsheets go; a person\'s files stay', () => {
    const dir = path.join(tempDir('kanri-reset-'), 'company');
    const c = company(dir);
    expect(c.run('writeAll', [], { kind: 'menu', user: c.owner }).ok).toBe(true);
    const before = modes(dir).files;
    const kanriFiles = Object.keys(before);
    // What a person put there: never Kanri's to delete.
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    fs.writeFileSync(path.join(dir, 'outbox', 'draft.txt'), 'mine');
    fs.writeFileSync(path.join(dir, 'drive', 'scan.pdf'), 'mine');
    fs.mkdirSync(path.join(dir, 'exports'));
    fs.writeFileSync(path.join(dir, 'exports', 'bank.txt'), 'mine');
    const report = removeKanriFiles(dir);
    const count = (prefix: string) => kanriFiles.filter((f) => f.startsWith(prefix)).length;
    expect(report.deleted).toEqual([
      { path: '.kanri/', files: count('.kanri/') },
      { path: 'Kanri.xlsx', files: 1 },
      { path: 'drive/…', files: 2 },
      { path: 'outbox/…', files: 1 },
      { path: 'spreadsheets/', files: 1 },
    ]);
    expect(report.kept.sort()).toEqual(['drive/scan.pdf', 'exports/', 'notes.txt', 'outbox/draft.txt']);
    expect(Object.keys(modes(dir).files).sort()).toEqual(['drive/scan.pdf', 'exports/bank.txt', 'notes.txt', 'outbox/draft.txt']);
    expect(fs.existsSync(path.join(dir, 'spreadsheets'))).toBe(false);
  });

  test('a folder with nothing but Kanri\'s files is left empty, the folders Kanri made removed', () => {
    const dir = path.join(tempDir('kanri-reset-'), 'company');
    const c = company(dir);
    expect(c.run('writeAll', [], { kind: 'menu', user: c.owner }).ok).toBe(true);
    const report = removeKanriFiles(dir);
    expect(report.kept).toEqual([]);
    expect(report.deleted.map((d) => d.path)).toEqual(['.kanri/', 'Kanri.xlsx', 'drive/', 'outbox/', 'spreadsheets/']);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
