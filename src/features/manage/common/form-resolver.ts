import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

// The manager forms validate with the shared zod schemas (src/shared) and show messages from i18n.
// This is the manager side of "zod issue → i18n key"; resident forms have their own (to be unified).
//
// Why not zodResolver: it keeps only an issue's message, and in zod 4 a schema's own message (the
// server's English wording, e.g. newUserSchema's "At least 12 characters") wins over a parse-time
// error map. So the key is chosen here from the whole issue (code, path, limits), and the issues are
// nested onto the form with @hookform/resolvers' toNestErrors like zodResolver does.

export type IssueKeyer = (issue: z.core.$ZodIssue) => string;

export function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.');
}

/** The general rules: empty, too short, too long, not an e-mail address, anything else. */
export function generalIssueKey(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return 'manage:form.required';
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'manage:form.required' : 'manage:form.tooSmall';
    case 'too_big':
      return 'manage:form.tooBig';
    case 'invalid_format':
      return issue.format === 'email' ? 'manage:form.email' : 'manage:form.invalid';
    default:
      return 'manage:form.invalid';
  }
}

/** Keys for whole fields (a path, or everything under it), the general rules for the rest. */
export function issueKeys(byField: Readonly<Record<string, string>>, fallback: IssueKeyer = generalIssueKey): IssueKeyer {
  return (issue) => {
    const path = pathOf(issue);
    const own = Object.entries(byField).find(([field]) => path === field || path.startsWith(`${field}.`));
    return own ? own[1] : fallback(issue);
  };
}

/** A react-hook-form resolver over a shared schema: the form's submit gets the schema's output. */
export function schemaResolver<S extends z.ZodType<FieldValues, FieldValues>>(schema: S, keyOf: IssueKeyer): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(values);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of parsed.error.issues) errors[pathOf(issue)] ??= { type: issue.code, message: keyOf(issue) };
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}

/** The first message at or under a path (a field, or a group such as `location`), for showing it. */
export function messageAt(errors: unknown, path: string): string | undefined {
  const found = path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), errors);
  return firstMessage(found);
}

function firstMessage(node: unknown): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const { message } = node as { message?: unknown };
  if (typeof message === 'string') return message;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref') continue;
    const found = firstMessage(child);
    if (found) return found;
  }
  return undefined;
}

/** How many messages the errors hold (a field, or each field of a group). */
export function countMessages(errors: unknown): number {
  if (!errors || typeof errors !== 'object') return 0;
  const { message } = errors as { message?: unknown };
  if (typeof message === 'string') return 1;
  return Object.entries(errors).reduce((sum, [key, child]) => (key === 'ref' ? sum : sum + countMessages(child)), 0);
}
