import { z } from 'zod';
import { managePatchSchema } from './feed';
import { LIMITS } from './limits';
import { MODERATION_STATES, SUBMISSION_STATUSES, type SubmissionStatus } from './submission';
import { THEMES } from './catalog';

/*
 * The manager API beyond login and the item PATCH (issue "Quarter managers"), shared by the server's
 * validation and the manager UI's forms. Every route under /api/v1/manage is scoped to the caller's
 * quarters on the server; nothing here is a permission check.
 */

export const ROLES = ['admin', 'manager'] as const;
export type Role = (typeof ROLES)[number];

/** `POST /api/v1/manage/session`, and the login form. */
export const loginSchema = z.object({
  email: z.string().trim().min(1).max(LIMITS.emailMax),
  password: z.string().min(1).max(1024),
});

// Declining and hiding tell the resident why: the reason goes with the decision. One rule for the
// item's forms, the bulk bar and the bulk route (the item PATCH checks it in services/update-submission.ts,
// where it also knows the status the item comes from).
const { status: patchStatus, reason, moderation, moderationReason } = managePatchSchema.shape;

function declinedWithReason(decision: { status?: SubmissionStatus; reason?: string }, ctx: z.RefinementCtx): void {
  if (decision.status === 'declined' && decision.reason === undefined) {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Give a reason when declining' });
  }
}

/** A status change of one item (the status form) or of several (`bulkStatusSchema`). */
export const statusDecisionSchema = z.object({ status: patchStatus.unwrap(), reason }).superRefine(declinedWithReason);

/** Publishing or hiding a public item. */
export const moderationDecisionSchema = z
  .object({ moderation: moderation.unwrap(), moderationReason })
  .superRefine((decision, ctx) => {
    if (decision.moderation === 'hidden' && decision.moderationReason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['moderationReason'], message: 'Say why it is hidden: the reason is shown to the resident' });
    }
  });

/** Filters of the inbox, the inbox map, the exports and the figures: one shape for all four. */
export const inboxFilterSchema = z.object({
  kind: z.enum(['feedback', 'proposal', 'support', 'interest']).optional(),
  quarterId: z.string().min(1).max(100).optional(),
  topicId: z.string().min(1).max(100).optional(),
  theme: z.enum(THEMES).optional(),
  status: z.enum(SUBMISSION_STATUSES).optional(),
  moderation: z.enum(MODERATION_STATES).optional(),
  opportunityId: z.string().min(1).max(100).optional(),
  hasPhoto: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** ISO dates (inclusive, Europe/Berlin days) on `receivedAt`. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  q: z.string().trim().max(200).optional(),
});
export type InboxFilter = z.infer<typeof inboxFilterSchema>;

export const INBOX_SORTS = ['newest', 'oldest', 'most_supported'] as const;
export const inboxQuerySchema = inboxFilterSchema.extend({
  sort: z.enum(INBOX_SORTS).default('newest'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const exportQuerySchema = inboxFilterSchema.extend({
  /** Contact data leaves the server only when the manager explicitly asks for it. */
  includeContact: z.enum(['true', 'false']).transform((v) => v === 'true').default(false),
});

/** `POST /api/v1/manage/submissions/bulk` */
export const bulkStatusSchema = z
  .object({ ids: z.array(z.uuid()).min(1).max(200), status: patchStatus.unwrap(), reason })
  .superRefine(declinedWithReason);

/** `POST /api/v1/manage/users` (admin only) and the CLI `npm run admin -- add …`. */
export const newUserSchema = z.object({
  email: z.email().max(254).transform((e) => e.toLowerCase()),
  password: z.string().min(12, 'At least 12 characters').max(200),
  role: z.enum(ROLES),
  quarterIds: z.array(z.string().min(1).max(100)).max(200).default([]),
});

/** `PATCH /api/v1/manage/users/{id}` (admin only). */
export const userPatchSchema = z
  .object({
    password: z.string().min(12).max(200).optional(),
    role: z.enum(ROLES).optional(),
    quarterIds: z.array(z.string().min(1).max(100)).max(200).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'Nothing to change' });

/** `GET /api/v1/manage/figures?…filters`: numbers behind the charts; each chart shows its table too. */
export const figuresSchema = z.object({
  byQuarterMonth: z.array(z.object({ quarterId: z.string(), month: z.string(), count: z.number() })),
  byThemeMonth: z.array(z.object({ theme: z.string(), month: z.string(), count: z.number() })),
  byTopic: z.array(z.object({ topicId: z.string(), count: z.number() })),
  statusDistribution: z.array(z.object({ status: z.enum(SUBMISSION_STATUSES), count: z.number() })),
  /** Median hours from receipt to the first public answer or status change; null without data. */
  medianHoursToFirstAnswer: z.number().nullable(),
  supportsPerProposal: z.array(z.object({ id: z.string(), title: z.string(), quarterId: z.string(), count: z.number() })),
});
export type Figures = z.infer<typeof figuresSchema>;
