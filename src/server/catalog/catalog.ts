import type { QuarterCollection, Topic } from '../../shared/catalog';
import type { City } from '../../shared/city';
import type { Centre, Opportunity } from '../../shared/directory';

// The loaded data pack with the look-ups the submission checks need. Read-only after start.

export interface Catalog {
  city: City;
  quarters: QuarterCollection;
  topics: Topic[];
  /** The directory (`centres.json`, `opportunities.json`), served by routes/directory. */
  centres: Centre[];
  opportunities: Opportunity[];
  quarterName(id: string): string | undefined;
  hasTopic(id: string): boolean;
  /** An `interest` for an opportunity not in the data pack is answered `unknown_opportunity`. */
  opportunityExists(id: string): boolean;
  /** The quarter an opportunity belongs to (its own, else its centre's), so that quarter's managers see interest in it. */
  opportunityQuarter(id: string): string | undefined;
}

export interface CatalogParts {
  city: City;
  quarters: QuarterCollection;
  topics: Topic[];
  opportunityIds?: readonly string[];
  centres?: readonly Centre[];
  opportunities?: readonly Opportunity[];
}

export function buildCatalog(parts: CatalogParts): Catalog {
  const { city, quarters, topics, opportunityIds = [], centres = [], opportunities = [] } = parts;
  const names = new Map(quarters.features.map((f) => [f.properties.id, f.properties.name]));
  const topicIds = new Set(topics.map((t) => t.id));
  const centreQuarter = new Map(centres.map((c) => [c.id, c.quarterId]));
  const opportunityQuarters = new Map<string, string | undefined>(opportunityIds.map((id) => [id, undefined]));
  for (const o of opportunities) opportunityQuarters.set(o.id, o.quarterId ?? (o.centreId ? centreQuarter.get(o.centreId) : undefined));
  return {
    city,
    quarters,
    topics,
    centres: [...centres],
    opportunities: [...opportunities],
    quarterName: (id) => names.get(id),
    hasTopic: (id) => topicIds.has(id),
    opportunityExists: (id) => opportunityQuarters.has(id),
    opportunityQuarter: (id) => opportunityQuarters.get(id),
  };
}
