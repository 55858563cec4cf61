import { randomUUID } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { fillFeedback, managerLogin, myItem, openTab, submitFeedback, uniqueFeedback, visiblePage, waitForServiceWorkerControl } from './support/app';

// Journey (issue "Quarter managers"): a resident writes public feedback offline; once it is delivered a
// manager finds it with the inbox filters, answers, sets a status and publishes it; the resident sees
// the answer under "Meine Beiträge".

test('resident offline → manager filters, answers, publishes → resident sees the answer', async ({ page, context, manage, stored }) => {
  const { marker, text } = uniqueFeedback('manage-journey');
  await page.goto('/mitmachen');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await fillFeedback(page, { text });
  await visiblePage(page).getByRole('switch', { name: /Öffentlich zeigen/ }).check();
  await submitFeedback(page);
  await openTab(page, 'Meine Beiträge');
  const item = myItem(page, marker);
  await expect(item).toHaveAttribute('data-state', 'saved');
  const id = await item.getAttribute('data-id');
  expect(id).toBeTruthy();
  await context.setOffline(false);
  await expect(item).toHaveAttribute('data-state', 'delivered');

  // The manager, in another tab of the same browser.
  const desk = await context.newPage();
  await desk.setViewportSize({ width: 1280, height: 800 });
  await managerLogin(desk);
  const screen = visiblePage(desk);
  await expect(screen.getByTestId('manage-user')).toBeVisible();
  await screen.getByTestId('filter-status').selectOption('received');
  await screen.getByTestId('filter-kind').selectOption('feedback');
  await screen.getByTestId('filter-q').fill(marker);
  await expect(desk).toHaveURL(new RegExp(`q=${marker}`));
  await expect(screen.getByTestId('inbox-count')).toHaveText('1 Beitrag angezeigt.');
  const row = screen.getByTestId('inbox-item');
  await expect(row).toHaveAttribute('data-id', id ?? '');
  await expect(row).toHaveAttribute('data-unread', 'true');
  // Keyboard: j moves to the row, Enter opens it.
  await screen.getByRole('heading', { name: 'Eingang', level: 2 }).click();
  await desk.keyboard.press('j');
  await expect(row).toBeFocused();
  await desk.keyboard.press('Enter');
  await expect(screen.getByTestId('item-detail')).toBeVisible();
  await expect(screen.getByTestId('detail-text')).toHaveText(text);

  const answer = `Danke! Wir pflanzen im Frühjahr Bäume (${marker}).`;
  await screen.getByLabel('Antwort an die Bürgerin / den Bürger').fill(answer);
  await expect(screen.getByTestId('answer-preview')).toContainText(answer);
  await screen.getByTestId('answer-save').click();
  await expect(desk.getByTestId('manage-announcer')).toContainText('Öffentliche Antwort gespeichert.');
  await screen.getByLabel('Neuer Status').selectOption('in_progress');
  await screen.getByTestId('status-save').click();
  await expect(screen.getByTestId('detail-status')).toHaveText('In Bearbeitung');
  await screen.getByTestId('moderation-publish').click();
  await expect(screen.getByTestId('detail-moderation')).toHaveText('Veröffentlicht');
  await expect(screen.getByTestId('history-entry')).toHaveCount(4);

  const managed = await manage.get(id ?? '');
  expect(managed).toMatchObject({ status: 'in_progress', moderation: 'published', publicResponse: answer });
  const submitterView = await stored.submitterView(id ?? '');
  expect(submitterView).toMatchObject({ status: 'in_progress', publicResponse: answer });

  // Back on the resident's phone.
  await page.bringToFront();
  await visiblePage(page).getByTestId('refresh-status').click();
  await item.getByTestId('my-item-toggle').click();
  await expect(item).toContainText(answer);
});

// Issue 14 item 10: a manager's toast ("Beitrag veröffentlicht.") followed them to the other sections of
// the area. It belongs to the screen where the action happened; the live region stays for the next one.
test('a manager’s toast stays on the screen where it was made', async ({ page, request, server }) => {
  const marker = `TOAST-${randomUUID().slice(0, 8)}`;
  const proposal = {
    id: randomUUID(),
    kind: 'proposal',
    createdAt: new Date().toISOString(),
    locale: 'de',
    quarterId: 'erfurt-15-herrenberg',
    topicId: 'treffpunkte-stadtteilzentren',
    title: `${marker} Bank am Spielplatz`,
    text: 'Eine Bank für die Eltern am Spielplatz.',
  };
  expect((await request.post(`${server.url}/api/v1/submissions`, { data: { items: [proposal] } })).ok()).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
  await managerLogin(page);
  const screen = visiblePage(page);
  await expect(screen.getByTestId('manage-user')).toBeVisible();
  const announcer = screen.getByTestId('manage-announcer');
  // What the live region says right now (no waiting: a toast that followed would still be showing).
  const saysNow = () => announcer.innerText();

  await page.goto(`/verwaltung?q=${marker}`);
  await screen.getByTestId('inbox-open').click();
  await screen.getByTestId('moderation-publish').click();
  await expect(announcer).toContainText('Beitrag veröffentlicht.');

  await screen.getByRole('link', { name: 'Zahlen' }).click();
  await expect(screen.getByRole('heading', { name: 'Zahlen', level: 2 })).toBeVisible();
  expect(await saysNow()).toBe('');
  await expect(announcer).toHaveAttribute('role', 'status');

  // Back on the item, the toast does not come back either.
  await page.goBack();
  await expect(screen.getByTestId('detail-moderation')).toHaveText('Veröffentlicht');
  expect(await saysNow()).toBe('');

  // An action that leads to another screen confirms there, where the manager lands.
  await screen.getByTestId('mark-unread').click();
  await expect(screen.getByTestId('inbox-item')).toHaveAttribute('data-unread', 'true');
  await expect(announcer).toContainText('Als ungelesen markiert.');
  await screen.getByRole('link', { name: 'Ehrenamt-Interesse' }).click();
  await expect(screen.getByTestId('interests-summary')).toBeVisible();
  expect(await saysNow()).toBe('');
});
