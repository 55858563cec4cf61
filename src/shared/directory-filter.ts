import type {
  Centre,
  CentreKind,
  CommitmentType,
  LocationPrecision,
  OfferTag,
  Opportunity,
  Point,
  Skill,
  SuitableFor,
} from './directory';
import { DEFAULT_TIME_ZONE, openState } from './opening-hours';
import { foldText } from './fold-text';
import { compareGerman } from './collate';

export { foldText };

// Filtering and ordering of the directory lists. Pure, so the same rules can be tested here and
// used on the device with the cached catalog. Within one filter, a list of choices means "any of"
// except offers, where each chosen offer must be there ("café and counselling").

export interface CentreFilter {
  text?: string;
  quarterId?: string;
  kinds?: readonly CentreKind[];
  openNow?: boolean;
  wheelchair?: boolean;
  offers?: readonly OfferTag[];
  language?: string;
}

export interface OpportunityFilter {
  text?: string;
  quarterId?: string;
  commitment?: CommitmentType;
  skills?: readonly Skill[];
  suitableFor?: readonly SuitableFor[];
  language?: string;
}

export interface FilterContext {
  /** "now" for the open-now filter. */
  at: Date;
  holidays: ReadonlySet<string>;
  timeZone?: string;
  /** Quarter names, so "Rieth" finds everything in Rieth. */
  quarterNames?: ReadonlyMap<string, string>;
}

/** Every word of the query must occur somewhere in the entry's text. */
function matchesText(query: string | undefined, texts: readonly (string | undefined)[]): boolean {
  const words = foldText(query ?? '').split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText(texts.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}

const anyOf = <T>(chosen: readonly T[] | undefined, has: readonly T[]) =>
  !chosen || chosen.length === 0 || chosen.some((c) => has.includes(c));
const allOf = <T>(chosen: readonly T[] | undefined, has: readonly T[]) =>
  !chosen || chosen.every((c) => has.includes(c));

export function filterCentres(centres: readonly Centre[], filter: CentreFilter, ctx: FilterContext): Centre[] {
  return centres.filter(
    (c) =>
      (!filter.quarterId || c.quarterId === filter.quarterId) &&
      anyOf(filter.kinds, [c.kind]) &&
      (!filter.wheelchair || c.accessibility.wheelchair === 'yes') &&
      allOf(filter.offers, c.offers) &&
      (!filter.language || c.languages.includes(filter.language)) &&
      (!filter.openNow || openState(c.hours, ctx.at, ctx.holidays, ctx.timeZone ?? DEFAULT_TIME_ZONE).kind === 'open') &&
      matchesText(filter.text, centreTexts(c, ctx)),
  );
}

/** The texts a centre is found by: its name, operator, address, quarter and description in every language. */
export function centreTexts(c: Centre, ctx: Pick<FilterContext, 'quarterNames'>): (string | undefined)[] {
  return [c.name, c.operator, c.address, ctx.quarterNames?.get(c.quarterId), ...Object.values(c.description)];
}

export interface Place {
  quarterId?: string;
  location?: Point;
  locationPrecision?: LocationPrecision;
}

/** Where an opportunity happens: its own place, else its centre's. */
export function opportunityPlace(o: Opportunity, centresById: ReadonlyMap<string, Centre>): Place {
  const centre = o.centreId ? centresById.get(o.centreId) : undefined;
  const quarterId = o.quarterId ?? centre?.quarterId;
  const location = o.location ?? centre?.location;
  const locationPrecision = o.location ? o.locationPrecision : centre?.locationPrecision;
  return {
    ...(quarterId ? { quarterId } : {}),
    ...(location ? { location } : {}),
    ...(locationPrecision ? { locationPrecision } : {}),
  };
}

export function filterOpportunities(
  opportunities: readonly Opportunity[],
  filter: OpportunityFilter,
  ctx: FilterContext & { centresById: ReadonlyMap<string, Centre> },
): Opportunity[] {
  return opportunities.filter((o) => {
    const place = opportunityPlace(o, ctx.centresById);
    return (
      (!filter.quarterId || place.quarterId === filter.quarterId) &&
      (!filter.commitment || o.commitment.type === filter.commitment) &&
      anyOf(filter.skills, o.skills) &&
      (!filter.suitableFor?.length || o.suitableFor.includes('everyone') || anyOf(filter.suitableFor, o.suitableFor)) &&
      (!filter.language || o.languages.includes(filter.language)) &&
      matchesText(filter.text, opportunityTexts(o, ctx, place))
    );
  });
}

/** The texts an opportunity is found by: its organisation, its place's quarter, title and description in every language. */
export function opportunityTexts(
  o: Opportunity,
  ctx: Pick<FilterContext, 'quarterNames'> & { centresById: ReadonlyMap<string, Centre> },
  place: Place = opportunityPlace(o, ctx.centresById),
): (string | undefined)[] {
  return [o.organisation, place.quarterId ? ctx.quarterNames?.get(place.quarterId) : undefined, ...Object.values(o.title), ...Object.values(o.description)];
}

export interface Ranked<T> {
  item: T;
  /** Metres from the user's location, when they shared one and the entry has a place. */
  distanceM?: number;
}

/**
 * By distance when the user shared a location (entries without a place last), otherwise the user's
 * quarter first; then by name in German collation, so the order is stable.
 */
export function sortByNearness<T>(
  items: readonly T[],
  placeOf: (item: T) => Place,
  nameOf: (item: T) => string,
  from: { location?: Point; quarterId?: string },
): Ranked<T>[] {
  const ranked = items.map((item) => {
    const place = placeOf(item);
    const distanceM = from.location && place.location ? distanceMetres(from.location, place.location) : undefined;
    const here = from.quarterId !== undefined && place.quarterId === from.quarterId;
    return { item, distanceM, here, name: nameOf(item) };
  });
  ranked.sort((a, b) => {
    if (from.location) {
      const da = a.distanceM ?? Number.POSITIVE_INFINITY;
      const db = b.distanceM ?? Number.POSITIVE_INFINITY;
      if (da !== db) return da - db;
    } else if (a.here !== b.here) {
      return a.here ? -1 : 1;
    }
    return compareGerman(a.name, b.name);
  });
  return ranked.map(({ item, distanceM }) => (distanceM === undefined ? { item } : { item, distanceM }));
}

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance (haversine), good to a few metres at city scale. */
export function distanceMetres(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
