import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Locator, Page } from '@playwright/test';
import { AppServer } from './support/app-server';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { myItem, visiblePage, waitForServiceWorkerControl } from './support/app';
import { cachedCatalogKeys } from './support/catalog-cache';
import { freePort } from './support/free-port';
import { translator } from './support/locales';
import { showOpportunities } from './support/residents';

// Journeys for "Entdecken" (issue 6): the directory works offline after one visit, the map is one toggle
// beside the list and draws without tiles (this machine has no outside network, like being offline),
// interest in a real opportunity waits in the outbox until the connection is back, and samples take none.

// Each journey goes online → offline (→ online) with a service-worker install and three axe runs: more than the
// default minute on a busy 2-core machine, so these get two.
test.describe.configure({ timeout: 120_000 });

const seedCentres = JSON.parse(readFileSync(new URL('../seeds/erfurt/centres.json', import.meta.url), 'utf8')) as Array<{ quarterId: string }>;
const centresInSeed = seedCentres.length;
const centresInHerrenberg = seedCentres.filter((centre) => centre.quarterId === 'erfurt-15-herrenberg').length;

/** A single marker or a cluster of them: either means the map drew its places. */
function anyMarker(map: Locator): Locator {
  return map.locator('.qs-marker, .marker-cluster').first();
}

/** Entdecken from its address, switched to the map once the list is there; resolves when a marker is drawn. */
async function openDirectoryMap(page: Page): Promise<{ screen: Locator; map: Locator }> {
  await page.goto('/entdecken');
  const screen = visiblePage(page);
  await expect(screen.getByTestId('centre-card').first()).toBeVisible();
  await screen.getByRole('button', { name: 'Karte' }).click();
  const map = screen.getByTestId('directory-map');
  await expect(anyMarker(map)).toBeVisible();
  return { screen, map };
}

/** Waits until every catalog document the tab needs is in IndexedDB, so going offline loses nothing. */
async function waitForDirectoryCached(page: Page): Promise<void> {
  await expect
    .poll(() => cachedCatalogKeys(page))
    .toEqual(expect.arrayContaining(['centres', 'mapConfig', 'opportunities', 'quarters']));
}

test('browse and filter offline, open a centre, switch to the map and back — all axe-clean', async ({ page, context }) => {
  await page.goto('/entdecken');
  await waitForServiceWorkerControl(page);
  await expect(visiblePage(page).getByTestId('centre-card').first()).toBeVisible();
  await waitForDirectoryCached(page);

  await context.setOffline(true);
  await page.reload();
  const screen = visiblePage(page);
  const count = screen.getByTestId('result-count');
  await expect(count).toHaveText(`${centresInSeed} Orte gefunden`);
  await expect(count).toHaveAttribute('role', 'status');
  await expectNoAxeViolations(page, 'Entdecken: list');

  // Text search (also finds the quarter name), then a filter.
  await screen.getByLabel('Suchen', { exact: true }).fill('rieth');
  await expect(count).toHaveText('1 Ort gefunden');
  await expect(screen.getByTestId('centre-card')).toHaveCount(1);
  // A quarter typed as it sounds, in Cyrillic letters: nothing is spelled so, the quarter is found by sound
  // (its code from the worker's cache, offline) and the result says which quarter was meant.
  await screen.getByLabel('Suchen', { exact: true }).fill('Херренберг');
  await expect(screen.getByTestId('sound-match')).toHaveText('Nach dem Klang gefunden: Herrenberg.');
  await expect(count).toContainText(`${centresInHerrenberg} Orte gefunden`);
  await expect(screen.getByTestId('centre-card')).toHaveCount(centresInHerrenberg);
  // A slip on the keyboard: nothing is spelled so and nothing sounds like a quarter, so the nearest word of the
  // directory's own texts is searched instead, and the result says which word that was.
  await screen.getByLabel('Suchen', { exact: true }).fill('Stadteilbüro');
  await expect(screen.getByTestId('spelling-match')).toHaveText('Ähnlich geschrieben gefunden: Stadtteilbüro.');
  await expect(screen.getByTestId('sound-match')).toHaveCount(0);
  await expect(screen.getByTestId('centre-card')).toHaveCount(2);
  await expect(screen.getByRole('link', { name: 'Stadtteilbüro Rieth (ThINKA)' })).toBeVisible();
  await screen.getByLabel('Suchen', { exact: true }).fill('Stadtteilbüroxyzqw');
  await expect(count).toHaveText('0 Orte gefunden');
  await expect(screen.getByTestId('spelling-match')).toHaveCount(0);
  await screen.getByLabel('Suchen', { exact: true }).fill('');
  await expect(screen.getByTestId('sound-match')).toHaveCount(0);
  await screen.getByLabel('Rollstuhlgerecht').check();
  await expect(count).toHaveText('1 Ort gefunden');
  await expect(screen.getByTestId('centre-card').getByTestId('sample-badge')).toHaveText('Beispiel');
  await screen.getByLabel('Rollstuhlgerecht').uncheck();
  await expect(count).toHaveText(`${centresInSeed} Orte gefunden`);

  // Details of a real centre that no source gives an address or hours for.
  await screen.getByRole('link', { name: 'Stadtteilbüro Rieth (ThINKA)' }).click();
  const details = visiblePage(page).getByTestId('centre-details');
  await expect(details).toBeVisible();
  await expect(details.getByTestId('open-state')).toHaveText('Öffnungszeiten unbekannt');
  await expect(details.getByText('Adresse unbekannt – in keiner öffentlichen Quelle gefunden.')).toBeVisible();
  await expect(details.getByTestId('approximate-note')).toContainText('Ungefähre Lage');
  // Its point stands for the quarter only: no directions that would lead to some street in it.
  await expect(details.getByTestId('geo-link')).toHaveCount(0);
  await expect(details.getByTestId('sample-badge')).toHaveCount(0);
  await expect(details.getByText('Zuletzt geprüft:')).toBeVisible();
  await expectNoAxeViolations(page, 'Entdecken: centre details');

  // Back to the list, then the map: outlines and markers on a plain background, no tiles offline.
  await visiblePage(page).getByRole('button', { name: 'Zurück' }).click();
  const list = visiblePage(page);
  await list.getByRole('button', { name: 'Karte' }).click();
  const map = list.getByTestId('directory-map');
  await expect(map).toBeVisible();
  await expect(list.getByTestId('tiles-unavailable')).toBeVisible();
  await expect(map.locator('path.leaflet-interactive, svg path').first()).toBeAttached();
  await expect(anyMarker(map)).toBeVisible();
  await expect(list.getByRole('button', { name: 'Karte' })).toHaveAttribute('aria-pressed', 'true');
  // On a phone the map comes first, on the first screen; search and filters fold away below it.
  const mapBox = await map.boundingBox();
  expect(mapBox?.y ?? Infinity, 'the map starts on the first screen').toBeLessThan(page.viewportSize()?.height ?? 0);
  const filters = list.getByTestId('map-filters');
  await expect(list.getByLabel('Suchen', { exact: true })).toBeHidden();
  expect((await filters.boundingBox())?.y ?? 0, 'filters after the map').toBeGreaterThan(mapBox?.y ?? Infinity);
  await filters.getByText('Suche und Filter').click();
  await list.getByLabel('Suchen', { exact: true }).fill('rieth');
  await expect(count).toHaveText('1 Ort gefunden');
  await expect(filters.getByText('Suche und Filter (aktiv)')).toBeVisible();
  await list.getByLabel('Suchen', { exact: true }).fill('');
  await expect(count).toHaveText(`${centresInSeed} Orte gefunden`);
  await expectNoAxeViolations(page, 'Entdecken: map');

  // Choosing a marker shows its entry with a link; the list is one button away.
  // A single marker, or a cluster first (choosing it zooms in), as a resident would.
  const single = map.locator('.qs-marker');
  if ((await single.count()) === 0) await map.locator('.marker-cluster').first().click();
  await single.first().click();
  await expect(list.getByTestId('map-selection').getByRole('link')).toBeVisible();
  await list.getByRole('button', { name: 'Liste' }).click();
  await expect(list.getByTestId('centre-card').first()).toBeVisible();
  await expect(map).toHaveCount(0);
});

test('a sample takes no interest; interest in a real offer registered offline is delivered after reconnecting', async ({
  page,
  context,
  stored,
  manage,
}) => {
  const slug = `e2e-lesepate-${randomUUID().slice(0, 8)}`;
  // Seeded opportunities are samples, which take no interest: this journey needs a real one.
  const title = await manage.publishRealOpportunity(slug);
  await page.goto('/entdecken');
  await waitForServiceWorkerControl(page);
  await waitForDirectoryCached(page);

  // A sample says plainly that it is one and invites no interest: nobody would receive it.
  const list = visiblePage(page);
  await showOpportunities(list);
  await list.getByLabel('Suchen', { exact: true }).fill('Sprachcafé');
  await expect(list.getByTestId('result-count')).toHaveText('1 Angebot gefunden');
  await list.getByRole('link', { name: 'Sprachcafé begleiten' }).click();
  const sample = visiblePage(page).getByTestId('opportunity-details');
  await expect(sample.getByTestId('sample-badge').first()).toBeVisible();
  await expect(sample.getByTestId('sample-notice')).toContainText('Dieses Angebot ist ein Beispiel und gibt es nicht.');
  await expect(sample.getByTestId('interest-form')).toHaveCount(0);
  await expect(sample.getByRole('button', { name: 'Interesse senden' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'Entdecken: sample opportunity details');

  await visiblePage(page).getByRole('button', { name: 'Zurück' }).click();
  await visiblePage(page).getByLabel('Suchen', { exact: true }).fill(slug);
  await expect(visiblePage(page).getByTestId('result-count')).toHaveText('1 Angebot gefunden');
  await visiblePage(page).getByRole('link', { name: title }).click();
  const details = visiblePage(page).getByTestId('opportunity-details');
  await expect(details.getByTestId('sample-badge')).toHaveCount(0);
  await expectNoAxeViolations(page, 'Entdecken: opportunity details');

  // Offline only from here: a short outage keeps the outbox's retry backoff short after reconnecting.
  await context.setOffline(true);
  const form = details.getByTestId('interest-form');

  // Neither e-mail nor phone: the form says what is missing and sends nothing.
  await form.getByLabel('Ihr Name').fill('Alex E2E');
  await form.getByRole('button', { name: 'Interesse senden' }).click();
  await expect(form.getByText('Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.')).toBeVisible();

  const marker = `E2E-interest-${randomUUID().slice(0, 8)}`;
  await form.getByLabel('E-Mail-Adresse').fill('alex@example.org');
  await form.getByLabel('Nachricht (freiwillig)').fill(`${marker}: Ich kann dienstags.`);
  await form.getByRole('button', { name: 'Interesse senden' }).click();
  // Offline the confirmation says it waits for a connection …
  const confirmation = details.getByTestId('interest-saved');
  await expect(confirmation).toContainText(`Ihr Interesse an „${title}“. Es wird gesendet, sobald eine Verbindung besteht.`);

  await details.getByRole('link', { name: 'Zu „Meine Beiträge“' }).click();
  const item = myItem(page, marker);
  await expect(item).toHaveAttribute('data-state', 'saved');
  // The interest names the offer it is for, not just "Interesse am Ehrenamt".
  await expect(item.getByRole('heading', { level: 2 })).toHaveText(`Interesse an „${title}“`);
  const id = await item.getAttribute('data-id');
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(await stored.submitterView(id ?? ''), 'nothing reached the server while offline').toBeUndefined();

  await context.setOffline(false);
  await expect(page.locator('[data-testid="my-item"][data-state="delivered"]').filter({ hasText: marker })).toBeVisible();
  expect(stored.countRows(id ?? ''), 'stored exactly once').toBe(1);
  expect((await stored.submitterView(id ?? ''))?.status).toBe('received');

  // … online it never does: a second request is being sent or already delivered.
  await page.goto(`/entdecken/engagement/${slug}`);
  const again = visiblePage(page).getByTestId('opportunity-details');
  const second = again.getByTestId('interest-form');
  await second.getByLabel('Ihr Name').fill('Alex E2E');
  await second.getByLabel('Telefonnummer').fill('0361 123456');
  await second.getByRole('button', { name: 'Interesse senden' }).click();
  await expect(again.getByTestId('interest-saved')).toHaveAttribute('data-phase', /^(sending|delivered)$/);
  await expect(again.getByTestId('interest-saved')).not.toContainText('sobald eine Verbindung besteht');
  await expect(again.getByTestId('interest-saved')).toContainText(`Zugestellt: Ihr Interesse an „${title}“.`);
});

// A 1×1 PNG: what a tile server answers, with CORS so the page may use it and the worker may cache it.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function startTileServer(): Promise<{ server: Server; port: number; hits: () => number }> {
  let hits = 0;
  const server = createServer((_request, response) => {
    hits += 1;
    response.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    response.end(PNG);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, port, hits: () => hits };
}

test('map tiles from the configured TILE_URL are cached and shown offline', async ({ page, context }) => {
  const tiles = await startTileServer();
  const app = await AppServer.create({ TILE_URL: `http://127.0.0.1:${tiles.port}/{z}/{x}/{y}.png`, TILE_ATTRIBUTION: 'Test-Kacheln' });
  try {
    const openMap = async () => {
      await page.goto(`${app.url}/entdecken`);
      await visiblePage(page).getByRole('button', { name: 'Karte' }).click();
      return visiblePage(page).getByTestId('directory-map');
    };
    await page.goto(`${app.url}/entdecken`);
    await waitForServiceWorkerControl(page);
    await waitForDirectoryCached(page);
    // Twice online: the worker learns the tile host from the cached config, then caches what the map loads.
    await expect(await openMap()).toHaveAttribute('data-tiles', 'ok');
    const map = await openMap();
    await expect(map).toHaveAttribute('data-tiles', 'ok');
    await expect(map.getByText('Test-Kacheln')).toBeVisible();
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('qs-map-tiles')).keys()).length)).toBeGreaterThan(0);

    await context.setOffline(true);
    const before = tiles.hits();
    const offlineMap = await openMap();
    await expect(offlineMap).toHaveAttribute('data-tiles', 'ok');
    await expect(visiblePage(page).getByTestId('tiles-unavailable')).toHaveCount(0);
    expect(tiles.hits(), 'offline tiles came from the cache, not the tile server').toBe(before);
  } finally {
    await app.dispose();
    tiles.server.close();
  }
});

// Markercluster throws without a maxZoom, which used to come only from the tile layer — and there is
// none until the map configuration arrives. Held back here, the map must still draw its markers.
test('the map draws its markers before the map configuration has arrived', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/v1/config', async (route) => {
    await held;
    await route.continue();
  });
  const { map } = await openDirectoryMap(page);
  await expect(map).toHaveAttribute('data-tiles', 'none');
  release();
  await expect(map).not.toHaveAttribute('data-tiles', 'none');
  await expect(anyMarker(map)).toBeVisible();
});

// Leaflet focuses the map on a press with a plain focus(), which scrolled Ionic's content by the map's hidden
// part: the finger then lifted over another spot, and the first tap on a marker chose nothing.
test('the first press on the map neither scrolls the screen nor misses the marker', async ({ page }) => {
  const { screen, map } = await openDirectoryMap(page);
  const box = await map.boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0), 'part of the map is below the screen').toBeGreaterThan(page.viewportSize()?.height ?? Infinity);
  const scrollTop = () => screen.locator('ion-content').evaluate(async (content) => (await (content as unknown as { getScrollElement(): Promise<HTMLElement> }).getScrollElement()).scrollTop);
  const before = await scrollTop();
  // The lowest marker or cluster on the screen, where a scroll would move it from under the finger.
  const targets = await map.locator('.qs-marker, .marker-cluster').evaluateAll((elements) =>
    elements
      .map((element, index) => ({ index, rect: element.getBoundingClientRect() }))
      .filter(({ rect }) => rect.bottom < window.innerHeight - 40 && rect.top > 0)
      .sort((a, b) => b.rect.top - a.rect.top),
  );
  const lowest = targets[0];
  if (!lowest) throw new Error('no marker on the screen');
  await page.mouse.click(lowest.rect.x + lowest.rect.width / 2, lowest.rect.y + lowest.rect.height / 2);
  expect(await scrollTop()).toBe(before);
  // Focused all the same, for the map's arrow keys (the marker itself, or the map around it).
  expect(await map.evaluate((element) => element.contains(document.activeElement))).toBe(true);
});

test.describe('in Arabic', () => {
  test.use({ locale: 'ar-EG' });

  test('the privacy note under the interest form keeps its distance from the send button', async ({ page, manage }) => {
    const slug = `e2e-gap-${randomUUID().slice(0, 8)}`;
    await manage.publishRealOpportunity(slug);
    await page.goto(`/entdecken/engagement/${slug}`);
    const form = visiblePage(page).getByTestId('interest-form');
    const note = form.getByText(translator('ar')('discover:interest.privacy'));
    const button = form.locator('button[type="submit"]');
    await expect(note).toBeVisible();
    const noteBox = await note.boundingBox();
    const buttonBox = await button.boundingBox();
    if (!noteBox || !buttonBox) throw new Error('the note or the button is not laid out');
    // The note's line box ends about where its descenders do; 12 CSS px keeps them clear of the button.
    expect(buttonBox.y - (noteBox.y + noteBox.height)).toBeGreaterThanOrEqual(12);
  });
});
