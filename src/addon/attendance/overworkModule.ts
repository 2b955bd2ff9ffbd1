/**
 * The overwork lazy module (see ../lazy.ts): the overwork view, and its executive version (admin only).
 * Writes the sheet 「36協定レポート」 (replaced each time, one write, protected) and a PDF saved in the
 * private Drive folder 「Kanri 36協定レポート」, returned as base64; audited. The trend is a table of
 * figures on the sheet (the emulator has no chart builder, so no EmbeddedChart is made) and an inline
 * SVG line chart in the PDF.
 */
import { auditFields } from '../../schema/auditText';
import { bootstrap } from '../bootstrap';
import type { RpcContext } from '../entrypoints';
import { guardedRows } from '../../schema/cells';
import { withLock } from '../lock';
import { protectForKanri } from '../protection';
import { Transaction } from '../transaction';
import { nowTokyo } from '../clock';
import { privateFolder, writePrivateFile } from '../drive';
import type { Lang } from '../../core/i18n';
import type { YearMonth } from '../../core/calendar';
import { OVERWORK_SHEET, overworkReportHtml, overworkSheetRows, type ReportCell } from '../../core/attendance/overworkReport';
import { overworkFor } from './overwork';

bootstrap();

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const OVERWORK_FOLDER = 'Kanri 36協定レポート';

function writeSheet(ss: Spreadsheet, rows: ReportCell[][]): void {
  const sheet = ss.getSheetByName(OVERWORK_SHEET) ?? ss.insertSheet(OVERWORK_SHEET);
  sheet.clear();
  const width = rows[0]!.length;
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setNumberFormats(rows.map((r) => r.map((c) => (typeof c === 'string' ? '@' : '#,##0'))));
  range.setValues(guardedRows(rows)); // names and departments are text, never a formula
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) protectForKanri(sheet, OVERWORK_SHEET);
}

/** The overwork view (admin: everyone; manager: their departments; see overwork.ts). */
export function overworkView(input: { month?: YearMonth }, context: RpcContext) {
  return overworkFor(context, input.month);
}

export function writeOverworkReport(input: { month?: YearMonth; lang?: string }, context: RpcContext) {
  const lang: Lang = input.lang === 'en' ? 'en' : 'ja';
  const view = overworkFor(context, input.month);
  const rows = overworkSheetRows(view, 'ja');
  const fileName = `${OVERWORK_SHEET}_${view.month}.pdf`;
  const pdf = Utilities.newBlob(overworkReportHtml(view, lang), 'text/html', fileName).getAs('application/pdf').setName(fileName);
  withLock(() => {
    writeSheet(context.ss, rows);
    writePrivateFile(privateFolder([OVERWORK_FOLDER]), pdf);
    const tx = new Transaction({ ss: context.ss, user: context.caller.email, now: nowTokyo() });
    tx.note(OVERWORK_SHEET, 'export', view.month, auditFields({ 人数: view.totals.people, 違反: view.totals.violations, 行数: rows.length }));
    tx.commit();
  });
  return { month: view.month, sheet: OVERWORK_SHEET, rows: rows.length, people: view.totals.people, violations: view.totals.violations,
    warnings: view.totals.warnings, fileName, base64: Utilities.base64Encode(pdf.getBytes()) };
}
