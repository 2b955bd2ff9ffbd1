/**
 * A page of the admin workbook (sidebar or dialog) in the admin's language: `<body data-lang>` tells the
 * page the 設定 language, so its texts, alerts and messages follow the menu's (sidebar/lib/page.ts).
 */
import type { Lang } from '../core/i18n';

export function adminPage(file: string, lang: Lang): GoogleAppsScript.HTML.HtmlOutput {
  const page = HtmlService.createHtmlOutputFromFile(file);
  return page.setContent(page.getContent().replace('<body', () => `<body data-lang="${lang}"`));
}
