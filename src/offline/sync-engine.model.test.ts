import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase, type QsDatabase } from './db';
import { enqueue } from './outbox';
import { createSyncEngine, type SyncEngine } from './sync-engine';
import { BACKOFF_CAP_MS } from './backoff';
import { inContextLock, type LockRunner } from './locks';
import { createSimulatedServer, type Fault } from '../test/simulated-server';

/*
 * Model test of the promise "what you sent arrives, once": the real engine and the real outbox on
 * (fake) IndexedDB against a server that fails at random in every way we know. Random sequences of
 * new items, drains from two tabs (with and without a shared lock), reloads (a tab's engine and its
 * connection recreated from the same database) and time passing. After the run the network heals
 * and the outbox drains; then every valid item is stored exactly once, none is lost or stuck, and
 * exactly the invalid ones need attention.
 */

const FAULTS: Fault[] = [
  'none',
  'drop_request',
  'drop_response',
  'status_500',
  'status_503_retry_after',
  'status_429',
  'status_429_retry_after',
  'hang',
  'crash_before_commit',
];

const DAY_MS = 86_400_000;
/** The longest a healthy network may make an item wait: the backoff cap plus the simulated Retry-After. */
const LONGEST_WAIT_MS = BACKOFF_CAP_MS + 60_000;

type Command =
  | { type: 'create'; tab: 0 | 1; valid: boolean; photo: boolean }
  | { type: 'drain'; tab: 0 | 1 }
  | { type: 'both' }
  | { type: 'reload'; tab: 0 | 1 }
  | { type: 'killMidDrain'; tab: 0 | 1 }
  | { type: 'wait'; ms: number }
  // The device clock is corrected (or wrong): wall-clock time jumps, backwards too.
  | { type: 'clockJump'; ms: number };

const tab = fc.constantFrom<0 | 1>(0, 1);
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('create' as const), tab, valid: fc.constantFrom(true, true, true, false), photo: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('drain' as const), tab }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('both' as const) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('reload' as const), tab }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('killMidDrain' as const), tab }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 400_000 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('clockJump' as const), ms: fc.integer({ min: -2 * DAY_MS, max: 2 * DAY_MS }) }) },
);

let run = 0;

async function runScenario(commands: Command[], faults: Fault[], sharedLock: boolean, seed: number) {
  const name = `model-${++run}`;
  const server = createSimulatedServer((n) => faults[(n - 1) % faults.length] ?? 'none');
  server.unknownQuarters.add('nowhere');
  const clock = { t: 1_700_000_000_000 };
  let rnd = seed;
  const random = () => {
    rnd = (rnd * 1103515245 + 12345) % 2 ** 31;
    return rnd / 2 ** 31;
  };
  // Without a shared lock the two tabs may drain at the same time: the fallback case.
  const noLock: LockRunner = (_name, task) => task();
  const tabs: { db: QsDatabase; engine: SyncEngine }[] = [];
  const open = (i: number) => {
    const db = openDatabase(name);
    const engine = createSyncEngine({
      db,
      fetch: server.fetch,
      now: () => clock.t,
      random,
      timeoutMs: 2,
      // Small batches, so a scenario has several and the pipelining (next batch picked while one is on
      // the wire) meets every fault.
      maxItems: 3,
      lock: sharedLock ? inContextLock : noLock,
    });
    tabs[i] = { db, engine };
  };
  open(0);
  open(1);
  const valid = new Set<string>();
  const invalid = new Set<string>();

  for (const c of commands) {
    if (c.type === 'create') {
      const item = await enqueue(
        { kind: 'feedback', quarterId: c.valid ? 'erfurt-1-altstadt' : 'nowhere', topicId: 't', text: `#${valid.size + invalid.size}` },
        'de',
        {
          db: tabs[c.tab]!.db,
          now: () => clock.t,
          photos: c.photo ? [{ blob: new Blob([new Uint8Array([0xff, 0xd8])]), type: 'image/jpeg' }] : [],
        },
      );
      (c.valid ? valid : invalid).add(item.id);
    } else if (c.type === 'drain') {
      await tabs[c.tab]!.engine.drain();
      // Nothing else drains now, so nothing may be left looking "sending" (the UI would show it).
      const left = await tabs[c.tab]!.db.outbox.where('state').equals('sending').count();
      if (left > 0) throw new Error(`${left} items left in "sending" after a finished drain`);
    } else if (c.type === 'both') {
      await Promise.all([tabs[0]!.engine.drain(), tabs[1]!.engine.drain()]);
    } else if (c.type === 'killMidDrain') {
      // A tab closed after marking its batch `sending` and before any answer: the state it leaves.
      const { db } = tabs[c.tab]!;
      await db.outbox.where('state').equals('queued').modify({ state: 'sending' });
      db.close();
      open(c.tab);
    } else if (c.type === 'reload') {
      tabs[c.tab]!.db.close();
      open(c.tab);
    } else {
      clock.t += c.ms;
    }
  }

  // The network heals. Drain until nothing waits; time runs on to each next attempt, but never
  // further than the longest wait a server can ask for, so an item a clock jump parked is caught.
  server.fault = () => 'none';
  const db = tabs[0]!.db;
  for (let i = 0; i < 50; i++) {
    const outcome = await tabs[i % 2]!.engine.drain();
    if (outcome.waiting === 0) break;
    clock.t = Math.min(Math.max(clock.t, outcome.nextAttemptAt ?? clock.t), clock.t + LONGEST_WAIT_MS) + 1;
  }

  const outbox = await db.outbox.toArray();
  const mine = await db.mine.toArray();
  expect(outbox.filter((r) => r.state !== 'needs_attention')).toEqual([]);
  expect(new Set(outbox.map((r) => r.id))).toEqual(invalid);
  expect(new Set(mine.map((r) => r.id))).toEqual(valid);
  expect(new Set(server.stored.keys())).toEqual(valid);
  for (const id of valid) expect(server.inserts.get(id)).toBe(1);
  for (const record of mine) expect(record.receipt).toBe(server.stored.get(record.id)?.receipt);
  for (const t of tabs) t.db.close();
  await openDatabase(name).delete();
}

describe('sync engine under random faults (model test)', () => {
  it('stores every valid item exactly once and loses nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { minLength: 1, maxLength: 40 }),
        // Mostly a healthy network with faults in between, so drains get several batches in (pipelining)
        // before one fails, as well as runs where nearly everything fails.
        fc.array(fc.oneof({ weight: 2, arbitrary: fc.constant<Fault>('none') }, { weight: 3, arbitrary: fc.constantFrom(...FAULTS) }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.boolean(),
        fc.integer({ min: 1, max: 2 ** 30 }),
        runScenario,
      ),
      { numRuns: 300 },
    );
    // 300 random scenarios take a few seconds on a quiet machine; a loaded CI box needs headroom.
  }, 180_000);
});
