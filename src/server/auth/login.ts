import type { Db, UserRow } from '../db/schema';
import { HttpError } from '../http/http-error';
import { writeAudit } from '../repositories/audit';
import { clearFailures, countFailure, findLock, lockUntil } from '../repositories/login-throttle';
import { findUserByEmail } from '../repositories/users';
import { burnPasswordCheck, verifyPassword } from './password';

// Per-account lock-out (DESIGN §4): after 5 consecutive failures the account waits, one minute at
// first, doubling with each further failure, at most an hour. Keyed by the e-mail typed, known or not,
// so neither the message nor the lock-out tells whether an account exists.

export const FAILURES_BEFORE_LOCK = 5;
const FIRST_LOCK_MS = 60_000;
const MAX_LOCK_MS = 3_600_000;

export function lockDuration(failures: number): number {
  if (failures < FAILURES_BEFORE_LOCK) return 0;
  return Math.min(FIRST_LOCK_MS * 2 ** (failures - FAILURES_BEFORE_LOCK), MAX_LOCK_MS);
}

export async function checkCredentials(db: Db, emailInput: string, password: string, now: Date = new Date()): Promise<UserRow> {
  const email = emailInput.trim().toLowerCase();
  const lockedUntil = await findLock(db, email);
  if (lockedUntil !== null && Date.parse(lockedUntil) > now.getTime()) {
    const seconds = Math.max(1, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000));
    throw new HttpError(429, 'locked_out', 'Too many failed logins; try again later', undefined, {
      'retry-after': String(seconds),
    });
  }

  const user = await findUserByEmail(db, email);
  const ok = user ? await verifyPassword(password, user.password_hash) : await burnPasswordCheck(password);
  // A disabled account fails like a wrong password: the answer tells no one that the account exists.
  if (user && ok && user.disabled_at === null) {
    await clearFailures(db, email);
    await writeAudit(db, { userId: user.id, action: 'login', target: `user:${user.id}` }, now);
    return user;
  }

  const failures = await countFailure(db, email, now);
  const lockMs = lockDuration(failures);
  if (lockMs > 0) await lockUntil(db, email, new Date(now.getTime() + lockMs));
  await writeAudit(db, { userId: user?.id ?? null, action: 'login_failed', detail: { failures } }, now);
  throw new HttpError(401, 'unauthorized', 'E-mail or password is wrong');
}
