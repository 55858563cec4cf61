import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { fillFeedback, submitFeedback, uniqueFeedback, visiblePage, waitForServiceWorkerControl } from './support/app';
import {
  SUBMISSIONS,
  describePosts,
  expectDeliveredOnDevice,
  expectEventuallyStoredOnce,
  openApp,
  pressSendNow,
  sendNowUntil,
} from './support/exactly-once';
import { expect, test } from './support/fixtures';
import {
  checkForUpdate,
  controllingVersion,
  deployNewVersion,
  expectNewVersionWaiting,
  markPage,
  samePage,
  updateBanner,
  workerStates,
} from './support/new-version';
import { catalogIds, deviceState, enqueueFeedback } from './support/outbox-inject';

// Issue 14 (7): a new version never interrupts. It waits until the resident presses "Jetzt aktualisieren"; then the
// app writes the draft, waits until nothing is on its way to the server, and only then switches and reloads. The
// outbox and the draft live in IndexedDB, which an update does not touch.

test.use({ bypassCSP: true });
test.describe.configure({ timeout: 150_000 });

/** The "Ihr Feedback" field of the visible page. */
function feedbackField(page: Page) {
  return visiblePage(page).getByLabel('Ihr Feedback');
}

test('waiting items and a half-written draft survive an update the resident starts, and are delivered once', async ({
  page,
  context,
  server,
  faultProxy,
  stored,
}, testInfo) => {
  const { marker } = uniqueFeedback('update-prompt');
  await openApp(page);
  await waitForServiceWorkerControl(page);

  // Items written offline wait in the outbox; the resident starts a new feedback and stops mid-sentence.
  await context.setOffline(true);
  const ids = await enqueueFeedback(page, { count: 12, marker, ...(await catalogIds(server.url)) });
  const draftStart = `${marker}-draft: Die Straßenlaterne vor Hausnummer 12`;
  await fillFeedback(page, { text: draftStart });

  // Back online, but the submissions endpoint resets every request, so the items keep waiting; a new version is
  // deployed and the browser finds it.
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'reset', times: 10_000 });
  deployNewVersion(faultProxy);
  await context.setOffline(false);
  await expect.poll(() => faultProxy.hits(SUBMISSIONS, 'POST'), 'the drain tried and failed').toBeGreaterThanOrEqual(1);
  await markPage(page);
  await checkForUpdate(page);
  await expectNewVersionWaiting(page);

  // The prompt appears without a dialog and without taking the cursor; typing goes on in the same page.
  const banner = updateBanner(page);
  await expect(banner).toContainText('Neue Version verfügbar.');
  await expect(banner).toHaveAttribute('data-phase', 'available');
  await feedbackField(page).click();
  await feedbackField(page).press('End');
  await feedbackField(page).pressSequentially(' flackert seit Tagen');
  await expect(feedbackField(page)).toHaveValue(`${draftStart} flackert seit Tagen`);
  await expect(feedbackField(page)).toBeFocused();
  expect(await samePage(page), 'no reload while the prompt is shown').toBe(true);
  expect(await controllingVersion(page)).toBe('old');

  // A batch is on its way to the server (held by the proxy) when the resident presses the button: the app says
  // it waits for the sending to finish, and does not reload.
  faultProxy.clearRules();
  deployNewVersion(faultProxy);
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'hold' });
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'reset', times: 10_000 });
  await pressSendNow(page);
  const held = await faultProxy.nextHeld();
  expect(held.entry.itemIds?.length, 'the held batch carries waiting items').toBeGreaterThan(0);
  await banner.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
  await expect(banner).toHaveAttribute('data-phase', 'waiting-for-sending');
  await expect(banner).toContainText('sobald Ihre Beiträge fertig gesendet sind');
  // Still the same page under the old version: the last keystrokes go in while it waits.
  await feedbackField(page).pressSequentially('. Bitte reparieren.');
  const draftText = `${draftStart} flackert seit Tagen. Bitte reparieren.`;
  await expect(feedbackField(page)).toHaveValue(draftText);
  expect(await samePage(page), 'no reload while a batch is on its way').toBe(true);
  expect(await workerStates(page), 'the new version still waits').toBe('-/installed/activated');

  // The request fails (its connection is torn down before the server saw it); the drain is over, the update goes on.
  held.reset();
  await expect.poll(() => samePage(page).catch(() => false), 'the page reloaded').toBe(false);
  await expect(page.getByTestId('sync-indicator').first()).toBeVisible();
  await expect.poll(() => controllingVersion(page), 'the new version controls the page').toBe('new');
  await expect(updateBanner(page)).toHaveCount(0);

  // Everything is still there: the draft with its last keystrokes, and every waiting item; none reached the server.
  await expect(feedbackField(page)).toHaveValue(draftText);
  const after = await deviceState(page);
  expect(after.outbox.map((row) => row.id).sort()).toEqual([...ids].sort());
  expect(stored.countMany(ids).perId.size, 'nothing reached the server before the update').toBe(0);

  // The endpoint is back: every item arrives exactly once, and the draft can be sent as it was typed.
  faultProxy.clearRules();
  deployNewVersion(faultProxy);
  await sendNowUntil(page, () => stored.countMany(ids).perId.size === ids.length);
  const receipts = await expectEventuallyStoredOnce(stored, ids, marker);
  await submitFeedback(page);
  await expect(visiblePage(page).getByTestId('feedback-sent')).toHaveAttribute('data-state', 'delivered');
  await expectDeliveredOnDevice(page, ids, receipts);
  expect(stored.countMany([], `${marker}-draft`).withMarker, 'the draft stored once').toBe(1);
  await testInfo.attach('submission-posts.txt', { body: describePosts(faultProxy.log()), contentType: 'text/plain' });
});

test('an update never reloads over a form whose input is not kept; it goes ahead once the form is cleared', async ({
  page,
  faultProxy,
  manage,
}) => {
  // The seeded opportunities are samples, whose page has no interest form: this journey publishes a real one.
  const slug = `e2e-update-${randomUUID().slice(0, 8)}`;
  await manage.publishRealOpportunity(slug);
  await openApp(page, `/entdecken/engagement/${slug}`);
  await waitForServiceWorkerControl(page);
  const form = visiblePage(page).getByTestId('interest-form');
  await form.getByLabel('Ihr Name').fill('Alex E2E');

  deployNewVersion(faultProxy);
  await markPage(page);
  await checkForUpdate(page);
  await expectNewVersionWaiting(page);
  const banner = updateBanner(page);
  await expect(banner).toHaveAttribute('data-phase', 'available');
  await expectNoAxeViolations(page, 'opportunity details with the update strip');
  await banner.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
  await expect(banner).toHaveAttribute('data-phase', 'blocked');
  await expect(banner).toContainText('Bitte senden oder leeren Sie zuerst das offene Formular.');
  await expect(form.getByLabel('Ihr Name')).toHaveValue('Alex E2E');
  expect(await samePage(page), 'no reload over the typed name').toBe(true);
  expect(await workerStates(page), 'the new version still waits').toBe('-/installed/activated');

  await form.getByLabel('Ihr Name').fill('');
  await banner.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
  await expect.poll(() => samePage(page).catch(() => false), 'the page reloaded').toBe(false);
  await expect.poll(() => controllingVersion(page), 'the new version controls the page').toBe('new');
});

test('an update pressed in another tab leaves this tab alone until its resident reloads', async ({ page, context, faultProxy }) => {
  // Tab A shows "Meine Beiträge", tab B has a feedback half written.
  await openApp(page, '/meine');
  await waitForServiceWorkerControl(page);
  const tabB = await context.newPage();
  await openApp(tabB);
  await expect.poll(() => tabB.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const { text } = uniqueFeedback('update-other-tab');
  await fillFeedback(tabB, { text });

  deployNewVersion(faultProxy);
  await markPage(tabB);
  await checkForUpdate(page);
  await expectNewVersionWaiting(page);
  await expect(updateBanner(tabB)).toHaveAttribute('data-phase', 'available');

  // Tab A's version is asked only after its reload: a question to the old worker while the switch is under way
  // starts it again, and the new one then waits for it to idle out (see controllingVersion).
  await markPage(page);
  await updateBanner(page).getByRole('button', { name: 'Jetzt aktualisieren' }).click();
  await expect.poll(() => samePage(page).catch(() => false), 'tab A reloaded').toBe(false);
  await expect.poll(() => controllingVersion(page), 'tab A runs the new version').toBe('new');

  // Tab B is now served by the new worker but still runs the old code: it offers the reload and keeps the input.
  await expect.poll(() => controllingVersion(tabB)).toBe('new');
  expect(await samePage(tabB), 'tab B did not reload by itself').toBe(true);
  await expect(updateBanner(tabB)).toHaveAttribute('data-phase', 'available');
  await expect(feedbackField(tabB)).toHaveValue(text);

  await updateBanner(tabB).getByRole('button', { name: 'Jetzt aktualisieren' }).click();
  await expect.poll(() => samePage(tabB).catch(() => false), 'tab B reloaded').toBe(false);
  await expect(tabB.getByTestId('sync-indicator').first()).toBeVisible();
  await expect(updateBanner(tabB)).toHaveCount(0);
  await expect(feedbackField(tabB)).toHaveValue(text);
});
