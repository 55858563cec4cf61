import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type QsDatabase } from './db';
import { followSetting, setSetting } from './outbox';

let n = 0;
const opened: QsDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Resolves once `seen` has `count` entries (live queries answer asynchronously). */
async function until(seen: unknown[], count: number): Promise<void> {
  for (let i = 0; i < 200 && seen.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('followSetting', () => {
  it('gives the value once read and then each change, never the same value twice, until stopped', async () => {
    const db = openDatabase(`follow-setting-${++n}`);
    opened.push(db);
    const seen: unknown[] = [];
    const stop = followSetting('quarterId', (value) => seen.push(value), db);
    await until(seen, 1);
    expect(seen).toEqual([undefined]);

    await setSetting('quarterId', 'erfurt-01', db);
    await until(seen, 2);
    // Writing the same value again, and writing another setting, are no change to follow.
    await setSetting('quarterId', 'erfurt-01', db);
    await setSetting('draft:feedback', { text: 'x' }, db);
    await setSetting('quarterId', 'erfurt-02', db);
    await until(seen, 3);
    expect(seen).toEqual([undefined, 'erfurt-01', 'erfurt-02']);

    stop();
    await setSetting('quarterId', 'erfurt-03', db);
    // Let a live query that had not been stopped answer: it would have by now (the waits above took < 200 ms).
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual([undefined, 'erfurt-01', 'erfurt-02']);
  });
});
