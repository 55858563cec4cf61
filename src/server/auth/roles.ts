import type { z } from 'zod';
import { zodToApiError } from '../../shared/api-error';
import type { Catalog } from '../catalog/catalog';
import { HttpError } from '../http/http-error';

// Small guards the manage routes share, so each route reads as "validate, authorise, act".

/** A zod parse that answers 400 `validation` with the first issue's path. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const error = zodToApiError(parsed.error);
    throw new HttpError(400, 'validation', error.message, error.path);
  }
  return parsed.data;
}

/** Quarter ids must name quarters of the data pack; the first unknown one is reported by position. */
export function checkQuarterIds(quarterIds: readonly string[] | undefined, catalog: Catalog): void {
  const index = (quarterIds ?? []).findIndex((id) => catalog.quarterName(id) === undefined);
  if (index >= 0) throw new HttpError(400, 'unknown_quarter', `Unknown quarter "${quarterIds?.[index]}"`, `quarterIds.${index}`);
}
