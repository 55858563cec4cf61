import type { Executor, NewSubmissionRow } from '../db/schema';
import type { HistoryInput } from './submissions';

// Set-wise storage for a whole delivery batch: one statement per table instead of one per item
// (issue 15: the per-item round trips were most of a batch's time, on PostgreSQL above all).
// Rows go in sorted by key, so two transactions that share keys take their locks in the same order
// and wait for each other instead of deadlocking.

export interface Identity {
  content_hash: string;
  receipt: string;
}

export async function findIdentities(db: Executor, ids: readonly string[]): Promise<Map<string, Identity>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('submissions').select(['id', 'content_hash', 'receipt']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, { content_hash: r.content_hash, receipt: r.receipt }]));
}

/** The ids that went in. Rows whose id or receipt was taken are skipped (ON CONFLICT DO NOTHING, no target). */
export async function insertSubmissions(db: Executor, rows: readonly NewSubmissionRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const inserted = await db.insertInto('submissions').values(sorted).onConflict((oc) => oc.doNothing()).returning('id').execute();
  return new Set(inserted.map((r) => r.id));
}

export async function insertHistories(db: Executor, entries: readonly HistoryInput[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('submission_history')
    .values(
      entries.map((entry) => ({
        submission_id: entry.submissionId,
        at: entry.at,
        status: entry.status ?? null,
        moderation: entry.moderation ?? null,
        public_response: entry.publicResponse ?? null,
        reason: entry.reason ?? null,
        note: entry.note ?? null,
        actor_user_id: entry.actorUserId ?? null,
      })),
    )
    .execute();
}

export async function linkMediaMany(db: Executor, links: ReadonlyArray<{ submissionId: string; mediaId: string }>): Promise<void> {
  const unique = new Map(links.map((l) => [`${l.submissionId} ${l.mediaId}`, { submission_id: l.submissionId, media_id: l.mediaId }]));
  if (unique.size === 0) return;
  await db.insertInto('submission_media').values([...unique.values()]).execute();
}

/** Quarters of the given ids that are stored proposals; other ids are missing from the map. */
export async function findProposalQuarters(db: Executor, ids: readonly string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('submissions')
    .select(['id', 'quarter_id'])
    .where('id', 'in', [...new Set(ids)])
    .where('kind', '=', 'proposal')
    .execute();
  return new Map(rows.map((r) => [r.id, r.quarter_id]));
}

export async function findOpportunityQuarters(db: Executor, ids: readonly string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('opportunities').select(['id', 'quarter_id']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.quarter_id]));
}

export interface SupportClaim {
  proposalId: string;
  supporterId: string;
  submissionId: string;
  createdAt: string;
}

/** The support items whose (proposal, supporter) pair was still free; the first of a pair wins. */
export async function claimSupports(db: Executor, claims: readonly SupportClaim[]): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  const key = (c: SupportClaim) => `${c.proposalId} ${c.supporterId}`;
  // Stable sort: within one pair the batch's order decides who is first.
  const sorted = [...claims].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const claimed = await db
    .insertInto('supports')
    .values(sorted.map((c) => ({ proposal_id: c.proposalId, supporter_id: c.supporterId, submission_id: c.submissionId, created_at: c.createdAt })))
    .onConflict((oc) => oc.columns(['proposal_id', 'supporter_id']).doNothing())
    .returning('submission_id')
    .execute();
  return new Set(claimed.map((r) => r.submission_id));
}

/** Takes back items stored earlier in the same transaction (their history and photo links go with them). */
export async function deleteSubmissions(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('submissions').where('id', 'in', [...ids]).execute();
}
