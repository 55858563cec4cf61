import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../db/database';
import type { Db } from '../db/schema';
import { findUserByEmail } from '../repositories/users';
import { DEFAULT_ADMIN_EMAIL, ensureFirstAdmin } from './first-admin';
import { checkCredentials, lockDuration } from './login';
import { hashPassword, verifyPassword } from './password';

describe('passwords', () => {
  it('stores scrypt with its parameters and a per-user salt', async () => {
    const a = await hashPassword('geheim');
    const b = await hashPassword('geheim');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('geheim', a)).toBe(true);
    expect(await verifyPassword('Geheim', a)).toBe(false);
  });

  it('refuses malformed or absurd stored hashes instead of throwing', async () => {
    expect(await verifyPassword('x', 'plain')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$4294967296$8$1$c2FsdA$aGFzaA')).toBe(false);
  });
});

describe('lock-out back-off', () => {
  it('starts at the fifth failure and grows up to an hour', () => {
    expect(lockDuration(4)).toBe(0);
    expect(lockDuration(5)).toBe(60_000);
    expect(lockDuration(6)).toBe(120_000);
    expect(lockDuration(20)).toBe(3_600_000);
  });
});

describe('with a database', () => {
  let dir: string;
  let db: Db;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qs-auth-'));
    const opened = openDatabase({ dataDir: dir, databaseUrl: undefined });
    db = opened.db;
    await migrateToLatest(db, opened.dialect);
  });
  afterEach(async () => {
    await db.destroy();
    // SQLite's side files can still be going away when the folder is removed (ENOTEMPTY once in CI): retry.
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  });

  it('creates the configured admin once and never resets its password', async () => {
    expect(await ensureFirstAdmin(db, { email: 'Boss@Example.org', password: 'first' })).toEqual({ kind: 'created', email: 'boss@example.org' });
    expect(await ensureFirstAdmin(db, { email: 'boss@example.org', password: 'second' })).toEqual({ kind: 'existing' });
    const user = await findUserByEmail(db, 'boss@example.org');
    expect(user?.role).toBe('admin');
    expect(await verifyPassword('first', user?.password_hash ?? '')).toBe(true);
  });

  it('generates a password for admin@localhost only while no user exists', async () => {
    const outcome = await ensureFirstAdmin(db, { email: undefined, password: undefined });
    if (outcome.kind !== 'generated') throw new Error(`expected a generated admin, got ${outcome.kind}`);
    expect(outcome.email).toBe(DEFAULT_ADMIN_EMAIL);
    expect(outcome.password.length).toBeGreaterThanOrEqual(20);
    expect((await checkCredentials(db, DEFAULT_ADMIN_EMAIL, outcome.password)).role).toBe('admin');
    expect(await ensureFirstAdmin(db, { email: undefined, password: undefined })).toEqual({ kind: 'existing' });
  });

  it('creates one admin when two instances start at once, and neither fails', async () => {
    const outcomes = await Promise.all([1, 2, 3].map(() => ensureFirstAdmin(db, { email: undefined, password: undefined })));
    expect(outcomes.filter((o) => o.kind === 'generated')).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'existing')).toHaveLength(2);
    const configured = await Promise.all([1, 2].map(() => ensureFirstAdmin(db, { email: 'boss@example.org', password: 'first' })));
    expect(configured.map((o) => o.kind).sort()).toEqual(['created', 'existing']);
    expect(await db.selectFrom('users').select('email').orderBy('email').execute()).toEqual([{ email: DEFAULT_ADMIN_EMAIL }, { email: 'boss@example.org' }]);
  });

  it('lets the lock expire and locks longer after the next failure', async () => {
    await ensureFirstAdmin(db, { email: 'a@example.org', password: 'right' });
    const start = new Date('2025-01-01T00:00:00Z');
    for (let i = 0; i < 5; i++) await expect(checkCredentials(db, 'a@example.org', 'wrong', start)).rejects.toMatchObject({ statusCode: 401 });
    await expect(checkCredentials(db, 'a@example.org', 'right', start)).rejects.toMatchObject({ statusCode: 429, headers: { 'retry-after': '60' } });
    const later = new Date(start.getTime() + 61_000);
    await expect(checkCredentials(db, 'a@example.org', 'wrong', later)).rejects.toMatchObject({ statusCode: 401 });
    await expect(checkCredentials(db, 'a@example.org', 'right', later)).rejects.toMatchObject({ statusCode: 429, headers: { 'retry-after': '120' } });
    const audit = await db.selectFrom('audit_log').select('action').execute();
    expect(audit.filter((a) => a.action === 'login_failed')).toHaveLength(6);
  });
});
