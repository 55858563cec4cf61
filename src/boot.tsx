import '@ionic/react/css/core.css';
import '@ionic/react/css/normalize.css';
import '@ionic/react/css/structure.css';
import '@ionic/react/css/typography.css';
import '@ionic/react/css/padding.css';
import '@ionic/react/css/display.css';
// Ionic's dark palette when the system asks for dark; theme.css comes after it and adjusts our own colours.
import '@ionic/react/css/palettes/dark.system.css';
import './app/theme.css';

import { setupIonicReact } from '@ionic/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import { DEFAULT_PATH } from './app/MainTabs';
import { appUpdate } from './app/update-controller';
import { serverAnswers } from './offline/reachability';
import { startSync } from './offline/sync';
import { whenIdle } from './offline/when-idle';
import { setAppReloader, setChunkFailureClassifier } from './ui/chunk-failure';
import { prefersReducedMotion } from './ui/motion';
import { startShellGone } from './ui/start-shell';

/** The app itself, run by src/main.tsx once the browser has painted the start screen's frame. */
export async function boot(): Promise<void> {
  // Page transitions, overlays and ripples stay still for people who asked for less motion (read once at start;
  // theme.css stops our own CSS animations at once).
  const still = prefersReducedMotion();
  setupIonicReact({ animated: !still, rippleEffect: !still });
  // A screen's code that fails to load while the server answers was replaced by an update; otherwise we are offline.
  setChunkFailureClassifier(async () => ((await serverAnswers()) ? 'updated' : 'offline'));
  // Its "Neu laden" goes into the waiting new version, if there is one, and waits for drafts and the outbox like
  // the update banner's button.
  setAppReloader(() => void appUpdate.apply());

  await initI18n();
  // A first visit usually comes to "/", whose screen is Mitmachen. Going to its address before React starts
  // spares the router a redirect on the start page: a render of the empty route, a navigation, and Ionic's
  // page transition into the real one, all on the main thread while the resident waits.
  if (location.pathname === '/') history.replaceState(history.state, '', `${DEFAULT_PATH}${location.search}${location.hash}`);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  startSync();
  void whenStartScreenIsThere().then(registerWorker);
}

/** Registering the worker starts its precache: the whole app, every screen, ≈ 1 MB. */
function registerWorker(): void {
  // A failed load of this code (offline in the first seconds) just means the worker registers on the next visit.
  import('./offline/sw-register').then(
    ({ registerServiceWorker }) => registerServiceWorker(appUpdate),
    (error: unknown) => console.warn('service worker registration postponed', error),
  );
}

/**
 * The worker's precache is for later visits; on this one it would take the phone's processor and connection from
 * the start screen while that still waits for its catalogs and first render (docs/decisions.md, "The first screen
 * before the rest of the first visit": the form was ready ≈ 0.6 s later at slow 4G and 4× CPU). So the worker
 * waits for the start screen's frame to go, and then for a moment the browser has nothing else to do — at most
 * WORKER_WAIT_MS in all, or a start screen that never comes (a connection that drops every request) would keep
 * the app from working offline. e2e/start-shell.spec.ts checks that nothing asks for the worker before.
 */
const WORKER_WAIT_MS = 15_000;

function whenStartScreenIsThere(): Promise<void> {
  const atTheLatest = new Promise<void>((resolve) => setTimeout(resolve, WORKER_WAIT_MS));
  return Promise.race([startShellGone(), atTheLatest]).then(() => new Promise<void>((resolve) => whenIdle(resolve, 2000)));
}
