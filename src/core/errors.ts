/** An error a user should read: a catalog key and its parameters, rendered in Japanese and English. */
import { message, type Lang, type MessageKey } from './i18n';

export class KanriError extends Error {
  override name = 'KanriError';
  constructor(readonly key: MessageKey, readonly params: Record<string, string | number> = {}, readonly details: readonly string[] = []) {
    super(`${message('ja', key, params)} / ${message('en', key, params)}${details.length ? `\n${details.join('\n')}` : ''}`);
  }
  text(lang: Lang): string {
    return message(lang, this.key, this.params);
  }
}
