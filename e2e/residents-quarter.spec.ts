import { expect, test } from './support/fixtures';
import { myItem, openTab, submitFeedback, uniqueFeedback, visiblePage, waitForServiceWorkerControl } from './support/app';
import { waitForCatalog } from './support/catalog-cache';
import { countGeolocationCalls, geolocationCalls } from './support/residents';

// Issue 5, journeys (i) and (ii): the short path without location permission, and "Wo bin ich?"
// answered on the device, offline.

test('first feedback in at most 3 screens, without location permission, in under 30 seconds', async ({ page }) => {
  await countGeolocationCalls(page);
  const screens = new Set<string>();
  // A "screen" is what the resident sees under one heading: the page's h1 plus the confirmation, if shown.
  const record = async () => {
    const heading = (await visiblePage(page).getByRole('heading', { level: 1 }).first().textContent()) ?? '';
    const sent = await visiblePage(page).getByTestId('feedback-sent').isVisible();
    screens.add(`${new URL(page.url()).pathname}|${heading}|${sent ? 'sent' : 'form'}`);
  };

  const { marker, text } = uniqueFeedback('three-screens');
  const started = Date.now();
  await page.goto('/');
  const screen = visiblePage(page);
  await expect(screen.getByLabel('Ihr Feedback')).toBeVisible();
  await record();
  // The optional parts (place, photos, contact) are closed: they do not lengthen the short path.
  for (const id of ['section-location', 'section-photos', 'section-contact']) {
    await expect(screen.getByTestId(id)).not.toHaveAttribute('open', '');
  }
  await screen.getByLabel('Stadtteil suchen').fill('Her');
  await screen.getByRole('button', { name: /^Herrenberg(\s|$)/ }).click();
  await screen.getByLabel('Thema').selectOption({ index: 1 });
  await screen.getByLabel('Ihr Feedback').fill(text);
  await record();
  await submitFeedback(page);
  await expect(screen.getByTestId('feedback-sent')).toBeVisible();
  await record();
  const elapsed = Date.now() - started;

  expect(screens.size, [...screens].join('\n')).toBeLessThanOrEqual(3);
  expect(elapsed, 'the whole path, including page load and typing').toBeLessThan(30_000);
  expect(await geolocationCalls(page), 'the app never asked for the location').toBe(0);

  await openTab(page, 'Meine Beiträge');
  await expect(myItem(page, marker)).toBeVisible();
});

test('"Wo bin ich?" finds Altstadt at the Domplatz on the device, while offline; the search by sound works offline too', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 50.9755, longitude: 11.0228, accuracy: 15 });
  await page.goto('/mitmachen');
  await waitForServiceWorkerControl(page);
  const screen = visiblePage(page);
  await expect(screen.getByLabel('Stadtteil suchen')).toBeVisible();
  // The form waits for the names only; the boundaries this needs offline follow when the browser is idle.
  await waitForCatalog(page, ['quarters']);

  await context.setOffline(true);
  await screen.getByRole('button', { name: 'Wo bin ich?' }).click();
  await expect(screen.getByTestId('where-am-i-result')).toContainText('Sie sind in Altstadt');
  await expect(screen.getByTestId('chosen-quarter')).toContainText('Altstadt');

  // Remembered: the feed tab shows the same quarter, and a reload (offline) keeps it.
  await page.reload();
  await expect(visiblePage(page).getByTestId('chosen-quarter')).toContainText('Altstadt');

  // The search by sound has its own code (src/ui/quarter-sound.ts): it comes from the worker's cache, offline.
  await visiblePage(page).getByLabel('Stadtteil suchen').fill('Херренберг');
  await expect(visiblePage(page).getByRole('button', { name: /^Herrenberg(\s|$)/ })).toBeVisible();
  await context.setOffline(false);
});

test('outside the city: says so and offers the nearest quarters with distances', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 50.9, longitude: 10.8, accuracy: 20 });
  await page.goto('/mitmachen');
  const screen = visiblePage(page);
  await screen.getByRole('button', { name: 'Wo bin ich?' }).click();
  const result = screen.getByTestId('where-am-i-result');
  await expect(result).toContainText('außerhalb');
  const nearest = result.getByRole('button');
  await expect(nearest).toHaveCount(3);
  await expect(nearest.first()).toContainText(/km entfernt/);
  await nearest.first().click();
  await expect(screen.getByTestId('chosen-quarter')).toContainText('Gewählt:');
});

test('permission denied: says so and the search list takes over', async ({ page }) => {
  await page.goto('/mitmachen');
  const screen = visiblePage(page);
  await screen.getByRole('button', { name: 'Wo bin ich?' }).click();
  await expect(screen.getByTestId('where-am-i-result')).toContainText('Bitte suchen Sie Ihren Stadtteil in der Liste');
  await expect(screen.getByLabel('Stadtteil suchen')).toBeFocused();
});
