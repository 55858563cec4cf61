import type { Executor } from '../db/schema';
import { filteredSubmissions, type InboxFilters, type Scope } from './inbox';

// The rows behind the manager's charts, over the same scoped and filtered set as the inbox. Counting
// happens in services/figures.ts, in code: months are the city's calendar months (time zone), which
// neither dialect can group by without a dialect-specific function. Narrow selects keep it light.

export interface FigureSources {
  items: Array<{ id: string; kind: string; quarter_id: string | null; topic_id: string | null; status: string; received_at: string }>;
  proposals: Array<{ id: string; payload: string; quarter_id: string | null; support_count: number | string | bigint | null }>;
  /** History of the selected items in order: item, then entry id. */
  history: Array<{ submission_id: string; at: string; status: string | null; public_response: string | null }>;
}

export async function figureSources(db: Executor, scope: Scope, filters: InboxFilters, readerId?: string): Promise<FigureSources> {
  const base = filteredSubmissions(db, scope, filters, readerId);
  const items = await base
    .clearSelect()
    .select(['submissions.id', 'submissions.kind', 'submissions.quarter_id', 'submissions.topic_id', 'submissions.status', 'submissions.received_at'])
    .execute();
  const proposals = await base.where('submissions.kind', '=', 'proposal').execute();
  const history =
    items.length === 0
      ? []
      : await db
          .selectFrom('submission_history')
          .select(['submission_id', 'at', 'status', 'public_response'])
          .where('submission_id', 'in', base.clearSelect().select('submissions.id'))
          .orderBy('submission_id')
          .orderBy('id')
          .execute();
  return { items, proposals, history };
}
