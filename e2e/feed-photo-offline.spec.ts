import { expect, test } from './support/fixtures';
import { fillFeedback, managerLogin, openTab, submitFeedback, uniqueFeedback, visiblePage, waitForServiceWorkerControl } from './support/app';
import { deliveredId, jpegWithGps, openSection } from './support/residents';

// A published photo seen once in "Im Viertel" is still shown offline (the service worker keeps public photos);
// a photo that is not public never lands in that cache.

async function cachedPhotoPaths(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(async () => {
    const cache = await caches.open('qs-public-photos');
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });
}

test('a published photo seen in the feed is shown offline; an unpublished one is never cached', async ({ page, context, manage }) => {
  test.setTimeout(120_000);
  const { marker, text } = uniqueFeedback('feed-photo');
  await page.goto('/mitmachen');
  await waitForServiceWorkerControl(page);
  await fillFeedback(page, { text });
  await visiblePage(page).getByRole('switch', { name: /Öffentlich zeigen/ }).click();
  await expect(visiblePage(page).getByRole('switch', { name: /Öffentlich zeigen/ })).toBeChecked();
  const photos = await openSection(page, 'section-photos');
  await photos.getByLabel('Foto auswählen').setInputFiles({ name: 'bank.jpg', mimeType: 'image/jpeg', buffer: await jpegWithGps() });
  await expect(photos.getByTestId('photo-thumb')).toHaveCount(1);
  await submitFeedback(page);
  await expect(visiblePage(page).getByTestId('feedback-sent')).toBeVisible();
  await openTab(page, 'Meine Beiträge');
  const id = await deliveredId(page, marker);
  const mediaId = ((await manage.get(id))?.mediaIds as string[] | undefined)?.[0] ?? '';
  expect(mediaId).toMatch(/^[0-9a-f-]{36}$/);

  // Not yet published: the server does not give the photo to the public, and nothing is cached.
  const before = await page.evaluate(async (path) => (await fetch(path)).status, `/api/v1/media/${mediaId}`);
  expect(before).toBe(404);
  expect(await cachedPhotoPaths(page)).toEqual([]);
  // A manager on the same device sees it (a private answer), and it still stays out of the shared cache.
  const manager = await context.newPage();
  await managerLogin(manager);
  await expect(manager.getByRole('button', { name: 'Abmelden' }).first()).toBeVisible();
  const asManager = await manager.evaluate(async (path) => (await fetch(path)).status, `/api/v1/media/${mediaId}`);
  expect(asManager).toBe(200);
  expect(await cachedPhotoPaths(page)).toEqual([]);
  await manager.getByRole('button', { name: 'Abmelden' }).first().click();
  await expect(manager.getByLabel('Passwort')).toBeVisible();
  await manager.close();

  await manage.patch(id, { moderation: 'published' });
  await page.goto('/viertel');
  const feed = visiblePage(page);
  await feed.getByLabel('Stadtteil').selectOption({ label: 'Herrenberg' });
  const card = feed.getByTestId('feed-item').filter({ hasText: marker });
  const photo = card.locator('img.feed-photo');
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // Other journeys on this worker's server may have published photos in Herrenberg too: only ours is asked for.
  await expect.poll(() => cachedPhotoPaths(page)).toContain(`/api/v1/media/${mediaId}`);

  // Offline, a fresh page load: the feed comes from IndexedDB, the photo from the service worker's cache.
  await context.setOffline(true);
  await page.reload();
  const offlineCard = visiblePage(page).getByTestId('feed-item').filter({ hasText: marker });
  await expect(offlineCard).toBeVisible();
  const offlinePhoto = offlineCard.locator('img.feed-photo');
  await expect.poll(() => offlinePhoto.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(offlineCard.getByText('Foto nicht verfügbar')).toHaveCount(0);
  await context.setOffline(false);

  // Hidden by moderation: online, the server's 404 wins and the copy is dropped. The browser's HTTP cache holds the
  // photo too (the feed showed it), so the requests here use it as a reload would: `public, no-cache` makes every
  // use ask the server, where a max-age would have shown the hidden photo until it ran out.
  await manage.patch(id, { moderation: 'hidden', moderationReason: 'Personen erkennbar' });
  const hidden = await page.evaluate(async (path) => (await fetch(path)).status, `/api/v1/media/${mediaId}`);
  expect(hidden).toBe(404);
  await expect.poll(() => cachedPhotoPaths(page)).not.toContain(`/api/v1/media/${mediaId}`);
  const reloaded = await page.goto(`/api/v1/media/${mediaId}`);
  expect(reloaded?.status()).toBe(404);
  // Offline, neither the service worker nor the HTTP cache has a copy left to show.
  await page.goto('/viertel');
  await context.setOffline(true);
  const offline = await page.evaluate(async (path) => {
    try {
      return (await fetch(path)).status;
    } catch {
      return 'network error';
    }
  }, `/api/v1/media/${mediaId}`);
  expect(offline).not.toBe(200);
  await context.setOffline(false);
});
