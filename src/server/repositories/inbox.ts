import { sql, type SqlBool } from 'kysely';
import type { ModerationState, SubmissionKind, SubmissionStatus } from '../../shared/submission';
import type { Executor, SubmissionRow } from '../db/schema';

// The manager's view of submissions. The caller's scope is part of every query here — not a filter
// applied afterwards — so no code path can hand a manager an item from another quarter.

export type Scope = { all: true } | { all: false; userId: string };

export interface InboxFilters {
  kind?: SubmissionKind;
  quarterId?: string;
  status?: SubmissionStatus;
  moderation?: ModerationState;
  q?: string;
}

export interface InboxCursor {
  receivedAt: string;
  id: string;
}

function scopedSubmissions(db: Executor, scope: Scope) {
  const query = db.selectFrom('submissions').selectAll();
  if (scope.all) return query;
  return query.where(
    'quarter_id',
    'in',
    db.selectFrom('user_quarters').select('quarter_id').where('user_id', '=', scope.userId),
  );
}

/** Newest first; returns up to `limit` rows and whether more follow. */
export async function listInbox(
  db: Executor,
  scope: Scope,
  filters: InboxFilters,
  cursor: InboxCursor | undefined,
  limit: number,
): Promise<{ rows: SubmissionRow[]; more: boolean }> {
  let query = scopedSubmissions(db, scope);
  if (filters.kind) query = query.where('kind', '=', filters.kind);
  if (filters.quarterId) query = query.where('quarter_id', '=', filters.quarterId);
  if (filters.status) query = query.where('status', '=', filters.status);
  if (filters.moderation) query = query.where('moderation', '=', filters.moderation);
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q.toLowerCase())}%`;
    query = query.where(sql<SqlBool>`search_text like ${pattern} escape '\\'`);
  }
  if (cursor) {
    query = query.where((eb) =>
      eb.or([
        eb('received_at', '<', cursor.receivedAt),
        eb.and([eb('received_at', '=', cursor.receivedAt), eb('id', '<', cursor.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

export async function findInScope(db: Executor, scope: Scope, id: string): Promise<SubmissionRow | undefined> {
  return scopedSubmissions(db, scope).where('id', '=', id).executeTakeFirst();
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
