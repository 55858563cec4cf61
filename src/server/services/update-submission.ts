import type { ApiError } from '../../shared/api-error';
import type { ManagePatch } from '../../shared/feed';
import { CLOSED_STATUSES } from '../../shared/manage';
import type { ModerationState, SubmissionStatus } from '../../shared/submission';
import type { Db, SubmissionRow } from '../db/schema';
import { writeAudit } from '../repositories/audit';
import { findInScope, type Scope } from '../repositories/inbox';
import { insertHistory, type HistoryInput } from '../repositories/submissions';

// A manager's change to one item (PATCH /api/v1/manage/submissions/{id}). Each aspect that really
// changes becomes its own history row (what the resident and the managers read) and the whole change
// one audit row (who, what, when). A repeated PATCH changes nothing and writes nothing, so a retried
// request is harmless — except a note, which is always added.

/** Where a closed item may go: reopening means work on it again, never "unread" or the other ending. */
const REOPEN_TO: readonly SubmissionStatus[] = ['in_review', 'in_progress'];

/**
 * Open items may move to any status, skipping or going back (managers do both). A closed item (done,
 * declined) may only be reopened to in_review or in_progress. Declining needs a reason.
 */
export function statusProblem(
  from: SubmissionStatus,
  to: SubmissionStatus,
  reason: string | undefined,
): { path: 'status' | 'reason'; message: string } | undefined {
  if (from === to) return undefined;
  if (CLOSED_STATUSES.includes(from) && !REOPEN_TO.includes(to)) {
    return { path: 'status', message: `This item is ${from}: reopen it first (in_review or in_progress) before setting ${to}` };
  }
  if (to === 'declined' && reason === undefined) {
    return { path: 'reason', message: 'Say why it is declined: the reason is shown to the resident' };
  }
  return undefined;
}

export type UpdateOutcome = { kind: 'updated' | 'unchanged'; row: SubmissionRow } | { kind: 'not_found' } | { kind: 'invalid'; error: ApiError };

const ATTEMPTS = 3;

export async function updateSubmission(
  db: Db,
  actor: { userId: string; scope: Scope },
  id: string,
  patch: ManagePatch,
  now: () => Date = () => new Date(),
): Promise<UpdateOutcome> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const outcome = await db.transaction().execute(async (trx) => {
      const row = await findInScope(trx, actor.scope, id);
      if (!row) return { kind: 'not_found' } as const;
      const at = now().toISOString();
      const plan = planChange(row, patch, at);
      if ('error' in plan) return { kind: 'invalid', error: plan.error } as const;
      if (Object.keys(plan.set).length === 0 && plan.history.length === 0) return { kind: 'unchanged', row } as const;
      // Only if nobody changed the item since we read it (two managers at once): otherwise read again.
      const updated = await trx
        .updateTable('submissions')
        .set({ ...plan.set, updated_at: at })
        .where('id', '=', row.id)
        .where('updated_at', '=', row.updated_at)
        .returningAll()
        .executeTakeFirst();
      if (!updated) return undefined;
      for (const entry of plan.history) await insertHistory(trx, { ...entry, submissionId: row.id, at, actorUserId: actor.userId });
      await writeAudit(trx, { userId: actor.userId, action: 'submission_updated', target: `submission:${row.id}`, detail: plan.audit }, new Date(at));
      return { kind: 'updated', row: updated } as const;
    });
    if (outcome) return outcome;
  }
  throw new Error(`Submission ${id} kept changing under the update`);
}

type HistoryPart = Omit<HistoryInput, 'submissionId' | 'at' | 'actorUserId'>;
interface Plan {
  set: { status?: SubmissionStatus; moderation?: ModerationState; public_response?: string | null; contacted_at?: string | null };
  history: HistoryPart[];
  audit: Record<string, unknown>;
}

function invalid(path: string, message: string): { error: ApiError } {
  return { error: { code: 'validation', message, path } };
}

function planChange(row: SubmissionRow, patch: ManagePatch, at: string): Plan | { error: ApiError } {
  const plan: Plan = { set: {}, history: [], audit: {} };
  if (patch.reason !== undefined && patch.status === undefined) return invalid('reason', 'A reason goes with a status change');
  if (patch.status !== undefined && patch.status !== row.status) {
    const problem = statusProblem(row.status, patch.status, patch.reason);
    if (problem) return invalid(problem.path, problem.message);
    plan.set.status = patch.status;
    plan.history.push({ status: patch.status, reason: patch.reason ?? null });
    plan.audit.status = { from: row.status, to: patch.status };
    if (CLOSED_STATUSES.includes(row.status)) plan.audit.reopened = true;
  }

  if (patch.moderationReason !== undefined && patch.moderation === undefined) {
    return invalid('moderationReason', 'A moderation reason goes with a moderation decision');
  }
  if (patch.moderation !== undefined) {
    // Only public feedback and proposals carry a moderation state; private items are never shown.
    if (row.moderation === null) return invalid('moderation', 'Only public feedback and proposals are moderated');
    if (patch.moderation === 'hidden' && patch.moderationReason === undefined) {
      return invalid('moderationReason', 'Say why it is hidden: the reason is shown to the resident');
    }
    if (patch.moderation !== row.moderation) {
      plan.set.moderation = patch.moderation;
      plan.history.push({ moderation: patch.moderation, reason: patch.moderationReason ?? null });
      plan.audit.moderation = { from: row.moderation, to: patch.moderation };
    }
  }

  if (patch.publicResponse !== undefined) {
    // An empty answer withdraws the previous one; the history keeps '' so the resident sees it went.
    const next = patch.publicResponse === '' ? null : patch.publicResponse;
    if (next !== row.public_response) {
      plan.set.public_response = next;
      plan.history.push({ publicResponse: patch.publicResponse });
      plan.audit.publicResponse = next === null ? 'cleared' : 'set';
    }
  }

  if (patch.contacted !== undefined) {
    if (row.kind !== 'interest') return invalid('contacted', 'Only volunteer interest is marked as contacted');
    if (patch.contacted !== (row.contacted_at !== null)) {
      plan.set.contacted_at = patch.contacted ? at : null;
      plan.history.push({ note: patch.contacted ? 'Marked as contacted' : 'Contacted mark removed' });
      plan.audit.contacted = patch.contacted;
    }
  }

  if (patch.note !== undefined) {
    plan.history.push({ note: patch.note });
    plan.audit.note = 'added';
  }
  return plan;
}
