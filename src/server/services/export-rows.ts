import type { Catalog } from '../catalog/catalog';
import type { Db } from '../db/schema';
import { listInbox, type InboxFilters, type InboxRow, type Scope } from '../repositories/inbox';
import { languageNameFor } from '../../shared/languages';
import type { CsvValue } from './csv';
import { TZDate } from '@date-fns/tz';
import { readContact, readPayload } from '../repositories/stored-item';

// What one exported item looks like, for CSV and GeoJSON alike. Contact columns exist only when the
// manager asked for them, so a default export cannot leak them.

const PAGE = 500;

/** Every scoped, filtered row, oldest first, a page at a time (an export may be large). */
export async function* exportRows(db: Db, scope: Scope, filters: InboxFilters): AsyncGenerator<InboxRow> {
  let cursor: { receivedAt: string; id: string } | undefined;
  for (;;) {
    const { rows, more } = await listInbox(db, scope, filters, cursor, PAGE, { sort: 'oldest' });
    yield* rows;
    const last = rows.at(-1);
    if (!more || !last) return;
    cursor = { receivedAt: last.received_at, id: last.id };
  }
}

export const BASE_COLUMNS = [
  'id', 'receipt', 'kind', 'quarter_id', 'quarter', 'topic_id', 'topic', 'theme', 'status', 'moderation',
  'created_at', 'received_at', 'created_local', 'received_local', 'title', 'text', 'mood', 'supports', 'public_response', 'lat', 'lng',
  'locale', 'language',
] as const;
export const CONTACT_COLUMNS = ['contact_name', 'contact_email', 'contact_phone'] as const;

export function exportColumns(includeContact: boolean): string[] {
  return includeContact ? [...BASE_COLUMNS, ...CONTACT_COLUMNS] : [...BASE_COLUMNS];
}

export function exportRecord(row: InboxRow, catalog: Catalog, includeContact: boolean): Record<string, CsvValue> {
  const payload = readPayload(row.payload);
  const topic = row.topic_id !== null ? catalog.topics.find((t) => t.id === row.topic_id) : undefined;
  const record: Record<string, CsvValue> = {
    id: row.id,
    receipt: row.receipt,
    kind: row.kind,
    quarter_id: row.quarter_id,
    quarter: row.quarter_id !== null ? catalog.quarterName(row.quarter_id) : null,
    topic_id: row.topic_id,
    // German labels: the people who open the export work in German (the id column is for tools).
    topic: topic?.label.de ?? null,
    theme: topic?.theme ?? null,
    status: row.status,
    moderation: row.moderation,
    created_at: row.created_at,
    received_at: row.received_at,
    // The same instants as the city's clock shows them, as the manager area does: an item sent at 23:30 in
    // December belongs to that day, not to the next one that UTC says. A spreadsheet reads this as a date.
    created_local: cityTime(row.created_at, catalog.city.timeZone),
    received_local: cityTime(row.received_at, catalog.city.timeZone),
    title: payload.title ?? null,
    text: payload.text ?? payload.message ?? null,
    mood: payload.mood ?? null,
    supports: row.kind === 'proposal' ? row.support_count : null,
    public_response: row.public_response,
    lat: payload.location?.lat ?? null,
    lng: payload.location?.lng ?? null,
    // The resident's app language: its code for tools, its German name for people.
    locale: payload.locale ?? null,
    language: languageNameFor(payload.locale, 'de') || null,
  };
  if (includeContact) {
    const contact = readContact(row.contact);
    record.contact_name = contact?.name ?? null;
    record.contact_email = contact?.email ?? null;
    record.contact_phone = contact?.phone ?? null;
  }
  return record;
}

/** `2026-12-08 00:28:02` in the city's time zone; null for a missing or unreadable instant. */
export function cityTime(iso: string | null, timeZone: string): string | null {
  if (!iso) return null;
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return null;
  // TZDate's getters read the city's wall clock (date-fns' format is a dev dependency, not on the server).
  const local = new TZDate(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${local.getFullYear()}-${two(local.getMonth() + 1)}-${two(local.getDate())}`;
  return `${day} ${two(local.getHours())}:${two(local.getMinutes())}:${two(local.getSeconds())}`;
}
