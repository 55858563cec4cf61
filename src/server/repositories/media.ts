import type { Executor } from '../db/schema';

/** The subset of `ids` that are stored; the caller compares to find the missing ones. */
export async function existingMediaIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('media').select('id').where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}
