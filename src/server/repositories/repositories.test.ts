import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, sqliteFile } from '../db/database';
import type { Db, NewSubmissionRow } from '../db/schema';
import { findInScope, listInbox, receiptFragment } from './inbox';
import { countFailure } from './login-throttle';
import { tryInsertSubmission, tryInsertSupport } from './submissions';
import { insertUser } from './users';

let dir: string;
let db: Db;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qs-repo-'));
  const opened = openDatabase({ dataDir: dir, databaseUrl: undefined });
  db = opened.db;
  await migrateToLatest(db, opened.dialect);
});
afterEach(async () => {
  await db.destroy();
  await rm(dir, { recursive: true, force: true });
});

function row(overrides: Partial<NewSubmissionRow> = {}): NewSubmissionRow {
  const at = new Date().toISOString();
  return {
    id: randomUUID(),
    kind: 'feedback',
    quarter_id: 'q-a',
    topic_id: 't',
    content_hash: 'h',
    payload: '{}',
    contact: null,
    search_text: '',
    receipt: `ERF-${randomUUID().slice(0, 4).toUpperCase()}-${randomUUID().slice(0, 4).toUpperCase()}`,
    moderation: null,
    public_response: null,
    created_at: at,
    received_at: at,
    updated_at: at,
    ...overrides,
  };
}

describe('database', () => {
  it('is a WAL-mode SQLite file with foreign keys on, under DATA_DIR', async () => {
    const { default: SQLite } = await import('better-sqlite3');
    const raw = new SQLite(sqliteFile(dir), { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
    await expect(
      db.insertInto('user_quarters').values({ user_id: 'nobody', quarter_id: 'q' }).execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
  });

  it('runs migrations again without harm', async () => {
    await migrateToLatest(db, 'sqlite');
    const tables = await db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['submissions', 'submission_history', 'supports', 'media', 'users', 'user_quarters', 'sessions', 'login_throttle', 'audit_log']),
    );
  });
});

describe('submission repository', () => {
  it('lets the primary key, not a check, refuse a second row with the same id', async () => {
    const first = row();
    expect(await tryInsertSubmission(db, first)).toBe(true);
    expect(await tryInsertSubmission(db, { ...first, receipt: 'ERF-ZZZZ-ZZZZ', content_hash: 'other' })).toBe(false);
    const rows = await db.selectFrom('submissions').select(['id', 'content_hash']).execute();
    expect(rows).toEqual([{ id: first.id, content_hash: 'h' }]);
  });

  it('refuses a taken receipt without an exception', async () => {
    const first = row();
    await tryInsertSubmission(db, first);
    expect(await tryInsertSubmission(db, row({ receipt: first.receipt }))).toBe(false);
  });

  it('keeps one support per proposal and supporter', async () => {
    const prop = row({ kind: 'proposal' });
    const s1 = row({ kind: 'support' });
    const s2 = row({ kind: 'support' });
    for (const r of [prop, s1, s2]) await tryInsertSubmission(db, r);
    const supporterId = randomUUID();
    const at = new Date().toISOString();
    expect(await tryInsertSupport(db, { proposalId: prop.id, supporterId, submissionId: s1.id, createdAt: at })).toBe(true);
    expect(await tryInsertSupport(db, { proposalId: prop.id, supporterId, submissionId: s2.id, createdAt: at })).toBe(false);
    expect(await db.selectFrom('supports').select('supporter_id').where('proposal_id', '=', prop.id).execute()).toHaveLength(1);
    expect((await db.selectFrom('submissions').select('support_count').where('id', '=', prop.id).executeTakeFirstOrThrow()).support_count).toBe(1);
  });
});

describe('inbox repository', () => {
  it('scopes a manager to their quarters and pages by (received_at, id)', async () => {
    const user = await insertUser(db, { email: 'm@example.org', passwordHash: 'x', role: 'manager', quarterIds: ['q-a'] });
    const same = '2025-05-01T10:00:00.000Z';
    const a1 = row({ quarter_id: 'q-a', received_at: same });
    const a2 = row({ quarter_id: 'q-a', received_at: same });
    const b = row({ quarter_id: 'q-b', received_at: '2025-05-02T10:00:00.000Z' });
    const none = row({ kind: 'interest', quarter_id: null, received_at: '2025-04-01T10:00:00.000Z' });
    for (const r of [a1, a2, b, none]) await tryInsertSubmission(db, r);

    const scope = { all: false, userId: user.id } as const;
    const first = await listInbox(db, scope, {}, undefined, 1);
    expect(first.more).toBe(true);
    const top = first.rows[0];
    if (!top) throw new Error('expected a row');
    const second = await listInbox(db, scope, {}, { receivedAt: top.received_at, id: top.id }, 1);
    expect(second.more).toBe(false);
    expect([top.id, second.rows[0]?.id].sort()).toEqual([a1.id, a2.id].sort());

    expect(await findInScope(db, scope, b.id)).toBeUndefined();
    expect(await findInScope(db, scope, none.id)).toBeUndefined();
    expect(await findInScope(db, { all: true }, none.id)).toBeDefined();
    expect((await listInbox(db, { all: true }, {}, undefined, 10)).rows.map((r) => r.id)[0]).toBe(b.id);
  });
});

describe('receiptFragment', () => {
  it('reads a receipt as people type it, and leaves words alone', () => {
    expect(['ERF-553T-B7WR', 'erf553tb7wr', ' erf 553t b7wr ', '553t-b7wr', 'b7wr'].map(receiptFragment)).toEqual([
      'ERF553TB7WR',
      'ERF553TB7WR',
      'ERF553TB7WR',
      '553TB7WR',
      'B7WR',
    ]);
    // Words, short pieces, other characters: the text search alone.
    expect(['Bank', 'Laternen', 'b7w', '50%', 'Bäume am Weg', 'ERF-553T_B7WR'].map(receiptFragment)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('login throttle', () => {
  it('counts consecutive failures per e-mail', async () => {
    const now = new Date();
    expect(await countFailure(db, 'x@example.org', now)).toBe(1);
    expect(await countFailure(db, 'x@example.org', now)).toBe(2);
    expect(await countFailure(db, 'y@example.org', now)).toBe(1);
  });
});
