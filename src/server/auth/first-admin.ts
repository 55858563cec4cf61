import type { Db } from '../db/schema';
import { isUniqueViolation } from '../db/unique-violation';
import { writeAudit } from '../repositories/audit';
import { countUsers, findUserByEmail, insertUser } from '../repositories/users';
import { generatePassword, hashPassword } from './password';

// The first start must leave a way in. ADMIN_EMAIL/ADMIN_PASSWORD create that admin if it is missing
// (an existing account is never touched, so a restart cannot reset a changed password). Without them,
// and only while there is no user at all, a generated password is printed once.

export const DEFAULT_ADMIN_EMAIL = 'admin@localhost';

export type FirstAdminOutcome =
  | { kind: 'existing' }
  | { kind: 'created'; email: string }
  | { kind: 'generated'; email: string; password: string };

export async function ensureFirstAdmin(
  db: Db,
  admin: { email: string | undefined; password: string | undefined },
): Promise<FirstAdminOutcome> {
  if (admin.email !== undefined && admin.password !== undefined) {
    if (await findUserByEmail(db, admin.email)) return { kind: 'existing' };
    if (!(await createAdmin(db, admin.email, admin.password))) return { kind: 'existing' };
    return { kind: 'created', email: admin.email.toLowerCase() };
  }
  if ((await countUsers(db)) > 0) return { kind: 'existing' };
  const password = generatePassword();
  if (!(await createAdmin(db, DEFAULT_ADMIN_EMAIL, password))) return { kind: 'existing' };
  return { kind: 'generated', email: DEFAULT_ADMIN_EMAIL, password };
}

/** False when another instance, starting at the same time on the same database, created it first. */
async function createAdmin(db: Db, email: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  try {
    await db.transaction().execute(async (trx) => {
      const user = await insertUser(trx, { email, passwordHash, role: 'admin', quarterIds: [] });
      await writeAudit(trx, { userId: null, action: 'user_created', target: `user:${user.id}`, detail: { role: 'admin', by: 'first_start' } });
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
