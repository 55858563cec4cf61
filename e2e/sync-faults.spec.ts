import { setImmediate as nextTurn } from 'node:timers/promises';
import type { BrowserContext, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expect, test } from './support/fixtures';
import { fillFeedback, myItem, openTab, submitFeedback, uniqueFeedback } from './support/app';
import {
  SUBMISSIONS,
  deliveredShown,
  describePosts,
  expectDeliveredOnDevice,
  expectEventuallyStoredOnce,
  expectStoredOnce,
  openApp,
  pressSendNow,
  pressSendNowIfOffered,
  sendNowUntil,
  sendsPerId,
} from './support/exactly-once';
import { catalogIds, deviceState, enqueueFeedback, type FeedbackBatch } from './support/outbox-inject';

// The browser half of issue 4's fault-injection suite: real Chromium, the real server, the fault proxy between
// them. Every journey ends the same way: the server holds each created item exactly once, and "Meine Beiträge"
// shows every one delivered with the server's receipt. (The lost answer after commit is lost-response.spec.ts.)

// The outbox helper is injected as a script tag; the app's CSP rightly forbids that in real life.
test.use({ bypassCSP: true });
// Several page loads, a service worker and backoff waits per journey: more room than the default on a busy 2-core box.
test.describe.configure({ timeout: 120_000 });

test.afterEach(async ({ faultProxy }, testInfo) => {
  await testInfo.attach('submission-posts.txt', { body: describePosts(faultProxy.log()), contentType: 'text/plain' });
});

/**
 * Opens the app and writes items while the device is offline, so no drain can start before the journey has set up
 * its faults (the app drains waiting items by itself when online). The journey then goes online to start the drain.
 */
async function queueOffline(page: Page, context: BrowserContext, batch: FeedbackBatch): Promise<string[]> {
  await openApp(page);
  await context.setOffline(true);
  return enqueueFeedback(page, batch);
}

test('503 and 429 with Retry-After: the client waits at least that long before it sends again', async ({
  page,
  faultProxy,
  stored,
}) => {
  // 3 s is above the first backoff's ceiling (2 s), so only honouring the header explains a wait this long.
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'status', status: 503, retryAfter: 3 });
  // The HTTP-date form, made when the answer is sent: the next request may not come before that moment.
  faultProxy.failNext({
    method: 'POST',
    path: SUBMISSIONS,
    mode: 'status',
    status: 429,
    retryAfter: () => new Date(Date.now() + 4_000).toUTCString(),
  });
  const { marker, text } = uniqueFeedback('retry-after');
  await openApp(page);
  await fillFeedback(page, { text });
  await submitFeedback(page);

  // Nobody presses "Jetzt senden": only the engine's own timer may send again.
  await openTab(page, 'Meine Beiträge');
  const item = myItem(page, marker);
  await expect(item).toHaveAttribute('data-state', 'delivered', { timeout: 30_000 });
  const id = (await item.getAttribute('data-id')) ?? '';

  const posts = faultProxy.requests(SUBMISSIONS, 'POST');
  expect(posts.map((post) => post.status), describePosts(faultProxy.log())).toEqual([503, 429, 200]);
  const [first, second, third] = posts;
  if (!first || !second || !third) return;
  expect(second.at - first.at, 'ms between the 503 (Retry-After: 3) and the next request').toBeGreaterThanOrEqual(3_000);
  const notBefore = Date.parse(second.retryAfter ?? '');
  expect(third.at, `the request after the 429 came before its Retry-After (${second.retryAfter})`).toBeGreaterThanOrEqual(
    notBefore,
  );

  const receipts = expectStoredOnce(stored, [id], marker);
  await expectDeliveredOnDevice(page, [id], receipts, { openTab: false });
});

test('"Jetzt senden" during a Retry-After pause sends nothing before it ends and says when it will send', async ({
  page,
  faultProxy,
  stored,
}) => {
  // Long enough that the presses below fall inside it even on a busy machine (checked, not assumed).
  const pauseMs = 15_000;
  // The server's own refusal for load (PostgreSQL's queue full, src/server/http/load-shedding.ts), in its shape.
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'status', status: 503, code: 'overloaded', retryAfter: pauseMs / 1_000 });
  const { marker, text } = uniqueFeedback('send-now-pause');
  await openApp(page);
  await fillFeedback(page, { text });
  await submitFeedback(page);

  const indicator = page.getByTestId('sync-indicator').first();
  // The 503 is recorded on the device once the strip names the next attempt.
  await expect(indicator).toContainText('nächster Versuch', { timeout: 30_000 });
  const [refused] = faultProxy.requests(SUBMISSIONS, 'POST');
  expect(refused?.status, describePosts(faultProxy.log())).toBe(503);
  // Kept as "busy", which "Meine Beiträge" words as such (submissions:problem.busy), not as an outage.
  expect((await deviceState(page)).outbox.map((row) => row.lastProblem)).toEqual(['overloaded']);
  await pressSendNow(page);
  // A client that ignored the pause has sent and delivered by now, and the button is gone: the checks below say so.
  for (let press = 1; press < 3; press++) await pressSendNowIfOffered(page);
  const pressedUntil = Date.now();
  expect(pressedUntil, 'the presses must fall inside the pause to test anything').toBeLessThan((refused?.at ?? 0) + pauseMs);
  expect(faultProxy.requests(SUBMISSIONS, 'POST').length, `sent during the pause: ${describePosts(faultProxy.log())}`).toBe(1);
  await expect(indicator, 'still waiting, and the strip says when it will send').toContainText('nächster Versuch');

  await openTab(page, 'Meine Beiträge');
  const item = myItem(page, marker);
  await expect(item).toHaveAttribute('data-state', 'delivered', { timeout: 40_000 });
  const posts = faultProxy.requests(SUBMISSIONS, 'POST');
  expect(posts.map((post) => post.status), describePosts(faultProxy.log())).toEqual([503, 200]);
  const [, delivered] = posts;
  expect((delivered?.at ?? 0) - (refused?.at ?? 0), 'ms between the 503 (Retry-After: 15) and the next request').toBeGreaterThanOrEqual(pauseMs);

  const id = (await item.getAttribute('data-id')) ?? '';
  const receipts = expectStoredOnce(stored, [id], marker);
  await expectDeliveredOnDevice(page, [id], receipts, { openTab: false });
});

test('connection reset before and after the server stored the batch', async ({ page, context, faultProxy, stored }) => {
  const { marker } = uniqueFeedback('reset');
  const ids = await queueOffline(page, context, { count: 5, marker, ...(await catalogIds(faultProxy.url)) });
  // Twice the connection dies before anything reaches the server, then once after it stored the batch (RST instead
  // of an answer); the fourth request goes through and gets `duplicate` for everything.
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'reset', times: 2 });
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'reset-after-commit' });
  // Back online: the app's `online` trigger starts the drain, the engine's backoff timer does the retries.
  await context.setOffline(false);

  const receipts = await expectEventuallyStoredOnce(stored, ids, marker);
  await expectDeliveredOnDevice(page, ids, receipts);
  expect(faultProxy.pendingFaults(), 'every injected fault was used').toBe(0);
  const posts = faultProxy.requests(SUBMISSIONS, 'POST');
  expect(posts.at(-1)?.status, describePosts(posts)).toBe(200);
  expect(posts.some((post) => post.mode === 'reset-after-commit' && post.upstreamStatus === 200)).toBe(true);
});

test('the server is killed (SIGKILL) while it stores a batch, then restarted', async ({
  page,
  context,
  server,
  faultProxy,
  stored,
}) => {
  // A server start (migrations, seed) takes seconds, more on a busy CI box.
  test.setTimeout(150_000);
  const { marker } = uniqueFeedback('kill');
  // 150 items: a batch of 100 and one of 50, so the kill also leaves a batch that was never sent.
  const ids = await queueOffline(page, context, { count: 150, marker, ...(await catalogIds(server.url)) });

  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'hold' });
  await context.setOffline(false);
  const held = await faultProxy.nextHeld();
  const batch = held.entry.itemIds ?? [];
  expect(batch, 'the first batch').toHaveLength(100);

  // Let the batch reach the server and kill it the moment its rows are committed, before the answer is back.
  // A batch is one transaction (docs/decisions.md, "batch transactions"): the kill finds all of it or none.
  // The server can answer within a millisecond of its commit, sooner than this test sees the rows and kills it,
  // so the proxy makes sure the device never gets that answer (the connection closes once the server is done),
  // and from here on answers 502 itself, as a reverse proxy in front of a dead server does, so the device's
  // retries cannot reach the server in the moment before the kill either.
  faultProxy.setMode({ mode: 'status', status: 502 });
  const watch = new Database(stored.databaseFile(), { readonly: true, fileMustExist: true });
  let committedBeforeKill = 0;
  try {
    const count = watch.prepare('SELECT COUNT(*) AS n FROM submissions WHERE id IN (SELECT value FROM json_each(?))');
    const committed = () => (count.get(JSON.stringify(batch)) as { n: number }).n;
    let answered = false;
    const forwarded = held.forward({ answer: 'drop' }).finally(() => (answered = true));
    while (committed() === 0 && !answered) await nextTurn();
    await server.stop({ signal: 'SIGKILL' });
    await forwarded;
    committedBeforeKill = committed();
  } finally {
    watch.close();
  }
  test.info().annotations.push({
    type: 'kill',
    description: `${committedBeforeKill} of the batch's 100 items were committed when the server was killed`,
  });
  expect(committedBeforeKill, 'the batch was committed whole before the kill, never in part').toBe(100);

  // Every item waits, the ones the server committed too (no answer, no confirmation), and is answered 502 while
  // the server is down.
  await expect
    .poll(async () => (await deviceState(page)).outbox.filter((row) => row.lastProblem === 'http_502').length)
    .toBeGreaterThanOrEqual(100);
  expect((await deviceState(page)).outbox).toHaveLength(150);
  faultProxy.setMode('pass');
  await server.start();
  await sendNowUntil(page, async () => stored.countMany(ids).perId.size === ids.length);

  const receipts = expectStoredOnce(stored, ids, marker);
  await expectDeliveredOnDevice(page, ids, receipts);
});

test('the device goes offline while a batch is in flight, and the server stores it anyway', async ({
  page,
  context,
  server,
  faultProxy,
  stored,
}) => {
  const { marker } = uniqueFeedback('offline-mid-drain');
  const ids = await queueOffline(page, context, { count: 8, marker, ...(await catalogIds(server.url)) });

  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'hold' });
  await context.setOffline(false);
  const held = await faultProxy.nextHeld();
  expect(held.entry.itemIds).toEqual(expect.arrayContaining(ids));

  await context.setOffline(true);
  // Chromium's offline emulation fails new requests but leaves an open connection alone (an answer would still
  // arrive). A real network drop kills the connection, so the proxy does that part: the request reaches the server,
  // which stores the batch, and the connection dies before the answer is back.
  expect(await held.forward({ answer: 'reset' }), 'the server answered the held batch').toBe(200);
  expect(stored.countMany(ids).perId.size, 'stored while the device is offline').toBe(ids.length);
  await expect
    .poll(async () => (await deviceState(page)).outbox.map((row) => row.state))
    .toEqual(ids.map(() => 'queued'));
  expect(await deliveredShown(page, ids), 'nothing shows as delivered before an answer arrived').toBe(0);
  expect(faultProxy.requests(SUBMISSIONS, 'POST'), 'nothing reached the proxy while offline').toHaveLength(1);

  // Back online: the `online` trigger (and the backoff timer) resend; the server answers `duplicate`.
  await context.setOffline(false);
  const receipts = await expectEventuallyStoredOnce(stored, ids, marker);
  await expectDeliveredOnDevice(page, ids, receipts);
  const posts = faultProxy.requests(SUBMISSIONS, 'POST');
  expect(posts.length, describePosts(posts)).toBeGreaterThanOrEqual(2);
});

test('the page is reloaded while a batch is in flight', async ({ page, context, server, faultProxy, stored }) => {
  const { marker } = uniqueFeedback('reload');
  const ids = await queueOffline(page, context, { count: 6, marker, ...(await catalogIds(server.url)) });

  // Hold the first POST (the old page's) and the second (the reloaded page's): then decide their order.
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'hold', times: 2 });
  await context.setOffline(false);
  const beforeReload = await faultProxy.nextHeld();
  expect(beforeReload.entry.itemIds).toEqual(ids);

  await page.reload();
  // The reloaded app drains at start: it finds the items still marked `sending` by the dead drain and sends them.
  const afterReload = await faultProxy.nextHeld();
  expect(afterReload.entry.itemIds).toEqual(ids);
  await expect.poll(() => beforeReload.clientGone, 'the old page dropped its request').toBe(true);

  // The old page's request arrives first and is stored; its answer goes nowhere. Then the new page's request
  // gets `duplicate` with the same receipts.
  expect(await beforeReload.forward()).toBe(200);
  expect(await afterReload.forward()).toBe(200);

  const receipts = expectStoredOnce(stored, ids, marker);
  await expectDeliveredOnDevice(page, ids, receipts);
  expect([...sendsPerId(faultProxy.log()).values()], 'each item was sent by both pages').toEqual(ids.map(() => 2));
});

test('a request hangs past the client’s timeout, and the server stores it late', async ({
  page,
  context,
  server,
  faultProxy,
  stored,
}) => {
  const { marker } = uniqueFeedback('timeout');
  const ids = await queueOffline(page, context, { count: 4, marker, ...(await catalogIds(server.url)) });

  // Hold the first request past the timeout, and the retry too, to decide the order they reach the server.
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'hold', times: 2 });
  await context.setOffline(false);
  const slow = await faultProxy.nextHeld();
  // No answer: the engine gives up on its own after its request timeout (20 s) and the items wait again.
  await expect.poll(() => slow.clientGone, { message: 'the engine aborted the request', timeout: 45_000 }).toBe(true);
  const retry = await faultProxy.nextHeld();
  expect((await deviceState(page)).outbox.map((row) => row.lastProblem)).toEqual(ids.map(() => 'timeout'));

  // The slow request reaches the server after all and is stored; then the retry gets `duplicate`.
  expect(await slow.forward()).toBe(200);
  expect(await retry.forward()).toBe(200);
  const receipts = expectStoredOnce(stored, ids, marker);
  await expectDeliveredOnDevice(page, ids, receipts);
  expect([...sendsPerId(faultProxy.log()).values()]).toEqual(ids.map(() => 2));
});
