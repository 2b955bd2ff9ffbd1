/** A zod issue as a problem a user can act on, in Japanese and English. */
import type { $ZodIssue } from 'zod/v4/core';
import { message, type Lang, type MessageKey } from '../core/i18n';

const REFINE_KEYS: Record<string, MessageKey> = {
  'must be a date YYYY-MM-DD': 'table.problem.date',
  'must be a month YYYY-MM': 'table.problem.month',
  'must be a local date-time YYYY-MM-DDTHH:mm': 'table.problem.dateTime',
  'must be an e-mail address': 'table.problem.email',
};

export function describeProblem(issue: $ZodIssue, lang: Lang): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return message(lang, input === undefined ? 'table.problem.required' : 'table.problem.type');
    case 'too_big':
      return message(lang, issue.origin === 'string' ? 'table.problem.tooLong' : 'table.problem.tooBig');
    case 'too_small':
      return message(lang, issue.origin === 'string' ? 'table.problem.required' : 'table.problem.tooSmall');
    case 'invalid_value':
      return message(lang, 'table.problem.oneOf', { values: issue.values.map(String).join(', ') });
    default: {
      // A custom issue carrying its catalog key (schema/person-dates.ts).
      const params = (issue as { params?: Record<string, string | number> }).params;
      if (issue.code === 'custom' && params && typeof params.messageKey === 'string') return message(lang, params.messageKey as MessageKey, params);
      const key = REFINE_KEYS[issue.message];
      return key ? message(lang, key) : message(lang, 'table.problem.other', { detail: issue.message });
    }
  }
}
