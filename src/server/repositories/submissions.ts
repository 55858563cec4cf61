import type { Executor, HistoryRow, NewSubmissionRow, SubmissionRow } from '../db/schema';
import type { ModerationState, SubmissionStatus } from '../../shared/submission';
import { insertHistories } from './submission-batch';

// Storage of resident items. Uniqueness of an item id and of a (proposal, supporter) pair is left to
// the database: inserts say ON CONFLICT DO NOTHING and report whether a row went in.

export async function findIdentity(
  db: Executor,
  id: string,
): Promise<{ content_hash: string; receipt: string } | undefined> {
  return db.selectFrom('submissions').select(['content_hash', 'receipt']).where('id', '=', id).executeTakeFirst();
}

/**
 * False when any unique key was taken: the id (a duplicate or a conflict) or, rarely, the receipt.
 * No conflict target on purpose, so PostgreSQL does not abort the transaction on a receipt clash.
 */
export async function tryInsertSubmission(db: Executor, row: NewSubmissionRow): Promise<boolean> {
  const inserted = await db
    .insertInto('submissions')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export interface HistoryInput {
  submissionId: string;
  at: string;
  status?: SubmissionStatus | null;
  moderation?: ModerationState | null;
  publicResponse?: string | null;
  reason?: string | null;
  note?: string | null;
  actorUserId?: string | null;
}

export async function insertHistory(db: Executor, entry: HistoryInput): Promise<void> {
  await insertHistories(db, [entry]);
}

/** A stored proposal's quarter; undefined when the id is not a proposal. */
export async function findProposalQuarter(db: Executor, proposalId: string): Promise<{ quarterId: string | null } | undefined> {
  const row = await db
    .selectFrom('submissions')
    .select('quarter_id')
    .where('id', '=', proposalId)
    .where('kind', '=', 'proposal')
    .executeTakeFirst();
  return row ? { quarterId: row.quarter_id } : undefined;
}

export async function tryInsertSupport(
  db: Executor,
  support: { proposalId: string; supporterId: string; submissionId: string; createdAt: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('supports')
    .values({
      proposal_id: support.proposalId,
      supporter_id: support.supporterId,
      submission_id: support.submissionId,
      created_at: support.createdAt,
    })
    .onConflict((oc) => oc.columns(['proposal_id', 'supporter_id']).doNothing())
    .returning('submission_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The receipt of the support this supporter gave first. */
export async function findSupportReceipt(db: Executor, proposalId: string, supporterId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('supports')
    .innerJoin('submissions', 'submissions.id', 'supports.submission_id')
    .select('submissions.receipt')
    .where('supports.proposal_id', '=', proposalId)
    .where('supports.supporter_id', '=', supporterId)
    .executeTakeFirst();
  return row?.receipt;
}

/** The quarter of an item, for the manage guard; undefined when there is no such item. */
export async function findSubmissionQuarter(db: Executor, id: string): Promise<{ quarterId: string | null } | undefined> {
  const row = await db.selectFrom('submissions').select('quarter_id').where('id', '=', id).executeTakeFirst();
  return row ? { quarterId: row.quarter_id } : undefined;
}

export async function findSubmission(db: Executor, id: string): Promise<SubmissionRow | undefined> {
  return db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Oldest first, the order in which things happened. */
export async function listHistory(db: Executor, submissionId: string): Promise<HistoryRow[]> {
  return db.selectFrom('submission_history').selectAll().where('submission_id', '=', submissionId).orderBy('id').execute();
}

export type HistoryWithActorRow = HistoryRow & { actor_email: string | null };

/** For managers: each change with the e-mail of who made it (null for the resident and for jobs). */
export async function listHistoryWithActors(db: Executor, submissionId: string): Promise<HistoryWithActorRow[]> {
  return db
    .selectFrom('submission_history as h')
    .leftJoin('users as u', 'u.id', 'h.actor_user_id')
    .selectAll('h')
    .select('u.email as actor_email')
    .where('h.submission_id', '=', submissionId)
    .orderBy('h.id')
    .execute();
}

/** Receipts are unique (the column says so); the code must already be normalised. */
export async function findSubmissionByReceipt(db: Executor, receipt: string): Promise<SubmissionRow | undefined> {
  return db.selectFrom('submissions').selectAll().where('receipt', '=', receipt).executeTakeFirst();
}

/** Clears the contact column; false when there was none (already deleted, or never given). */
export async function clearContact(db: Executor, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('submissions')
    .set({ contact: null, updated_at: now })
    .where('id', '=', id)
    .where('contact', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
