import type { z } from 'zod';

/*
 * Zod issues in a resident's words: the one place where a schema problem becomes a translation key.
 * A form's table names, per form field, the key for each kind of problem (or one key for all);
 * the kind comes from the issue's code and limit, never from a second copy of the rule.
 */

export type IssueRule = 'required' | 'tooShort' | 'tooLong' | 'invalid';

/** What kind of problem an issue is; the issue must come from a parse with `reportInput` (form-resolver.ts does that). */
export function issueRule(issue: z.core.$ZodIssue): IssueRule {
  switch (issue.code) {
    case 'too_small': {
      // Empty, or a text or list that needs just one: missing. Otherwise short (or, for a number, small).
      const empty = issue.input === '' || (Array.isArray(issue.input) && issue.input.length === 0);
      return empty || ((issue.origin === 'string' || issue.origin === 'array') && issue.minimum === 1) ? 'required' : 'tooShort';
    }
    case 'too_big':
      return 'tooLong';
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'required' : 'invalid';
    default:
      return 'invalid';
  }
}

export interface FormMessages {
  /** by form field (dotted path): one key for any problem, or a key per kind of problem */
  fields: Record<string, string | Partial<Record<IssueRule, string>>>;
  /** for a problem of a field whose table entry does not name that kind */
  fallback: string;
  /** item paths whose form field has another name, by their first segment (`location` → `place`) */
  renames?: Record<string, string>;
}

/** The form field an item path belongs to (`location.lat` → `place`), or undefined when the form has no such field. */
export function fieldOf(form: FormMessages, path: readonly PropertyKey[]): string | undefined {
  const [head, ...rest] = path.map(String);
  if (head === undefined) return undefined;
  const segments = [form.renames?.[head] ?? head, ...rest];
  for (let length = segments.length; length > 0; length--) {
    const candidate = segments.slice(0, length).join('.');
    if (candidate in form.fields) return candidate;
  }
  return undefined;
}

export function messageKey(form: FormMessages, field: string, issue: z.core.$ZodIssue): string {
  const entry = form.fields[field];
  if (typeof entry === 'string') return entry;
  return entry?.[issueRule(issue)] ?? form.fallback;
}
