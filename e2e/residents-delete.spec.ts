import { expect, test } from './support/fixtures';
import { fillFeedback, myItem, openTab, submitFeedback, uniqueFeedback, visiblePage } from './support/app';
import { deliveredId } from './support/residents';

// Removing one's own item from the device goes through Ionic's alert, whose code loads with "Meine Beiträge"
// (src/ui/OnDemandIonic.tsx), not with the start page: the question, "Abbrechen" keeping the item, "Löschen"
// removing it here while the server keeps its copy.
test('a delivered item can be removed from this device after a confirming question; cancelling keeps it', async ({ page, manage }) => {
  const { marker, text } = uniqueFeedback('delete-local');
  await page.goto('/mitmachen');
  await fillFeedback(page, { text });
  await submitFeedback(page);
  await expect(visiblePage(page).getByTestId('feedback-sent')).toBeVisible();

  await openTab(page, 'Meine Beiträge');
  const id = await deliveredId(page, marker);
  const item = myItem(page, marker);
  await item.getByTestId('my-item-toggle').click();

  await item.getByRole('button', { name: 'Von diesem Gerät löschen' }).click();
  const question = page.getByRole('alertdialog', { name: 'Von diesem Gerät löschen?' });
  await expect(question).toBeVisible();
  await expect(question).toContainText('Beim Quartiersmanagement bleibt er erhalten');
  await question.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(question).toBeHidden();
  await expect(item).toHaveCount(1);

  await item.getByRole('button', { name: 'Von diesem Gerät löschen' }).click();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Löschen' }).click();
  await expect(item).toHaveCount(0);
  // The resident did send it: the empty list says nothing is on this device, not that nothing was ever sent.
  await expect(visiblePage(page).getByTestId('my-items-empty')).toContainText('Auf diesem Gerät sind keine Beiträge gespeichert.');
  expect(await manage.get(id), 'the server keeps the delivered item').toBeDefined();
});
