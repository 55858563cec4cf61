import type { Catalog } from '../catalog/catalog';
import { HttpError } from '../http/http-error';

// Checks the manage routes share beyond their schemas: what only the data pack can tell.

/** Quarter ids must name quarters of the data pack; the first unknown one is reported by position. */
export function checkQuarterIds(quarterIds: readonly string[] | undefined, catalog: Catalog): void {
  const index = (quarterIds ?? []).findIndex((id) => catalog.quarterName(id) === undefined);
  if (index >= 0) throw new HttpError(400, 'unknown_quarter', `Unknown quarter "${quarterIds?.[index]}"`, `quarterIds.${index}`);
}
