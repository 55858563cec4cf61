import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { SUBMISSION_STATUSES } from '../../../shared/submission';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// GET /opportunities/{id}/interests: volunteers' interest in one opportunity, with contact data.
// Answer schema: a lenient copy until src/shared names it (typed-routes).

export const interestSchema = z.object({
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
export const interestsAnswerSchema = z.object({ interests: z.array(interestSchema) }).transform((answer) => answer.interests);

export async function listInterests(opportunityId: string, signal?: AbortSignal): Promise<Interest[]> {
  return manageCall('GET', `/opportunities/${encodeURIComponent(opportunityId)}/interests`, interestsAnswerSchema, { signal });
}

/** Nothing is asked until an opportunity is chosen. */
export function useInterests(opportunityId: string) {
  return useQuery({
    queryKey: manageKeys.interestsOf(opportunityId),
    queryFn: ({ signal }) => listInterests(opportunityId, signal),
    enabled: opportunityId !== '',
  });
}
