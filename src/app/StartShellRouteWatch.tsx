import { useLayoutEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { dismissStartShell, isStartPath } from '../ui/start-shell';

/**
 * The start screen's frame stands only for the start screen: a tap on its tab bar reaches the app's tab bar
 * beneath it, and the screen that opens must not stay hidden under the frame.
 */
export function StartShellRouteWatch() {
  const { pathname } = useLocation();
  useLayoutEffect(() => {
    if (!isStartPath(pathname)) dismissStartShell();
  }, [pathname]);
  return null;
}
