import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { ModerationState, SubmissionKind, SubmissionStatus } from '../../shared/submission';
import type { Database, Executor, SubmissionRow } from '../db/schema';

// The manager's view of submissions. The caller's scope is part of every query here — not a filter
// applied afterwards — so no code path can hand a manager an item from another quarter. The inbox,
// the exports and the figures all start from `filteredSubmissions`, so they always agree.

export type Scope = { all: true } | { all: false; userId: string };

export interface InboxFilters {
  kind?: SubmissionKind;
  quarterId?: string;
  topicId?: string;
  /** Resolved from a theme through the catalog; an empty list matches nothing. */
  topicIds?: readonly string[];
  status?: SubmissionStatus;
  moderation?: ModerationState;
  opportunityId?: string;
  hasPhoto?: boolean;
  /** Needs `readerId`: unread for that user. */
  unread?: boolean;
  /** ISO instants on received_at: from inclusive, before exclusive. */
  receivedFrom?: string;
  receivedBefore?: string;
  q?: string;
}

export type InboxSort = 'newest' | 'oldest' | 'most_supported';

export interface InboxCursor {
  receivedAt: string;
  id: string;
  /** The last row's support count; only for `most_supported`. */
  supports?: number;
}

export interface InboxOptions {
  sort?: InboxSort;
  /** The manager whose read markers count; without one every item reads as unread. */
  readerId?: string;
}

export type InboxRow = SubmissionRow & { media_count: number; read_at: string | null };

type Eb = ExpressionBuilder<Database, 'submissions'>;

const mediaCount = (eb: Eb) =>
  eb
    .selectFrom('submission_media')
    .select(eb.fn.countAll().as('n'))
    .whereRef('submission_media.submission_id', '=', 'submissions.id');

export function inScope(db: Executor, scope: Scope) {
  const query = db.selectFrom('submissions');
  if (scope.all) return query;
  return query.where(
    'submissions.quarter_id',
    'in',
    db.selectFrom('user_quarters').select('quarter_id').where('user_id', '=', scope.userId),
  );
}

/** The scoped, filtered item set with the columns every manager view needs. */
export function filteredSubmissions(db: Executor, scope: Scope, filters: InboxFilters, readerId?: string) {
  let query = inScope(db, scope)
    // The join condition names the reader, so each item meets at most one row.
    .leftJoin('manager_reads', (join) =>
      join.onRef('manager_reads.submission_id', '=', 'submissions.id').on('manager_reads.user_id', '=', readerId ?? ''),
    )
    .selectAll('submissions')
    // support_count is a column since migration 0007 (selectAll brings it).
    .select((eb) => [mediaCount(eb).as('media_count'), 'manager_reads.read_at']);
  if (filters.kind) query = query.where('submissions.kind', '=', filters.kind);
  if (filters.quarterId) query = query.where('submissions.quarter_id', '=', filters.quarterId);
  if (filters.topicId) query = query.where('submissions.topic_id', '=', filters.topicId);
  if (filters.topicIds) {
    const ids = [...filters.topicIds];
    query = ids.length > 0 ? query.where('submissions.topic_id', 'in', ids) : query.where(sql<SqlBool>`1 = 0`);
  }
  if (filters.status) query = query.where('submissions.status', '=', filters.status);
  if (filters.moderation) query = query.where('submissions.moderation', '=', filters.moderation);
  if (filters.opportunityId) {
    // Its own indexed column since migration 0004 (set for interest items only).
    query = query.where('submissions.kind', '=', 'interest').where('submissions.opportunity_id', '=', filters.opportunityId);
  }
  if (filters.hasPhoto !== undefined) {
    const withPhoto = filters.hasPhoto;
    query = query.where((eb) => eb(mediaCount(eb), withPhoto ? '>' : '=', 0));
  }
  if (filters.unread !== undefined) {
    query = query.where('manager_reads.read_at', filters.unread ? 'is' : 'is not', null);
  }
  if (filters.receivedFrom) query = query.where('submissions.received_at', '>=', filters.receivedFrom);
  if (filters.receivedBefore) query = query.where('submissions.received_at', '<', filters.receivedBefore);
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q.toLowerCase())}%`;
    const receipt = receiptFragment(filters.q);
    // A receipt is not in search_text; each row shows it, so managers search by it as typed on the phone
    // ("erf553tb7wr", "ERF 553T B7WR"): both sides without hyphens, in upper case (receipts are stored so).
    query = receipt
      ? query.where((eb) =>
          eb.or([
            sql<SqlBool>`submissions.search_text like ${pattern} escape '\\'`,
            sql<SqlBool>`replace(submissions.receipt, '-', '') like ${`%${receipt}%`}`,
          ]),
        )
      : query.where(sql<SqlBool>`submissions.search_text like ${pattern} escape '\\'`);
  }
  return query;
}

/** One page in the chosen order; returns up to `limit` rows and whether more follow. */
export async function listInbox(
  db: Executor,
  scope: Scope,
  filters: InboxFilters,
  cursor: InboxCursor | undefined,
  limit: number,
  options: InboxOptions = {},
): Promise<{ rows: InboxRow[]; more: boolean }> {
  const sort = options.sort ?? 'newest';
  let query = filteredSubmissions(db, scope, filters, options.readerId);
  const dir = sort === 'oldest' ? 'asc' : 'desc';
  if (cursor) {
    // Keyset pagination: strictly after the last row in the same total order, so pages never
    // overlap or skip, whatever arrives meanwhile.
    const cmp = sort === 'oldest' ? '>' : '<';
    query = query.where((eb) => {
      const byTime = eb.or([
        eb('submissions.received_at', cmp, cursor.receivedAt),
        eb.and([eb('submissions.received_at', '=', cursor.receivedAt), eb('submissions.id', cmp, cursor.id)]),
      ]);
      if (sort !== 'most_supported') return byTime;
      const supports = cursor.supports ?? 0;
      return eb.or([
        eb('submissions.support_count', '<', supports),
        eb.and([eb('submissions.support_count', '=', supports), byTime]),
      ]);
    });
  }
  if (sort === 'most_supported') query = query.orderBy('submissions.support_count', 'desc');
  const rows = await query
    .orderBy('submissions.received_at', dir)
    .orderBy('submissions.id', dir)
    .limit(limit + 1)
    .execute();
  // PostgreSQL answers count(*) as a bigint string.
  const typed = rows.map((row) => ({ ...row, media_count: Number(row.media_count) }));
  return { rows: typed.slice(0, limit), more: rows.length > limit };
}

export async function findInScope(db: Executor, scope: Scope, id: string): Promise<SubmissionRow | undefined> {
  return inScope(db, scope).selectAll('submissions').where('submissions.id', '=', id).executeTakeFirst();
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The query as a piece of a receipt (upper case, without spaces and hyphens), or undefined when it cannot be
 * one. Only a piece with a digit (at least four symbols) or a whole receipt's length counts, so a short word
 * ("Bank") does not also match the receipts that happen to hold its letters.
 */
export function receiptFragment(q: string): string | undefined {
  const compact = q.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[0-9A-Z]+$/.test(compact)) return undefined;
  return (/\d/.test(compact) && compact.length >= 4) || compact.length >= 10 ? compact : undefined;
}
