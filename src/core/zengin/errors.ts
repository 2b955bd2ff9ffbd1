/** Errors of the 全銀 file: each issue names who (employee or consignor), the field, and carries a message key. */
import { message, type Lang, type MessageKey } from '../i18n';

export interface ZenginIssue {
  key: MessageKey;
  params: Record<string, string | number>;
}

export function describeZenginIssue(issue: ZenginIssue, lang: Lang = 'en'): string {
  const params = { ...issue.params };
  if (params.who === undefined) params.who = message(lang, 'zengin.who.consignor');
  return message(lang, issue.key, params);
}

/** Thrown with every problem found (not just the first), so the admin can fix the master in one pass. */
export class ZenginError extends Error {
  constructor(readonly issues: readonly ZenginIssue[]) {
    super(issues.map((i) => describeZenginIssue(i, 'en')).join('\n'));
    this.name = 'ZenginError';
  }
  localized(lang: Lang): string[] {
    return this.issues.map((i) => describeZenginIssue(i, lang));
  }
}
