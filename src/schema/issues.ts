/** Turns zod's issues into messages that name the field path (input.rule.weekStart) and the problem. */
import type { $ZodIssue } from 'zod/v4/core';

export function fieldPath(path: readonly PropertyKey[], root = 'input'): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), root);
}

export function describeIssue(issue: $ZodIssue, root = 'input'): string {
  const where = fieldPath(issue.path, root);
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) return `${where}: required field is missing`;
  return `${where}: ${issue.message}`;
}
