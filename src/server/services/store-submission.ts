import type { ApiError } from '../../shared/api-error';
import { zodToApiError } from '../../shared/api-error';
import { makeReceipt } from '../../shared/receipt';
import { submissionSchema, type ItemResult, type Submission } from '../../shared/submission';
import type { Catalog } from '../catalog/catalog';
import type { Db, Executor, NewSubmissionRow } from '../db/schema';
import { findSupportReceipt } from '../repositories/submissions';
import {
  claimSupports,
  deleteSubmissions,
  findIdentities,
  insertHistories,
  insertSubmissions,
  linkMediaMany,
  type Identity,
} from '../repositories/submission-batch';
import { checkReferences, loadReferences } from './batch-references';
import { contentHash, initialModeration, searchText, splitPersonalData } from '../repositories/stored-item';

// A delivery batch, start to end (DESIGN §4), in one transaction with a handful of set-wise
// statements (docs/decisions.md: "A batch is stored in one transaction"). Items that can never be
// stored are answered before anything is written, so a bad item never blocks its neighbours; what
// is new is still decided by the database: the insert itself is the check, also between instances.

export interface StoreDeps {
  db: Db;
  catalog: Catalog;
  now?: () => Date;
  /** Tests force receipt clashes through this. */
  newReceipt?: (prefix: string) => string;
}

const RECEIPT_ATTEMPTS = 5;

interface Candidate {
  index: number;
  item: Submission;
  hash: string;
}

/** One result per raw item, in order. */
export async function storeBatch(deps: StoreDeps, raws: readonly unknown[]): Promise<ItemResult[]> {
  const results = new Map<number, ItemResult>();
  const candidates: Candidate[] = [];
  raws.forEach((raw, index) => {
    const parsed = submissionSchema.safeParse(raw);
    if (parsed.success) candidates.push({ index, item: parsed.data, hash: contentHash(parsed.data) });
    else results.set(index, rejected(rawId(raw), zodToApiError(parsed.error)));
  });
  if (candidates.length > 0) {
    const stored = await deps.db.transaction().execute((trx) => storeCandidates(trx, deps, candidates));
    for (const [index, result] of stored) results.set(index, result);
  }
  return raws.map((_raw, index) => {
    const result = results.get(index);
    if (!result) throw new Error(`Item ${index} of the batch got no result`);
    return result;
  });
}

/** One item on its own: a batch of one. */
export async function storeItem(deps: StoreDeps, raw: unknown): Promise<ItemResult> {
  const [result] = await storeBatch(deps, [raw]);
  if (!result) throw new Error('storeBatch answered nothing');
  return result;
}

async function storeCandidates(trx: Executor, deps: StoreDeps, candidates: readonly Candidate[]): Promise<Map<number, ItemResult>> {
  const results = new Map<number, ItemResult>();
  // A resend of a stored item is answered before the references are checked again: what was
  // accepted once stays accepted even if the catalog changed since.
  const stored = await findIdentities(trx, candidates.map((c) => c.item.id));
  const refs = await loadReferences(trx, candidates.map((c) => c.item));
  const receivedAt = (deps.now?.() ?? new Date()).toISOString();

  const firsts = new Map<string, Candidate>();
  const repeats: Candidate[] = [];
  const rows = new Map<string, NewSubmissionRow>();
  for (const candidate of candidates) {
    const { item } = candidate;
    const known = stored.get(item.id);
    if (known) {
      results.set(candidate.index, sameOrConflict(item.id, known, candidate.hash));
    } else if (firsts.has(item.id)) {
      // The same id twice in one batch: answered like a resend of the first, once its fate is known.
      repeats.push(candidate);
    } else {
      const checked = checkReferences(deps.catalog, refs, item);
      if ('error' in checked) {
        results.set(candidate.index, rejected(item.id, checked.error));
      } else {
        firsts.set(item.id, candidate);
        if (item.kind === 'proposal') refs.proposals.set(item.id, item.quarterId);
        rows.set(item.id, rowOf(item, candidate.hash, checked.quarterId, receivedAt));
      }
    }
  }

  const outcome = await insertWithReceipts(trx, deps, [...rows.values()]);
  const accepted = [...firsts.values()].filter((c) => outcome.accepted.has(c.item.id));
  await insertHistories(
    trx,
    accepted.map((c) => ({ submissionId: c.item.id, at: receivedAt, status: 'received', moderation: initialModeration(c.item) })),
  );
  // Linked in the same transaction, so a photo is never shown for an item that was rolled back.
  await linkMediaMany(trx, accepted.flatMap((c) => ('mediaIds' in c.item ? (c.item.mediaIds ?? []) : []).map((mediaId) => ({ submissionId: c.item.id, mediaId }))));
  const finals = new Map<string, Identity>(outcome.raced);
  for (const c of accepted) finals.set(c.item.id, { content_hash: c.hash, receipt: outcome.accepted.get(c.item.id) ?? '' });
  for (const [id, receipt] of await claimOrTakeBack(trx, accepted, receivedAt)) finals.set(id, { content_hash: firsts.get(id)?.hash ?? '', receipt });

  for (const candidate of [...firsts.values(), ...repeats]) {
    const final = finals.get(candidate.item.id);
    if (!final) throw new Error(`No outcome for item ${candidate.item.id}`);
    const isFirst = firsts.get(candidate.item.id) === candidate;
    const acceptedNow = isFirst && outcome.accepted.get(candidate.item.id) === final.receipt;
    results.set(candidate.index, acceptedNow ? { id: candidate.item.id, status: 'accepted', receipt: final.receipt } : sameOrConflict(candidate.item.id, final, candidate.hash));
  }
  return results;
}

/** Draws receipts and inserts; a row skipped for a taken receipt draws again, one skipped for its id was raced. */
async function insertWithReceipts(trx: Executor, deps: StoreDeps, rows: NewSubmissionRow[]): Promise<{ accepted: Map<string, string>; raced: Map<string, Identity> }> {
  const accepted = new Map<string, string>();
  const raced = new Map<string, Identity>();
  let pending = rows;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= RECEIPT_ATTEMPTS) throw new Error(`No free receipt after ${RECEIPT_ATTEMPTS} attempts`);
    const drawn = pending.map((row) => ({ ...row, receipt: (deps.newReceipt ?? makeReceipt)(deps.catalog.city.receiptPrefix) }));
    const inserted = await insertSubmissions(trx, drawn);
    for (const row of drawn) if (inserted.has(row.id)) accepted.set(row.id, row.receipt);
    const missed = drawn.filter((row) => !inserted.has(row.id));
    if (missed.length === 0) break;
    // Another request (or instance) stored the same id meanwhile: it waited for that commit.
    const meanwhile = await findIdentities(trx, missed.map((row) => row.id));
    for (const [id, identity] of meanwhile) raced.set(id, identity);
    pending = missed.filter((row) => !meanwhile.has(row.id));
  }
  return { accepted, raced };
}

/**
 * Supports claim their (proposal, supporter) pair; one that finds it taken is taken back and
 * answered with the receipt of the support given first (DESIGN §4). Returns those receipts by id.
 */
async function claimOrTakeBack(trx: Executor, accepted: readonly Candidate[], createdAt: string): Promise<Map<string, string>> {
  const supports = accepted.flatMap((c) => (c.item.kind === 'support' ? [{ ...c, item: c.item }] : []));
  const claimed = await claimSupports(
    trx,
    supports.map((c) => ({ proposalId: c.item.proposalId, supporterId: c.item.supporterId, submissionId: c.item.id, createdAt })),
  );
  const losers = supports.filter((c) => !claimed.has(c.item.id));
  await deleteSubmissions(trx, losers.map((c) => c.item.id));
  const receipts = new Map<string, string>();
  for (const loser of losers) {
    const first = await findSupportReceipt(trx, loser.item.proposalId, loser.item.supporterId);
    if (first === undefined) throw new Error('Support row vanished while checking it');
    receipts.set(loser.item.id, first);
  }
  return receipts;
}

function rowOf(item: Submission, hash: string, quarterId: string | null, receivedAt: string): NewSubmissionRow {
  const { payload, contact } = splitPersonalData(item);
  return {
    id: item.id,
    kind: item.kind,
    quarter_id: quarterId,
    topic_id: 'topicId' in item ? item.topicId : null,
    opportunity_id: item.kind === 'interest' ? item.opportunityId : null,
    content_hash: hash,
    payload,
    contact,
    search_text: searchText(item),
    receipt: '',
    status: 'received',
    moderation: initialModeration(item),
    public_response: null,
    created_at: new Date(item.createdAt).toISOString(),
    received_at: receivedAt,
    updated_at: receivedAt,
  };
}

function sameOrConflict(id: string, stored: Identity, hash: string): ItemResult {
  if (stored.content_hash === hash) return { id, status: 'duplicate', receipt: stored.receipt };
  return rejected(id, { code: 'id_conflict', message: 'An item with this id was stored before with different content', path: 'id' });
}

function rejected(id: string, error: ApiError): ItemResult {
  return { id, status: 'rejected', error };
}

function rawId(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string') return raw.id;
  return '';
}
