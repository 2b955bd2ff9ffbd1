/**
 * Every file Kanri writes on this machine (the workbooks, `.kanri/state.json` with the link
 * secret, `outbox/*.eml` with payslip PDFs, `drive/*`, exported bank files…) holds personal or
 * confidential data: files are created 0600 and the folders Kanri creates 0700, readable by the
 * account that runs Kanri only. One writer for all of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Makes `dir` (and its missing parents) with mode 0700. A folder that already exists is left as it
 * is unless `own` says it is one of Kanri's own folders (`.kanri`, `outbox`, `drive`,
 * `spreadsheets`): those are made 0700 even when an older version created them wider.
 */
export function ensurePrivateDir(dir: string, own = false): void {
  const existed = fs.existsSync(dir);
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (existed && own && (fs.statSync(dir).mode & 0o777) !== PRIVATE_DIR_MODE) fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

/**
 * Writes `content` to a new temp file (mode 0600) in the same folder, fsyncs it and renames it over
 * `file`: a crash leaves the old file or the new one, never half of one, and the file is 0600 even
 * when the one it replaces was not. The folder is created (0700) when missing.
 */
export function writePrivateFile(file: string, content: Buffer | Uint8Array | string): void {
  ensurePrivateDir(path.dirname(path.resolve(file)));
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx', PRIVATE_FILE_MODE);
  try {
    fs.writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
