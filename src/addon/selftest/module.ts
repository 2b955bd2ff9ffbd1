/**
 * The self-test (Kanri › 動作確認), a lazy module: on a scratch sheet and a scratch Drive folder it
 * checks, on the real services, each assumption the emulator makes, and deletes what it made. The
 * same checks run in the emulator (`kanri selftest`, tests/deploy/selftest.test.ts), so the emulator
 * must agree with every expectation; a real run that disagrees is an emulator bug with its exact case.
 * Expected values come from the references named, never from running Kanri's code.
 */
import type { RpcContext } from '../entrypoints';
import { fromCell, numberFormatOf, toCell } from '../../schema/cells';
import { instantOfTokyo, tokyoDateTimeOf } from '../../core/calendar';
import { privateFolder, replaceFile, pdfOf, type PrivateFolder } from '../outputs/common';
import { trashItem } from '../drive';
import { lazyModule } from '../lazy';
import { selfTestTexts } from './texts';

export interface SelfTestRow {
  id: string;
  label: { ja: string; en: string };
  todo: { ja: string; en: string };
  expected: string;
  got: string;
  ok: boolean;
}

const hex = (bytes: number[]) => bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join(' ');
const show = (v: unknown) => (v instanceof Date ? `Date ${v.toISOString()}` : JSON.stringify(v));

function check(rows: SelfTestRow[], id: string, expected: string, run: () => string): void {
  let got: string;
  try {
    got = run();
  } catch (e) {
    got = `${(e as Error).name}: ${(e as Error).message}`;
  }
  const text = selfTestTexts[id]!;
  rows.push({ id, label: text.label, todo: text.todo, expected, got, ok: got === expected });
}

export function runSelfTest(_input: unknown, { ss }: RpcContext): { rows: SelfTestRow[]; passed: number; failed: number } {
  const rows: SelfTestRow[] = [];
  const stamp = Utilities.formatDate(new Date(), 'Asia/Tokyo', 'yyyyMMdd-HHmmss');
  const sheet = ss.insertSheet(`Kanri動作確認 ${stamp}`);
  const folderPath = [`Kanri動作確認 ${stamp}`];
  let folder: PrivateFolder | null = null;
  try {
    // 1. A plain-text ('@') cell keeps a written string literally: the apostrophe too, no number, date or formula.
    const literal = ["'E001", '0012', '2026-05', '1.50'];
    sheet.getRange(1, 1, 1, 6).setNumberFormat('@');
    sheet.getRange(1, 1, 1, literal.length).setValues([literal]);
    check(rows, 'plainText', show(literal), () => show(sheet.getRange(1, 1, 1, literal.length).getValues()[0]));
    // 2. Formula neutralisation, as Kanri guards it: text columns are '@', text written as it is.
    const formula = '=1+1';
    sheet.getRange(1, 5).setValue(toCell('text', formula));
    check(rows, 'formulaGuard', show(['', formula]), () => show([sheet.getRange(1, 5).getFormula(), sheet.getRange(1, 5).getValue()]));
    // 3. A code through Kanri's own cell path reads back unchanged.
    sheet.getRange(1, 6).setValue(toCell('code', '0012'));
    check(rows, 'codeRoundTrip', show({ ok: true, value: '0012' }), () => show(fromCell('code', sheet.getRange(1, 6).getValue())));
    // 4. A date-time cell: written as the Tokyo instant, read back as the same Tokyo wall-clock time.
    sheet.getRange(2, 1).setNumberFormat(numberFormatOf('datetime'));
    sheet.getRange(2, 1).setValue(instantOfTokyo('2026-05-11T09:30'));
    check(rows, 'dateTokyo', '2026-05-11T09:30 | 2026-05-11 09:30', () => {
      const v = sheet.getRange(2, 1).getValue();
      return `${v instanceof Date ? tokyoDateTimeOf(v) : show(v)} | ${sheet.getRange(2, 1).getDisplayValue()}`;
    });
    check(rows, 'timeZones', 'Asia/Tokyo Asia/Tokyo', () => `${Session.getScriptTimeZone()} ${ss.getSpreadsheetTimeZone()}`);
    // 5. Windows-31J (弥生) and Shift_JIS bytes: Microsoft's cp932 table (① 8740, ㈱ 878A, 髙 FBFC, 﨑 FAB1)
    //    and JIS X 0208 / 0201 (山 8E52, 田 9363, ｱ B1).
    check(rows, 'windows31j', '87 40 87 8a fb fc fa b1', () => hex(Utilities.newBlob('').setDataFromString('①㈱髙﨑', 'Windows-31J').getBytes()));
    check(rows, 'shiftJis', '8e 52 93 63 b1', () => hex(Utilities.newBlob('').setDataFromString('山田ｱ', 'Shift_JIS').getBytes()));
    // 6. HMAC-SHA256, RFC 4231 test case 2 (key "Jefe").
    check(rows, 'hmac', '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
      () => hex(Utilities.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe')).replace(/ /g, ''));
    // 7. HTML → PDF, as the outputs make it.
    const pdf = pdfOf('<html><body><table><tr><td style="font-weight:bold">給与明細 テスト</td></tr></table></body></html>', 'selftest.pdf');
    check(rows, 'pdf', '%PDF-', () => String.fromCharCode(...pdf.getBytes().slice(0, 5)));
    // 8. The script lock: taken, held, released within this execution.
    check(rows, 'lock', 'true true false', () => {
      const lock = LockService.getScriptLock();
      const taken = lock.tryLock(10_000);
      const held = lock.hasLock();
      lock.releaseLock();
      return `${taken} ${held} ${lock.hasLock()}`;
    });
    // 9. A private Drive folder and file through the advanced Drive service under drive.file, with the outputs' own helpers.
    check(rows, 'drive', 'selftest.pdf application/pdf', () => {
      folder = privateFolder(folderPath);
      const file = replaceFile(folder, pdf);
      const meta = Drive!.Files.get(file.id, { fields: 'name,mimeType' });
      return `${meta.name} ${meta.mimeType}`;
    });
    // 10. A lazy module loads (project file + evaluation).
    check(rows, 'lazyModule', 'function', () => typeof lazyModule<{ payrollPreview?: unknown }>('payroll').payrollPreview);
  } finally {
    ss.deleteSheet(sheet);
    const made = folder as PrivateFolder | null;
    if (made) {
      trashItem(made.id);
      PropertiesService.getScriptProperties().deleteProperty(`KANRI_DRIVE_FOLDER:${folderPath.join('/')}`);
    }
  }
  const failed = rows.filter((r) => !r.ok).length;
  return { rows, passed: rows.length - failed, failed };
}
