import type { Executor } from '../db/schema';

// Unread markers are per manager: one person opening an item does not hide it from a colleague.

export async function markRead(db: Executor, userId: string, submissionId: string, now: Date = new Date()): Promise<void> {
  await db
    .insertInto('manager_reads')
    .values({ user_id: userId, submission_id: submissionId, read_at: now.toISOString() })
    // The first opening is what counts; a second one changes nothing.
    .onConflict((oc) => oc.columns(['user_id', 'submission_id']).doNothing())
    .execute();
}

export async function markUnread(db: Executor, userId: string, submissionId: string): Promise<void> {
  await db.deleteFrom('manager_reads').where('user_id', '=', userId).where('submission_id', '=', submissionId).execute();
}
