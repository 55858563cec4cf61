// The one place that knows how each driver reports a unique or primary-key clash: better-sqlite3 as
// SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY, PostgreSQL as SQLSTATE 23505. Two requests (or two app
// instances) that both passed a "does it exist?" check meet here; services turn it into 409 conflict.

const SQLITE_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);
const POSTGRES_UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = error.code;
  return code === POSTGRES_UNIQUE_VIOLATION || (typeof code === 'string' && SQLITE_CODES.has(code));
}
