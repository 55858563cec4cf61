import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppUpdate, type AppUpdateDeps, type UpdateState } from './app-update';
import { openDatabase, SETTING_KEYS, type QsDatabase } from './db';
import { inContextLock } from './locks';
import { enqueue, getSetting, setSetting } from './outbox';
import { flushDrafts, registerDraftFlush } from './draft-flush';
import { DRAIN_LOCK } from './sync-engine';

// A form holding input that is not kept (src/ui's registry in the app; a counter here, offline sits below ui).
let unsavedForms = 0;
function holdUnsavedInput(): () => void {
  unsavedForms += 1;
  let held = true;
  return () => {
    if (held) unsavedForms -= 1;
    held = false;
  };
}
const hasUnsavedInput = () => unsavedForms > 0;

let counter = 0;
const opened: QsDatabase[] = [];
const cleanups: (() => unknown)[] = [];

function freshDb(): QsDatabase {
  const db = openDatabase(`app-update-test-${++counter}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  for (const db of opened.splice(0)) await db.delete();
});

/** A controllable new version: `activate()` resolves when the test lets it (or at once). */
function newVersion(options: { immediate?: boolean } = {}) {
  let resolveActivation: () => void = () => undefined;
  const activated = new Promise<void>((resolve) => (resolveActivation = resolve));
  const version = {
    activations: 0,
    activate() {
      version.activations += 1;
      if (options.immediate ?? true) resolveActivation();
      return activated;
    },
    finish: () => resolveActivation(),
  };
  return version;
}

function setup(db: QsDatabase, deps: Partial<AppUpdateDeps> = {}) {
  const reloads: number[] = [];
  const phases: UpdateState['phase'][] = [];
  const update = createAppUpdate({
    db: () => db,
    lock: inContextLock,
    reload: () => reloads.push(Date.now()),
    untilUnload: () => Promise.resolve(),
    flushDrafts,
    hasUnsavedInput,
    ...deps,
  });
  cleanups.push(update.subscribe((state) => phases.push(state.phase)));
  return { update, reloads, phases };
}

const feedback = (text: string) => ({ kind: 'feedback' as const, quarterId: 'erfurt-1-altstadt', topicId: 'treffpunkte', text });

describe('app update', () => {
  it('is offered once a version waits, and switches and reloads when applied with nothing pending', async () => {
    const db = freshDb();
    const { update, reloads, phases } = setup(db);
    expect(update.getState().phase).toBe('none');
    const version = newVersion();
    update.offer(version);
    expect(update.getState().phase).toBe('available');

    await update.apply();
    expect(version.activations).toBe(1);
    expect(reloads).toHaveLength(1);
    expect(phases).toEqual(['available', 'applying']);
  });

  it('writes a pending draft before the switch, and the outbox and the draft are untouched by it', async () => {
    const db = freshDb();
    const item = await enqueue(feedback('Wartet im Postausgang'), 'de', { db });
    const order: string[] = [];
    // A form whose last keystrokes still wait for their delayed write.
    cleanups.push(
      registerDraftFlush(async () => {
        await setSetting(SETTING_KEYS.draftFeedback, { text: 'Halb geschrieben' }, db);
        order.push('draft written');
      }),
    );
    const version = newVersion();
    const { update } = setup(db, { reload: () => order.push('reload') });
    update.offer({ activate: () => (order.push('switch'), version.activate()) });

    await update.apply();
    expect(order[0]).toBe('draft written');
    expect(order.slice(-1)).toEqual(['reload']);
    expect(order.indexOf('switch')).toBeGreaterThan(0);
    expect(await getSetting(SETTING_KEYS.draftFeedback, db)).toEqual({ text: 'Halb geschrieben' });
    expect((await db.outbox.toArray()).map((r) => [r.id, r.state, r.item.id])).toEqual([[item.id, 'queued', item.id]]);
  });

  it('waits while the outbox is sending and switches once the drain let go of its lock', async () => {
    const db = freshDb();
    const item = await enqueue(feedback('Wird gerade gesendet'), 'de', { db });
    await db.outbox.update(item.id, { state: 'sending' });
    let endDrain: () => void = () => undefined;
    const drainEnded = new Promise<void>((resolve) => (endDrain = resolve));
    // A drain holds the lock, as the sync engine does while a batch is on the wire.
    const drain = inContextLock(DRAIN_LOCK, async () => {
      await drainEnded;
      await db.outbox.update(item.id, { state: 'queued' });
    });
    const version = newVersion();
    const { update, reloads } = setup(db);
    update.offer(version);

    const applying = update.apply();
    await expect.poll(() => update.getState().phase).toBe('waiting-for-sending');
    expect(version.activations).toBe(0);
    expect(reloads).toHaveLength(0);

    endDrain();
    await drain;
    await applying;
    expect(version.activations).toBe(1);
    expect(reloads).toHaveLength(1);
    expect((await db.outbox.get(item.id))?.state).toBe('queued');
  });

  it('does not reload over a form whose input is not kept, and goes ahead once it is sent or cleared', async () => {
    const db = freshDb();
    const version = newVersion();
    const { update, reloads } = setup(db);
    update.offer(version);
    const release = holdUnsavedInput();
    cleanups.push(release);

    await update.apply();
    expect(update.getState()).toEqual({ phase: 'blocked', reason: 'unsaved-input' });
    expect(version.activations).toBe(0);
    expect(reloads).toHaveLength(0);

    release();
    await update.apply();
    expect(version.activations).toBe(1);
    expect(reloads).toHaveLength(1);
  });

  it('does not reload when a draft cannot be written', async () => {
    const db = freshDb();
    cleanups.push(registerDraftFlush(() => Promise.reject(new Error('QuotaExceededError'))));
    const version = newVersion();
    const { update, reloads } = setup(db);
    update.offer(version);

    await update.apply();
    expect(update.getState()).toEqual({ phase: 'blocked', reason: 'save-failed' });
    expect(version.activations).toBe(0);
    expect(reloads).toHaveLength(0);
  });

  it('offers the version again when it does not take over in time, without reloading', async () => {
    const db = freshDb();
    const version = newVersion({ immediate: false });
    const { update, reloads } = setup(db, { activationTimeoutMs: 20 });
    update.offer(version);

    await update.apply();
    expect(version.activations).toBe(1);
    expect(reloads).toHaveLength(0);
    expect(update.getState().phase).toBe('available');
  });

  it('reloads safely with no version offered (a missing chunk): drafts first, no switch', async () => {
    const db = freshDb();
    let written = false;
    cleanups.push(registerDraftFlush(async () => void (written = true)));
    const { update, reloads } = setup(db);

    await update.apply();
    expect(written).toBe(true);
    expect(reloads).toHaveLength(1);
  });

  it('runs one attempt at a time: a second press while one waits does nothing more', async () => {
    const db = freshDb();
    const version = newVersion({ immediate: false });
    const { update, reloads } = setup(db);
    update.offer(version);

    const first = update.apply();
    await expect.poll(() => update.getState().phase).toBe('applying');
    await update.apply();
    expect(version.activations).toBe(1);
    version.finish();
    await first;
    expect(reloads).toHaveLength(1);
  });
});
