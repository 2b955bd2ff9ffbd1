/** The admin workbook: the active spreadsheet, or (in a web app or trigger) the one recorded at setup. */
const SPREADSHEET_ID_PROPERTY = 'KANRI_SPREADSHEET_ID';

export function openWorkbook(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  const id = PropertiesService.getScriptProperties().getProperty(SPREADSHEET_ID_PROPERTY);
  if (!id) throw new Error('Kanri is not set up: run Kanri › 初期設定 in the admin workbook first.');
  return SpreadsheetApp.openById(id);
}

export function rememberWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const props = PropertiesService.getScriptProperties();
  if (props.getProperty(SPREADSHEET_ID_PROPERTY) !== ss.getId()) props.setProperty(SPREADSHEET_ID_PROPERTY, ss.getId());
}
