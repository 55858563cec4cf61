import { useLayoutEffect } from 'react';
import { dismissStartShell } from './start-shell';

/**
 * Takes the start screen's frame (start-shell.ts) away once `when` holds, before the browser paints that state:
 * the resident sees the frame, then the real screen in its place, never the spinner or a half-built form between.
 */
export function useDismissStartShell(when: boolean): void {
  useLayoutEffect(() => {
    if (when) dismissStartShell();
  }, [when]);
}
