import type { ApiError } from '../../shared/api-error';
import { zodToApiError } from '../../shared/api-error';
import { makeReceipt } from '../../shared/receipt';
import { submissionSchema, type ItemResult, type Submission } from '../../shared/submission';
import type { Catalog } from '../catalog/catalog';
import type { Db, Executor } from '../db/schema';
import { findOpportunityQuarter } from '../repositories/directory-content';
import { existingMediaIds, linkMedia } from '../repositories/media';
import {
  findIdentity,
  findProposalQuarter,
  findSupportReceipt,
  insertHistory,
  tryInsertSubmission,
  tryInsertSupport,
} from '../repositories/submissions';
import { contentHash, initialModeration, searchText, splitPersonalData } from './stored-item';

// One item of a batch, start to end (DESIGN §4). Each item runs in its own transaction, so a bad item
// never blocks its neighbours, and the database decides what is new: the insert itself is the check.

export interface StoreDeps {
  db: Db;
  catalog: Catalog;
  now?: () => Date;
  /** Tests force receipt clashes through this. */
  newReceipt?: (prefix: string) => string;
}

const RECEIPT_ATTEMPTS = 5;

/** Thrown to roll back a support row pair when this supporter already supported the proposal. */
class SupportAlreadyGiven extends Error {
  constructor(readonly receipt: string) {
    super('support already given');
  }
}

export async function storeItem(deps: StoreDeps, raw: unknown): Promise<ItemResult> {
  const id = rawId(raw);
  const parsed = submissionSchema.safeParse(raw);
  if (!parsed.success) return rejected(id, zodToApiError(parsed.error));
  const item = parsed.data;
  const hash = contentHash(item);
  try {
    return await deps.db.transaction().execute((trx) => storeValidated(trx, deps, item, hash));
  } catch (error) {
    if (error instanceof SupportAlreadyGiven) return { id: item.id, status: 'duplicate', receipt: error.receipt };
    throw error;
  }
}

async function storeValidated(trx: Executor, deps: StoreDeps, item: Submission, hash: string): Promise<ItemResult> {
  // A resend of a stored item is answered before the references are checked again: what was
  // accepted once stays accepted even if the catalog changed since.
  const existing = await findIdentity(trx, item.id);
  if (existing) return sameOrConflict(item.id, existing, hash);

  const references = await checkReferences(trx, deps.catalog, item);
  if ('error' in references) return rejected(item.id, references.error);

  const receivedAt = (deps.now?.() ?? new Date()).toISOString();
  const moderation = initialModeration(item);
  const { payload, contact } = splitPersonalData(item);
  for (let attempt = 0; attempt < RECEIPT_ATTEMPTS; attempt++) {
    const receipt = (deps.newReceipt ?? makeReceipt)(deps.catalog.city.receiptPrefix);
    const inserted = await tryInsertSubmission(trx, {
      id: item.id,
      kind: item.kind,
      quarter_id: references.quarterId,
      topic_id: 'topicId' in item ? item.topicId : null,
      opportunity_id: item.kind === 'interest' ? item.opportunityId : null,
      content_hash: hash,
      payload,
      contact,
      search_text: searchText(item),
      receipt,
      status: 'received',
      moderation,
      public_response: null,
      created_at: new Date(item.createdAt).toISOString(),
      received_at: receivedAt,
      updated_at: receivedAt,
    });
    if (inserted) {
      await insertHistory(trx, { submissionId: item.id, at: receivedAt, status: 'received', moderation });
      // Linked in the same transaction, so a photo is never shown for an item that was rolled back.
      if ('mediaIds' in item && item.mediaIds) await linkMedia(trx, item.id, item.mediaIds);
      if (item.kind === 'support') await claimSupport(trx, item, receivedAt);
      return { id: item.id, status: 'accepted', receipt };
    }
    // Nothing went in: either another request stored this id meanwhile, or the receipt was taken.
    const raced = await findIdentity(trx, item.id);
    if (raced) return sameOrConflict(item.id, raced, hash);
  }
  throw new Error(`No free receipt after ${RECEIPT_ATTEMPTS} attempts`);
}

async function claimSupport(
  trx: Executor,
  item: Extract<Submission, { kind: 'support' }>,
  createdAt: string,
): Promise<void> {
  const claimed = await tryInsertSupport(trx, {
    proposalId: item.proposalId,
    supporterId: item.supporterId,
    submissionId: item.id,
    createdAt,
  });
  if (claimed) return;
  const first = await findSupportReceipt(trx, item.proposalId, item.supporterId);
  if (first === undefined) throw new Error('Support row vanished while checking it');
  throw new SupportAlreadyGiven(first);
}

type References = { quarterId: string | null } | { error: ApiError };

async function checkReferences(trx: Executor, catalog: Catalog, item: Submission): Promise<References> {
  switch (item.kind) {
    case 'feedback':
    case 'proposal': {
      if (catalog.quarterName(item.quarterId) === undefined) {
        return { error: { code: 'unknown_quarter', message: 'This quarter does not exist', path: 'quarterId' } };
      }
      if (!catalog.hasTopic(item.topicId)) {
        return { error: { code: 'unknown_topic', message: 'This topic does not exist', path: 'topicId' } };
      }
      const mediaIds = item.mediaIds ?? [];
      const stored = await existingMediaIds(trx, mediaIds);
      const missing = mediaIds.findIndex((mediaId) => !stored.has(mediaId));
      if (missing >= 0) {
        return { error: { code: 'media_missing', message: 'A photo has not been uploaded', path: `mediaIds.${missing}` } };
      }
      return { quarterId: item.quarterId };
    }
    case 'support': {
      const proposal = await findProposalQuarter(trx, item.proposalId);
      if (!proposal) {
        return { error: { code: 'unknown_proposal', message: 'This proposal does not exist', path: 'proposalId' } };
      }
      // A support belongs to its proposal's quarter, so the same managers see it.
      return { quarterId: proposal.quarterId };
    }
    case 'interest': {
      // Opportunities are editable content (repositories/directory-content): the table, not the seed
      // catalog, says which exist. An unpublished one still takes interest sent from a cached list.
      const opportunity = await findOpportunityQuarter(trx, item.opportunityId);
      if (!opportunity) {
        return {
          error: { code: 'unknown_opportunity', message: 'This opportunity does not exist', path: 'opportunityId' },
        };
      }
      // The opportunity's quarter (its own or its centre's), so that quarter's managers see the interest.
      return { quarterId: opportunity.quarterId };
    }
  }
}

function sameOrConflict(id: string, stored: { content_hash: string; receipt: string }, hash: string): ItemResult {
  if (stored.content_hash === hash) return { id, status: 'duplicate', receipt: stored.receipt };
  return rejected(id, {
    code: 'id_conflict',
    message: 'An item with this id was stored before with different content',
    path: 'id',
  });
}

function rejected(id: string, error: ApiError): ItemResult {
  return { id, status: 'rejected', error };
}

function rawId(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string') return raw.id;
  return '';
}
