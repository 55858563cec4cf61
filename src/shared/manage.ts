import { z } from 'zod';
import { managePatchSchema } from './feed';
import { LIMITS } from './limits';
import { MODERATION_STATES, SUBMISSION_STATUSES, type SubmissionStatus } from './submission';
import { localisedTextSchema, THEMES } from './catalog';

/*
 * The manager API beyond login and the item PATCH (issue "Quarter managers"), shared by the server's
 * validation and the manager UI's forms. Every route under /api/v1/manage is scoped to the caller's
 * quarters on the server; nothing here is a permission check.
 */

export const ROLES = ['admin', 'manager'] as const;

/** An item in one of these is closed: it leaves them only by being reopened (docs/decisions.md). */
export const CLOSED_STATUSES: readonly SubmissionStatus[] = ['done', 'declined'];
export type Role = (typeof ROLES)[number];

/** `POST /api/v1/manage/session`, and the login form. */
export const loginSchema = z
  .object({
    email: z.string().trim().min(1).max(LIMITS.emailMax),
    password: z.string().min(1).max(1024),
  })
  .meta({ id: 'Login' });

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
  .superRefine(declinedWithReason)
  .meta({ id: 'BulkStatus' });

/** `POST /api/v1/manage/users` (admin only) and the CLI `npm run admin -- add …`. */
export const newUserSchema = z.object({
  email: z.email().max(254).transform((e) => e.toLowerCase()),
  password: z.string().min(12, 'At least 12 characters').max(200),
  role: z.enum(ROLES),
  quarterIds: z.array(z.string().min(1).max(100)).max(200).default([]),
}).meta({ id: 'NewUser' });

/** `PATCH /api/v1/manage/users/{id}` (admin only). */
export const userPatchSchema = z
  .object({
    password: z.string().min(12).max(200).optional(),
    role: z.enum(ROLES).optional(),
    quarterIds: z.array(z.string().min(1).max(100)).max(200).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'Nothing to change' })
  .meta({ id: 'UserPatch' });

/** `GET /api/v1/manage/figures?…filters`: numbers behind the charts; each chart shows its table too. */
export const figuresSchema = z.object({
  byQuarterMonth: z.array(z.object({ quarterId: z.string(), month: z.string(), count: z.number() })),
  byThemeMonth: z.array(z.object({ theme: z.string(), month: z.string(), count: z.number() })),
  byTopic: z.array(z.object({ topicId: z.string(), count: z.number() })),
  statusDistribution: z.array(z.object({ status: z.enum(SUBMISSION_STATUSES), count: z.number() })),
  /** Median hours from receipt to the first public answer or status change; null without data. */
  medianHoursToFirstAnswer: z.number().nullable(),
  supportsPerProposal: z.array(z.object({ id: z.string(), title: z.string(), quarterId: z.string(), count: z.number() })),
}).meta({ id: 'Figures' });
export type Figures = z.infer<typeof figuresSchema>;

/*
 * Answers of the manager API. The server serialises every answer with these schemas (anything a
 * presenter adds that is not named here is dropped), and the manager UI parses with the same ones.
 * `.meta({ id })` names them as components of the OpenAPI document.
 */

const submissionKind = z.enum(['feedback', 'proposal', 'support', 'interest']);
const point = z.object({ lat: z.number(), lng: z.number() });

export const managerUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  quarterIds: z.array(z.string()),
});
export type ManagerUser = z.infer<typeof managerUserSchema>;

/** Login and `GET /api/v1/manage/session`: send csrfToken back as X-CSRF-Token on every write. */
export const sessionSchema = z.object({ user: managerUserSchema, csrfToken: z.string() }).meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

/** An account as the admin's user list shows it; never the password. */
export const userAccountSchema = managerUserSchema.extend({ disabled: z.boolean(), createdAt: z.string() }).meta({ id: 'User' });
export type UserAccount = z.infer<typeof userAccountSchema>;
export const usersSchema = z.object({ users: z.array(userAccountSchema) }).meta({ id: 'Users' });

/** The fields every manager view of an item has. */
const inboxFields = {
  id: z.string(),
  kind: submissionKind,
  quarterId: z.string().nullable(),
  quarterName: z.string().nullable(),
  topicId: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string().nullable(),
  mood: z.number().nullable(),
  visibility: z.enum(['private', 'public']).nullable(),
  status: z.enum(SUBMISSION_STATUSES),
  moderation: z.enum(MODERATION_STATES).nullable(),
  receipt: z.string(),
  createdAt: z.string(),
  receivedAt: z.string(),
};

/** One row of the inbox (`GET /api/v1/manage/submissions`). Exact locations: managers only. */
export const inboxItemSchema = z
  .object({
    ...inboxFields,
    theme: z.enum(THEMES).nullable(),
    unread: z.boolean(),
    hasPhoto: z.boolean(),
    supportCount: z.number().nullable(),
    location: point.nullable(),
    opportunityId: z.string().nullable(),
    contacted: z.boolean().nullable(),
  })
  .meta({ id: 'InboxItem' });
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxPageSchema = z.object({ items: z.array(inboxItemSchema), nextCursor: z.string().nullable() }).meta({ id: 'InboxPage' });
export type InboxPage = z.infer<typeof inboxPageSchema>;

export const managerHistoryEntrySchema = z.object({
  at: z.string(),
  status: z.enum(SUBMISSION_STATUSES).nullable(),
  moderation: z.enum(MODERATION_STATES).nullable(),
  publicResponse: z.string().nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
});
export type ManagerHistoryEntry = z.infer<typeof managerHistoryEntrySchema>;

/** `GET/PATCH /api/v1/manage/submissions/{id}`: one item with contact data and its whole history. */
export const managerSubmissionSchema = z
  .object({
    ...inboxFields,
    locale: z.string().nullable(),
    location: point.extend({ accuracy: z.number().optional() }).nullable(),
    mediaIds: z.array(z.string()),
    proposalId: z.string().nullable(),
    opportunityId: z.string().nullable(),
    contact: z.object({ name: z.string().optional(), email: z.string().optional(), phone: z.string().optional() }).nullable(),
    publicResponse: z.string().nullable(),
    supportCount: z.number().nullable(),
    /** Volunteer interest: whether a manager has contacted the volunteer; null for other kinds. */
    contacted: z.boolean().nullable(),
    history: z.array(managerHistoryEntrySchema),
  })
  .meta({ id: 'ManagerSubmission' });
export type ManagerSubmission = z.infer<typeof managerSubmissionSchema>;

/** `POST /api/v1/manage/submissions/bulk`: ids outside the caller's quarters count as not found. */
export const bulkOutcomeSchema = z.object({ updated: z.array(z.string()), notFound: z.array(z.string()) }).meta({ id: 'BulkOutcome' });
export type BulkOutcome = z.infer<typeof bulkOutcomeSchema>;

/** `GET /api/v1/manage/opportunities/{id}/interests`; name and contact are null once deleted. */
export const interestSchema = z.object({
  id: z.string(),
  receipt: z.string(),
  receivedAt: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  name: z.string().nullable(),
  contact: z.object({ email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  message: z.string().nullable(),
  contacted: z.boolean(),
  contactedAt: z.string().nullable(),
  unread: z.boolean(),
});
export type Interest = z.infer<typeof interestSchema>;
export const interestsSchema = z.object({ opportunityId: z.string(), interests: z.array(interestSchema) }).meta({ id: 'Interests' });
export type Interests = z.infer<typeof interestsSchema>;

/** `GET /api/v1/manage/interests?quarterId=`: the overview across the caller's opportunities. */
export const interestOverviewQuerySchema = z.object({ quarterId: z.string().min(1).max(100).optional() });

const interestTally = {
  /** Every volunteer who signed up. */
  total: z.number().int().nonnegative(),
  /** Not opened yet by the caller: the inbox's "new". */
  unread: z.number().int().nonnegative(),
  /** Not marked as contacted and not closed (done or declined): someone still has to get back to them. */
  open: z.number().int().nonnegative(),
};
export const interestTallySchema = z.object(interestTally);
export type InterestTally = z.infer<typeof interestTallySchema>;

/** One opportunity of the caller's quarters (published or not) with the interest it has had. */
export const interestOverviewRowSchema = z.object({
  opportunityId: z.string(),
  title: localisedTextSchema,
  quarterId: z.string().nullable(),
  published: z.boolean(),
  sample: z.boolean(),
  ...interestTally,
});
export type InterestOverviewRow = z.infer<typeof interestOverviewRowSchema>;

/**
 * Every opportunity of the caller's quarters, those with the most open interest first (then the most
 * new, then the most in total, then by id), and the sums over all of them.
 */
export const interestOverviewSchema = z
  .object({ opportunities: z.array(interestOverviewRowSchema), totals: interestTallySchema })
  .meta({ id: 'InterestOverview' });
export type InterestOverview = z.infer<typeof interestOverviewSchema>;
