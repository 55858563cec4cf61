import type { ComponentType } from 'react';
import { lazyPart } from '../ui/LazyPart';
import { ensureNamespaces } from './i18n';

/**
 * A route's screen in its own chunk, loaded on first visit together with its translations: the start
 * route stays small, and a screen never renders before its texts are there. A failed load (offline before
 * the service worker cached it, or an update removed the file) shows a retry in place.
 */
export function lazyScreen(load: () => Promise<ComponentType>, namespaces: readonly string[]): ComponentType {
  return lazyPart<object>(async () => {
    const [Screen] = await Promise.all([load(), ensureNamespaces(namespaces)]);
    return Screen;
  });
}
