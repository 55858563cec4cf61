import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits';
import { EMPTY_DRAFT, fieldOfPath, parseStoredDraft, toSubmission, validateDraft } from './feedback-form';

const complete = { ...EMPTY_DRAFT, quarterId: 'herrenberg', topicId: 'wohnen', text: 'Die Laterne ist kaputt.' };

describe('validateDraft', () => {
  it('names every missing field', () => {
    expect(validateDraft(EMPTY_DRAFT)).toEqual({
      quarterId: 'feedback:errors.quarterRequired',
      topicId: 'feedback:errors.topicRequired',
      text: 'feedback:errors.textRequired',
    });
  });

  it('treats whitespace-only text as missing and over-long text as too long', () => {
    expect(validateDraft({ ...complete, text: '   \n ' }).text).toBe('feedback:errors.textRequired');
    expect(validateDraft({ ...complete, text: 'x'.repeat(LIMITS.textMax + 1) }).text).toBe('feedback:errors.textTooLong');
  });

  it('accepts a complete draft', () => {
    expect(validateDraft(complete)).toEqual({});
  });
});

describe('toSubmission', () => {
  it('builds a private feedback item without mood by default', () => {
    expect(toSubmission({ ...complete, text: '  Hallo  ' })).toEqual({
      kind: 'feedback',
      quarterId: 'herrenberg',
      topicId: 'wohnen',
      text: 'Hallo',
      visibility: 'private',
    });
  });

  it('keeps a chosen mood and public visibility', () => {
    expect(toSubmission({ ...complete, mood: 4, visibility: 'public' })).toMatchObject({ mood: 4, visibility: 'public' });
  });
});

describe('fieldOfPath', () => {
  it('maps zod paths to form fields', () => {
    expect(fieldOfPath('text')).toBe('text');
    expect(fieldOfPath('quarterId')).toBe('quarterId');
    expect(fieldOfPath('contact.email')).toBeUndefined();
    expect(fieldOfPath('')).toBeUndefined();
  });
});

describe('parseStoredDraft', () => {
  it('keeps valid fields and drops junk', () => {
    expect(parseStoredDraft({ text: 'a', mood: 9, visibility: 'secret', topicId: 3 })).toEqual({ text: 'a' });
    expect(parseStoredDraft(null)).toEqual({});
    expect(parseStoredDraft({ mood: 2, visibility: 'public' })).toEqual({ mood: 2, visibility: 'public' });
  });
});
