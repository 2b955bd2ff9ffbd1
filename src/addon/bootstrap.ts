/**
 * What every piece of server code needs before it runs, in Code.js and in each lazy module: where
 * the English catalog and the large legal tables are read from (project files, on demand).
 */
import { setCatalogLoader } from '../core/i18n';
import { setDataFileReader } from '../core/dataFiles';

export function bootstrap(): void {
  setCatalogLoader(() => JSON.parse(HtmlService.createHtmlOutputFromFile('messages-en').getContent()) as Record<string, string>);
  setDataFileReader((name) => HtmlService.createHtmlOutputFromFile(name).getContent());
}
