import { randomUUID } from 'node:crypto';
import type { ApiError } from '../../shared/api-error';
import type { Open311Locale, Open311NewRequest } from '../../shared/open311';
import { quarterOf } from '../../shared/quarter-of';
import type { Catalog } from '../catalog/catalog';
import type { Db } from '../db/schema';
import { HttpError } from '../http/http-error';
import { writeAudit } from '../repositories/audit';
import { storeItem } from './store-submission';

// `POST /open311/v2/requests`: a city system's request becomes a feedback item of that topic and
// quarter, stored by the same store service as a resident's (receipt, history, inbox, retention).
// It is public feedback waiting for moderation: it shows in Open311 lists and the quarter's feed
// only once a manager publishes it. Contact fields become the item's contact data.

/** Near a border the thinned boundaries leave gaps (seeds/erfurt/SOURCES.md: "some tens of metres"). */
export const BORDER_TOLERANCE_M = 100;

export interface Open311StoreDeps {
  db: Db;
  catalog: Catalog;
  now?: () => Date;
}

const bad = (description: string) => new HttpError(400, 'validation', description);

/** The quarter a point lies in; one just outside a thinned border counts for the nearest quarter. */
export function quarterAt(catalog: Catalog, lat: number, lng: number): string | undefined {
  const match = quarterOf(catalog.quarters, { lat, lng });
  if (match.kind === 'inside') return match.quarter.id;
  const nearest = match.candidates[0];
  if (match.kind === 'uncertain' && nearest && nearest.distanceM <= BORDER_TOLERANCE_M) return nearest.id;
  return undefined;
}

export async function createOpen311Request(
  deps: Open311StoreDeps,
  apiKey: { id: string; name: string },
  body: Open311NewRequest,
  locale: Open311Locale,
): Promise<{ id: string; receipt: string }> {
  refuseUnsupported(body);
  const serviceCode = body.service_code;
  if (serviceCode === undefined) throw bad('service_code was not provided');
  if (!deps.catalog.hasTopic(serviceCode)) throw new HttpError(404, 'unknown_topic', `service_code ${serviceCode} was not found (see GET services)`);
  if (body.lat === undefined || body.long === undefined) {
    throw bad('lat and long are required: requests are placed in a quarter by their coordinates (addresses are not geocoded)');
  }
  const lat = Number(body.lat);
  const lng = Number(body.long);
  const quarterId = quarterAt(deps.catalog, lat, lng);
  if (quarterId === undefined) throw bad(`lat/long ${lat}, ${lng} lie outside every quarter of ${deps.catalog.city.name}`);
  if (body.description === undefined) throw bad('description was not provided: say what the request is about');

  const id = randomUUID();
  const now = deps.now?.() ?? new Date();
  const name = [body.first_name, body.last_name].filter((part) => part !== undefined).join(' ');
  const contact = {
    ...(name !== '' ? { name } : {}),
    ...(body.email !== undefined ? { email: body.email } : {}),
    ...(body.phone !== undefined ? { phone: body.phone } : {}),
  };
  const item = {
    id,
    kind: 'feedback',
    createdAt: now.toISOString(),
    locale,
    quarterId,
    topicId: serviceCode,
    // A place in words is part of the text, as in the app's own form (decisions.md).
    text: body.address_string !== undefined ? `${body.description}\n\nOrt: ${body.address_string}` : body.description,
    location: { lat, lng },
    visibility: 'public',
    ...(Object.keys(contact).length > 0 ? { contact } : {}),
  };
  const result = await storeItem({ db: deps.db, catalog: deps.catalog, now: () => now }, item);
  if (result.status !== 'accepted' || result.receipt === undefined) throw bad(describe(result.error));
  // Which key brought the item in: the audit log, not the item, so the item stays the app's own shape.
  await writeAudit(deps.db, { userId: null, action: 'open311_request', target: `submission:${id}`, detail: { apiKey: apiKey.name, apiKeyId: apiKey.id } }, now);
  return { id, receipt: result.receipt };
}

/** What the app cannot keep is refused with its reason, never dropped quietly. */
function refuseUnsupported(body: Open311NewRequest): void {
  if (body.media_url !== undefined) {
    throw bad('media_url is not supported: photos reach the managers only through the app, where their metadata is removed; send the request without it');
  }
  if (body.address_id !== undefined) throw bad('address_id is not supported: send lat and long (and address_string if you like)');
  const attributes = Object.keys(body).filter((key) => key.startsWith('attribute'));
  if (attributes.length > 0) throw bad(`${attributes[0]}: these services have no attributes (metadata is false)`);
}

/** The store service's first problem, in the request's own field names. */
function describe(error: ApiError | undefined): string {
  if (!error) return 'The request could not be stored';
  const field = FIELD_OF[error.path ?? ''] ?? error.path;
  return field ? `${field}: ${error.message}` : error.message;
}

const FIELD_OF: Record<string, string> = {
  text: 'description (with address_string)',
  'contact.email': 'email',
  'contact.name': 'first_name and last_name',
  'contact.phone': 'phone',
  'location.lat': 'lat',
  'location.lng': 'long',
};
