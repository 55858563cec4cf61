import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { fieldOf, messageKey, type FormMessages } from './form-messages';

/*
 * The one react-hook-form resolver of the app, for resident and manager forms: a shared zod schema
 * (src/shared) checks what the form stands for, and each issue lands on its form field with a
 * translation key. Resident forms check the outbox item their values become (DESIGN §4: the outbox
 * item is the request body); manager forms check their values and submit the schema's output.
 * (@hookform/resolvers' zodResolver would keep the schema's own English messages — in zod 4 a
 * refinement's message outranks any error map — so issues are put into words here, from the whole
 * issue, and nested onto the form with the library's toNestErrors.)
 */

/** Where an issue is shown and in which words (a translation key). */
export type IssuePlace = { field: string; message: string };

export interface FormCheck<V> {
  schema: z.ZodType;
  /** what the schema checks, made from the form's values; the values themselves when left out */
  toItem?: (values: V) => unknown;
  /** the field and words for an issue; undefined when the form has no field for it */
  describe: (issue: z.core.$ZodIssue) => IssuePlace | undefined;
  /** problems only the device knows of, by form field: e.g. a remembered quarter the catalog no longer has */
  extra?: (values: V) => Record<string, string>;
}

/** Issues placed by a form's message table (form-messages.ts). */
export function byMessages(messages: FormMessages): FormCheck<unknown>['describe'] {
  return (issue) => {
    const field = fieldOf(messages, issue.path);
    return field === undefined ? undefined : { field, message: messageKey(messages, field, issue) };
  };
}

/** Stand-ins for what `enqueue` adds when the resident presses send (id, time, language, photo ids). */
export const SEND_TIME_FIELDS = { id: '00000000-0000-4000-8000-000000000000', createdAt: '2000-01-01T00:00:00.000Z', locale: 'de' } as const;
export const sendTimeMediaIds = (count: number): string[] => Array.from({ length: count }, () => SEND_TIME_FIELDS.id);

/**
 * The form's problems by field — the first problem of each field, outer fields before inner ones —
 * and, when there are none, what the schema made of the values.
 */
export function checkForm<V>(check: FormCheck<V>, values: V): { problems: Record<string, FieldError>; output?: unknown } {
  const found: Record<string, FieldError> = {};
  const parsed = check.schema.safeParse(check.toItem ? check.toItem(values) : values, { reportInput: true });
  // An issue outside the form's fields (none is expected) is left to the send: the outbox (or the
  // server) refuses the item and the form says so, so nothing is dropped silently.
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const place = check.describe(issue);
    if (place && !(place.field in found)) found[place.field] = { type: issue.code, message: place.message };
  }
  for (const [field, key] of Object.entries(check.extra?.(values) ?? {})) found[field] ??= { type: 'custom', message: key };
  const depth = (field: string) => field.split('.').length;
  const problems = Object.fromEntries(Object.entries(found).sort(([a], [b]) => depth(a) - depth(b)));
  return Object.keys(problems).length === 0 && parsed.success ? { problems, output: parsed.data } : { problems };
}

/**
 * The resolver. `submits: 'values'` hands the form's own values to submit (a resident form builds its
 * item again when it sends); `'output'` hands over what the schema made of them (trimmed, converted).
 */
export function formResolver<V extends FieldValues, O = V>(check: FormCheck<V>, submits: 'values' | 'output' = 'values'): Resolver<V, unknown, O> {
  return (values, _context, options) => {
    const { problems, output } = checkForm(check, values);
    if (Object.keys(problems).length > 0) return { values: {}, errors: toNestErrors(problems, options) };
    return { values: (submits === 'output' ? output : values) as O, errors: {} };
  };
}
