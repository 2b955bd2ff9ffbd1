/**
 * `SpreadsheetApp.getUi()`: menus, sidebars, dialogs and alerts are recorded as UI events for the
 * local sandbox to render (reference/base/ui, reference/base/menu).
 */
import type { SheetsHost } from './documents';

export type MenuItemSpec =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuItemSpec[] };

export type UiEvent =
  | { type: 'menu'; caption: string; addon: boolean; items: MenuItemSpec[] }
  | { type: 'sidebar'; title: string; html: string }
  | { type: 'modalDialog' | 'modelessDialog'; title: string; html: string; width?: number; height?: number }
  | { type: 'alert'; title: string; prompt: string; buttons: string }
  | { type: 'toast'; spreadsheetId: string; message: string; title: string; timeoutSeconds: number };

/** An HtmlOutput from HtmlService (the other half of the emulator): read by duck typing. */
interface HtmlLike {
  getContent(): string;
  getTitle?(): string;
  getWidth?(): number;
  getHeight?(): number;
}

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

export class EmuMenu {
  private readonly items: MenuItemSpec[] = [];
  constructor(
    private readonly host: SheetsHost,
    private readonly caption: string,
    private readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): EmuMenu {
    this.host.local('SpreadsheetApp.Menu.addItem');
    this.items.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): EmuMenu {
    this.host.local('SpreadsheetApp.Menu.addSeparator');
    this.items.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: EmuMenu): EmuMenu {
    this.host.local('SpreadsheetApp.Menu.addSubMenu');
    this.items.push({ kind: 'submenu', caption: menu.caption, items: menu.spec() });
    return this;
  }

  addToUi(): void {
    this.host.read('SpreadsheetApp.Menu.addToUi');
    this.host.ui.push({ type: 'menu', caption: this.caption, addon: this.addon, items: this.spec() });
  }

  private spec(): MenuItemSpec[] {
    return JSON.parse(JSON.stringify(this.items)) as MenuItemSpec[];
  }
}

function html(host: SheetsHost, method: string, output: unknown): HtmlLike {
  const o = output as HtmlLike | null;
  if (!o || typeof o.getContent !== 'function') throw host.realm.error(`The parameters (${typeof output}) don't match the method signature for Ui.${method}.`);
  return o;
}

export class EmuUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly host: SheetsHost) {}

  createMenu(caption: string): EmuMenu {
    this.host.local('SpreadsheetApp.Ui.createMenu');
    return new EmuMenu(this.host, String(caption), false);
  }

  createAddonMenu(): EmuMenu {
    this.host.local('SpreadsheetApp.Ui.createAddonMenu');
    return new EmuMenu(this.host, 'Kanri', true);
  }

  showSidebar(userInterface: unknown): void {
    this.host.read('SpreadsheetApp.Ui.showSidebar');
    const o = html(this.host, 'showSidebar', userInterface);
    this.host.ui.push({ type: 'sidebar', title: o.getTitle?.() ?? '', html: o.getContent() });
  }

  showModalDialog(userInterface: unknown, title: string): void {
    this.dialog('modalDialog', userInterface, title);
  }

  showModelessDialog(userInterface: unknown, title: string): void {
    this.dialog('modelessDialog', userInterface, title);
  }

  private dialog(type: 'modalDialog' | 'modelessDialog', userInterface: unknown, title: string): void {
    this.host.read(`SpreadsheetApp.Ui.show${type === 'modalDialog' ? 'Modal' : 'Modeless'}Dialog`);
    const o = html(this.host, type, userInterface);
    const width = o.getWidth?.();
    const height = o.getHeight?.();
    this.host.ui.push({ type, title: String(title), html: o.getContent(), ...(width ? { width } : {}), ...(height ? { height } : {}) });
  }

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons); returns the button pressed. */
  alert(a: string, b?: string, c?: string): string {
    this.host.read('SpreadsheetApp.Ui.alert');
    const [title, prompt, buttons] = c !== undefined ? [a, b ?? '', c] : b !== undefined && b in ButtonSet ? ['', a, b] : ['', a, 'OK'];
    const event = { type: 'alert' as const, title: String(title), prompt: String(prompt), buttons: String(buttons) };
    this.host.ui.push(event);
    const respond = this.host.options.respondToAlert;
    if (respond) return respond(event);
    return buttons.startsWith('YES') ? Button.YES : Button.OK;
  }
}

// Every public method exists in Google's API (@types/google-apps-script).
type Invented<T, G> = Exclude<keyof T, keyof G>;
type MustBeNever<T extends never> = T;
export type _Checks = [MustBeNever<Invented<EmuUi, GoogleAppsScript.Base.Ui>>, MustBeNever<Invented<EmuMenu, GoogleAppsScript.Base.Menu>>];
