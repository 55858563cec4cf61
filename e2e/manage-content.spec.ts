import { randomUUID } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { managerLogin, visiblePage } from './support/app';
import { showOpportunities } from './support/residents';

// Issue 7, content: an opportunity created and published in the manager UI reaches residents in "Entdecken";
// unpublished again, it is gone from their list.

test('an opportunity created and published in the manager area appears in Entdecken, and goes when unpublished', async ({
  page,
  browser,
  faultProxy,
}) => {
  test.setTimeout(120_000);
  const slug = `e2e-${randomUUID().slice(0, 8)}`;
  const title = `Lesepate ${slug}`;
  await managerLogin(page);
  await expect(page.getByRole('button', { name: 'Abmelden' }).first()).toBeVisible();
  await page.goto('/verwaltung/inhalte/engagement/neu');
  const form = visiblePage(page).getByTestId('content-form');

  // Saving an empty form names what is missing and creates nothing.
  await form.getByTestId('content-save').click();
  await expect(form.locator('[aria-invalid="true"]').first()).toBeVisible();

  const titles = form.getByRole('group', { name: 'Titel' });
  await titles.getByLabel('Deutsch').fill(title);
  await titles.getByLabel('Englisch').fill(`Reading buddy ${slug}`);
  await form.getByLabel('Kennung').fill(slug);
  await form.getByLabel('Organisation').fill('E2E-Leseclub');
  await form.getByLabel('Stadtteil', { exact: true }).selectOption({ label: 'Herrenberg' });
  const place = form.getByRole('group', { name: 'Lage' });
  await place.getByLabel('Breitengrad').fill('50.9545');
  await place.getByLabel('Längengrad').fill('11.0512');
  await place.getByLabel('Genauigkeit der Lage').selectOption({ label: 'Adresse' });
  const description = form.getByRole('group', { name: 'Beschreibung' });
  await description.getByLabel('Deutsch').fill('Einmal pro Woche mit Kindern lesen.');
  await description.getByLabel('Englisch').fill('Read with children once a week.');
  await form.getByLabel('Beispiel-Eintrag (kein echter Ort)').check();
  await form.getByTestId('content-save').click();

  const state = visiblePage(page).getByTestId('content-state');
  await expect(state).toHaveText('nicht veröffentlicht');
  await visiblePage(page).getByTestId('content-publish').click();
  await expect(state).toHaveText('veröffentlicht');

  // A resident on another device finds it (marked as a sample) and opens it.
  const resident = await browser.newContext({ baseURL: faultProxy.url, locale: 'de-DE', viewport: { width: 390, height: 844 } });
  try {
    const phone = await resident.newPage();
    await phone.goto('/entdecken');
    const list = visiblePage(phone);
    await showOpportunities(list);
    await list.getByLabel('Suchen', { exact: true }).fill(slug);
    await expect(list.getByTestId('result-count')).toHaveText('1 Angebot gefunden');
    await list.getByRole('link', { name: title }).click();
    const details = visiblePage(phone).getByTestId('opportunity-details');
    await expect(details).toContainText('E2E-Leseclub');
    await expect(details.getByTestId('sample-badge').first()).toBeVisible();

    await visiblePage(page).getByTestId('content-publish').click();
    await expect(state).toHaveText('nicht veröffentlicht');
    // A fresh visit revalidates the cached list with the server.
    await phone.goto('/entdecken');
    const again = visiblePage(phone);
    await showOpportunities(again);
    await again.getByLabel('Suchen', { exact: true }).fill(slug);
    await expect(again.getByTestId('result-count')).toHaveText('0 Angebote gefunden');
  } finally {
    await resident.close();
  }
});
