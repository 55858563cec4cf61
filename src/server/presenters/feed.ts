import { coarsen, type FeedItem } from '../../shared/feed';
import type { FeedRow } from '../repositories/feed';
import { readPayload } from '../repositories/stored-item';

// What anyone may read about a published item. Listed field by field: no contact, no receipt, no
// internal note, no exact point — the location is coarsened here, before it leaves the server.

export function presentFeedItem(row: FeedRow): FeedItem {
  const payload = readPayload(row.payload);
  return {
    id: row.id,
    kind: row.kind === 'proposal' ? 'proposal' : 'feedback',
    quarterId: row.quarter_id ?? '',
    topicId: row.topic_id ?? '',
    ...(payload.title !== undefined ? { title: payload.title } : {}),
    text: payload.text ?? '',
    ...(payload.mood !== undefined ? { mood: payload.mood } : {}),
    createdAt: row.created_at,
    status: row.status,
    supportCount: row.support_count,
    ...(row.public_response !== null && row.public_response !== '' ? { publicResponse: row.public_response } : {}),
    ...(payload.location ? { location: coarsen(payload.location) } : {}),
    mediaIds: payload.mediaIds ?? [],
  };
}
