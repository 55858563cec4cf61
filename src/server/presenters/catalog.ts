import type { PublicQuarters, QuarterCollection, QuarterName, Topic } from '../../shared/catalog';
import { compareGerman } from '../../shared/collate';

// Quarters go out with the properties the API promises (DESIGN §4: id, name, district?); data-pack
// extras such as official ids and areas stay on the server.
export function presentQuarters(collection: QuarterCollection): PublicQuarters {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => ({
      type: 'Feature',
      properties: {
        id: feature.properties.id,
        name: feature.properties.name,
        ...(feature.properties.district !== undefined ? { district: feature.properties.district } : {}),
      },
      geometry: feature.geometry,
    })),
  };
}

/** The names alone, in German collation like the pickers show them. */
export function presentQuarterNames(collection: QuarterCollection): QuarterName[] {
  return presentQuarters(collection)
    .features.map((feature) => feature.properties)
    .sort((a, b) => compareGerman(a.name, b.name) || a.id.localeCompare(b.id));
}

export function presentTopics(topics: readonly Topic[]): Topic[] {
  return topics.map((topic) => ({ id: topic.id, theme: topic.theme, label: topic.label }));
}
