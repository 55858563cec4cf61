import { describe, expect, it } from 'vitest';
import { summariseSync } from './sync-summary';

const time = (ms: number) => `T${ms}`;
const base = { online: true, waiting: 0, sending: false, needsAttention: 0 };
const keys = (s: ReturnType<typeof summariseSync>) => s.parts.map((p) => p.key);

describe('summariseSync', () => {
  it('shows online and the last delivery when nothing waits', () => {
    const s = summariseSync({ ...base, lastSyncAt: 5 }, time);
    expect(s.tone).toBe('ok');
    expect(s.parts).toEqual([{ key: 'common:sync.online' }, { key: 'common:sync.lastSync', options: { time: 'T5' } }]);
    expect(s.showSendNow).toBe(false);
  });

  it('offline, does not offer "send now" and says the items wait for a connection, without a last-sync time', () => {
    const s = summariseSync({ ...base, online: false, waiting: 2, lastSyncAt: 5 }, time);
    expect(s.tone).toBe('offline');
    expect(s.parts).toEqual([{ key: 'common:sync.offline' }, { key: 'common:sync.waitingOffline', options: { count: 2 } }]);
    expect(s.showSendNow).toBe(false);
  });

  it('offers "send now" while items wait online', () => {
    const s = summariseSync({ ...base, waiting: 2 }, time);
    expect(keys(s)).toEqual(['common:sync.online', 'common:sync.waiting']);
    expect(s.showSendNow).toBe(true);
  });

  it('says "sending" instead of the count and keeps the button, so it does not flicker under a tap', () => {
    const s = summariseSync({ ...base, waiting: 1, sending: true }, time);
    expect(s.tone).toBe('sending');
    expect(keys(s)).toEqual(['common:sync.online', 'common:sync.sending']);
    expect(s.showSendNow).toBe(true);
  });

  it('names the next attempt of a backed-off item and counts items needing attention', () => {
    const later = Date.now() + 60_000;
    const s = summariseSync({ ...base, waiting: 1, needsAttention: 3, nextAttemptAt: later }, time);
    expect(s.tone).toBe('waiting');
    expect(keys(s)).toEqual(['common:sync.online', 'common:sync.waiting', 'common:sync.needsAttention', 'common:sync.nextAttempt']);
    expect(summariseSync({ ...base, needsAttention: 1 }, time).tone).toBe('attention');
  });
});
