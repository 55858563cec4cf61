import type { Theme } from '../../shared/catalog';
import type { InboxItem } from '../../shared/manage';
import type { Catalog } from '../catalog/catalog';
import type { InboxRow } from '../repositories/inbox';
import { readPayload } from '../repositories/stored-item';
import { presentInboxItem } from './submission';

// An inbox row: the list fields of presenters/submission plus what the inbox and its map need.
// The exact location is fine here — only managers of the item's quarter reach this view.

export function presentInboxRow(row: InboxRow, catalog: Catalog): InboxItem {
  const payload = readPayload(row.payload);
  return {
    ...presentInboxItem(row, (id) => catalog.quarterName(id)),
    theme: themeOf(row.topic_id, catalog),
    unread: row.read_at === null,
    hasPhoto: row.media_count > 0,
    supportCount: row.kind === 'proposal' ? row.support_count : null,
    location: payload.location ? { lat: payload.location.lat, lng: payload.location.lng } : null,
    opportunityId: payload.opportunityId ?? null,
    contacted: row.kind === 'interest' ? row.contacted_at !== null : null,
  };
}

export function themeOf(topicId: string | null, catalog: Catalog): Theme | null {
  if (topicId === null) return null;
  return catalog.topics.find((t) => t.id === topicId)?.theme ?? null;
}
