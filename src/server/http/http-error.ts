import type { ErrorCode } from '../../shared/api-error';

/** An error a handler means to answer with: status, code and a message safe to show. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/**
 * Whether an answer is a failure to log with its error: from 500 up, except a 503 the app chose (busy, not
 * ready), which is logged where it is decided rather than with a stack for every refused request.
 */
export function isServerFailure(error: unknown, status: number): boolean {
  return status >= 500 && !(error instanceof HttpError && status === 503);
}

export const notFound = (what = 'Not found') => new HttpError(404, 'not_found', what);
export const unauthorized = () => new HttpError(401, 'unauthorized', 'Log in first');
