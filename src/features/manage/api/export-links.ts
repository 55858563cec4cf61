import { MANAGE_BASE, queryString } from './manage-client';
import type { InboxParams } from './get-inbox';

// Exports and photos are links the browser opens itself, with the session cookie (GET needs no CSRF
// token): a large export never passes through JS memory, and nothing here goes through react-query.

export type ExportFormat = 'csv' | 'geojson';

/** GET /export.csv|geojson of the filtered inbox; contact data only with `includeContact`, asked for explicitly. */
export function exportHref(format: ExportFormat, filter: InboxParams, includeContact: boolean): string {
  const { sort: _sort, cursor: _cursor, limit: _limit, view: _view, ...rest } = filter;
  return `${MANAGE_BASE}/export.${format}${queryString({ ...rest, includeContact: includeContact ? 'true' : undefined })}`;
}

/** GET /api/v1/media/{id}: a photo of an item, served to the managers of its quarter. */
export function mediaHref(id: string): string {
  return `/api/v1/media/${encodeURIComponent(id)}`;
}
