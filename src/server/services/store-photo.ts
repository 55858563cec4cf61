import { createHash } from 'node:crypto';
import type { Db } from '../db/schema';
import { findMediaInfo, tryInsertMedia, type MediaInfo } from '../repositories/media';
import { reencodePhoto } from './reencode-photo';

// `PUT /api/v1/media/{id}` is idempotent (DESIGN §4): the device resends a photo whenever it did not
// see the answer. The same bytes under the same id are answered like the first time; different bytes
// under a taken id are a conflict (the first photo stays), because an item may already show it.

export type PhotoOutcome =
  | { kind: 'created'; info: MediaInfo }
  | { kind: 'same'; info: MediaInfo }
  | { kind: 'conflict' };

export async function storePhoto(db: Db, id: string, input: Buffer, now: Date = new Date()): Promise<PhotoOutcome> {
  const sourceHash = createHash('sha256').update(input).digest('hex');
  // A resend is answered before any decoding: it costs a primary-key look-up, not a re-encode.
  const existing = await findMediaInfo(db, id);
  if (existing) return sameOrConflict(existing, sourceHash);

  const photo = await reencodePhoto(input);
  const inserted = await tryInsertMedia(db, {
    id,
    bytes: photo.bytes,
    mime: photo.mime,
    sourceHash,
    width: photo.width,
    height: photo.height,
    createdAt: now.toISOString(),
  });
  const info = await findMediaInfo(db, id);
  if (!info) throw new Error('Photo row vanished after insert');
  return inserted ? { kind: 'created', info } : sameOrConflict(info, sourceHash);
}

function sameOrConflict(stored: MediaInfo, sourceHash: string): PhotoOutcome {
  // Rows from before hashes were kept cannot be compared; keeping the first photo is the safe answer.
  if (stored.sourceHash === null || stored.sourceHash === sourceHash) return { kind: 'same', info: stored };
  return { kind: 'conflict' };
}
