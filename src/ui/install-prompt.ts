/*
 * Installing the app (home screen, app list, own window). Chromium browsers offer it through `beforeinstallprompt`:
 * we take the event (so the browser shows no banner of its own), keep it, and show our own offer at a calm moment —
 * after a first submission and in "Mehr" — where `prompt()` opens the browser's dialog. iOS Safari has no such
 * event: there the resident adds the app through "Teilen → Zum Home-Bildschirm", which "Mehr" explains. Running as
 * the installed app (`display-mode: standalone`, iOS `navigator.standalone`) or after `appinstalled`, nothing is
 * offered. Browser state only; whether the offer after a submission was shown is kept by src/offline/install-offer.
 */

export type InstallState =
  /** Running as the installed app, or the browser just installed it. */
  | 'installed'
  /** The browser offers installation; `prompt()` opens its dialog. */
  | 'available'
  /** iOS Safari: no install event, the share sheet adds the app to the home screen. */
  | 'ios'
  /** Nothing to offer now: not yet offered, declined this time, or a browser that does not install web apps. */
  | 'unavailable';

export type InstallOutcome = 'accepted' | 'dismissed' | 'unavailable';

/** Chromium's event (not in TypeScript's DOM types). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

function isBeforeInstallPrompt(event: Event): event is BeforeInstallPromptEvent {
  return 'prompt' in event && typeof event.prompt === 'function' && 'userChoice' in event;
}

/** What the install logic needs of the browser; `window` and `navigator` in the app, stand-ins in tests. */
export interface InstallEnvironment {
  events: Pick<EventTarget, 'addEventListener'>;
  matchMedia: (query: string) => Pick<MediaQueryList, 'matches' | 'addEventListener'>;
  userAgent: string;
  maxTouchPoints: number;
  /** iOS Safari's own flag for "opened from the home screen". */
  iosStandalone?: boolean;
}

// Every display mode an installed web app can run in; a browser tab is "browser".
const INSTALLED_DISPLAY_MODES = ['standalone', 'fullscreen', 'minimal-ui', 'window-controls-overlay'];

/**
 * iOS and iPadOS Safari (iPadOS asks for desktop pages: a Mac with a touch screen is an iPad). Chrome, Firefox,
 * Edge and Opera on iOS say so in their user agent, as do in-app browsers, which lack the "Safari/" token.
 */
export function isIosSafari(userAgent: string, maxTouchPoints: number): boolean {
  const ios = /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  return ios && /Safari\//.test(userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|GSA\/|YaBrowser|DuckDuckGo/.test(userAgent);
}

export interface InstallPrompt {
  getState(): InstallState;
  subscribe(listener: () => void): () => void;
  /** Opens the browser's install dialog; resolves with the resident's answer. */
  prompt(): Promise<InstallOutcome>;
}

export function createInstallPrompt(env: InstallEnvironment): InstallPrompt {
  let deferred: BeforeInstallPromptEvent | undefined;
  const queries = INSTALLED_DISPLAY_MODES.map((mode) => env.matchMedia(`(display-mode: ${mode})`));
  let installed = env.iosStandalone === true || queries.some((query) => query.matches);
  const ios = isIosSafari(env.userAgent, env.maxTouchPoints);
  let state = computeState();
  const listeners = new Set<() => void>();

  function computeState(): InstallState {
    if (installed) return 'installed';
    if (deferred) return 'available';
    return ios ? 'ios' : 'unavailable';
  }

  function update() {
    const next = computeState();
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener();
  }

  env.events.addEventListener('beforeinstallprompt', (event) => {
    if (!isBeforeInstallPrompt(event)) return;
    // Without this the browser shows its own mini-infobar at a moment we did not choose.
    event.preventDefault();
    deferred = event;
    update();
  });
  env.events.addEventListener('appinstalled', () => {
    installed = true;
    deferred = undefined;
    update();
  });
  for (const query of queries) {
    query.addEventListener('change', () => {
      installed = installed || query.matches;
      update();
    });
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async prompt() {
      const event = deferred;
      if (!event) return 'unavailable';
      // An event opens one dialog only; the browser sends a new one when it would offer installation again.
      deferred = undefined;
      try {
        await event.prompt();
        const { outcome } = await event.userChoice;
        // `appinstalled` follows an acceptance; until then the offer is hidden all the same.
        if (outcome === 'accepted') installed = true;
        return outcome;
      } catch (error) {
        console.warn('the install dialog could not be opened', error);
        return 'unavailable';
      } finally {
        update();
      }
    },
  };
}

let instance: InstallPrompt | undefined;

/**
 * The page's one instance. Called first thing by the entry module, so the browser's event (sent once, soon after
 * the page loaded) is never missed; components ask for the same instance.
 */
export function installPrompt(): InstallPrompt {
  instance ??= createInstallPrompt({
    events: window,
    matchMedia: (query) => window.matchMedia(query),
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints,
    iosStandalone: (navigator as Navigator & { standalone?: boolean }).standalone,
  });
  return instance;
}
