import type { Executor } from '../db/schema';
import type { Scope } from './inbox';

// Photos and their links to items. Whether a photo may be shown is decided here, in one query per
// audience, so the route cannot forget a condition.

/** The subset of `ids` that are stored; the caller compares to find the missing ones. */
export async function existingMediaIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('media').select('id').where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}

export interface NewMedia {
  id: string;
  bytes: Buffer;
  mime: string;
  sourceHash: string;
  width: number;
  height: number;
  createdAt: string;
}

/** False when the id was taken (by an earlier or a parallel upload); the primary key decides. */
export async function tryInsertMedia(db: Executor, media: NewMedia): Promise<boolean> {
  const inserted = await db
    .insertInto('media')
    .values({
      id: media.id,
      bytes: media.bytes,
      mime: media.mime,
      source_hash: media.sourceHash,
      width: media.width,
      height: media.height,
      created_at: media.createdAt,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export interface MediaInfo {
  id: string;
  mime: string;
  sourceHash: string | null;
  width: number | null;
  height: number | null;
  size: number;
}

/** Everything but the bytes, to answer a repeated upload without reading the photo. */
export async function findMediaInfo(db: Executor, id: string): Promise<MediaInfo | undefined> {
  const row = await db
    .selectFrom('media')
    .select(['id', 'mime', 'source_hash', 'width', 'height', (eb) => eb.fn<number>('length', ['bytes']).as('size')])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    mime: row.mime,
    sourceHash: row.source_hash,
    width: row.width,
    height: row.height,
    size: Number(row.size),
  };
}

export async function linkMedia(db: Executor, submissionId: string, mediaIds: readonly string[]): Promise<void> {
  const unique = [...new Set(mediaIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('submission_media')
    .values(unique.map((media_id) => ({ submission_id: submissionId, media_id })))
    .execute();
}

/** Anyone (the public feed), or a signed-in manager with their scope. */
export type MediaAudience = 'public' | Scope;

/**
 * The photo if this audience may see it: anyone when an item showing it is published; a manager when
 * an item showing it lies in one of their quarters (an admin: any linked item). Unlinked uploads are
 * seen by no one.
 */
export async function findVisibleMedia(
  db: Executor,
  id: string,
  audience: MediaAudience,
): Promise<{ bytes: Buffer; mime: string; sourceHash: string | null } | undefined> {
  const row = await db
    .selectFrom('media')
    .select(['media.bytes', 'media.mime', 'media.source_hash'])
    .where('media.id', '=', id)
    .where((eb) => {
      let items = eb
        .selectFrom('submission_media')
        .innerJoin('submissions', 'submissions.id', 'submission_media.submission_id')
        .select('submissions.id')
        .whereRef('submission_media.media_id', '=', 'media.id');
      if (audience === 'public') {
        items = items.where('submissions.moderation', '=', 'published');
      } else if (!audience.all) {
        items = items.where(
          'submissions.quarter_id',
          'in',
          eb.selectFrom('user_quarters').select('quarter_id').where('user_id', '=', audience.userId),
        );
      }
      return eb.exists(items);
    })
    .executeTakeFirst();
  return row ? { bytes: Buffer.from(row.bytes), mime: row.mime, sourceHash: row.source_hash } : undefined;
}
