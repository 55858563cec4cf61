import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { bulkOutcomeSchema, type BulkOutcome, type bulkStatusSchema } from '../../../shared/manage';
import { manageCall } from './manage-client';
import { afterItemsChanged } from './update-submission';

// POST /submissions/bulk: one status for many items, in one transaction. Ids outside the caller's
// quarters (or gone) come back in `notFound`. Answer: `bulkOutcomeSchema`.

export type BulkStatusInput = z.input<typeof bulkStatusSchema>;

export async function bulkSetStatus(body: BulkStatusInput): Promise<BulkOutcome> {
  return manageCall('POST', '/submissions/bulk', bulkOutcomeSchema, { body });
}

export function useBulkStatus() {
  const client = useQueryClient();
  return useMutation({ mutationFn: bulkSetStatus, onSuccess: () => afterItemsChanged(client) });
}
