import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type MineRecord, type OutboxRecord, type QsDatabase } from './db';
import { getInstallationId } from './installation';
import { mySupports, shownSupportCount, supportProposal, supportsFrom } from './supports';

const P1 = '6f1c1f0e-0000-4000-8000-000000000001';
const P2 = '6f1c1f0e-0000-4000-8000-000000000002';

let n = 0;
const opened: QsDatabase[] = [];
function freshDb() {
  const db = openDatabase(`supports-test-${++n}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const support = (proposalId: string) => ({
  kind: 'support' as const,
  id: crypto.randomUUID(),
  createdAt: '2026-05-01T10:00:00.000Z',
  locale: 'de',
  proposalId,
  supporterId: crypto.randomUUID(),
});

describe('supportsFrom', () => {
  it('finds supports waiting in the outbox and delivered ones; delivered wins', () => {
    const outbox = [{ id: 'o1', item: support(P1), state: 'needs_attention', attempts: 1, nextAttemptAt: 0, queuedAt: 5 }] as OutboxRecord[];
    const mine = [{ id: 'm1', item: support(P2), receipt: 'ERF-1', deliveredAt: 7 }] as MineRecord[];
    expect(supportsFrom(outbox, mine)).toEqual(
      new Map([
        [P2, { state: 'delivered', at: 7 }],
        [P1, { state: 'pending', at: 5 }],
      ]),
    );
    const both = supportsFrom([{ ...outbox[0], item: support(P2) } as OutboxRecord], mine);
    expect(both.get(P2)).toEqual({ state: 'delivered', at: 7 });
  });

  it('ignores other kinds', () => {
    const feedback = { kind: 'feedback', id: 'x', quarterId: 'q', topicId: 't', text: 'x', visibility: 'private', createdAt: '', locale: 'de' };
    expect(supportsFrom([{ id: 'x', item: feedback } as OutboxRecord], []).size).toBe(0);
  });
});

describe('supportProposal', () => {
  it('queues once with the installation id, and says "already" the second time', async () => {
    const db = freshDb();
    expect(await supportProposal(P1, 'de', db)).toBe('queued');
    expect(await supportProposal(P1, 'de', db)).toBe('already');
    const records = await db.outbox.toArray();
    expect(records).toHaveLength(1);
    const item = records[0]?.item;
    expect(item?.kind === 'support' && item.supporterId).toBe(await getInstallationId(db));
    expect((await mySupports(db)).get(P1)?.state).toBe('pending');
  });

  it('knows a delivered support too', async () => {
    const db = freshDb();
    await db.mine.put({ id: 'm', item: support(P2), kind: 'support', receipt: 'ERF-2', deliveredAt: 1 });
    expect(await supportProposal(P2, 'de', db)).toBe('already');
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('getInstallationId', () => {
  it('makes one UUID and keeps it, also when asked at the same time', async () => {
    const db = freshDb();
    const ids = await Promise.all([getInstallationId(db), getInstallationId(db), getInstallationId(db)]);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getInstallationId(db)).toBe(ids[0]);
  });
});

describe('shownSupportCount', () => {
  it("adds ours while the server cannot know it yet", () => {
    expect(shownSupportCount({ supportCount: 4 }, undefined, 100)).toBe(4);
    expect(shownSupportCount({ supportCount: 4 }, { state: 'pending', at: 50 }, 100)).toBe(5);
    expect(shownSupportCount({ supportCount: 4 }, { state: 'delivered', at: 150 }, 100)).toBe(5);
    expect(shownSupportCount({ supportCount: 5 }, { state: 'delivered', at: 50 }, 100)).toBe(5);
  });
});
