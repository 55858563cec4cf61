import { LIMITS } from '../../shared/limits';
import type { NewSubmission } from '../../offline/outbox';
import { composeText, EMPTY_PARTS, parseParts, partsFields, storedParts, validateParts, type OptionalParts, type PartField } from './draft-parts';

// The feedback form's state and its checks, kept free of React so the rules are unit-tested.
// The same zod schema runs again in `enqueue`; these checks only give earlier, per-field messages.

export type Mood = 1 | 2 | 3 | 4 | 5;
export const MOODS: readonly Mood[] = [1, 2, 3, 4, 5];

export interface FeedbackDraft extends OptionalParts {
  quarterId: string;
  topicId: string;
  text: string;
  mood?: Mood;
  visibility: 'private' | 'public';
}

export type FeedbackField = 'quarterId' | 'topicId' | 'text' | 'mood' | 'visibility' | PartField;
export type FieldErrors = Partial<Record<FeedbackField, string>>;

export const EMPTY_DRAFT: FeedbackDraft = { quarterId: '', topicId: '', text: '', visibility: 'private', ...EMPTY_PARTS };

/** The default prefix of a place description inside the text; the form passes the translated one. */
const PLACE_PREFIX = 'Ort:';

/** Translation keys of the problems, by field; empty when the draft may be sent. */
export function validateDraft(draft: FeedbackDraft, placePrefix = PLACE_PREFIX): FieldErrors {
  const errors: FieldErrors = { ...validateParts(draft) };
  if (!draft.quarterId) errors.quarterId = 'feedback:errors.quarterRequired';
  if (!draft.topicId) errors.topicId = 'feedback:errors.topicRequired';
  const text = draft.text.trim();
  if (!text) errors.text = 'feedback:errors.textRequired';
  else if (composeText(text, draft.place, placePrefix).length > LIMITS.textMax) errors.text = 'feedback:errors.textTooLong';
  return errors;
}

export function toSubmission(draft: FeedbackDraft, placePrefix = PLACE_PREFIX): NewSubmission {
  return {
    kind: 'feedback',
    quarterId: draft.quarterId,
    topicId: draft.topicId,
    text: composeText(draft.text, draft.place, placePrefix),
    ...(draft.mood ? { mood: draft.mood } : {}),
    visibility: draft.visibility,
    ...partsFields(draft),
  };
}

const FIELD_BY_PATH: Record<string, FeedbackField> = {
  quarterId: 'quarterId',
  topicId: 'topicId',
  text: 'text',
  mood: 'mood',
  visibility: 'visibility',
  location: 'place',
  mediaIds: 'photos',
};

/** Which field an `InvalidSubmissionError` (a dotted zod path) belongs to, if it is one of ours. */
export function fieldOfPath(path: string): FeedbackField | undefined {
  if (path === 'contact.email') return 'contactEmail';
  if (path === 'contact.name') return 'contactName';
  return FIELD_BY_PATH[path.split('.')[0] ?? ''];
}

/** Restores a stored draft defensively: settings survive app updates, so old shapes may turn up. */
export function parseStoredDraft(value: unknown): Partial<FeedbackDraft> {
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const draft: Partial<FeedbackDraft> = parseParts(v);
  if (typeof v.topicId === 'string') draft.topicId = v.topicId;
  if (typeof v.text === 'string') draft.text = v.text.slice(0, LIMITS.textMax);
  if (typeof v.mood === 'number' && (MOODS as readonly number[]).includes(v.mood)) draft.mood = v.mood as Mood;
  if (v.visibility === 'public' || v.visibility === 'private') draft.visibility = v.visibility;
  return draft;
}

/** The stored form of a draft; the quarter is kept apart (SETTING_KEYS.quarterId) and outlives a send. */
export function storedDraft(draft: FeedbackDraft): Record<string, unknown> {
  const { topicId, text, mood, visibility } = draft;
  return { topicId, text, ...(mood ? { mood } : {}), visibility, ...storedParts(draft) };
}
