import { message, type Lang, type MessageKey } from '../i18n';

/** A journal problem with its message key; `.message` is English, `localized('ja')` for the admin. */
export class JournalError extends Error {
  constructor(readonly key: MessageKey, readonly params: Record<string, string | number>) {
    super(message('en', key, params));
    this.name = 'JournalError';
  }
  localized(lang: Lang): string {
    return message(lang, this.key, this.params);
  }
}
