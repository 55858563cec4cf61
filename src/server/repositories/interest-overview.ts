import { CLOSED_STATUSES, type InterestTally } from '../../shared/manage';
import type { Executor } from '../db/schema';
import { inScope, type Scope } from './inbox';
import { readPayload } from './stored-item';

// Volunteer interest counted per opportunity, for the managers' overview. The set is the one the
// per-opportunity list shows (interest items in the caller's scope), so the two always agree.
// The opportunity id lives in the stored item's JSON, which the two databases read differently, so
// the rows (three short columns and the payload) are counted here rather than grouped in SQL.

export const emptyTally = (): InterestTally => ({ total: 0, unread: 0, open: 0 });

/** opportunity id → its tally; `readerId` decides what is new (not opened by that manager). */
export async function tallyInterestByOpportunity(db: Executor, scope: Scope, readerId: string, quarterId?: string): Promise<Map<string, InterestTally>> {
  let query = inScope(db, scope)
    .leftJoin('manager_reads', (join) => join.onRef('manager_reads.submission_id', '=', 'submissions.id').on('manager_reads.user_id', '=', readerId))
    .select(['submissions.payload', 'submissions.status', 'submissions.contacted_at', 'manager_reads.read_at'])
    .where('submissions.kind', '=', 'interest');
  if (quarterId !== undefined) query = query.where('submissions.quarter_id', '=', quarterId);
  const tallies = new Map<string, InterestTally>();
  for (const row of await query.execute()) {
    const opportunityId = readPayload(row.payload).opportunityId;
    if (opportunityId === undefined) continue;
    const tally = tallies.get(opportunityId) ?? emptyTally();
    tally.total += 1;
    if (row.read_at === null) tally.unread += 1;
    if (row.contacted_at === null && !CLOSED_STATUSES.includes(row.status)) tally.open += 1;
    tallies.set(opportunityId, tally);
  }
  return tallies;
}
