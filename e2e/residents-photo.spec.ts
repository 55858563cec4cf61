import { expect, test } from './support/fixtures';
import { fillFeedback, myItem, openTab, submitFeedback, uniqueFeedback, visiblePage, waitForServiceWorkerControl } from './support/app';
import { deliveredId, exifOf, jpegWithGps, openSection, outboxPhotoBytes } from './support/residents';

// Issue 5, journey (iv): a real JPEG with GPS EXIF goes through the whole path; neither the copy on
// the device nor the one the server stored carries EXIF. Also: contact data deleted on request.

test('photo EXIF is stripped on the device and stays gone on the server; contact data can be deleted', async ({
  page,
  context,
  manage,
}) => {
  const original = await jpegWithGps();
  expect(await exifOf(original), 'the test photo really carries EXIF').toBeDefined();
  expect((await exifOf(original))?.toString('latin1')).toContain('E2E-Camera');

  const { marker, text } = uniqueFeedback('photo');
  await page.goto('/mitmachen');
  await waitForServiceWorkerControl(page);
  await fillFeedback(page, { text });
  const photos = await openSection(page, 'section-photos');
  await photos.getByLabel('Foto auswählen').setInputFiles({ name: 'domplatz.jpg', mimeType: 'image/jpeg', buffer: original });
  await expect(photos.getByTestId('photo-thumb')).toHaveCount(1);
  await expect(photos.getByRole('img', { name: 'Ihr Foto 1 von 1' })).toBeVisible();
  const contact = await openSection(page, 'section-contact');
  await contact.getByLabel('Name').fill('Erika Muster');
  await contact.getByLabel('E-Mail-Adresse').fill('erika@example.org');

  // Offline first, so the device's copy can be read from the outbox before it is sent.
  await context.setOffline(true);
  await submitFeedback(page);
  await expect(visiblePage(page).getByTestId('feedback-sent')).toBeVisible();
  const onDevice = await outboxPhotoBytes(page);
  expect(onDevice).toHaveLength(1);
  expect(await exifOf(onDevice[0] ?? Buffer.alloc(0)), 'EXIF in the outbox copy').toBeUndefined();
  await context.setOffline(false);

  await openTab(page, 'Meine Beiträge');
  const id = await deliveredId(page, marker);
  const stored = await manage.get(id);
  const mediaIds = stored?.mediaIds as string[] | undefined;
  expect(mediaIds).toHaveLength(1);
  const media = await manage.media(mediaIds?.[0] ?? '');
  expect(media.status).toBe(200);
  expect((await exifOf(media.body)) ?? undefined, 'EXIF in the stored photo').toBeUndefined();
  expect(stored?.contact).toMatchObject({ name: 'Erika Muster', email: 'erika@example.org' });

  const item = myItem(page, marker);
  await item.getByTestId('my-item-toggle').click();
  await item.getByTestId('delete-contact').click();
  await expect(item.getByTestId('contact-deleted')).toBeVisible();
  await expect.poll(async () => (await manage.get(id))?.contact ?? null).toBeNull();
});
