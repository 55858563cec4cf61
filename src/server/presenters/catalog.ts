import type { PublicQuarters, QuarterCollection, Topic } from '../../shared/catalog';

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

export function presentTopics(topics: readonly Topic[]): Topic[] {
  return topics.map((topic) => ({ id: topic.id, theme: topic.theme, label: topic.label }));
}
