import { LIMITS } from '../../shared/limits';
import type { NewSubmission } from '../../offline/outbox';
import { proposalItemSchema } from '../../shared/submission';
import type { FormCheck } from '../../ui/form/form-resolver';
import { PROPOSAL_MESSAGES } from '../../ui/form/submission-messages';
import { composeText, EMPTY_PARTS, parseParts, partsFields, storedParts, type SharedDraft } from './draft-parts';
import { draftCheck } from './form-check';

// The proposal form's values and the item they become (pure). Proposals are public after moderation,
// so there is no visibility choice; the title's limits are the shared schema's.

export interface ProposalDraft extends SharedDraft {
  title: string;
  text: string;
}

export const EMPTY_PROPOSAL: ProposalDraft = { quarterId: '', topicId: '', title: '', text: '', ...EMPTY_PARTS };

const PLACE_PREFIX = 'Ort:';

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

/** The proposal form's check: the shared proposal schema on the item it would store. */
export function proposalCheck(placePrefix: string, quarters: readonly { id: string }[]): FormCheck<ProposalDraft> {
  return draftCheck(proposalItemSchema, PROPOSAL_MESSAGES, proposalToSubmission, placePrefix, quarters);
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
