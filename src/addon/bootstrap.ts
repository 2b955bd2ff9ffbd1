/**
 * What every piece of server code needs before it runs, in Code.js and in each lazy module: where
 * the English catalog and the large legal tables are read from (project files, on demand).
 */
import { setCatalogLoader } from '../core/i18n';
import { setDataFileReader } from '../core/dataFiles';

export function bootstrap(): void {
  const read = (file: string) => () => JSON.parse(HtmlService.createHtmlOutputFromFile(file).getContent()) as Record<string, string>;
  setCatalogLoader(read('messages-en'), read('messages-ja-rest'));
  setDataFileReader((name) => HtmlService.createHtmlOutputFromFile(name).getContent());
}
