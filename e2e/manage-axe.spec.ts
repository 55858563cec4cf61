import { randomUUID } from 'node:crypto';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { managerLogin, visiblePage } from './support/app';

// No axe violations (WCAG 2.2 AA) on the manager screens, at desktop size where managers work.
test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

test('manager screens are axe-clean: login, inbox list and map, detail, figures, users, content form', async ({ page, request, server }) => {
  const marker = `AXE-${randomUUID().slice(0, 8)}`;
  const id = randomUUID();
  const item = {
    id,
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
  expect((await request.post(`${server.url}/api/v1/submissions`, { data: { items: [item] } })).ok()).toBe(true);

  await page.goto('/verwaltung');
  await expect(visiblePage(page).getByLabel('Passwort')).toBeVisible();
  await expectNoAxeViolations(page, 'Verwaltung: Anmeldung');

  await managerLogin(page);
  const screen = visiblePage(page);
  await expect(screen.getByTestId('manage-user')).toBeVisible();
  await page.goto(`/verwaltung?q=${marker}`);
  await expect(screen.getByTestId('inbox-item')).toHaveCount(1);
  await screen.getByTestId('inbox-select').check();
  await expect(screen.getByTestId('bulk-bar')).toBeVisible();
  await screen.getByTestId('shortcuts-help').locator('summary').click();
  await expectNoAxeViolations(page, 'Verwaltung: Eingang (Liste, Auswahl, Tastenkürzel)');

  await screen.getByTestId('inbox-view-map').click();
  await expect(screen.getByTestId('directory-map')).toBeVisible();
  await expect(screen.locator('.qs-marker').first()).toBeVisible();
  await expectNoAxeViolations(page, 'Verwaltung: Eingang (Karte)');

  await screen.getByTestId('inbox-open').click();
  await expect(screen.getByTestId('detail-contact')).toBeVisible();
  await expect(screen.getByTestId('detail-location').locator('.qs-marker')).toBeVisible();
  await screen.getByLabel('Neuer Status').selectOption('declined');
  await screen.getByTestId('status-save').click();
  await expect(screen.getByText('Bitte geben Sie eine Begründung an.')).toBeVisible();
  await expectNoAxeViolations(page, 'Verwaltung: Beitrag');

  await page.goto('/verwaltung/zahlen');
  await expect(screen.getByTestId('chart-status')).toBeVisible();
  await screen.getByTestId('chart-status').locator('summary').click();
  await expectNoAxeViolations(page, 'Verwaltung: Zahlen');

  await page.goto('/verwaltung/nutzer');
  await expect(screen.getByTestId('user-row').first()).toBeVisible();
  await screen.getByTestId('new-user-save').click();
  await expect(screen.getByText('Das Passwort braucht mindestens 12 Zeichen.')).toBeVisible();
  await expectNoAxeViolations(page, 'Verwaltung: Nutzer');

  await page.goto('/verwaltung/inhalte/orte/neu');
  await expect(screen.getByTestId('content-form')).toBeVisible();
  await screen.getByTestId('content-save').click();
  await expect(screen.locator('.content-form [aria-invalid="true"]').first()).toBeVisible();
  await expectNoAxeViolations(page, 'Verwaltung: Inhalt (Formular mit Fehlern)');
});
