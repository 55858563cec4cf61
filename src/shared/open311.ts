import { z } from 'zod';
import { LIMITS } from './limits';
import type { SubmissionStatus } from './submission';

/*
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2): what a city's back office and other apps send
 * and get at /open311/v2/… . Field names are the specification's (snake_case), so these schemas are
 * the specification's shapes, not the app's. XML carries the same data (server: http/open311-format.ts).
 */

export const OPEN311_FORMATS = ['json', 'xml'] as const;
export type Open311Format = (typeof OPEN311_FORMATS)[number];
export const OPEN311_MEDIA_TYPES: Record<Open311Format, string> = { json: 'application/json', xml: 'text/xml' };
export const OPEN311_SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
export const OPEN311_LOCALES = ['de', 'en'] as const;
export type Open311Locale = (typeof OPEN311_LOCALES)[number];

/** "Default query limit is a span of 90 days or first 1000 requests returned, whichever is smallest." */
export const OPEN311_LIMITS = { spanDays: 90, maxResults: 1000, maxIds: 1000 } as const;

/** open: it has been reported (and is being worked on); closed: it has been resolved (done or declined). */
export function open311Status(status: SubmissionStatus): 'open' | 'closed' {
  return status === 'done' || status === 'declined' ? 'closed' : 'open';
}

// ── requests ─────────────────────────────────────────────────────────────────────────────────────

const format = z.enum(OPEN311_FORMATS).meta({ description: 'The answer’s format: json or xml (the URL’s extension)' });

/**
 * The specification's "optional": an empty parameter is the same as one not sent. Declared as
 * strings (what a query or form carries), so the OpenAPI document shows what is sent on the wire.
 */
const optional = (schema: z.ZodString) => schema.optional().transform((value) => (value === '' ? undefined : value));

const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
/** W3C date/time (the spec's "w3 format"): a date, or a date and time with Z or an offset. */
const w3cDatetime = optional(
  z
    .string()
    .trim()
    .regex(W3C_DATETIME, 'Use the w3 format, e.g. 2010-01-01T00:00:00Z')
    .refine((value) => !Number.isNaN(Date.parse(value)), 'Not a real date'),
);
const commaList = (description: string) => optional(z.string().trim().max(40_000)).meta({ description });
const decimal = (min: number, max: number, name: string) =>
  optional(
    z
      .string()
      .trim()
      .regex(/^-?\d{1,3}(\.\d+)?$/, `${name} must be a decimal number (WGS84)`)
      .refine((value) => Number(value) >= min && Number(value) <= max, `${name} must be between ${min} and ${max}`),
  );

const jurisdiction = optional(z.string().max(200)).meta({
  description: 'Accepted and ignored: this endpoint serves one jurisdiction',
});
const locale = optional(z.string().max(20)).meta({
  description: 'de (default) or en for names and descriptions; otherwise Accept-Language decides',
});

export const open311FormatParamsSchema = z.object({ format });
export const open311ServiceParamsSchema = z.object({
  service_code: z.string().regex(/^[a-z0-9-]{1,100}$/).meta({ examples: ['gruen-spielplaetze-sauberkeit'] }),
  format,
});
export const open311RequestParamsSchema = z.object({ service_request_id: z.uuid(), format });

export const open311ServicesQuerySchema = z.object({ jurisdiction_id: jurisdiction, locale });

export const open311RequestsQuerySchema = z.object({
  jurisdiction_id: jurisdiction,
  locale,
  service_request_id: commaList('Comma-separated ids; overrides every other filter'),
  service_code: commaList('Comma-separated service codes; all when not given'),
  status: optional(z.string().trim().regex(/^(open|closed)(,(open|closed))*$/, 'status is open, closed or open,closed')).meta({
    description: 'open, closed, or both comma-separated; all when not given',
  }),
  start_date: w3cDatetime.meta({ description: `Earliest requested_datetime; the range spans at most ${OPEN311_LIMITS.spanDays} days` }),
  end_date: w3cDatetime.meta({ description: `Latest requested_datetime; the range defaults to the last ${OPEN311_LIMITS.spanDays} days` }),
});
export type Open311RequestsQuery = z.output<typeof open311RequestsQuerySchema>;

/**
 * `POST requests.{format}`, form-encoded. What the app cannot take is named (and refused by the
 * server with a reason) rather than quietly dropped: address_id, media_url and attribute[…].
 */
export const open311NewRequestSchema = z.looseObject({
  api_key: optional(z.string().max(200)).meta({ description: 'Required: a key made with `npm run admin -- api-key create`' }),
  jurisdiction_id: jurisdiction,
  service_code: optional(z.string().max(100)).meta({ description: 'Required: a service_code of GET services' }),
  lat: decimal(-90, 90, 'lat').meta({ description: 'Required with long: where it is (WGS84); it decides the quarter' }),
  long: decimal(-180, 180, 'long').meta({ description: 'Required with lat' }),
  address_string: optional(z.string().trim().max(LIMITS.textMax)).meta({
    description: 'Optional, with lat/long: added to the description as “Ort: …” (addresses are not geocoded)',
  }),
  address_id: optional(z.string().max(200)).meta({ description: 'Not supported: refused with 400' }),
  description: optional(z.string().trim().max(LIMITS.textMax)).meta({ description: `Required: 1–${LIMITS.textMax} characters` }),
  email: optional(z.string().trim().max(LIMITS.emailMax)).meta({ description: 'Contact, seen only by that quarter’s managers' }),
  first_name: optional(z.string().trim().max(LIMITS.nameMax)).meta({ description: 'Contact, seen only by that quarter’s managers' }),
  last_name: optional(z.string().trim().max(LIMITS.nameMax)).meta({ description: 'Contact, seen only by that quarter’s managers' }),
  phone: optional(z.string().trim().max(LIMITS.phoneMax)).meta({ description: 'Contact, seen only by that quarter’s managers' }),
  device_id: optional(z.string().max(200)).meta({ description: 'Accepted and not stored: the app keeps no device identifiers' }),
  account_id: optional(z.string().max(200)).meta({ description: 'Accepted and not stored: the app keeps no account identifiers' }),
  media_url: optional(z.string().max(2000)).meta({ description: 'Not supported: refused with 400 (photos come only through the app)' }),
});
export type Open311NewRequest = z.output<typeof open311NewRequestSchema>;

// ── answers ──────────────────────────────────────────────────────────────────────────────────────

export const open311ServiceSchema = z
  .object({
    service_code: z.string(),
    service_name: z.string(),
    description: z.string(),
    metadata: z.boolean(),
    type: z.enum(['realtime', 'batch', 'blackbox']),
    keywords: z.string(),
    group: z.string(),
  })
  .meta({ id: 'Open311Service' });
export type Open311Service = z.infer<typeof open311ServiceSchema>;
export const open311ServicesSchema = z.array(open311ServiceSchema).meta({ id: 'Open311Services' });

const attributeSchema = z.object({
  variable: z.boolean(),
  code: z.string(),
  datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
  required: z.boolean(),
  datatype_description: z.string().nullable(),
  order: z.number().int().positive(),
  description: z.string(),
  values: z.array(z.object({ key: z.string(), name: z.string() })).optional(),
});
export const open311ServiceDefinitionSchema = z
  .object({ service_code: z.string(), attributes: z.array(attributeSchema) })
  .meta({ id: 'Open311ServiceDefinition' });
export type Open311ServiceDefinition = z.infer<typeof open311ServiceDefinitionSchema>;

export const open311ServiceRequestSchema = z
  .object({
    service_request_id: z.string(),
    status: z.enum(['open', 'closed']),
    status_notes: z.string().optional(),
    service_name: z.string(),
    service_code: z.string(),
    description: z.string().optional(),
    agency_responsible: z.string().optional(),
    requested_datetime: z.string(),
    updated_datetime: z.string(),
    address: z.string().optional(),
    lat: z.number().optional(),
    long: z.number().optional(),
    media_url: z.string().optional(),
  })
  .meta({ id: 'Open311ServiceRequest' });
export type Open311ServiceRequest = z.infer<typeof open311ServiceRequestSchema>;
export const open311ServiceRequestsSchema = z.array(open311ServiceRequestSchema).meta({ id: 'Open311ServiceRequests' });

export const open311CreatedSchema = z
  .array(z.object({ service_request_id: z.string(), service_notice: z.string() }))
  .meta({ id: 'Open311Created' });
export type Open311Created = z.infer<typeof open311CreatedSchema>;

export const open311ErrorsSchema = z
  .array(z.object({ code: z.number().int(), description: z.string() }))
  .min(1)
  .meta({ id: 'Open311Errors', description: 'code is the HTTP status; description says what went wrong' });
export type Open311Errors = z.infer<typeof open311ErrorsSchema>;

export const open311DiscoverySchema = z
  .object({
    changeset: z.string(),
    contact: z.string(),
    key_service: z.string(),
    endpoints: z.array(
      z.object({
        specification: z.string(),
        url: z.string(),
        changeset: z.string(),
        type: z.enum(['production', 'test']),
        formats: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'Open311Discovery' });
export type Open311Discovery = z.infer<typeof open311DiscoverySchema>;
