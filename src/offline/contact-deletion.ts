import { getDatabase, type QsDatabase } from './db';
import { isNoAnswer, request, type FetchLike } from './http';

// "Delete my contact data": one idempotent DELETE, online only — it is not queued, so the resident
// sees at once whether it worked. A success is remembered on the device so the button can say so.

export type ContactDeletion = 'deleted' | 'offline' | 'not_found' | 'error';

export function contactDeletedKey(id: string): string {
  return `contactDeleted:${id}`;
}

export async function requestContactDeletion(
  id: string,
  options: { db?: QsDatabase; fetchImpl?: FetchLike; now?: () => number } = {},
): Promise<ContactDeletion> {
  const db = options.db ?? getDatabase();
  const outcome = await request(`/api/v1/submissions/${encodeURIComponent(id)}/contact`, {
    method: 'DELETE',
    fetchImpl: options.fetchImpl,
  });
  if (isNoAnswer(outcome)) return 'offline';
  if (outcome.kind === 'http') return outcome.status === 404 ? 'not_found' : 'error';
  await db.settings.put({ key: contactDeletedKey(id), value: (options.now ?? Date.now)() });
  return 'deleted';
}

/** When the deletion was confirmed, if it was. */
export async function contactDeletedAt(id: string, db: QsDatabase = getDatabase()): Promise<number | undefined> {
  const row = await db.settings.get(contactDeletedKey(id));
  return typeof row?.value === 'number' ? row.value : undefined;
}
