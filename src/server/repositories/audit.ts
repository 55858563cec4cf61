import type { Executor } from '../db/schema';

// Who did what, when. Never an IP address; `detail` is a small JSON object for context.

export interface AuditEntry {
  userId: string | null;
  action: string;
  target?: string;
  detail?: Record<string, unknown>;
}

export async function writeAudit(db: Executor, entry: AuditEntry, now: Date = new Date()): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: now.toISOString(),
      user_id: entry.userId,
      action: entry.action,
      target: entry.target ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .execute();
}
