import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';
import { describe, expect, it } from 'vitest';
import { quarterCollectionSchema } from '../../src/shared/catalog';
import { centresFileSchema, opportunitiesFileSchema } from '../../src/shared/directory';
import { opportunityPlace } from '../../src/shared/directory-filter';

// The directory seeds against their rules (SOURCES.md): valid, every place inside its quarter, real
// entries sourced, samples marked, no invented addresses or hours.

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));
const quarters = quarterCollectionSchema.parse(read('quarters.geojson'));
const centres = centresFileSchema.parse(read('centres.json'));
const opportunities = opportunitiesFileSchema.parse(read('opportunities.json'));
const quarterById = new Map(quarters.features.map((f) => [f.properties.id, f]));
const centresById = new Map(centres.map((c) => [c.id, c]));

function insideQuarter(quarterId: string, location: { lat: number; lng: number }): boolean {
  const feature = quarterById.get(quarterId);
  if (!feature) return false;
  return booleanPointInPolygon(point([location.lng, location.lat]), feature.geometry);
}

describe('seeds/erfurt/centres.json', () => {
  it('names existing quarters and places every entry inside its quarter', () => {
    for (const centre of centres) {
      expect(quarterById.has(centre.quarterId), centre.id).toBe(true);
      expect(insideQuarter(centre.quarterId, centre.location), centre.id).toBe(true);
    }
  });

  it('has no exact points: no coordinates are known for any centre', () => {
    expect(centres.every((c) => c.locationPrecision === 'quarter')).toBe(true);
  });

  it('keeps all twelve real entries (eleven centres and the volunteer agency erna) unmarked and sourced', () => {
    const real = centres.filter((c) => !c.sample);
    expect(real).toHaveLength(12);
    expect(real.every((c) => c.source.urls.length > 0)).toBe(true);
    expect(real.find((c) => c.id === 'erna-engagementagentur')?.contact.email).toBe('info@erna-erfurt.de');
  });

  it('leaves the three addresses no source gives absent and says so', () => {
    const withoutAddress = centres.filter((c) => !c.sample && c.address === undefined).map((c) => c.id);
    expect(withoutAddress.sort()).toEqual(['buergerhaus-roter-berg', 'stadtteilbuero-rieth', 'stadtteiltreff-berolina']);
    for (const id of withoutAddress) expect(centresById.get(id)?.statusNote?.de).toMatch(/Keine Adresse/);
  });

  it('gives opening hours to a real entry only where a source gives them', () => {
    expect(centres.filter((c) => !c.sample && c.hours).map((c) => c.id)).toEqual(['begegnungszentrum-anders']);
  });

  it('marks samples in their names, with example.org contacts and no source URLs', () => {
    for (const centre of centres.filter((c) => c.sample)) {
      expect(centre.name).toMatch(/\(Beispiel\)$/);
      expect(centre.source.urls).toEqual([]);
      for (const value of [centre.contact.email, centre.contact.web]) if (value) expect(value).toMatch(/example\.org/);
    }
  });
});

describe('seeds/erfurt/opportunities.json', () => {
  it('are all samples (no public list of real opportunities exists), by sample organisations', () => {
    expect(opportunities.length).toBeGreaterThan(0);
    for (const o of opportunities) {
      expect(o.sample, o.id).toBe(true);
      expect(o.organisation, o.id).toMatch(/\(Beispiel\)$/);
    }
  });

  it('link only to sample centres and sit inside their quarter', () => {
    for (const o of opportunities) {
      if (o.centreId) expect(centresById.get(o.centreId)?.sample, o.id).toBe(true);
      const place = opportunityPlace(o, centresById);
      expect(place.quarterId && place.location && insideQuarter(place.quarterId, place.location), o.id).toBe(true);
    }
  });

  it('has dates only on one-off opportunities', () => {
    for (const o of opportunities) expect(o.dates.length > 0, o.id).toBe(o.commitment.type === 'one_off');
  });
});
