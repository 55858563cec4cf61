import type { FeedSort } from '../../shared/feed';
import type { SubmissionStatus } from '../../shared/submission';
import type { Executor } from '../db/schema';

// The public side of a quarter: published proposals and published public feedback. "Published" is
// the one condition — private feedback has no moderation state at all, so it can never match.

export interface FeedCursor {
  receivedAt: string;
  id: string;
  /** The last row's support count; only for `supported`. */
  supports?: number;
}

export interface FeedRow {
  id: string;
  kind: 'feedback' | 'proposal' | 'support' | 'interest';
  quarter_id: string | null;
  topic_id: string | null;
  payload: string;
  status: SubmissionStatus;
  public_response: string | null;
  created_at: string;
  received_at: string;
  support_count: number;
}

/** One page, newest or most supported first (ties newest first); up to `limit` rows and whether more follow. */
export async function listFeed(
  db: Executor,
  quarterId: string,
  sort: FeedSort,
  cursor: FeedCursor | undefined,
  limit: number,
): Promise<{ rows: FeedRow[]; more: boolean }> {
  const rows = await feedQuery(db, quarterId, sort, cursor, limit + 1).execute();
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

/** The page's query, apart so the server bench can ask each database for its plan (bench/server/feed-plan.ts). */
export function feedQuery(db: Executor, quarterId: string, sort: FeedSort, cursor: FeedCursor | undefined, rows: number) {
  let query = db
    .selectFrom('submissions')
    .select([
      'submissions.id',
      'submissions.kind',
      'submissions.quarter_id',
      'submissions.topic_id',
      'submissions.payload',
      'submissions.status',
      'submissions.public_response',
      'submissions.created_at',
      'submissions.received_at',
      // Kept by the database (migration 0007), so sorting by it is an index seek, not a count per item.
      'submissions.support_count',
    ])
    .where('submissions.quarter_id', '=', quarterId)
    .where('submissions.kind', 'in', ['proposal', 'feedback'])
    .where('submissions.moderation', '=', 'published');
  if (cursor) {
    // Keyset: strictly after the last row in the same total order. Counts can change between two
    // pages; the client merges pages by id (src/offline/feed.ts), so a moved item is shown once.
    query = query.where((eb) => {
      // Row-value comparisons, so both databases seek in the feed's indexes instead of filtering a walk.
      if (sort !== 'supported') {
        return eb(eb.refTuple('submissions.received_at', 'submissions.id'), '<', eb.tuple(cursor.receivedAt, cursor.id));
      }
      const last = eb.tuple(cursor.supports ?? 0, cursor.receivedAt, cursor.id);
      return eb(eb.refTuple('submissions.support_count', 'submissions.received_at', 'submissions.id'), '<', last);
    });
  }
  if (sort === 'supported') query = query.orderBy('submissions.support_count', 'desc');
  return query.orderBy('submissions.received_at', 'desc').orderBy('submissions.id', 'desc').limit(rows);
}
