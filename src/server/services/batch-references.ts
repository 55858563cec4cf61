import type { ApiError } from '../../shared/api-error';
import type { Submission } from '../../shared/submission';
import type { Catalog } from '../catalog/catalog';
import type { Executor } from '../db/schema';
import { existingMediaIds } from '../repositories/media';
import { findOpportunityQuarters, findProposalQuarters } from '../repositories/submission-batch';

// What a batch's items point at, fetched once for the whole batch (three queries at most), then
// checked per item without another round trip.

export interface References {
  media: Set<string>;
  /** Stored proposals and their quarters; proposals earlier in the same batch are added as they pass. */
  proposals: Map<string, string | null>;
  opportunities: Map<string, string | null>;
}

export async function loadReferences(trx: Executor, items: readonly Submission[]): Promise<References> {
  const media: string[] = [];
  const proposals: string[] = [];
  const opportunities: string[] = [];
  for (const item of items) {
    if ((item.kind === 'feedback' || item.kind === 'proposal') && item.mediaIds) media.push(...item.mediaIds);
    if (item.kind === 'support') proposals.push(item.proposalId);
    if (item.kind === 'interest') opportunities.push(item.opportunityId);
  }
  return {
    media: await existingMediaIds(trx, [...new Set(media)]),
    proposals: await findProposalQuarters(trx, proposals),
    // Opportunities are editable content (repositories/directory-content): the table, not the seed
    // catalog, says which exist. An unpublished one still takes interest sent from a cached list.
    opportunities: await findOpportunityQuarters(trx, opportunities),
  };
}

/** The quarter the item belongs to, or why it can never be stored as it is. */
export function checkReferences(catalog: Catalog, refs: References, item: Submission): { quarterId: string | null } | { error: ApiError } {
  switch (item.kind) {
    case 'feedback':
    case 'proposal': {
      if (catalog.quarterName(item.quarterId) === undefined) {
        return { error: { code: 'unknown_quarter', message: 'This quarter does not exist', path: 'quarterId' } };
      }
      if (!catalog.hasTopic(item.topicId)) {
        return { error: { code: 'unknown_topic', message: 'This topic does not exist', path: 'topicId' } };
      }
      const missing = (item.mediaIds ?? []).findIndex((mediaId) => !refs.media.has(mediaId));
      if (missing >= 0) {
        return { error: { code: 'media_missing', message: 'A photo has not been uploaded', path: `mediaIds.${missing}` } };
      }
      return { quarterId: item.quarterId };
    }
    case 'support':
      if (!refs.proposals.has(item.proposalId)) {
        return { error: { code: 'unknown_proposal', message: 'This proposal does not exist', path: 'proposalId' } };
      }
      // A support belongs to its proposal's quarter, so the same managers see it.
      return { quarterId: refs.proposals.get(item.proposalId) ?? null };
    case 'interest':
      if (!refs.opportunities.has(item.opportunityId)) {
        return { error: { code: 'unknown_opportunity', message: 'This opportunity does not exist', path: 'opportunityId' } };
      }
      // The opportunity's quarter (its own or its centre's), so that quarter's managers see the interest.
      return { quarterId: refs.opportunities.get(item.opportunityId) ?? null };
  }
}
