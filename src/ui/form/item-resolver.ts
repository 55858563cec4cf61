import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { fieldOf, messageKey, type FormMessages } from './form-messages';

/*
 * A react-hook-form resolver that checks what the form would store, not the form's own shape: the
 * form's values become the outbox item (DESIGN §4: the outbox item is the request body), the shared
 * zod schema checks it, and each issue lands on the form field it belongs to with a translation key.
 * (@hookform/resolvers' zodResolver would keep the schema's English messages — a refinement's own
 * message outranks any error map — so the issues are put into words here and nested with the
 * library's toNestErrors.)
 */

export interface ItemCheck<V> {
  schema: z.ZodType;
  /** the item the form would store now, exactly as `enqueue` will validate it */
  toItem: (values: V) => unknown;
  messages: FormMessages;
  /** problems only the device knows of, by form field: e.g. a remembered quarter the catalog no longer has */
  extra?: (values: V) => Record<string, string>;
}

/** Stand-ins for what `enqueue` adds when the resident presses send (id, time, language, photo ids). */
export const SEND_TIME_FIELDS = { id: '00000000-0000-4000-8000-000000000000', createdAt: '2000-01-01T00:00:00.000Z', locale: 'de' } as const;
export const sendTimeMediaIds = (count: number): string[] => Array.from({ length: count }, () => SEND_TIME_FIELDS.id);

/** The form's problems by field: the first problem of each field, outer fields before inner ones. */
export function itemProblems<V>(check: ItemCheck<V>, values: V): Record<string, FieldError> {
  const found: Record<string, FieldError> = {};
  const parsed = check.schema.safeParse(check.toItem(values), { reportInput: true });
  // An issue outside the form's fields (none is expected) is left to `enqueue`, which refuses the
  // item and makes the form say so: nothing is dropped silently.
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = fieldOf(check.messages, issue.path);
    if (field === undefined || field in found) continue;
    found[field] = { type: issue.code, message: messageKey(check.messages, field, issue) };
  }
  for (const [field, key] of Object.entries(check.extra?.(values) ?? {})) found[field] ??= { type: 'custom', message: key };
  const depth = (field: string) => field.split('.').length;
  return Object.fromEntries(Object.entries(found).sort(([a], [b]) => depth(a) - depth(b)));
}

export function itemResolver<V extends FieldValues>(check: ItemCheck<V>): Resolver<V> {
  return (values, _context, options) => {
    const problems = itemProblems(check, values);
    if (Object.keys(problems).length === 0) return { values, errors: {} };
    return { values: {}, errors: toNestErrors(problems, options) };
  };
}
