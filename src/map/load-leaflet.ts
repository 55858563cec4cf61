import type * as Leaflet from 'leaflet';

// Leaflet and its cluster plugin, loaded on first use only (their chunk stays out of the start-up
// bundle; their CSS comes with DirectoryMap's chunk). The plugin patches the global `L`, so it is imported after Leaflet has set it.

let loading: Promise<typeof Leaflet> | undefined;

export function loadLeaflet(): Promise<typeof Leaflet> {
  loading ??= (async () => {
    const module = await import('leaflet');
    const L = (module as { default?: typeof Leaflet }).default ?? module;
    (globalThis as { L?: typeof Leaflet }).L ??= L;
    focusWithoutScrolling(L);
    await import('leaflet.markercluster');
    return L;
  })();
  return loading;
}

/** Leaflet's keyboard handler, which its typings leave out. */
interface KeyboardHandler {
  _focused: boolean;
  _map: Leaflet.Map;
  _onMouseDown(): void;
}

/**
 * A press on the map focuses it (for its arrow keys). Leaflet does that with a plain `focus()`, which scrolls
 * the map's box into view, and then puts back only the window's scroll — but Ionic scrolls inside its
 * content, not the window. So the first tap on a marker near the screen's edge scrolled the page by the
 * map's hidden part and lifted the finger over another spot: no selection. Same focus, no scrolling.
 */
function focusWithoutScrolling(L: typeof Leaflet): void {
  const keyboard = (L.Map as unknown as { Keyboard?: { prototype: KeyboardHandler } }).Keyboard;
  if (!keyboard) return;
  keyboard.prototype._onMouseDown = function (this: KeyboardHandler) {
    if (this._focused) return;
    this._map.getContainer().focus({ preventScroll: true });
  };
}
