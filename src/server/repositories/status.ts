import type { SubmissionStatus } from '../../shared/submission';
import type { Executor } from '../db/schema';
import { writeAudit } from './audit';
import { findInScope, type Scope } from './inbox';
import { insertHistory } from './submissions';

// Status changes outside the single-item PATCH (bulk). Each item is looked up through the caller's
// scope, so an id from another quarter behaves exactly like an id that does not exist.

export interface BulkOutcome {
  updated: string[];
  notFound: string[];
}

export async function setStatusInScope(
  trx: Executor,
  scope: Scope,
  change: { ids: readonly string[]; status: SubmissionStatus; reason?: string; actorUserId: string },
  now: Date = new Date(),
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { updated: [], notFound: [] };
  const at = now.toISOString();
  for (const id of new Set(change.ids)) {
    const row = await findInScope(trx, scope, id);
    if (!row) {
      outcome.notFound.push(id);
      continue;
    }
    outcome.updated.push(id);
    // Already there: nothing happened, so nothing goes into the history.
    if (row.status === change.status) continue;
    await trx.updateTable('submissions').set({ status: change.status, updated_at: at }).where('id', '=', id).execute();
    await insertHistory(trx, { submissionId: id, at, status: change.status, reason: change.reason ?? null, actorUserId: change.actorUserId });
    await writeAudit(
      trx,
      { userId: change.actorUserId, action: 'status_changed', target: `submission:${id}`, detail: { from: row.status, to: change.status, bulk: true } },
      now,
    );
  }
  return outcome;
}
