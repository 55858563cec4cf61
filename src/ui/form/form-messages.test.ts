import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldOf, issueRule, messageKey, type FormMessages } from './form-messages';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? [] : result.error.issues;
};
const firstIssue = (schema: z.ZodType, value: unknown) => {
  const issue = issuesOf(schema, value)[0];
  if (!issue) throw new Error('expected an issue');
  return issue;
};

describe('issueRule: a zod issue as a kind of problem', () => {
  const title = z.string().trim().min(3).max(5);
  it('tells a missing value from a too short one, by the input and the limit', () => {
    expect(issueRule(firstIssue(title, '   '))).toBe('required');
    expect(issueRule(firstIssue(title, 'ab'))).toBe('tooShort');
    expect(issueRule(firstIssue(z.string().min(1), ''))).toBe('required');
    expect(issueRule(firstIssue(z.object({ a: z.string() }), {}))).toBe('required');
  });

  it('knows too long and anything else as invalid', () => {
    expect(issueRule(firstIssue(title, 'abcdefg'))).toBe('tooLong');
    expect(issueRule(firstIssue(z.email(), 'erika@'))).toBe('invalid');
    expect(issueRule(firstIssue(z.number(), 'x'))).toBe('invalid');
  });
});

describe('a form’s messages', () => {
  const form: FormMessages = {
    fields: { text: { required: 'k:textRequired', tooLong: 'k:textTooLong' }, place: 'k:place', contact: 'k:contact', 'contact.email': 'k:email' },
    fallback: 'k:check',
    renames: { location: 'place' },
  };

  it('finds the field of an item path: renamed, nested, or none', () => {
    expect(fieldOf(form, ['location', 'lat'])).toBe('place');
    expect(fieldOf(form, ['contact', 'email'])).toBe('contact.email');
    expect(fieldOf(form, ['contact'])).toBe('contact');
    expect(fieldOf(form, ['contact', 'phone'])).toBe('contact');
    expect(fieldOf(form, ['id'])).toBeUndefined();
    expect(fieldOf(form, [])).toBeUndefined();
  });

  it('picks the key for the kind of problem, one key for all, or the fallback', () => {
    const text = z.string().trim().min(1).max(3);
    expect(messageKey(form, 'text', firstIssue(text, ' '))).toBe('k:textRequired');
    expect(messageKey(form, 'text', firstIssue(text, 'abcd'))).toBe('k:textTooLong');
    expect(messageKey(form, 'place', firstIssue(text, 'abcd'))).toBe('k:place');
    expect(messageKey(form, 'text', firstIssue(z.number(), 'x'))).toBe('k:check');
  });
});
