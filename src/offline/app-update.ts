import { getDatabase, type QsDatabase } from './db';
import { defaultLock, type LockRunner } from './locks';
import { flushDrafts } from './draft-flush';
// Not from sync-engine.ts: that would pull the whole engine into the start page (it loads after first paint).
import { DRAIN_LOCK } from './sync-constants';

/*
 * A new version of the app waits until the resident asks for it (docs/decisions.md, "Updates wait for the
 * resident"). The service worker registration (sw-register.ts) offers it here; the shell shows "Neue Version
 * verfügbar" while one is offered; pressing "Jetzt aktualisieren" runs `apply()`, which reloads only when nothing
 * can be lost: drafts written, no form holding input that is not kept, nothing on its way to the server. The
 * outbox and the drafts live in IndexedDB, which an update never touches, so they are there again after the
 * reload. The app shell makes the page's one instance (it knows the forms' unsaved input, which lives in src/ui).
 */

export type UpdateState =
  | { phase: 'none' }
  /** A new version is ready (waiting, or already in charge because another tab switched). */
  | { phase: 'available' }
  /** The resident pressed update; the outbox is sending, the reload follows when it is done. */
  | { phase: 'waiting-for-sending' }
  /** The resident pressed update, but a reload now would lose something; says what. */
  | { phase: 'blocked'; reason: 'unsaved-input' | 'save-failed' }
  /** The new version is taking over; the reload is under way. */
  | { phase: 'applying' };

/** How an offered version takes over the page. */
export interface VersionSwitch {
  /** Resolves once the new version controls the page (at once when it already does). */
  activate(): Promise<void>;
}

export interface AppUpdateDeps {
  /** Whether a form holds input that is not kept on the device (src/ui's unsaved-input registry). */
  hasUnsavedInput: () => boolean;
  db?: () => QsDatabase;
  lock?: LockRunner;
  reload?: () => void;
  flushDrafts?: () => Promise<void>;
  /** How long the new version may take to control the page before we give up and offer it again. */
  activationTimeoutMs?: number;
  /**
   * Resolves when the page is gone. The drain lock is held until then, so no drain starts between the reload's
   * start and the unload (it would be cut off mid-request). Never resolves in a browser; tests pass a resolved one.
   */
  untilUnload?: () => Promise<void>;
}

export interface AppUpdate {
  getState(): UpdateState;
  subscribe(listener: (state: UpdateState) => void): () => void;
  /** A new version is there (called again for a newer one: the latest switch wins). */
  offer(version: VersionSwitch): void;
  /**
   * The resident asked to reload into the new version (or, with none offered, to reload at all): reloads once
   * drafts are written, no unkept input would be lost, and no item is being sent. Otherwise the state says why not.
   */
  apply(): Promise<void>;
}

const ACTIVATION_TIMEOUT_MS = 15_000;

export function createAppUpdate(deps: AppUpdateDeps): AppUpdate {
  const db = deps.db ?? getDatabase;
  const lock = deps.lock ?? defaultLock();
  const reload = deps.reload ?? (() => window.location.reload());
  const flush = deps.flushDrafts ?? flushDrafts;
  const unsaved = deps.hasUnsavedInput;
  const activationTimeoutMs = deps.activationTimeoutMs ?? ACTIVATION_TIMEOUT_MS;
  const untilUnload = deps.untilUnload ?? (() => new Promise<void>(() => undefined));

  let state: UpdateState = { phase: 'none' };
  let version: VersionSwitch | undefined;
  let running = false;
  const listeners = new Set<(state: UpdateState) => void>();

  function set(next: UpdateState) {
    state = next;
    for (const listener of listeners) listener(state);
  }

  /** What the banner returns to when an attempt did not reload. */
  const idle = (): UpdateState => (version ? { phase: 'available' } : { phase: 'none' });

  /** Checks that may stop the reload; true when it may go on. */
  async function readyToReload(): Promise<boolean> {
    if (unsaved()) {
      set({ phase: 'blocked', reason: 'unsaved-input' });
      return false;
    }
    try {
      await flush();
      return true;
    } catch (error) {
      console.error('drafts could not be written before the update', error);
      set({ phase: 'blocked', reason: 'save-failed' });
      return false;
    }
  }

  async function switchAndReload(): Promise<void> {
    // Inside the drain lock no drain runs in any tab or in the service worker, and none starts before the reload.
    // A `sending` item seen here is a leftover of a drain that died; the next start queues it again.
    if (!(await readyToReload())) return;
    set({ phase: 'applying' });
    if (version && !(await settlesWithin(version.activate(), activationTimeoutMs))) {
      console.warn('the new version did not take over in time; offered again');
      set(idle());
      return;
    }
    // Keystrokes between the check and now; the reload's own pagehide write is only a second net.
    await flush().catch(() => undefined);
    reload();
    await untilUnload();
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    offer(next) {
      version = next;
      if (state.phase === 'none') set({ phase: 'available' });
    },
    async apply() {
      if (running) return;
      running = true;
      try {
        if (!(await readyToReload())) return;
        if ((await countSending(db())) > 0) set({ phase: 'waiting-for-sending' });
        await lock(DRAIN_LOCK, switchAndReload);
      } finally {
        running = false;
      }
    },
  };
}

async function countSending(db: QsDatabase): Promise<number> {
  try {
    return await db.outbox.where('state').equals('sending').count();
  } catch {
    return 0;
  }
}

function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}
