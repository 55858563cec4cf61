import { LIMITS } from '../../shared/limits';
import type { NewSubmission } from '../../offline/outbox';

// The form's state and its checks, kept free of React so the rules are unit-tested.
// The same zod schema runs again in `enqueue`; these checks only give earlier, per-field messages.

export type Mood = 1 | 2 | 3 | 4 | 5;
export const MOODS: readonly Mood[] = [1, 2, 3, 4, 5];

export interface FeedbackDraft {
  quarterId: string;
  topicId: string;
  text: string;
  mood?: Mood;
  visibility: 'private' | 'public';
}

export type FeedbackField = 'quarterId' | 'topicId' | 'text' | 'mood' | 'visibility';
export type FieldErrors = Partial<Record<FeedbackField, string>>;

export const EMPTY_DRAFT: FeedbackDraft = { quarterId: '', topicId: '', text: '', visibility: 'private' };

/** Translation keys of the problems, by field; empty when the draft may be sent. */
export function validateDraft(draft: FeedbackDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.quarterId) errors.quarterId = 'feedback:errors.quarterRequired';
  if (!draft.topicId) errors.topicId = 'feedback:errors.topicRequired';
  const text = draft.text.trim();
  if (!text) errors.text = 'feedback:errors.textRequired';
  else if (text.length > LIMITS.textMax) errors.text = 'feedback:errors.textTooLong';
  return errors;
}

export function toSubmission(draft: FeedbackDraft): NewSubmission {
  return {
    kind: 'feedback',
    quarterId: draft.quarterId,
    topicId: draft.topicId,
    text: draft.text.trim(),
    ...(draft.mood ? { mood: draft.mood } : {}),
    visibility: draft.visibility,
  };
}

const FIELD_BY_PATH: Record<string, FeedbackField> = {
  quarterId: 'quarterId',
  topicId: 'topicId',
  text: 'text',
  mood: 'mood',
  visibility: 'visibility',
};

/** Which field an `InvalidSubmissionError` (a dotted zod path) belongs to, if it is one of ours. */
export function fieldOfPath(path: string): FeedbackField | undefined {
  return FIELD_BY_PATH[path.split('.')[0] ?? ''];
}

/** Restores a stored draft defensively: settings survive app updates, so old shapes may turn up. */
export function parseStoredDraft(value: unknown): Partial<FeedbackDraft> {
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const draft: Partial<FeedbackDraft> = {};
  if (typeof v.topicId === 'string') draft.topicId = v.topicId;
  if (typeof v.text === 'string') draft.text = v.text.slice(0, LIMITS.textMax);
  if (typeof v.mood === 'number' && (MOODS as readonly number[]).includes(v.mood)) draft.mood = v.mood as Mood;
  if (v.visibility === 'public' || v.visibility === 'private') draft.visibility = v.visibility;
  return draft;
}
