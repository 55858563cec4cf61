import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centreSchema, opportunitySchema, type Centre, type Opportunity } from './directory';
import {
  distanceMetres,
  filterCentres,
  filterOpportunities,
  foldText,
  opportunityPlace,
  sortByNearness,
  type FilterContext,
} from './directory-filter';
import { holidayDates } from './holidays';

const source = { urls: ['https://example.org/a'], lastChecked: '2026-11-26' };
const text = (de: string, en = de) => ({ de, en });

function centre(overrides: Partial<Record<keyof Centre, unknown>> & { id: string }): Centre {
  return centreSchema.parse({
    name: overrides.id,
    kind: 'neighbourhood_centre',
    quarterId: 'q-a',
    location: { lat: 50.97, lng: 11.03 },
    locationPrecision: 'quarter',
    description: text('Ein Ort', 'A place'),
    source,
    ...overrides,
  });
}

function opportunity(overrides: Partial<Record<keyof Opportunity, unknown>> & { id: string }): Opportunity {
  return opportunitySchema.parse({
    title: text(overrides.id),
    organisation: 'Beispielverein',
    quarterId: 'q-a',
    commitment: { type: 'regular' },
    description: text('Etwas tun', 'Do something'),
    source: { urls: [], lastChecked: '2026-11-26' },
    sample: true,
    ...overrides,
  });
}

const ctx: FilterContext = {
  at: new Date('2026-06-03T08:00:00Z'), // Wednesday 10:00 in Erfurt
  holidays: holidayDates('TH', [2026]),
  quarterNames: new Map([
    ['q-a', 'Rieth'],
    ['q-b', 'Löbervorstadt'],
  ]),
};

const centres = [
  centre({
    id: 'cafe-rieth',
    name: 'Stadtteilcafé Rieth',
    offers: ['cafe', 'counselling'],
    languages: ['de', 'ar'],
    accessibility: { wheelchair: 'yes' },
    hours: { weekly: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '15:00' }] },
  }),
  centre({ id: 'buero', name: 'Quartiersbüro', kind: 'quarter_office', quarterId: 'q-b', offers: ['cafe'], accessibility: { wheelchair: 'limited' } }),
  centre({
    id: 'mgh',
    name: 'Mehrgenerationenhaus',
    kind: 'multigenerational_house',
    quarterId: 'q-b',
    operator: 'MitMenschen e.V.',
    hours: { weekly: [{ days: [6], opens: '10:00', closes: '12:00' }] },
  }),
];

describe('foldText', () => {
  it('treats umlauts, ß and their ASCII spellings alike', () => {
    expect(foldText('Löbervorstadt')).toBe(foldText('loebervorstadt'));
    expect(foldText('Straße')).toBe(foldText('STRASSE'));
    expect(foldText('Café')).toBe('cafe');
  });
});

describe('filterCentres', () => {
  const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

  it('returns everything without a filter', () => {
    expect(ids(filterCentres(centres, {}, ctx))).toEqual(['cafe-rieth', 'buero', 'mgh']);
  });

  it('searches name, operator, description and quarter name, every word', () => {
    expect(ids(filterCentres(centres, { text: 'cafe' }, ctx))).toEqual(['cafe-rieth']);
    expect(ids(filterCentres(centres, { text: 'mitmenschen' }, ctx))).toEqual(['mgh']);
    expect(ids(filterCentres(centres, { text: 'loebervorstadt' }, ctx))).toEqual(['buero', 'mgh']);
    expect(ids(filterCentres(centres, { text: 'Rieth Büro' }, ctx))).toEqual([]);
    expect(ids(filterCentres(centres, { text: '  ' }, ctx))).toHaveLength(3);
  });

  it('filters by quarter, kind (any of) and offers (all of)', () => {
    expect(ids(filterCentres(centres, { quarterId: 'q-b' }, ctx))).toEqual(['buero', 'mgh']);
    expect(ids(filterCentres(centres, { kinds: ['quarter_office', 'multigenerational_house'] }, ctx))).toEqual(['buero', 'mgh']);
    expect(ids(filterCentres(centres, { offers: ['cafe'] }, ctx))).toEqual(['cafe-rieth', 'buero']);
    expect(ids(filterCentres(centres, { offers: ['cafe', 'counselling'] }, ctx))).toEqual(['cafe-rieth']);
  });

  it('filters by open now, wheelchair access (only "yes") and language (unknown never matches)', () => {
    expect(ids(filterCentres(centres, { openNow: true }, ctx))).toEqual(['cafe-rieth']);
    expect(ids(filterCentres(centres, { openNow: true }, { ...ctx, at: new Date('2026-06-06T08:30:00Z') }))).toEqual(['mgh']);
    expect(ids(filterCentres(centres, { wheelchair: true }, ctx))).toEqual(['cafe-rieth']);
    expect(ids(filterCentres(centres, { language: 'ar' }, ctx))).toEqual(['cafe-rieth']);
    expect(ids(filterCentres(centres, { language: 'uk' }, ctx))).toEqual([]);
  });

  it('closes on Thuringian holidays for the open-now filter', () => {
    const reformationstag = new Date('2026-10-30T08:00:00Z'); // Friday before; open
    expect(ids(filterCentres(centres, { openNow: true }, { ...ctx, at: reformationstag }))).toEqual(['cafe-rieth']);
    const weltkindertag = { ...ctx, at: new Date('2027-09-20T08:00:00Z'), holidays: holidayDates('TH', [2027]) };
    expect(ids(filterCentres(centres, { openNow: true }, weltkindertag))).toEqual([]);
  });

  it('never returns more than it was given, and a narrower filter never returns more (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), fc.boolean(), (query, openNow, wheelchair) => {
        const wide = filterCentres(centres, { text: query }, ctx);
        const narrow = filterCentres(centres, { text: query, openNow, wheelchair }, ctx);
        return wide.length <= centres.length && narrow.every((c) => wide.includes(c));
      }),
    );
  });
});

describe('filterOpportunities', () => {
  const withCentre = centre({ id: 'haus', quarterId: 'q-b', location: { lat: 50.96, lng: 11.02 } });
  const centresById = new Map([[withCentre.id, withCentre]]);
  const list = [
    opportunity({ id: 'lesepaten', commitment: { type: 'regular', hoursPerWeek: 2 }, skills: ['tutoring'], suitableFor: ['seniors'], languages: ['de'] }),
    opportunity({ id: 'fest', commitment: { type: 'one_off' }, skills: ['cooking', 'organising'], suitableFor: ['everyone'], quarterId: undefined, centreId: 'haus' }),
    opportunity({ id: 'garten', skills: ['none_needed'], suitableFor: ['youth', 'families'], languages: ['de', 'uk'] }),
  ];
  const octx = { ...ctx, centresById };
  const ids = (l: readonly Opportunity[]) => l.map((o) => o.id);

  it('filters by commitment, skills (any of) and suitable for ("everyone" always fits)', () => {
    expect(ids(filterOpportunities(list, { commitment: 'one_off' }, octx))).toEqual(['fest']);
    expect(ids(filterOpportunities(list, { skills: ['cooking', 'tutoring'] }, octx))).toEqual(['lesepaten', 'fest']);
    expect(ids(filterOpportunities(list, { suitableFor: ['youth'] }, octx))).toEqual(['fest', 'garten']);
    expect(ids(filterOpportunities(list, { language: 'uk' }, octx))).toEqual(['garten']);
  });

  it("takes the quarter from the opportunity's centre", () => {
    expect(ids(filterOpportunities(list, { quarterId: 'q-b' }, octx))).toEqual(['fest']);
    expect(ids(filterOpportunities(list, { text: 'löbervorstadt' }, octx))).toEqual(['fest']);
    expect(opportunityPlace(list[1] as Opportunity, centresById)).toEqual({
      quarterId: 'q-b',
      location: { lat: 50.96, lng: 11.02 },
      locationPrecision: 'quarter',
    });
  });
});

describe('sortByNearness', () => {
  const places = new Map([
    ['far', { quarterId: 'q-a', location: { lat: 51.05, lng: 11.03 } }],
    ['near', { quarterId: 'q-b', location: { lat: 50.978, lng: 11.03 } }],
    ['nowhere', { quarterId: 'q-b' }],
    ['alpha', { quarterId: 'q-c', location: { lat: 50.99, lng: 11.03 } }],
  ]);
  const items = ['far', 'near', 'nowhere', 'alpha'];
  const placeOf = (id: string) => places.get(id) ?? {};

  it('sorts by distance from a shared location, places without a point last', () => {
    const ranked = sortByNearness(items, placeOf, (id) => id, { location: { lat: 50.978, lng: 11.03 }, quarterId: 'q-a' });
    expect(ranked.map((r) => r.item)).toEqual(['near', 'alpha', 'far', 'nowhere']);
    expect(ranked[0]?.distanceM).toBe(0);
    expect(ranked[3]?.distanceM).toBeUndefined();
  });

  it("puts the user's quarter first without a location, then by name", () => {
    expect(sortByNearness(items, placeOf, (id) => id, { quarterId: 'q-b' }).map((r) => r.item)).toEqual([
      'near',
      'nowhere',
      'alpha',
      'far',
    ]);
    expect(sortByNearness(items, placeOf, (id) => id, {}).map((r) => r.item)).toEqual(['alpha', 'far', 'near', 'nowhere']);
  });

  it('measures distances sensibly', () => {
    // Erfurt Domplatz to Erfurt Hauptbahnhof is about 1.3 km.
    const d = distanceMetres({ lat: 50.9769, lng: 11.0228 }, { lat: 50.9726, lng: 11.0383 });
    expect(d).toBeGreaterThan(1100);
    expect(d).toBeLessThan(1300);
  });
});
