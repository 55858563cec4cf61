import { useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { z } from 'zod';
import { MODERATION_STATES, SUBMISSION_STATUSES } from '../../../shared/submission';
import { inboxItemSchema, withItemRead, type InboxPage } from './get-inbox';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// GET /submissions/{id}: one item with exact location, contact and history; opening it marks it read
// for the caller. Answer schema: a lenient copy until src/shared names it (typed-routes).

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
  location: z.object({ lat: z.number(), lng: z.number(), accuracy: z.number().nullish() }).nullish(),
  mediaIds: z.array(z.string()).nullish(),
  proposalId: z.string().nullish(),
  opportunityId: z.string().nullish(),
  contact: z.object({ name: z.string().nullish(), email: z.string().nullish(), phone: z.string().nullish() }).nullish(),
  publicResponse: z.string().nullish(),
  history: z.array(historyEntrySchema).default([]),
});
export type SubmissionDetail = z.infer<typeof submissionDetailSchema>;

export async function getSubmission(id: string, signal?: AbortSignal): Promise<SubmissionDetail> {
  return manageCall('GET', `/submissions/${encodeURIComponent(id)}`, submissionDetailSchema, { signal });
}

export function useSubmission(id: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: manageKeys.submission(id),
    queryFn: async ({ signal }) => {
      const item = await getSubmission(id, signal);
      // The server marked it read: the cached inbox says so too, without asking again.
      client.setQueriesData<InfiniteData<InboxPage>>({ queryKey: manageKeys.inboxes }, (data) => data && withItemRead(data, id));
      return item;
    },
  });
}
