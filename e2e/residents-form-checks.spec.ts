import { expect, test } from './support/fixtures';
import { myItem, openModal, openTab, uniqueFeedback, visiblePage } from './support/app';
import { openApp, pressSendNow } from './support/exactly-once';
import { catalogIds, enqueueFeedback } from './support/outbox-inject';
import { chooseKind, chooseQuarterBySearch, openSection } from './support/residents';

// The resident forms check what they would send with the shared schemas (react-hook-form): problems are
// shown at once on submit, the first is focused, a field's problem goes as it is fixed, and nothing is
// queued until the form is right. The same holds for "Bearbeiten und erneut senden".

test.use({ bypassCSP: true });

test('feedback and proposal: problems on submit, the first focused, fixed field by field, then sent', async ({ page }) => {
  const { marker, text } = uniqueFeedback('form-checks');
  await page.goto('/mitmachen');
  const screen = visiblePage(page);
  await screen.getByRole('button', { name: 'Absenden' }).click();
  const search = screen.getByLabel('Stadtteil suchen');
  await expect(screen.getByText('Bitte wählen Sie Ihren Stadtteil.')).toBeVisible();
  await expect(screen.getByText('Bitte wählen Sie ein Thema.')).toBeVisible();
  await expect(search).toBeFocused();
  await expect(search).toHaveAttribute('aria-invalid', 'true');
  await expect(screen.getByLabel('Thema')).toHaveAttribute('aria-invalid', 'true');

  await chooseQuarterBySearch(page, 'Her', 'Herrenberg');
  await expect(screen.getByText('Bitte wählen Sie Ihren Stadtteil.')).toHaveCount(0);
  await expect(screen.getByText('Bitte wählen Sie ein Thema.')).toBeVisible();
  await screen.getByLabel('Thema').selectOption({ index: 1 });
  await expect(screen.getByLabel('Thema')).not.toHaveAttribute('aria-invalid', 'true');
  await screen.getByLabel('Ihr Feedback').fill(text);

  // A problem inside a closed optional part opens it.
  const contact = await openSection(page, 'section-contact');
  await contact.getByLabel('E-Mail-Adresse').fill('erika@');
  await contact.locator('summary').click();
  await expect(contact).not.toHaveAttribute('open', '');
  await screen.getByRole('button', { name: 'Absenden' }).click();
  await expect(contact).toHaveAttribute('open', '');
  await expect(contact.getByText('Diese E-Mail-Adresse sieht nicht vollständig aus.')).toBeVisible();
  await expect(contact.getByLabel('E-Mail-Adresse')).toHaveAttribute('aria-invalid', 'true');
  await expect(screen.getByTestId('feedback-sent')).toHaveCount(0);
  await contact.getByLabel('E-Mail-Adresse').fill('erika@example.org');
  await screen.getByRole('button', { name: 'Absenden' }).click();
  await expect(screen.getByTestId('feedback-sent')).toBeVisible();

  // The proposal form: the quarter is remembered; a too short title is named and focused.
  await screen.getByRole('button', { name: 'Weiteres Feedback geben' }).click();
  await chooseKind(page, 'Vorschlag');
  await expect(screen.getByTestId('chosen-quarter')).toContainText('Herrenberg');
  await screen.getByLabel('Thema').selectOption({ index: 1 });
  await screen.getByLabel('Titel Ihres Vorschlags').fill('ab');
  await screen.getByLabel('Beschreibung').fill('Mehr Schatten am Spielplatz.');
  await screen.getByRole('button', { name: 'Vorschlag absenden' }).click();
  await expect(screen.getByText('Der Titel braucht mindestens 3 Zeichen.')).toBeVisible();
  await expect(screen.getByLabel('Titel Ihres Vorschlags')).toBeFocused();

  await openTab(page, 'Meine Beiträge');
  await expect(myItem(page, marker)).toHaveCount(1);
});

test('an item the server refused is edited, checked like the forms, and sent again', async ({ page, faultProxy }) => {
  const { marker } = uniqueFeedback('edit-resend');
  await openApp(page, '/meine');
  const { topicId } = await catalogIds(faultProxy.url);
  await enqueueFeedback(page, { count: 1, marker, quarterId: 'gibt-es-nicht', topicId });
  await pressSendNow(page);
  const item = myItem(page, marker);
  await expect(item).toHaveAttribute('data-state', 'needs_attention');
  await expect(item.getByTestId('attention-reason')).toContainText('Diesen Stadtteil kennt der Server nicht');

  await item.getByRole('button', { name: 'Bearbeiten und erneut senden' }).click();
  const modal = await openModal(page, 'Beitrag bearbeiten');
  await expect(modal.getByLabel('Stadtteil')).toHaveValue('gibt-es-nicht');
  await modal.getByLabel('Text').fill('   ');
  await modal.getByRole('button', { name: 'Erneut senden' }).click();
  await expect(modal.getByText('Bitte schreiben Sie Ihr Feedback.')).toBeVisible();
  await expect(modal.getByRole('alert')).toContainText('Bitte prüfen Sie Ihre Angaben');
  await expect(modal.getByLabel('Text')).toBeFocused();

  await modal.getByLabel('Text').fill(`${marker}: Die Bank an der Haltestelle ist kaputt.`);
  await modal.getByLabel('Stadtteil').selectOption({ label: 'Altstadt' });
  await modal.getByRole('button', { name: 'Erneut senden' }).click();
  await expect(modal).toBeHidden();
  await expect(item).toHaveAttribute('data-state', 'delivered');
  await expect(item).toContainText('Altstadt');
});
