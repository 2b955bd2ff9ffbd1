/** The Kanri menu in the admin workbook, built by onOpen. */
import type { MenuEntry, SimpleTriggerEntry } from './entrypoints';
import { message } from '../core/i18n';

export const menuEntries: MenuEntry[] = [];

function buildMenu(): void {
  const ui = SpreadsheetApp.getUi();
  ui.createMenu(message('ja', 'menu.title')).addToUi();
}

export const simpleTriggerEntries: SimpleTriggerEntry[] = [
  { kind: 'simple', name: 'onOpen', summary: 'Adds the Kanri menu when the workbook opens', handler: () => buildMenu() },
  { kind: 'simple', name: 'onInstall', summary: 'Adds the Kanri menu when the add-on is installed', handler: () => buildMenu() },
];
