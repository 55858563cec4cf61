import type { Attribution } from '../../shared/city';
import type { Centre, ClientConfig, ManagedCentre, ManagedOpportunity, Opportunity } from '../../shared/directory';
import type { DirectoryRow } from '../repositories/directory-content';
import type { TileConfig } from '../tile-config';

// Presenters: the fields each endpoint promises, named one by one — a field added to the data pack
// is not published until it is added here.

export function presentCentre(c: Centre): Centre {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    quarterId: c.quarterId,
    ...(c.address !== undefined ? { address: c.address } : {}),
    location: c.location,
    locationPrecision: c.locationPrecision,
    ...(c.hours !== undefined ? { hours: c.hours } : {}),
    contact: c.contact,
    accessibility: c.accessibility,
    offers: c.offers,
    languages: c.languages,
    description: c.description,
    ...(c.operator !== undefined ? { operator: c.operator } : {}),
    ...(c.statusNote !== undefined ? { statusNote: c.statusNote } : {}),
    source: c.source,
    sample: c.sample,
  };
}

export function presentOpportunity(o: Opportunity): Opportunity {
  return {
    id: o.id,
    title: o.title,
    organisation: o.organisation,
    ...(o.centreId !== undefined ? { centreId: o.centreId } : {}),
    ...(o.quarterId !== undefined ? { quarterId: o.quarterId } : {}),
    ...(o.location !== undefined ? { location: o.location } : {}),
    ...(o.locationPrecision !== undefined ? { locationPrecision: o.locationPrecision } : {}),
    commitment: o.commitment,
    dates: o.dates,
    skills: o.skills,
    suitableFor: o.suitableFor,
    languages: o.languages,
    contact: o.contact,
    description: o.description,
    source: o.source,
    sample: o.sample,
  };
}

export function presentConfig(tiles: TileConfig, dataAttribution: readonly Attribution[]): ClientConfig {
  return { tileUrl: tiles.tileUrl, tileAttribution: tiles.tileAttribution, dataAttribution: [...dataAttribution] };
}

/**
 * A centre or opportunity as managers edit it. The payload is the entry as its kind's schema
 * validated it when it was saved (hence the cast); the route's answer schema checks it again on the
 * way out, so a wrong payload fails loudly instead of leaving the server.
 */
export function presentManagedEntry(row: DirectoryRow): ManagedCentre | ManagedOpportunity {
  const entry: unknown = JSON.parse(row.payload);
  return {
    id: row.id,
    quarterId: row.quarterId,
    published: row.published,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    entry,
  } as ManagedCentre | ManagedOpportunity;
}
