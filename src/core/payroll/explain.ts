/** Explanation lines of a payroll figure, from the message catalog (src/core/messages/payroll.ts). */
import { message, type Lang, type MessageKey } from '../i18n';

type Params = Record<string, string | number>;

export class Explainer {
  readonly lines: string[] = [];
  constructor(readonly lang: Lang = 'ja') {}
  /** Appends one line. */
  add(key: MessageKey, params: Params = {}): void {
    this.lines.push(this.text(key, params));
  }
  /** A fragment (a label, a range) to put inside another line. */
  text(key: MessageKey, params: Params = {}): string {
    return message(this.lang, key, params);
  }
  append(lines: readonly string[]): void {
    this.lines.push(...lines);
  }
}
