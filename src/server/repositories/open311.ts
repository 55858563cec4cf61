import type { SubmissionStatus } from '../../shared/submission';
import type { Executor, SubmissionRow } from '../db/schema';

// The items Open311 clients can read: feedback and proposals. The list holds only what the public
// feed may show (moderation = published); one item by id is found whatever its state, and the
// presenter decides how much of it to show.

export type Open311Row = Pick<
  SubmissionRow,
  'id' | 'kind' | 'quarter_id' | 'topic_id' | 'payload' | 'status' | 'moderation' | 'public_response' | 'received_at' | 'updated_at'
>;

const COLUMNS = ['id', 'kind', 'quarter_id', 'topic_id', 'payload', 'status', 'moderation', 'public_response', 'received_at', 'updated_at'] as const;
const REQUEST_KINDS = ['feedback', 'proposal'] as const;

export type Open311Filter =
  | { ids: string[] }
  | { topicIds?: string[]; statuses?: SubmissionStatus[]; from: string; to: string };

/** Newest first, at most `limit`. */
export async function listPublishedRequests(db: Executor, filter: Open311Filter, limit: number): Promise<Open311Row[]> {
  let query = db
    .selectFrom('submissions')
    .select(COLUMNS)
    .where('moderation', '=', 'published')
    .where('kind', 'in', REQUEST_KINDS);
  if ('ids' in filter) {
    // The specification: a list of ids overrides every other argument.
    if (filter.ids.length === 0) return [];
    query = query.where('id', 'in', filter.ids);
  } else {
    query = query.where('received_at', '>=', filter.from).where('received_at', '<=', filter.to);
    if (filter.topicIds) query = query.where('topic_id', 'in', filter.topicIds);
    if (filter.statuses) query = query.where('status', 'in', filter.statuses);
  }
  return query.orderBy('received_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function findRequest(db: Executor, id: string): Promise<Open311Row | undefined> {
  return db.selectFrom('submissions').select(COLUMNS).where('id', '=', id).where('kind', 'in', REQUEST_KINDS).executeTakeFirst();
}
