import { useQuery } from '@tanstack/react-query';
import { figuresSchema, type Figures } from '../../../shared/manage';
import type { InboxParams } from './get-inbox';
import { manageCall, queryString } from './manage-client';
import { manageKeys } from './query-keys';

// GET /figures?filters: the numbers behind the charts, under the inbox's filters. Answer schema: the
// shared one the server builds the answer with (src/shared/manage.ts).

export async function getFigures(filter: InboxParams, signal?: AbortSignal): Promise<Figures> {
  return manageCall('GET', `/figures${queryString(filter)}`, figuresSchema, { signal });
}

export function useFigures(filter: InboxParams) {
  return useQuery({ queryKey: manageKeys.figuresFor(filter), queryFn: ({ signal }) => getFigures(filter, signal) });
}
export type { Figures };
