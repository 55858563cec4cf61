import { useQuery } from '@tanstack/react-query';
import { interestsSchema, type Interest } from '../../../shared/manage';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// GET /opportunities/{id}/interests: volunteers' interest in one opportunity, with contact data.
// Answer: `interestsSchema` (src/shared/manage.ts).

export async function listInterests(opportunityId: string, signal?: AbortSignal): Promise<Interest[]> {
  const answer = await manageCall('GET', `/opportunities/${encodeURIComponent(opportunityId)}/interests`, interestsSchema, { signal });
  return answer.interests;
}

/** Nothing is asked until an opportunity is chosen. */
export function useInterests(opportunityId: string) {
  return useQuery({
    queryKey: manageKeys.interestsOf(opportunityId),
    queryFn: ({ signal }) => listInterests(opportunityId, signal),
    enabled: opportunityId !== '',
  });
}
