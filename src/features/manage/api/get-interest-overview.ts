import { useQuery } from '@tanstack/react-query';
import { interestOverviewSchema, type InterestOverview } from '../../../shared/manage';
import { manageCall, queryString } from './manage-client';
import { manageKeys } from './query-keys';

// GET /interests?quarterId=: every opportunity of the caller's quarters with its count of interest
// (total, new for the caller, open) and the sums. Answer: `interestOverviewSchema` (src/shared/manage.ts).

export async function getInterestOverview(quarterId: string, signal?: AbortSignal): Promise<InterestOverview> {
  return manageCall('GET', `/interests${queryString({ quarterId })}`, interestOverviewSchema, { signal });
}

/** `quarterId` '' is every quarter of the caller's. */
export function useInterestOverview(quarterId: string) {
  return useQuery({ queryKey: manageKeys.interestOverview(quarterId), queryFn: ({ signal }) => getInterestOverview(quarterId, signal) });
}
