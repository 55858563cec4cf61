import { z } from 'zod';
import type { ManagePatch } from '../shared/feed';
import { bulkStatusSchema } from '../shared/manage';
import { MODERATION_STATES, SUBMISSION_STATUSES } from '../shared/submission';
import { MANAGE_BASE, manageRequest, parseAnswer, queryString } from './manage-api';

// The inbox and the work on one item: list, detail, changes, bulk status, exports, volunteer interest.
// Answers are parsed leniently (nullish where the server may leave a field out) so a field the server
// adds later never breaks the inbox; what the UI relies on is required.

const pointSchema = z.object({ lat: z.number(), lng: z.number() });
const KINDS = ['feedback', 'proposal', 'support', 'interest'] as const;

export const inboxItemSchema = z.object({
  id: z.string(),
  kind: z.enum(KINDS),
  quarterId: z.string().nullish(),
  quarterName: z.string().nullish(),
  topicId: z.string().nullish(),
  text: z.string().nullish(),
  title: z.string().nullish(),
  mood: z.number().nullish(),
  visibility: z.string().nullish(),
  status: z.enum(SUBMISSION_STATUSES),
  moderation: z.enum(MODERATION_STATES).nullish(),
  receipt: z.string(),
  createdAt: z.string(),
  receivedAt: z.string(),
  unread: z.boolean().nullish(),
  hasPhoto: z.boolean().nullish(),
  supportCount: z.number().nullish(),
  location: pointSchema.nullish(),
  contacted: z.boolean().nullish(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

const inboxPageSchema = z.object({ items: z.array(inboxItemSchema), nextCursor: z.string().nullable() });
export type InboxPage = z.infer<typeof inboxPageSchema>;

export const historyEntrySchema = z.object({
  at: z.string(),
  status: z.enum(SUBMISSION_STATUSES).nullish(),
  moderation: z.enum(MODERATION_STATES).nullish(),
  publicResponse: z.string().nullish(),
  reason: z.string().nullish(),
  moderationReason: z.string().nullish(),
  note: z.string().nullish(),
  contacted: z.boolean().nullish(),
  actorUserId: z.union([z.string(), z.number()]).nullish(),
  actorEmail: z.string().nullish(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const submissionDetailSchema = inboxItemSchema.extend({
  locale: z.string().nullish(),
  location: pointSchema.extend({ accuracy: z.number().nullish() }).nullish(),
  mediaIds: z.array(z.string()).nullish(),
  proposalId: z.string().nullish(),
  opportunityId: z.string().nullish(),
  contact: z
    .object({ name: z.string().nullish(), email: z.string().nullish(), phone: z.string().nullish() })
    .nullish(),
  publicResponse: z.string().nullish(),
  history: z.array(historyEntrySchema).default([]),
});
export type SubmissionDetail = z.infer<typeof submissionDetailSchema>;

/** Query of the inbox: filters, sort, cursor, limit — the names of `inboxQuerySchema`, as strings. */
export type InboxParams = Readonly<Record<string, string | undefined>>;

export async function listInbox(params: InboxParams = {}): Promise<InboxPage> {
  return parseAnswer(inboxPageSchema, await manageRequest('GET', `/submissions${queryString(params)}`));
}

/** The full item; opening it marks it read for the caller. */
export async function getSubmission(id: string): Promise<SubmissionDetail> {
  return parseAnswer(submissionDetailSchema, await manageRequest('GET', `/submissions/${encodeURIComponent(id)}`));
}

export async function markUnread(id: string): Promise<void> {
  await manageRequest('POST', `/submissions/${encodeURIComponent(id)}/unread`);
}

/** Body of `PATCH /submissions/{id}` before the server's trimming (`managePatchSchema`). */
export type PatchInput = Partial<ManagePatch>;

export async function patchSubmission(id: string, patch: PatchInput): Promise<void> {
  await manageRequest('PATCH', `/submissions/${encodeURIComponent(id)}`, patch);
}

export type BulkStatusInput = z.input<typeof bulkStatusSchema>;

const bulkOutcomeSchema = z.object({ updated: z.array(z.string()).default([]), notFound: z.array(z.string()).default([]) });
export type BulkOutcome = z.infer<typeof bulkOutcomeSchema>;

/** Ids outside the caller's quarters (or gone) come back in `notFound`; the rest changed in one transaction. */
export async function bulkSetStatus(body: BulkStatusInput): Promise<BulkOutcome> {
  return parseAnswer(bulkOutcomeSchema, await manageRequest('POST', '/submissions/bulk', body));
}

export type ExportFormat = 'csv' | 'geojson';

/**
 * Link for an export of the filtered inbox. The browser downloads it itself (the session cookie goes
 * along; GET needs no CSRF token), so a large export never passes through JS memory. Contact data
 * only with `includeContact`, which the UI asks for explicitly.
 */
export function exportHref(format: ExportFormat, filter: InboxParams, includeContact: boolean): string {
  const { sort: _sort, cursor: _cursor, limit: _limit, view: _view, ...rest } = filter;
  return `${MANAGE_BASE}/export.${format}${queryString({ ...rest, includeContact: includeContact ? 'true' : undefined })}`;
}

/** A photo of an item; served to the managers of its quarter with the session cookie. */
export function mediaHref(id: string): string {
  return `/api/v1/media/${encodeURIComponent(id)}`;
}

const interestSchema = z.object({
  id: z.string(),
  name: z.string().nullish(),
  contact: z.object({ email: z.string().nullish(), phone: z.string().nullish() }).nullish(),
  message: z.string().nullish(),
  contacted: z.boolean().nullish(),
  status: z.enum(SUBMISSION_STATUSES).nullish(),
  receipt: z.string().nullish(),
  receivedAt: z.string().nullish(),
  createdAt: z.string().nullish(),
});
export type Interest = z.infer<typeof interestSchema>;
const interestsSchema = z.object({ interests: z.array(interestSchema) }).transform((p) => p.interests);

export async function listInterests(opportunityId: string): Promise<Interest[]> {
  return parseAnswer(interestsSchema, await manageRequest('GET', `/opportunities/${encodeURIComponent(opportunityId)}/interests`));
}
