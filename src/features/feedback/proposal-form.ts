import { LIMITS } from '../../shared/limits';
import type { NewSubmission } from '../../offline/outbox';
import { composeText, EMPTY_PARTS, parseParts, partsFields, storedParts, validateParts, type OptionalParts, type PartField } from './draft-parts';

// The proposal form's state and checks (pure). Proposals are public after moderation, so there is no
// visibility choice; title limits come from src/shared like everywhere else.

export interface ProposalDraft extends OptionalParts {
  quarterId: string;
  topicId: string;
  title: string;
  text: string;
}

export type ProposalField = 'quarterId' | 'topicId' | 'title' | 'text' | PartField;
export type ProposalErrors = Partial<Record<ProposalField, string>>;

export const EMPTY_PROPOSAL: ProposalDraft = { quarterId: '', topicId: '', title: '', text: '', ...EMPTY_PARTS };

const PLACE_PREFIX = 'Ort:';

export function validateProposal(draft: ProposalDraft, placePrefix = PLACE_PREFIX): ProposalErrors {
  const errors: ProposalErrors = { ...validateParts(draft) };
  if (!draft.quarterId) errors.quarterId = 'feedback:errors.quarterRequired';
  if (!draft.topicId) errors.topicId = 'feedback:errors.topicRequired';
  const title = draft.title.trim();
  if (!title) errors.title = 'feedback:proposal.errors.titleRequired';
  else if (title.length < LIMITS.titleMin) errors.title = 'feedback:proposal.errors.titleTooShort';
  else if (title.length > LIMITS.titleMax) errors.title = 'feedback:proposal.errors.titleTooLong';
  const text = draft.text.trim();
  if (!text) errors.text = 'feedback:proposal.errors.textRequired';
  else if (composeText(text, draft.place, placePrefix).length > LIMITS.textMax) errors.text = 'feedback:errors.textTooLong';
  return errors;
}

export function proposalToSubmission(draft: ProposalDraft, placePrefix = PLACE_PREFIX): NewSubmission {
  return {
    kind: 'proposal',
    quarterId: draft.quarterId,
    topicId: draft.topicId,
    title: draft.title.trim(),
    text: composeText(draft.text, draft.place, placePrefix),
    ...partsFields(draft),
  };
}

export function proposalFieldOfPath(path: string): ProposalField | undefined {
  const head = path.split('.')[0] ?? '';
  if (path === 'contact.email') return 'contactEmail';
  if (path === 'contact.name') return 'contactName';
  if (head === 'location') return 'place';
  if (head === 'mediaIds') return 'photos';
  return (['quarterId', 'topicId', 'title', 'text'] as const).find((f) => f === head);
}

export function parseStoredProposal(value: unknown): Partial<ProposalDraft> {
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const draft: Partial<ProposalDraft> = parseParts(v);
  if (typeof v.topicId === 'string') draft.topicId = v.topicId;
  if (typeof v.title === 'string') draft.title = v.title.slice(0, LIMITS.titleMax);
  if (typeof v.text === 'string') draft.text = v.text.slice(0, LIMITS.textMax);
  return draft;
}

export function storedProposal(draft: ProposalDraft): Record<string, unknown> {
  const { topicId, title, text } = draft;
  return { topicId, title, text, ...storedParts(draft) };
}
