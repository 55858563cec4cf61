import { installPrompt } from './ui/install-prompt';
import { dismissStartShell, startShellShown } from './ui/start-shell';

// First, before anything awaits: the browser sends `beforeinstallprompt` once, soon after load, and we keep it.
installPrompt();

/*
 * The app's code and styles (src/boot.tsx) arrive together with this entry (index.html preloads them,
 * vite-build-options.ts preloadAppChunk) but run only after the browser has painted the start screen's frame
 * (src/ui/start-shell.ts) once: run straight after the page was parsed, they would hold that first paint back
 * until the whole app had been run — on a slow phone, seconds. Without the frame (another route) nothing waits.
 */
function afterFirstPaint(): Promise<void> {
  if (!startShellShown()) {
    // Another route: the frame's markup was never shown and is not needed.
    dismissStartShell();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    // A tab opened in the background paints nothing until it is shown; the app (and its sync) starts anyway.
    setTimeout(resolve, 100);
  });
}

afterFirstPaint()
  .then(() => import('./boot'))
  .then(({ boot }) => boot())
  .catch((error: unknown) => {
    // Nothing rendered: the start screen's frame must not pretend otherwise.
    dismissStartShell();
    throw error;
  });
