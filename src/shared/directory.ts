import { z } from 'zod';
import { localisedTextSchema } from './catalog';
import { openingHoursSchema } from './opening-hours';

// The directory: neighbourhood centres and volunteer opportunities (`seeds/<city>/centres.json`,
// `opportunities.json`, `GET /api/v1/centres`, `/opportunities`). One shape for seed file, API answer
// and the client's cache. Tags are closed lists so every one has a translation.

const slug = z.string().regex(/^[a-z0-9-]+$/, 'Use a-z, 0-9 and -');
const isoDate = z.iso.date();

export const LOCATION_PRECISIONS = ['exact', 'address', 'quarter'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const pointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type Point = z.infer<typeof pointSchema>;

export const CENTRE_KINDS = [
  'neighbourhood_centre',
  'multigenerational_house',
  'meeting_place',
  'quarter_office',
  'church_centre',
  'library',
  'counselling',
  'volunteer_agency',
] as const;
export type CentreKind = (typeof CENTRE_KINDS)[number];

export const OFFER_TAGS = [
  'cafe',
  'counselling',
  'consultation_hours',
  'courses',
  'events',
  'meeting_rooms',
  'children_youth',
  'seniors',
  'families',
  'language_support',
  'volunteering',
  'neighbourhood_management',
] as const;
export type OfferTag = (typeof OFFER_TAGS)[number];

export const WHEELCHAIR = ['yes', 'limited', 'no', 'unknown'] as const;
export type Wheelchair = (typeof WHEELCHAIR)[number];

export const SKILLS = ['none_needed', 'talking', 'crafts', 'gardening', 'cooking', 'tutoring', 'languages', 'digital', 'organising', 'driving'] as const;
export type Skill = (typeof SKILLS)[number];

export const SUITABLE_FOR = ['youth', 'seniors', 'families', 'new_to_german', 'people_with_disabilities', 'everyone'] as const;
export type SuitableFor = (typeof SUITABLE_FOR)[number];

/** ISO 639-1 codes, e.g. `de`, `en`, `ar`, `uk`. */
const languages = z.array(z.string().regex(/^[a-z]{2,3}$/)).default([]);

export const directoryContactSchema = z.object({
  phone: z.string().regex(/^\+?[0-9 ()/-]{3,40}$/, 'A phone number: digits, spaces, + ( ) / -').optional(),
  email: z.email().optional(),
  web: z.url({ protocol: /^https?$/ }).optional(),
});
export type DirectoryContact = z.infer<typeof directoryContactSchema>;

/** Where a fact comes from. `lastChecked` is the day the entry was last compared with its sources. */
export const sourceSchema = z.object({
  urls: z.array(z.url({ protocol: /^https?$/ })).default([]),
  lastChecked: isoDate,
  note: localisedTextSchema.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

const placed = {
  location: pointSchema,
  /** `quarter`: only the quarter is known and the point is somewhere inside it — the UI says "approximate". */
  locationPrecision: z.enum(LOCATION_PRECISIONS),
};

/** Real entries name their sources; samples are written by the project and say so. */
function sourcedEntry(entry: { sample: boolean; source: Source }, ctx: z.RefinementCtx) {
  if (!entry.sample && entry.source.urls.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['source', 'urls'], message: 'A real entry needs at least one source URL' });
  }
}

const centreShape = z.object({
    id: slug,
    name: z.string().trim().min(1).max(200),
    kind: z.enum(CENTRE_KINDS),
    quarterId: z.string().min(1),
    /** Absent when no source gives one; the UI says so. */
    address: z.string().trim().min(1).optional(),
    ...placed,
    hours: openingHoursSchema.optional(),
    contact: directoryContactSchema.default({}),
    accessibility: z
      .object({ wheelchair: z.enum(WHEELCHAIR), note: localisedTextSchema.optional() })
      .default({ wheelchair: 'unknown' }),
    offers: z.array(z.enum(OFFER_TAGS)).default([]),
    languages,
    description: localisedTextSchema,
    operator: z.string().trim().min(1).optional(),
    /** What is uncertain about the entry, e.g. "address from a 2014 newsletter". */
    statusNote: localisedTextSchema.optional(),
    source: sourceSchema,
    sample: z.boolean().default(false),
  });
export const centreSchema = centreShape.superRefine(sourcedEntry).meta({ id: 'Centre' });
export type Centre = z.infer<typeof centreSchema>;
/** `PUT /api/v1/manage/centres/{id}`: the id comes from the path, one in the body is ignored. */
export const centreReplaceSchema = centreShape.extend({ id: slug.optional() }).superRefine(sourcedEntry).meta({ id: 'CentreReplace' });

export const COMMITMENT_TYPES = ['one_off', 'regular'] as const;
export type CommitmentType = (typeof COMMITMENT_TYPES)[number];

export const eventDateSchema = z
  .object({ start: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }) })
  .refine((d) => Date.parse(d.end) > Date.parse(d.start), { message: 'end must be after start', path: ['end'] });
export type EventDate = z.infer<typeof eventDateSchema>;

const opportunityShape = z.object({
    id: slug,
    title: localisedTextSchema,
    organisation: z.string().trim().min(1).max(200),
    centreId: slug.optional(),
    quarterId: z.string().min(1).optional(),
    location: pointSchema.optional(),
    locationPrecision: z.enum(LOCATION_PRECISIONS).optional(),
    commitment: z.object({
      type: z.enum(COMMITMENT_TYPES),
      hoursPerWeek: z.number().positive().max(40).optional(),
    }),
    /** Dates of a one-off event; each can be added to a calendar. */
    dates: z.array(eventDateSchema).default([]),
    skills: z.array(z.enum(SKILLS)).default([]),
    suitableFor: z.array(z.enum(SUITABLE_FOR)).default([]),
    languages,
    contact: directoryContactSchema.default({}),
    description: localisedTextSchema,
    source: sourceSchema,
    sample: z.boolean().default(false),
  });

function placedOpportunity(o: z.infer<typeof opportunityShape> | z.infer<typeof opportunityReplaceShape>, ctx: z.RefinementCtx) {
  sourcedEntry(o, ctx);
  if (!o.centreId && !o.quarterId && !o.location) {
    ctx.addIssue({ code: 'custom', path: ['quarterId'], message: 'Give a centreId, a quarterId or a location' });
  }
  if (o.location && !o.locationPrecision) {
    ctx.addIssue({ code: 'custom', path: ['locationPrecision'], message: 'Say how exact the location is' });
  }
}
const opportunityReplaceShape = opportunityShape.extend({ id: slug.optional() });

export const opportunitySchema = opportunityShape.superRefine(placedOpportunity).meta({ id: 'Opportunity' });
export type Opportunity = z.infer<typeof opportunitySchema>;
/** `PUT /api/v1/manage/opportunities/{id}`: the id comes from the path, one in the body is ignored. */
export const opportunityReplaceSchema = opportunityReplaceShape.superRefine(placedOpportunity).meta({ id: 'OpportunityReplace' });

function uniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

export const centresFileSchema = z.array(centreSchema).superRefine(uniqueIds).meta({ id: 'Centres' });
export const opportunitiesFileSchema = z.array(opportunitySchema).superRefine(uniqueIds).meta({ id: 'Opportunities' });

/** A centre or opportunity as managers edit it (`/api/v1/manage/centres`, `/opportunities`), published or not. */
function managedEntry<E extends z.ZodType>(entry: E) {
  return z.object({
    id: z.string(),
    quarterId: z.string().nullable(),
    published: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    entry,
  });
}
export const managedCentreSchema = managedEntry(centreSchema).meta({ id: 'ManagedCentre' });
export const managedOpportunitySchema = managedEntry(opportunitySchema).meta({ id: 'ManagedOpportunity' });
export type ManagedCentre = z.infer<typeof managedCentreSchema>;
export type ManagedOpportunity = z.infer<typeof managedOpportunitySchema>;
export const managedCentresSchema = z.object({ items: z.array(managedCentreSchema) }).meta({ id: 'ManagedCentres' });
export const managedOpportunitiesSchema = z.object({ items: z.array(managedOpportunitySchema) }).meta({ id: 'ManagedOpportunities' });

// In a file of its own so the start page can check it without the directory's schemas.
export { clientConfigSchema, type ClientConfig } from './client-config';
