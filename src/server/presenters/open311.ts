import { theme as themeDe } from '../../../i18n/de/manage.json';
import { theme as themeEn } from '../../../i18n/en/manage.json';
import type { Theme, Topic } from '../../shared/catalog';
import { coarsen } from '../../shared/feed';
import {
  open311Status,
  type Open311Locale,
  type Open311Service,
  type Open311ServiceDefinition,
  type Open311ServiceRequest,
} from '../../shared/open311';
import type { Catalog } from '../catalog/catalog';
import type { Open311Row } from '../repositories/open311';
import { readPayload } from '../repositories/stored-item';

// What Open311 clients see. Services are the data pack's topics; a request is a feedback item or a
// proposal, listed field by field: never contact data, never an exact point, never an internal note.
// The working groups' names come from the app's own translations (i18n/<lng>/manage.json), so the
// group an Open311 client shows is the one the managers read.

const THEME_LABELS: Record<Open311Locale, Record<Theme, string>> = { de: themeDe, en: themeEn };

const TEXT = {
  de: {
    description: (topic: string, group: string) =>
      `Hinweise und Anliegen zum Thema „${topic}“ für das Quartiersmanagement des Stadtteils, in dem der Ort (lat/long) liegt. Arbeitsgruppe der Integrierten Sozialraumplanung: ${group}.`,
    agency: (quarter: string, city: string) => `Quartiersmanagement ${quarter} (${city})`,
    notice: (receipt: string) =>
      `Eingegangen, Empfangsnummer ${receipt}. Das Quartiersmanagement prüft das Anliegen; öffentlich sichtbar wird es erst nach seiner Freigabe.`,
  },
  en: {
    description: (topic: string, group: string) =>
      `Reports and concerns about “${topic}” for the neighbourhood management of the quarter the place (lat/long) lies in. Working group of the integrated social-space planning: ${group}.`,
    agency: (quarter: string, city: string) => `Neighbourhood management ${quarter} (${city})`,
    notice: (receipt: string) =>
      `Received, receipt ${receipt}. The neighbourhood management will review it; it becomes public only once they publish it.`,
  },
} as const;

export function presentService(topic: Topic, locale: Open311Locale): Open311Service {
  const name = topic.label[locale];
  const group = THEME_LABELS[locale][topic.theme];
  return {
    service_code: topic.id,
    service_name: name,
    description: TEXT[locale].description(name, group),
    // No attributes beyond the specification's fields: a client needs no service definition.
    metadata: false,
    // The item is stored, and its id known, before the answer is sent.
    type: 'realtime',
    keywords: keywords([topic.label.de, topic.label.en, THEME_LABELS.de[topic.theme], THEME_LABELS.en[topic.theme]]),
    group,
  };
}

/** "Grün, Spielplätze & Sauberkeit" → "Grün, Spielplätze, Sauberkeit": the words people search for. */
function keywords(labels: string[]): string {
  const words = labels.flatMap((label) => label.split(/[,&]/)).map((word) => word.trim()).filter(Boolean);
  return [...new Set(words)].join(', ');
}

/** No custom attributes: every service takes only the specification's own fields. */
export function presentServiceDefinition(topic: Topic): Open311ServiceDefinition {
  return { service_code: topic.id, attributes: [] };
}

export function createdNotice(receipt: string, locale: Open311Locale): string {
  return TEXT[locale].notice(receipt);
}

export interface RequestContext {
  catalog: Catalog;
  locale: Open311Locale;
  /** Scheme and host the client used, for absolute photo URLs. */
  origin: string;
}

/**
 * `public`: a published item, as the public feed shows it (location coarsened). `status`: an item
 * that is not public, for whoever holds its id (the id is the capability, as for the app's own
 * status view): only where it stands — no text, no place.
 */
export function presentRequest(row: Open311Row, context: RequestContext, view: 'public' | 'status'): Open311ServiceRequest {
  const { catalog, locale } = context;
  const topic = catalog.topics.find((t) => t.id === row.topic_id);
  const quarter = row.quarter_id === null ? undefined : catalog.quarterName(row.quarter_id);
  const answer = row.public_response !== null && row.public_response !== '' ? row.public_response : undefined;
  const base: Open311ServiceRequest = {
    service_request_id: row.id,
    status: open311Status(row.status),
    ...(answer !== undefined ? { status_notes: answer } : {}),
    service_name: topic?.label[locale] ?? row.topic_id ?? '',
    service_code: row.topic_id ?? '',
    requested_datetime: row.received_at,
    updated_datetime: row.updated_at,
  };
  if (view === 'status') return base;
  const payload = readPayload(row.payload);
  const location = payload.location ? coarsen(payload.location) : undefined;
  const photo = payload.mediaIds?.[0];
  return {
    ...base,
    description: payload.title !== undefined ? `${payload.title}\n\n${payload.text ?? ''}` : (payload.text ?? ''),
    ...(quarter !== undefined ? { agency_responsible: TEXT[locale].agency(quarter, catalog.city.name) } : {}),
    // The quarter and the city: no more exact than the public map.
    ...(quarter !== undefined ? { address: `${quarter}, ${catalog.city.name}` } : {}),
    ...(location ? { lat: location.lat, long: location.lng } : {}),
    ...(photo !== undefined ? { media_url: `${context.origin}/api/v1/media/${photo}` } : {}),
  };
}
