import { useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { managerSubmissionSchema, type InboxPage, type ManagerSubmission } from '../../../shared/manage';
import { withItemRead } from './get-inbox';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// GET /submissions/{id}: one item with exact location, contact and history; opening it marks it read
// for the caller. Answer: `managerSubmissionSchema` (src/shared/manage.ts), as for the item's PATCH.

export async function getSubmission(id: string, signal?: AbortSignal): Promise<ManagerSubmission> {
  return manageCall('GET', `/submissions/${encodeURIComponent(id)}`, managerSubmissionSchema, { signal });
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
