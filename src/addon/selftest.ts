/**
 * 動作確認 (the self-test), admin only: the menu item opens the dialog; the dialog calls runSelfTest,
 * whose checks live in the lazy module `selftest` (src/addon/selftest/module.ts).
 */
import { object } from 'zod/mini';
import type { MenuEntry } from './entrypoints';
import { rpc, type RpcEntry } from './entrypoints';
import { lazyModule } from './lazy';
import { message } from '../core/i18n';
import { readSettings } from './settings';
import { adminPage } from './adminPage';

type SelfTestModule = typeof import('./selftest/module');

export const selfTestMenuEntries: MenuEntry[] = [
  {
    kind: 'menu', name: 'kanriSelfTest', caption: 'menu.selfTest', separatorBefore: true, summary: 'Opens the self-test dialog (checks on the real services what the emulator assumes)',
    handler: () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const lang = ss && readSettings(ss).language === 'en' ? 'en' : 'ja';
      SpreadsheetApp.getUi().showModalDialog(adminPage('selftest', lang).setWidth(760).setHeight(560), message(lang, 'menu.selfTest'));
    },
  },
];

export const selfTestRpcs = [
  rpc({
    name: 'runSelfTest', roles: ['admin'], summary: 'Runs the self-test on a scratch sheet and folder (deleted after) and returns expected / got per check',
    input: object({}),
    handler: (input, context) => lazyModule<SelfTestModule>('selftest').runSelfTest(input, context),
  }),
] satisfies readonly RpcEntry<any>[];
