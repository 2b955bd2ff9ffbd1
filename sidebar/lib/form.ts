/**
 * A page's form checked with the server's own schema (src/schema/forms) before it is sent: the first
 * wrong field is marked (aria-invalid), focused and named in the page's language. The server checks
 * the same schema again; this only saves a round trip and says which field.
 */
import { safeParse, type ZodMiniType, type input, type output } from 'zod/mini';

export type FormCheck<S extends ZodMiniType> =
  | { readonly ok: true; readonly value: output<S> }
  | { readonly ok: false; readonly field: string; readonly path: string; readonly messageKey: string | null };

/**
 * Parses `value` with `schema`; on failure marks the control of the first wrong field: `controls[path]` (the issue's
 * whole path, `people.1.birthDate`, for a form of lists), else `controls[field]` (its first key).
 */
export function checkForm<S extends ZodMiniType>(schema: S, value: input<S>, controls: Partial<Record<string, HTMLElement>> = {}): FormCheck<S> {
  for (const c of Object.values(controls)) c?.removeAttribute('aria-invalid');
  const parsed = safeParse(schema, value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  const path = issue.path.map(String).join('.');
  const control = controls[path] ?? controls[field];
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    control.focus();
  }
  const key = (issue as { params?: { messageKey?: unknown } }).params?.messageKey;
  return { ok: false, field, path, messageKey: typeof key === 'string' ? key : null };
}
