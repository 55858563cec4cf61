import { z } from 'zod';
import { LIMITS } from './limits';
import { apiErrorSchema } from './api-error';

// The outbox item IS the request body item (DESIGN §4): the client stores exactly what it will send,
// so what the server validates is what the user typed.

const trimmed = (min: number, max: number) => z.string().trim().min(min).max(max);

export const locationSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracy: z.number().nonnegative().optional(),
});
export type GeoLocation = z.infer<typeof locationSchema>;

export const contactSchema = z.object({
  name: trimmed(1, LIMITS.nameMax).optional(),
  email: z.email().max(LIMITS.emailMax).optional(),
  /** The app's forms do not ask for it; Open311 requests carry it (`phone`). */
  phone: trimmed(3, LIMITS.phoneMax).optional(),
});

const base = {
  id: z.uuid(),
  createdAt: z.iso.datetime({ offset: true }),
  locale: z.string().min(2).max(20),
};

const mediaIds = z.array(z.uuid()).max(LIMITS.mediaPerItem);

export const feedbackItemSchema = z.object({
  ...base,
  kind: z.literal('feedback'),
  quarterId: z.string().min(1).max(100),
  topicId: z.string().min(1).max(100),
  text: trimmed(1, LIMITS.textMax),
  mood: z.number().int().min(1).max(5).optional(),
  location: locationSchema.optional(),
  mediaIds: mediaIds.optional(),
  visibility: z.enum(['private', 'public']).default('private'),
  contact: contactSchema.optional(),
});

export const proposalItemSchema = z.object({
  ...base,
  kind: z.literal('proposal'),
  quarterId: z.string().min(1).max(100),
  topicId: z.string().min(1).max(100),
  title: trimmed(LIMITS.titleMin, LIMITS.titleMax),
  text: trimmed(1, LIMITS.textMax),
  location: locationSchema.optional(),
  mediaIds: mediaIds.optional(),
  contact: contactSchema.optional(),
});

export const supportItemSchema = z.object({
  ...base,
  kind: z.literal('support'),
  proposalId: z.uuid(),
  supporterId: z.uuid(),
});

export const interestItemSchema = z.object({
  ...base,
  kind: z.literal('interest'),
  opportunityId: z.string().min(1).max(100),
  name: trimmed(1, LIMITS.nameMax),
  contact: z
    .object({
      email: z.email().max(LIMITS.emailMax).optional(),
      // Digits and the usual separators; a word like "call me" is not a number anyone can dial.
      phone: trimmed(3, LIMITS.phoneMax)
        .regex(/^\+?[0-9 ()/-]{3,}$/)
        .optional(),
    })
    .refine((c) => c.email !== undefined || c.phone !== undefined, {
      message: 'Give an e-mail address or a phone number',
    }),
  message: trimmed(1, LIMITS.messageMax).optional(),
});

export const submissionSchema = z.discriminatedUnion('kind', [
  feedbackItemSchema,
  proposalItemSchema,
  supportItemSchema,
  interestItemSchema,
]).meta({ id: 'Submission' });
export type Submission = z.infer<typeof submissionSchema>;
/** What a form builds before zod applies defaults (e.g. `visibility`). */
export type SubmissionInput = z.input<typeof submissionSchema>;
export type SubmissionKind = Submission['kind'];
export type FeedbackItem = z.infer<typeof feedbackItemSchema>;
export type ProposalItem = z.infer<typeof proposalItemSchema>;

/**
 * The envelope is checked loosely on purpose: items are validated one by one so that one bad
 * item is `rejected` on its own instead of failing the batch (DESIGN §4).
 */
export const submissionBatchSchema = z
  .object({
    items: z
      .array(z.unknown().meta({ description: 'A Submission (the SubmissionInput component), validated on its own and answered in results' }))
      .min(1)
      .max(LIMITS.batchMaxItems),
  })
  .meta({ id: 'SubmissionBatch' });

export const itemResultSchema = z.object({
  id: z.string(),
  status: z.enum(['accepted', 'duplicate', 'rejected']),
  receipt: z.string().optional(),
  error: apiErrorSchema.optional(),
});
export type ItemResult = z.infer<typeof itemResultSchema>;

export const batchResponseSchema = z.object({ results: z.array(itemResultSchema) }).meta({ id: 'BatchResponse' });
export type BatchResponse = z.infer<typeof batchResponseSchema>;

export const SUBMISSION_STATUSES = ['received', 'in_review', 'in_progress', 'done', 'declined'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export const MODERATION_STATES = ['pending', 'published', 'hidden'] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];

export const historyEntrySchema = z.object({
  at: z.string(),
  status: z.enum(SUBMISSION_STATUSES).optional(),
  moderation: z.enum(MODERATION_STATES).optional(),
  publicResponse: z.string().optional(),
  reason: z.string().optional(),
});

/** `GET /api/v1/submissions/{id}`: what the submitter may see of their own item. */
export const submitterViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['feedback', 'proposal', 'support', 'interest']),
  receipt: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  moderation: z.enum(MODERATION_STATES).nullable(),
  createdAt: z.string(),
  receivedAt: z.string(),
  history: z.array(historyEntrySchema),
  publicResponse: z.string().optional(),
}).meta({ id: 'SubmitterView' });
export type SubmitterView = z.infer<typeof submitterViewSchema>;
