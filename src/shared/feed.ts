import { z } from 'zod';
import { MODERATION_STATES, SUBMISSION_STATUSES, submitterViewSchema } from './submission';

/*
 * The public side of submissions (issue "Residents"): what anyone may read about a quarter.
 * Locations are coarsened by the server before they leave it (PUBLIC_LOCATION_DECIMALS), exact
 * points are for the quarter's managers only. Contact data never appears here.
 */

/** 3 decimals ≈ 111 m north–south, ≈ 70 m east–west at Erfurt's latitude. */
export const PUBLIC_LOCATION_DECIMALS = 3;

export function coarsen(location: { lat: number; lng: number }): { lat: number; lng: number } {
  const factor = 10 ** PUBLIC_LOCATION_DECIMALS;
  return { lat: Math.round(location.lat * factor) / factor, lng: Math.round(location.lng * factor) / factor };
}

export const FEED_SORTS = ['newest', 'supported'] as const;
export type FeedSort = (typeof FEED_SORTS)[number];

export const feedQuerySchema = z.object({
  sort: z.enum(FEED_SORTS).default('newest'),
  cursor: z.string().max(200).optional(),
});

export const feedItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['proposal', 'feedback']),
  quarterId: z.string(),
  topicId: z.string(),
  title: z.string().optional(),
  text: z.string(),
  mood: z.number().optional(),
  createdAt: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  supportCount: z.number().int().nonnegative(),
  publicResponse: z.string().optional(),
  location: z.object({ lat: z.number(), lng: z.number() }).optional(),
  /** ids for GET /api/v1/media/{id}; only photos of published items are served publicly. */
  mediaIds: z.array(z.string()),
});
export type FeedItem = z.infer<typeof feedItemSchema>;

/** `GET /api/v1/quarters/{id}/feed?sort=&cursor=`: published proposals and public feedback. */
export const feedPageSchema = z.object({
  items: z.array(feedItemSchema),
  nextCursor: z.string().nullable(),
}).meta({ id: 'FeedPage' });
export type FeedPage = z.infer<typeof feedPageSchema>;

/** `GET /api/v1/receipts/{code}`: the same view as by id, found by the code read out on the phone. */
export const receiptLookupSchema = submitterViewSchema;

/** `PATCH /api/v1/manage/submissions/{id}` body (DESIGN §4). */
export const managePatchSchema = z
  .object({
    status: z.enum(SUBMISSION_STATUSES).optional(),
    /** Required by the server when status is `declined` (the resident is told why). */
    reason: z.string().trim().min(1).max(2000).optional(),
    note: z.string().trim().min(1).max(4000).optional(),
    publicResponse: z.string().trim().max(4000).optional(),
    moderation: z.enum(MODERATION_STATES).exclude(['pending']).optional(),
    /** Required by the server when moderation is `hidden`. */
    moderationReason: z.string().trim().min(1).max(2000).optional(),
    /** Volunteer interest only: the manager has contacted the volunteer. */
    contacted: z.boolean().optional(),
  })
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), { message: 'Nothing to change' })
  .meta({ id: 'ManagePatch' });
export type ManagePatch = z.infer<typeof managePatchSchema>;
