import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getInterestOverview } from '../api/get-interest-overview';
import { manageKeys } from '../api/query-keys';
import { titleIn } from '../interests/overview-order';

/**
 * The titles of the opportunities a volunteer interest is for, by id, in the manager's language. They come with
 * the interest overview (every opportunity of the caller's quarters, unpublished ones too, the same query and
 * cache as the interests screen), asked for only when a screen has an interest to name. An unknown id (the
 * overview still loading, or the opportunity deleted) is returned as it is, which still says which one it was.
 */
export function useOpportunityTitles(needed: boolean, language: string): (opportunityId: string) => string {
  const overview = useQuery({
    queryKey: manageKeys.interestOverview(''),
    queryFn: ({ signal }) => getInterestOverview('', signal),
    enabled: needed,
  }).data;
  return useCallback(
    (opportunityId: string) => {
      const row = overview?.opportunities.find((o) => o.opportunityId === opportunityId);
      return row ? titleIn(row.title, language) : opportunityId;
    },
    [overview, language],
  );
}
