import { LIMITS } from '../../shared/limits';
import type { NewSubmission } from '../../offline/outbox';
import { feedbackItemSchema } from '../../shared/submission';
import type { FormCheck } from '../../ui/form/form-resolver';
import { FEEDBACK_MESSAGES } from '../../ui/form/submission-messages';
import { composeText, EMPTY_PARTS, parseParts, partsFields, storedParts, type SharedDraft } from './draft-parts';
import { draftCheck } from './form-check';

// The feedback form's values, the item they become, and how a draft is stored — free of React so
// it is unit-tested. The check is the shared schema's (feedbackCheck); `enqueue` runs it again.

export type Mood = 1 | 2 | 3 | 4 | 5;
export const MOODS: readonly Mood[] = [1, 2, 3, 4, 5];

export interface FeedbackDraft extends SharedDraft {
  text: string;
  mood?: Mood;
  visibility: 'private' | 'public';
}

export const EMPTY_DRAFT: FeedbackDraft = { quarterId: '', topicId: '', text: '', visibility: 'private', ...EMPTY_PARTS };

/** The default prefix of a place description inside the text; the form passes the translated one. */
const PLACE_PREFIX = 'Ort:';

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

/** The feedback form's check: the shared feedback schema on the item it would store. */
export function feedbackCheck(placePrefix: string, quarters: readonly { id: string }[]): FormCheck<FeedbackDraft> {
  return draftCheck(feedbackItemSchema, FEEDBACK_MESSAGES, toSubmission, placePrefix, quarters);
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
