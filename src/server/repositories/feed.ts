import type { ExpressionBuilder } from 'kysely';
import type { FeedSort } from '../../shared/feed';
import type { SubmissionStatus } from '../../shared/submission';
import type { Database, Executor } from '../db/schema';

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

type Eb = ExpressionBuilder<Database, 'submissions'>;

const supportCount = (eb: Eb) =>
  eb.selectFrom('supports').select(eb.fn.countAll().as('n')).whereRef('supports.proposal_id', '=', 'submissions.id');

/** One page, newest or most supported first (ties newest first); up to `limit` rows and whether more follow. */
export async function listFeed(
  db: Executor,
  quarterId: string,
  sort: FeedSort,
  cursor: FeedCursor | undefined,
  limit: number,
): Promise<{ rows: FeedRow[]; more: boolean }> {
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
    ])
    .select((eb) => supportCount(eb).as('support_count'))
    .where('submissions.quarter_id', '=', quarterId)
    .where('submissions.kind', 'in', ['proposal', 'feedback'])
    .where('submissions.moderation', '=', 'published');
  if (cursor) {
    // Keyset: strictly after the last row in the same total order. Counts can change between two
    // pages; the client merges pages by id (src/offline/feed.ts), so a moved item is shown once.
    query = query.where((eb) => {
      // A row-value comparison, so both databases seek in the feed index instead of filtering a walk.
      const byTime = eb(eb.refTuple('submissions.received_at', 'submissions.id'), '<', eb.tuple(cursor.receivedAt, cursor.id));
      if (sort !== 'supported') return byTime;
      const count = supportCount(eb);
      const supports = cursor.supports ?? 0;
      return eb.or([eb(count, '<', supports), eb.and([eb(count, '=', supports), byTime])]);
    });
  }
  if (sort === 'supported') query = query.orderBy('support_count', 'desc');
  const rows = await query
    .orderBy('submissions.received_at', 'desc')
    .orderBy('submissions.id', 'desc')
    .limit(limit + 1)
    .execute();
  // PostgreSQL answers count(*) as a bigint string.
  const typed = rows.map((row) => ({ ...row, support_count: Number(row.support_count) }));
  return { rows: typed.slice(0, limit), more: rows.length > limit };
}
