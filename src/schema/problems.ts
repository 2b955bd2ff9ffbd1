/** A zod issue as a problem a user can act on, in Japanese and English. */
import type { $ZodIssue } from 'zod/v4/core';
import { message, type Lang, type MessageKey } from '../core/i18n';

const REFINE_KEYS: Record<string, MessageKey> = {
  'must be a date YYYY-MM-DD': 'table.problem.date',
  'must be a month YYYY-MM': 'table.problem.month',
  'must be a local date-time YYYY-MM-DDTHH:mm': 'table.problem.dateTime',
  'must be an e-mail address': 'table.problem.email',
};

/** What a value is, in the user's words (never the value itself: it may be huge or hostile). */
const KIND_NAMES: Record<string, { ja: string; en: string }> = {
  number: { ja: '数値', en: 'a number' },
  int: { ja: '整数', en: 'a whole number' },
  string: { ja: '文字列', en: 'text' },
  boolean: { ja: 'true/false', en: 'true or false' },
  object: { ja: '項目の組 (オブジェクト)', en: 'an object' },
  array: { ja: '一覧 (配列)', en: 'a list (array)' },
  null: { ja: 'null', en: 'null' },
};

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function kindName(kind: string, lang: Lang): string {
  return KIND_NAMES[kind]?.[lang] ?? kind;
}

/**
 * A zod issue as a problem. For `invalid_type`, the value given (zod's `input`, present when parsed
 * with `reportInput`) tells a missing value from a wrong one: "数値を入力してください (受け取った値:
 * 文字列)", "整数を入力してください" — not 「必須項目が空です」 for `days: "1"` or `year: 2026.5`.
 */
export function describeProblem(issue: $ZodIssue, lang: Lang): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return message(lang, 'table.problem.required');
      const expected = String((issue as { expected?: unknown }).expected ?? '');
      if (expected === 'int' && typeof input === 'number') return message(lang, 'table.problem.integer');
      if (!KIND_NAMES[expected]) return message(lang, 'table.problem.type');
      return message(lang, 'table.problem.expectedType', { expected: kindName(expected, lang), received: kindName(kindOf(input), lang) });
    }
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
