import { z } from 'zod';

// Path parameters and the smaller answers of the public API (DESIGN §4) that have no other home.
// The routes declare them; the OpenAPI document is generated from them.

/** Ids made on a device: submissions, photos, users. A malformed one names nothing (404). */
export const uuidParamsSchema = z.object({ id: z.uuid() });
/** Directory entries (centres, opportunities) and quarters: data-pack slugs. */
export const slugParamsSchema = z.object({ id: z.string().regex(/^[a-z0-9-]{1,100}$/) });
/** A quarter id as the data pack spells it. */
export const quarterParamsSchema = z.object({ id: z.string().min(1).max(100).meta({ examples: ['erfurt-42-kuehnhausen'] }) });
/** Typed loosely by people: case, spaces, O/0 and I/L/1 are normalised by the server. */
export const receiptParamsSchema = z.object({ code: z.string().min(1).max(40).meta({ examples: ['ERF-4K7Q-M2XD'] }) });

/** An answer without a body (204 No Content): the server declares it, the client reads nothing else. */
export const noContentSchema = z.undefined();

/** `GET /api/v1/health` */
export const healthSchema = z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']), version: z.string() }).meta({ id: 'Health' });
export type Health = z.infer<typeof healthSchema>;

/** The answer to `PUT /api/v1/media/{id}`: what was stored, after re-encoding. */
export const mediaUploadSchema = z
  .object({
    id: z.string(),
    mime: z.string(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    size: z.number().int(),
  })
  .meta({ id: 'MediaUpload' });
export type MediaUpload = z.infer<typeof mediaUploadSchema>;
