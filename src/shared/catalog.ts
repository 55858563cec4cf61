import { z } from 'zod';

// The seven working groups of Erfurt's Integrierte Sozialraumplanung; every topic maps to one.
export const THEMES = [
  'participation',
  'segregation',
  'social_space',
  'infrastructure',
  'poverty_prevention',
  'neighbourhood_work',
  'volunteering',
] as const;
export type Theme = (typeof THEMES)[number];

const localisedText = z.object({ de: z.string().min(1), en: z.string().min(1) }).catchall(z.string());
export type LocalisedText = z.infer<typeof localisedText>;
export { localisedText as localisedTextSchema };

export const topicSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  theme: z.enum(THEMES),
  label: localisedText,
});
export type Topic = z.infer<typeof topicSchema>;
export const topicsFileSchema = z.array(topicSchema).min(1).meta({ id: 'Topics' });

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4);
export const quarterGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

export const quarterFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    district: z.string().optional(),
    officialId: z.number().optional(),
    areaM2: z.number().optional(),
    sozialraum: z.string().optional(),
  }),
  geometry: quarterGeometrySchema,
});
export type QuarterFeature = z.infer<typeof quarterFeatureSchema>;

export const quarterCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(quarterFeatureSchema).min(1),
});
export type QuarterCollection = z.infer<typeof quarterCollectionSchema>;

/** `GET /api/v1/quarters`: the properties the API promises (id, name, district?); data-pack extras stay on the server. */
export const publicQuartersSchema = quarterCollectionSchema
  .extend({
    features: z
      .array(quarterFeatureSchema.extend({ properties: quarterFeatureSchema.shape.properties.pick({ id: true, name: true, district: true }) }))
      .min(1),
  })
  .meta({ id: 'Quarters' });
export type PublicQuarters = z.infer<typeof publicQuartersSchema>;

const quarterNameSchema = quarterFeatureSchema.shape.properties.pick({ id: true, name: true, district: true });
export type QuarterName = z.infer<typeof quarterNameSchema>;

/**
 * `GET /api/v1/quarter-names`: what lists and pickers need, without the boundaries, so a first visit's
 * form waits for a kilobyte and its checks do not walk thousands of coordinates.
 */
export const quarterNamesSchema = z.array(quarterNameSchema).min(1).meta({ id: 'QuarterNames' });

/**
 * The quarters' properties read from a stored FeatureCollection, geometry not looked at (zod copies only
 * the keys it names): names for a device that cached the boundaries before the names endpoint existed.
 */
export const quarterPropertiesOnlySchema = z.object({
  features: z.array(z.object({ properties: quarterNameSchema })).min(1),
});

/**
 * A downloaded FeatureCollection as the device stores it: its shape and properties checked, the coordinates
 * not (that is the costly part); the full `quarterCollectionSchema` checks them when a map or "Wo bin ich?" reads it.
 */
export const quarterCollectionShapeSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        properties: quarterNameSchema,
        geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()).min(1) }),
      }),
    )
    .min(1),
});
