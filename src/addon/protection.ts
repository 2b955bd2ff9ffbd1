/** Protections of the sheets Kanri alone writes (issue 12 item 4). */

/**
 * What Kanri alone writes (賃金台帳, 締め状態, 監査ログ, 給与計算, 月次勤怠, 権限, the yearly
 * ledgers) is protected so that only the account running Kanri can edit it: the sheet's protection,
 * the current (effective) user made an editor first, every other editor removed, domain editing off,
 * and not warning-only (a warning stops nobody: issue 12 item 4). Following the reference's own
 * example (developers.google.com/apps-script/reference/spreadsheet/protection). Kanri's executions
 * run as that account (menus and triggers as their user, the web app as the owner), so they still
 * write. An existing warning-only protection is made strict.
 */
export function protectForKanri(sheet: GoogleAppsScript.Spreadsheet.Sheet, nameEn: string): void {
  const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? sheet.protect();
  protection.setDescription(`Kanri: ${nameEn} (written by Kanri only)`);
  protection.addEditor(Session.getEffectiveUser());
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  protection.setWarningOnly(false);
}
