// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onReturn } from './refresh-triggers';

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => setVisibility('visible'));

describe('onReturn', () => {
  it('refreshes when the connection comes back', () => {
    const refresh = vi.fn();
    const stop = onReturn(refresh);
    window.dispatchEvent(new Event('online'));
    expect(refresh).toHaveBeenCalledTimes(1);
    stop();
  });

  it('refreshes when the page becomes visible, not when it is hidden', () => {
    const refresh = vi.fn();
    const stop = onReturn(refresh);
    setVisibility('hidden');
    expect(refresh).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(refresh).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops listening when stopped', () => {
    const refresh = vi.fn();
    onReturn(refresh)();
    window.dispatchEvent(new Event('online'));
    setVisibility('visible');
    expect(refresh).not.toHaveBeenCalled();
  });
});
