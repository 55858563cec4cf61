import type { ApiError } from '../shared/api-error';
import type { OutboxRecord } from './db';
import { refuseItems } from './record-answers';
import type { EngineContext, Transient } from './sync-context';

export interface PhotoUploads {
  /** The records whose photos are all on the server: they may be posted now. */
  ready: OutboxRecord[];
  /** Records marked "needs attention" because the server refused one of their photos. */
  refused: Set<string>;
  /** Set when the network or the server failed: the batch stops here. */
  transient?: Transient;
}

/**
 * Photos go first (DESIGN §4), each PUT is idempotent on the server. A record with a refused photo
 * needs attention and is never sent without it; a transient failure stops the batch.
 */
export async function uploadPhotos(ctx: EngineContext, batch: readonly OutboxRecord[]): Promise<PhotoUploads> {
  const ready: OutboxRecord[] = [];
  const refusedIds = new Set<string>();
  for (const record of batch) {
    const media = record.media ?? [];
    let refused: ApiError | undefined;
    for (const photo of media) {
      if (photo.uploaded) continue;
      const reply = await ctx.send(`${ctx.mediaUrl}${photo.id}`, {
        method: 'PUT',
        headers: { 'content-type': photo.type },
        body: photo.blob,
      });
      if (reply.kind === 'transient') return { ready, refused: refusedIds, transient: reply };
      if (reply.kind === 'refused') {
        refused = reply.error;
        break;
      }
      photo.uploaded = true;
      await ctx.db.outbox.update(record.id, { media });
    }
    if (refused) {
      await refuseItems(ctx, [record], refused);
      refusedIds.add(record.id);
    } else ready.push(record);
  }
  return { ready, refused: refusedIds };
}
