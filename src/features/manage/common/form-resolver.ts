import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { issueRule, type IssueRule } from '../../../ui/form/form-messages';
import { formResolver } from '../../../ui/form/form-resolver';

// The manager forms' words for zod issues. The resolver and the kinds of problem are the app's one
// implementation (src/ui/form); here only which manager text says what.

export type IssueKeyer = (issue: z.core.$ZodIssue) => string;

export function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.');
}

const GENERAL_KEYS: Record<IssueRule, string> = {
  required: 'manage:form.required',
  tooShort: 'manage:form.tooSmall',
  tooLong: 'manage:form.tooBig',
  invalid: 'manage:form.invalid',
};

/** The general rules: empty, too short, too long, not an e-mail address, anything else. */
export function generalIssueKey(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'manage:form.email';
  return GENERAL_KEYS[issueRule(issue)];
}

/** Keys for whole fields (a path, or everything under it), the general rules for the rest. */
export function issueKeys(byField: Readonly<Record<string, string>>, fallback: IssueKeyer = generalIssueKey): IssueKeyer {
  return (issue) => {
    const path = pathOf(issue);
    const own = Object.entries(byField).find(([field]) => path === field || path.startsWith(`${field}.`));
    return own ? own[1] : fallback(issue);
  };
}

/** A manager form's resolver over a shared schema: issues keyed by `keyOf` at their own path; submit gets the schema's output. */
export function schemaResolver<S extends z.ZodType<FieldValues, FieldValues>>(schema: S, keyOf: IssueKeyer): Resolver<z.input<S>, unknown, z.output<S>> {
  return formResolver<z.input<S>, z.output<S>>({ schema, describe: (issue) => ({ field: pathOf(issue), message: keyOf(issue) }) }, 'output');
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
