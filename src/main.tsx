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

/*
 * A module graph is evaluated in one task. The whole app imported at once was one task of ≈ 100 ms here
 * (≈ 350 ms on a phone 4× slower) in which the page could not answer a tap or draw. So the big parts of the
 * start page's code are imported one after another, each in a task of its own, and src/boot.tsx last: each
 * step evaluates only what the steps before it did not. Their files all arrive together (index.html preloads
 * them). None of these steps may bring a stylesheet, so the styles keep the cascade order of one import (the
 * build fails otherwise: vite-build-options.ts). Measured in docs/decisions.md ("The app's code evaluated in steps").
 */
const BOOT_STEPS: Array<() => Promise<unknown>> = [
  // Dexie and the database's tables.
  () => import('./offline/db'),
  // zod and the catalogs' schemas.
  () => import('./offline/catalog'),
  // i18next and react-i18next.
  () => import('./app/i18n'),
  // The forms: react-hook-form, the submission schemas, the outbox.
  () => import('./features/feedback/use-submission-form'),
];

/** Lets the browser run what waits (input, a frame) before the next step. A message, not a timer: a tab in
 * the background runs timers once a second at most. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

async function importApp(): Promise<typeof import('./boot')> {
  for (const step of BOOT_STEPS) {
    await step();
    await nextTask();
  }
  return import('./boot');
}

afterFirstPaint()
  .then(importApp)
  .then(({ boot }) => boot())
  .catch((error: unknown) => {
    // Nothing rendered: the start screen's frame must not pretend otherwise.
    dismissStartShell();
    throw error;
  });
