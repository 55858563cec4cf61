import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { expectNoAxeViolationsLightAndDark } from './support/axe';
import { expect, test } from './support/fixtures';
import { managerLogin, visiblePage } from './support/app';

// No axe violations (WCAG 2.2 AA) on the manager screens, at the desktop size managers work at, in the light and
// the dark colour scheme (managers get the dark palette too when their system asks for it).
// Each screen is shown in a state with its dynamic parts open (selection, help, errors, tables).
test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
// axe over a page with a Leaflet map takes seconds; on a busy CI box much longer.
test.describe.configure({ timeout: 180_000 });

async function seedProposal(request: APIRequestContext, serverUrl: string): Promise<string> {
  const marker = `AXE-${randomUUID().slice(0, 8)}`;
  const item = {
    id: randomUUID(),
    kind: 'proposal',
    createdAt: new Date().toISOString(),
    locale: 'de',
    quarterId: 'erfurt-15-herrenberg',
    topicId: 'treffpunkte-stadtteilzentren',
    title: `${marker} Bänke am Teich`,
    text: 'Am Teich fehlen Sitzgelegenheiten für Ältere.',
    location: { lat: 50.958, lng: 11.06 },
    contact: { name: 'Ada', email: 'ada@example.org' },
  };
  expect((await request.post(`${serverUrl}/api/v1/submissions`, { data: { items: [item] } })).ok()).toBe(true);
  return marker;
}

async function signedIn(page: Page): Promise<void> {
  await managerLogin(page);
  await expect(visiblePage(page).getByTestId('manage-user')).toBeVisible();
}

test('login form', async ({ page }) => {
  await page.goto('/verwaltung');
  await expect(visiblePage(page).getByLabel('Passwort')).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, 'Verwaltung: Anmeldung');
});

test('inbox list with selection and shortcuts, and the map view', async ({ page, request, server }) => {
  const marker = await seedProposal(request, server.url);
  await signedIn(page);
  const screen = visiblePage(page);
  await page.goto(`/verwaltung?q=${marker}`);
  await expect(screen.getByTestId('inbox-item')).toHaveCount(1);
  await screen.getByTestId('inbox-select').check();
  await expect(screen.getByTestId('bulk-bar')).toBeVisible();
  await screen.getByTestId('shortcuts-help').locator('summary').click();
  await expectNoAxeViolationsLightAndDark(page, 'Verwaltung: Eingang (Liste, Auswahl, Tastenkürzel)');

  await screen.getByTestId('inbox-view-map').click();
  await expect(screen.getByTestId('directory-map')).toBeVisible();
  await expect(screen.getByTestId('inbox-map').locator('.qs-marker').first()).toBeAttached();
  await expectNoAxeViolationsLightAndDark(page, 'Verwaltung: Eingang (Karte)');
});

test('item detail with contact, location and a form error', async ({ page, request, server }) => {
  const marker = await seedProposal(request, server.url);
  await signedIn(page);
  const screen = visiblePage(page);
  await page.goto(`/verwaltung?q=${marker}`);
  await screen.getByTestId('inbox-open').click();
  await expect(screen.getByTestId('detail-contact')).toBeVisible();
  await expect(screen.getByTestId('detail-location').locator('.qs-marker')).toBeAttached();
  await screen.getByLabel('Neuer Status').selectOption('declined');
  await screen.getByTestId('status-save').click();
  await expect(screen.getByText('Bitte geben Sie eine Begründung an.')).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, 'Verwaltung: Beitrag');
});

test('figures, users and the content form', async ({ page, request, server }) => {
  await seedProposal(request, server.url);
  await signedIn(page);
  const screen = visiblePage(page);
  await page.goto('/verwaltung/zahlen');
  await expect(screen.getByTestId('chart-status')).toBeVisible();
  await screen.getByTestId('chart-status').locator('summary').click();
  await expectNoAxeViolationsLightAndDark(page, 'Verwaltung: Zahlen');

  await page.goto('/verwaltung/nutzer');
  await expect(screen.getByTestId('user-row').first()).toBeVisible();
  await screen.getByTestId('new-user-save').click();
  await expect(screen.getByText('Das Passwort braucht mindestens 12 Zeichen.')).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, 'Verwaltung: Nutzer');

  await page.goto('/verwaltung/inhalte/orte/neu');
  await expect(screen.getByTestId('content-form')).toBeVisible();
  await screen.getByTestId('content-save').click();
  await expect(screen.locator('.content-form [aria-invalid="true"]').first()).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page, 'Verwaltung: Inhalt (Formular mit Fehlern)');
});
