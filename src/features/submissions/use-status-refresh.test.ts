import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MyItemView } from '../../offline/outbox';

const refreshMyStatuses = vi.fn((options?: { ids?: readonly string[] }) => {
  void options;
  return Promise.resolve({ updated: 0, offline: false, failed: 0, requeued: 0 });
});
vi.mock('../../offline/my-status', async (original) => ({ ...(await original<object>()), refreshMyStatuses }));

const { missingStatusKey, outcomeAfter, refreshMissingStatuses, refreshStatusesOnce } = await import('./use-status-refresh');

function view(id: string, overrides: Partial<MyItemView>): MyItemView {
  return {
    id,
    item: { kind: 'feedback' } as MyItemView['item'],
    state: 'delivered',
    at: 0,
    changed: false,
    ...overrides,
  };
}

beforeEach(() => refreshMyStatuses.mockClear());

describe('missingStatusKey', () => {
  it('names delivered, followed items without a status, in a stable order', () => {
    const items = [
      view('b', {}),
      view('a', {}),
      view('with-status', { server: {} as MyItemView['server'] }),
      view('waiting', { state: 'saved' }),
      view('support', { item: { kind: 'support' } as MyItemView['item'] }),
    ];
    expect(missingStatusKey(items)).toBe('a b');
    expect(missingStatusKey([view('with-status', { server: {} as MyItemView['server'] })])).toBe('');
  });
});

describe('refreshMissingStatuses', () => {
  it('asks for the given items although the app start just ran a round and throttles the next', async () => {
    await refreshStatusesOnce(true);
    expect(refreshStatusesOnce(false), 'the ordinary refresh is throttled').toBeUndefined();
    refreshMyStatuses.mockClear();
    await refreshMissingStatuses(['fresh']);
    expect(refreshMyStatuses).toHaveBeenCalledWith({ ids: ['fresh'] });
  });

  it('follows a round still running instead of sharing it, which may have read the items before they arrived', async () => {
    let finish: () => void = () => undefined;
    refreshMyStatuses.mockImplementationOnce(
      () => new Promise((resolve) => (finish = () => resolve({ updated: 0, offline: false, failed: 0, requeued: 0 }))),
    );
    const round = refreshStatusesOnce(true);
    const missing = refreshMissingStatuses(['fresh']);
    await Promise.resolve();
    expect(refreshMyStatuses).toHaveBeenCalledTimes(1);
    finish();
    await round;
    await missing;
    expect(refreshMyStatuses).toHaveBeenLastCalledWith({ ids: ['fresh'] });
  });
});

describe('outcomeAfter', () => {
  const quiet = { updated: 1, offline: false, failed: 0, requeued: 0 };
  const sentAgain = { updated: 0, offline: false, failed: 0, requeued: 1 };
  const offline = { updated: 0, offline: true, failed: 0, requeued: 0 };

  it('keeps a "sent again" notice through the quiet background round its item starts', () => {
    expect(outcomeAfter(sentAgain, quiet, true)).toBe(sentAgain);
    expect(outcomeAfter(sentAgain, offline, true)).toBe(offline);
  });

  it('lets every other round replace the last outcome', () => {
    expect(outcomeAfter(sentAgain, quiet, false)).toBe(quiet);
    expect(outcomeAfter(offline, quiet, true)).toBe(quiet);
    expect(outcomeAfter(undefined, quiet, true)).toBe(quiet);
  });
});
