import { sql } from 'kysely';
import type { Db } from '../db/schema';
import { writeAudit } from '../repositories/audit';
import { insertHistory } from '../repositories/submissions';

// Data protection (DESIGN §2): contact data is deleted automatically CONTACT_RETENTION_DAYS after an
// item was closed (done or declined). "Closed at" is the time of its latest status change in the
// history, so an item that was reopened starts counting again when it closes again.

export const RETENTION_INTERVAL_MS = 6 * 3600_000;

export async function deleteExpiredContacts(db: Db, retentionDays: number, now: Date = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const due = await db
    .selectFrom('submissions')
    .select('submissions.id')
    .where('submissions.contact', 'is not', null)
    .where('submissions.status', 'in', ['done', 'declined'])
    .where((eb) =>
      eb(
        eb
          .selectFrom('submission_history')
          .select(sql<string>`max(submission_history.at)`.as('closed_at'))
          .whereRef('submission_history.submission_id', '=', 'submissions.id')
          .where('submission_history.status', 'is not', null),
        '<=',
        cutoff,
      ),
    )
    .execute();
  const at = now.toISOString();
  const deleted: string[] = [];
  for (const { id } of due) {
    // One transaction per item; the `contact is not null` guard makes a parallel run (a second
    // instance) a no-op instead of a second history entry.
    const done = await db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('submissions')
        .set({ contact: null, updated_at: at })
        .where('id', '=', id)
        .where('contact', 'is not', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await insertHistory(trx, { submissionId: id, at, note: `Contact data deleted automatically (${retentionDays} days after closing)` });
      await writeAudit(trx, { userId: null, action: 'contact_deleted', target: `submission:${id}`, detail: { reason: 'retention', retentionDays } }, now);
      return true;
    });
    if (done) deleted.push(id);
  }
  return deleted;
}

export interface RetentionJob {
  stop(): void;
  /** Resolves when the run at start is finished (tests, shutdown). */
  firstRun: Promise<void>;
}

/** Runs now and then every `intervalMs`; the timer never keeps the process alive on its own. */
export function startRetentionJob(
  db: Db,
  retentionDays: number,
  options: { intervalMs?: number; now?: () => Date; onError?: (error: unknown) => void; onDeleted?: (ids: string[]) => void } = {},
): RetentionJob {
  const run = async () => {
    try {
      const ids = await deleteExpiredContacts(db, retentionDays, options.now?.() ?? new Date());
      if (ids.length > 0) options.onDeleted?.(ids);
    } catch (error) {
      options.onError?.(error);
    }
  };
  const firstRun = run();
  const timer = setInterval(() => void run(), options.intervalMs ?? RETENTION_INTERVAL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer), firstRun };
}
