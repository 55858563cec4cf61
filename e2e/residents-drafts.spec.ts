import { expect, test } from './support/fixtures';
import { visiblePage } from './support/app';
import { chooseKind, chooseQuarterBySearch, jpegWithGps, openSection, storedSettingJson } from './support/residents';

// Issue 5, journey (v): half-written forms survive a reload — every field, photos included.

test('feedback and proposal drafts survive a reload, photos included; sending clears the draft', async ({ page }) => {
  // Three reloads and a photo re-encoding: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  await page.goto('/mitmachen');
  let screen = visiblePage(page);
  await chooseQuarterBySearch(page, 'Her', 'Herrenberg');
  await screen.getByLabel('Thema').selectOption({ index: 2 });
  await screen.getByLabel('Ihr Feedback').fill('Halb geschrieben: die Bank am Spielplatz');
  const place = await openSection(page, 'section-location');
  await place.getByLabel('Ort beschreiben').fill('Spielplatz Färberwaidweg');
  const contact = await openSection(page, 'section-contact');
  await contact.getByLabel('Name').fill('Erika Muster');
  const photos = await openSection(page, 'section-photos');
  await photos.getByLabel('Foto auswählen').setInputFiles({ name: 'bank.jpg', mimeType: 'image/jpeg', buffer: await jpegWithGps() });
  await expect(photos.getByTestId('photo-thumb')).toHaveCount(1);

  await chooseKind(page, 'Vorschlag');
  await screen.getByLabel('Titel Ihres Vorschlags').fill('Ein halber Vorschlag');
  // The draft is written shortly after typing stops: reload once it is on the device.
  await expect.poll(() => storedSettingJson(page, 'draft:proposal')).toContain('Ein halber Vorschlag');
  await page.reload();

  screen = visiblePage(page);
  await expect(screen.getByTestId('chosen-quarter')).toContainText('Herrenberg');
  await expect(screen.getByLabel('Ihr Feedback')).toHaveValue('Halb geschrieben: die Bank am Spielplatz');
  await expect(screen.getByLabel('Thema')).not.toHaveValue('');
  // A closed section says what it holds; opened, the values are back.
  await expect(screen.getByTestId('section-photos')).toContainText('1 Foto');
  await expect((await openSection(page, 'section-location')).getByLabel('Ort beschreiben')).toHaveValue('Spielplatz Färberwaidweg');
  await expect((await openSection(page, 'section-contact')).getByLabel('Name')).toHaveValue('Erika Muster');
  await expect((await openSection(page, 'section-photos')).getByTestId('photo-thumb')).toHaveCount(1);

  await chooseKind(page, 'Vorschlag');
  await expect(screen.getByLabel('Titel Ihres Vorschlags')).toHaveValue('Ein halber Vorschlag');
  await chooseKind(page, 'Feedback');
  await screen.getByRole('button', { name: 'Absenden' }).click();
  await expect(screen.getByTestId('feedback-sent')).toBeVisible();
  await page.reload();
  await expect(visiblePage(page).getByLabel('Ihr Feedback')).toHaveValue('');
  await expect(visiblePage(page).getByTestId('chosen-quarter')).toContainText('Herrenberg');
});

test('switching between feedback and proposal right after typing keeps what was typed', async ({ page }) => {
  await page.goto('/mitmachen');
  const screen = visiblePage(page);
  await chooseQuarterBySearch(page, 'Her', 'Herrenberg');
  // No pause: the switch unmounts the form before its delayed draft write would have run.
  await screen.getByLabel('Ihr Feedback').fill('Gerade eben getippt');
  await chooseKind(page, 'Vorschlag');
  await screen.getByLabel('Titel Ihres Vorschlags').fill('Auch gerade getippt');
  await chooseKind(page, 'Feedback');
  await expect(screen.getByLabel('Ihr Feedback')).toHaveValue('Gerade eben getippt');
  await chooseKind(page, 'Vorschlag');
  await expect(screen.getByLabel('Titel Ihres Vorschlags')).toHaveValue('Auch gerade getippt');
});
