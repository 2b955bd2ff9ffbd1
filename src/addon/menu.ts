/** The Kanri menu in the admin workbook, built by onOpen from the menu entries' captions. */
import type { MenuEntry, SimpleTriggerEntry } from './entrypoints';
import { message, type Lang } from '../core/i18n';
import { openWorkbook } from './workbook';
import { lazyModule } from './lazy';

/** 初期設定 lives in a lazy module (admin only, rarely run). */
const setup = () => lazyModule<typeof import('./setupModule')>('setup');
import { rowErrorText } from './tables';
import { readSettings } from './settings';
import { adminPage } from './adminPage';
import { entryPoints } from './registry';

/**
 * The admin's language for menus and dialogs: the 設定 value `language`, Japanese by default. Read
 * from the sheet, since onOpen is a simple trigger and may use only the bound spreadsheet.
 */
function adminLang(): Lang {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return ss && readSettings(ss).language === 'en' ? 'en' : 'ja';
}

export const menuEntries: MenuEntry[] = [
  {
    kind: 'menu', name: 'kanriSetUp', caption: 'menu.setUp', summary: 'Creates every Kanri sheet (idempotent)',
    handler: () => {
      const report = setup().setUpWorkbook(openWorkbook());
      const lang = adminLang();
      const none = message(lang, 'common.none');
      const text = message(lang, 'setup.done', { created: report.created.join(', ') || none, extended: report.extended.join(', ') || none });
      SpreadsheetApp.getUi().alert(text);
      return report;
    },
  },
  {
    kind: 'menu', name: 'kanriCheck', caption: 'menu.check', summary: 'Validates every table and lists each error',
    handler: () => {
      const report = setup().checkWorkbook(openWorkbook());
      const lang = adminLang();
      const text = report.errors.length
        ? [message(lang, 'check.errors', { count: report.errors.length }), ...report.errors.slice(0, 30).map((e) => rowErrorText(e, lang))].join('\n')
        : message(lang, 'check.ok', { tables: report.tables, rows: report.rows });
      SpreadsheetApp.getUi().alert(text);
      return report;
    },
  },
  {
    kind: 'menu', name: 'kanriAttendanceSidebar', caption: 'menu.attendance', separatorBefore: true, summary: 'Opens the attendance sidebar (preview and close a month)',
    handler: () => {
      const title = message(adminLang(), 'sidebar.attendance.title');
      SpreadsheetApp.getUi().showSidebar(adminPage('attendance', adminLang()).setTitle(title));
    },
  },
  {
    kind: 'menu', name: 'kanriPayrollSidebar', caption: 'menu.payroll', summary: 'Opens the payroll sidebar (preview, close, payslips, bank file, journal)',
    handler: () => {
      const title = message(adminLang(), 'sidebar.payroll.title');
      SpreadsheetApp.getUi().showSidebar(adminPage('payroll', adminLang()).setTitle(title));
    },
  },
];

/** A caption that reflects the current state (⚠ on a stopped routine, 「申請 (6)」), when the auth mode allows reading it. */
function captionOf(entry: MenuEntry, limited: boolean, lang: Lang): string {
  if (!entry.captionNow || !limited) return message(lang, entry.caption);
  try {
    const now = entry.captionNow();
    return typeof now === 'string' ? message(lang, now) : message(lang, now.key, now.params);
  } catch {
    return message(lang, entry.caption);
  }
}

function buildMenu(event?: unknown): void {
  const lang = adminLang();
  const menu = SpreadsheetApp.getUi().createMenu(message(lang, 'menu.title'));
  // AuthMode.NONE (an add-on not yet used in this document) may not read the script properties.
  const limited = String((event as { authMode?: unknown } | undefined)?.authMode ?? '') !== 'NONE';
  // Every menu entry of the registry, in its order (read at call time: the registry imports this module).
  for (const entry of entryPoints.filter((e): e is MenuEntry => e.kind === 'menu')) {
    if (entry.separatorBefore) menu.addSeparator();
    menu.addItem(captionOf(entry, limited, lang), entry.name);
  }
  menu.addToUi();
}

export const simpleTriggerEntries: SimpleTriggerEntry[] = [
  { kind: 'simple', name: 'onOpen', summary: 'Adds the Kanri menu when the workbook opens', handler: (e) => buildMenu(e) },
  { kind: 'simple', name: 'onInstall', summary: 'Adds the Kanri menu when the add-on is installed', handler: () => buildMenu() },
];
