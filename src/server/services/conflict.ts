import { isUniqueViolation } from '../db/unique-violation';
import { HttpError } from '../http/http-error';

/**
 * Runs a write whose uniqueness the database guards (an e-mail, an id) and answers a clash with
 * 409 `conflict` instead of a 500: the check before it cannot see a parallel request doing the same.
 */
export async function conflictOnDuplicate<T>(write: () => Promise<T>, message: string, path?: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new HttpError(409, 'conflict', message, path);
    throw error;
  }
}
