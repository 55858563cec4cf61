import { randomUUID } from 'node:crypto';
import { hashPassword } from '../auth/password';
import type { Db, Role } from '../db/schema';
import { insertUser } from '../repositories/users';

// Valid items by kind, against the Erfurt data pack; a test overrides only what it is about.

export const QUARTER_A = 'erfurt-42-kuehnhausen';
export const QUARTER_B = 'erfurt-41-tiefthal';
export const TOPIC = 'gruen-spielplaetze-sauberkeit';

type Fields = Record<string, unknown>;

const base = () => ({ id: randomUUID(), createdAt: new Date().toISOString(), locale: 'de' });

export function feedback(overrides: Fields = {}): Fields {
  return { ...base(), kind: 'feedback', quarterId: QUARTER_A, topicId: TOPIC, text: 'Der Spielplatz braucht Schatten.', ...overrides };
}

export function proposal(overrides: Fields = {}): Fields {
  return {
    ...base(),
    kind: 'proposal',
    quarterId: QUARTER_A,
    topicId: TOPIC,
    title: 'Bäume am Spielplatz',
    text: 'Zwei Bäume pflanzen, damit Kinder im Sommer Schatten haben.',
    ...overrides,
  };
}

export function support(proposalId: string, overrides: Fields = {}): Fields {
  return { ...base(), kind: 'support', proposalId, supporterId: randomUUID(), ...overrides };
}

export function interest(overrides: Fields = {}): Fields {
  return { ...base(), kind: 'interest', opportunityId: 'lesepaten', name: 'Kim', contact: { email: 'kim@example.org' }, ...overrides };
}

export async function createUser(
  db: Db,
  user: { email: string; password: string; role: Role; quarterIds?: string[] },
): Promise<string> {
  const passwordHash = await hashPassword(user.password);
  const row = await db
    .transaction()
    .execute((trx) => insertUser(trx, { email: user.email, passwordHash, role: user.role, quarterIds: user.quarterIds ?? [] }));
  return row.id;
}
