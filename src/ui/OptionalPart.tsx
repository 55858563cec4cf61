import { useEffect, useState, type ComponentType } from 'react';

/**
 * A component loaded on first use that the page does fine without (an offer, a hint): it renders nothing until
 * its code is there, and nothing when the code cannot be loaded — unlike lazyPart, which explains the failure in
 * place. Keeps such extras out of the start page's download.
 */
export function optionalPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;

  function OptionalPart(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (loaded) return undefined;
      let live = true;
      load().then(
        (component) => {
          loaded = component;
          if (live) setComponent(() => component);
        },
        (error: unknown) => console.warn('optional part of the app not loaded', error),
      );
      return () => {
        live = false;
      };
    }, []);
    return Component ? <Component {...props} /> : null;
  }

  return OptionalPart;
}
