import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits';
import { checkForm } from '../../ui/form/form-resolver';
import { EMPTY_DRAFT, feedbackCheck, parseStoredDraft, storedDraft, toSubmission, type FeedbackDraft } from './feedback-form';

const complete = { ...EMPTY_DRAFT, quarterId: 'herrenberg', topicId: 'wohnen', text: 'Die Laterne ist kaputt.' };

/** The form's problems as the resident reads them: a translation key per field (the shared schema decides). */
function problems(draft: FeedbackDraft, quarters = [{ id: 'herrenberg' }]): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(checkForm(feedbackCheck('Ort:', quarters), draft).problems).map(([field, error]) => [field, error.message]));
}

describe('the feedback check (shared schema, form messages)', () => {
  it('names every missing field', () => {
    expect(problems(EMPTY_DRAFT)).toEqual({
      quarterId: 'feedback:errors.quarterRequired',
      topicId: 'feedback:errors.topicRequired',
      text: 'feedback:errors.textRequired',
    });
  });

  it('treats whitespace-only text as missing and over-long text as too long', () => {
    expect(problems({ ...complete, text: '   \n ' }).text).toBe('feedback:errors.textRequired');
    expect(problems({ ...complete, text: 'x'.repeat(LIMITS.textMax + 1) }).text).toBe('feedback:errors.textTooLong');
  });

  it('accepts a complete draft', () => {
    expect(problems(complete)).toEqual({});
  });

  it('refuses a remembered quarter that the catalog no longer knows', () => {
    expect(problems(complete, [{ id: 'altstadt' }])).toEqual({ quarterId: 'feedback:errors.quarterRequired' });
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

describe('parseStoredDraft', () => {
  it('keeps valid fields and drops junk', () => {
    expect(parseStoredDraft({ text: 'a', mood: 9, visibility: 'secret', topicId: 3 })).toEqual({ text: 'a' });
    expect(parseStoredDraft(null)).toEqual({});
    expect(parseStoredDraft({ mood: 2, visibility: 'public' })).toEqual({ mood: 2, visibility: 'public' });
  });
});

describe('the extended draft', () => {
  const photo = { key: 'k1', blob: new Blob(['jpeg'], { type: 'image/jpeg' }), type: 'image/jpeg' };
  const full = {
    ...complete,
    mood: 2 as const,
    visibility: 'public' as const,
    place: { location: { lat: 50.9755, lng: 11.0228, accuracy: 12 }, source: 'position' as const, description: 'Domplatz, Nordseite' },
    photos: [photo],
    contact: { name: ' Erika ', email: 'erika@example.org ' },
  };

  it('survives storing and reading back, photos included, and leaves the quarter out', () => {
    const stored = storedDraft(full);
    expect(stored).not.toHaveProperty('quarterId');
    // IndexedDB's structured clone keeps Blobs; a round trip through the parser must keep everything else.
    const { quarterId: _quarter, ...rest } = full;
    expect(parseStoredDraft(stored)).toEqual(rest);
  });

  it('sends location, contact and the place description; photos go separately', () => {
    expect(toSubmission(full, 'Ort:')).toEqual({
      kind: 'feedback',
      quarterId: 'herrenberg',
      topicId: 'wohnen',
      text: 'Die Laterne ist kaputt.\n\nOrt: Domplatz, Nordseite',
      mood: 2,
      visibility: 'public',
      location: { lat: 50.9755, lng: 11.0228, accuracy: 12 },
      contact: { name: 'Erika', email: 'erika@example.org' },
    });
  });

  it('checks the e-mail address and counts the place description against the text limit', () => {
    expect(problems({ ...full, contact: { name: '', email: 'erika@' } })).toEqual({ 'contact.email': 'feedback:contact.emailInvalid' });
    const long = { ...full, text: 'x'.repeat(LIMITS.textMax - 5) };
    expect(problems(long).text).toBe('feedback:errors.textTooLong');
    expect(problems({ ...long, place: { description: '' } }).text).toBeUndefined();
  });

  it('counts the photos against the limit, and puts a bad point on the place', () => {
    expect(problems({ ...full, photos: [photo, photo, photo, photo] })).toEqual({ photos: 'feedback:photos.tooMany' });
    expect(problems({ ...full, place: { location: { lat: 91, lng: 11 }, description: '' } })).toEqual({ place: 'feedback:errors.invalidField' });
  });

  it('drops broken optional parts of an old or damaged stored draft', () => {
    expect(
      parseStoredDraft({ text: 'a', place: { location: { lat: 'x' }, description: 5 }, photos: [{ blob: 'no' }, { blob: photo.blob, type: 'image/jpeg' }], contact: null }),
    ).toEqual({ text: 'a', place: { description: '' }, photos: [{ key: expect.any(String), blob: photo.blob, type: 'image/jpeg' }] });
  });
});
