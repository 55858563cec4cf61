import { randomUUID } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { openTab, visiblePage } from './support/app';

// "Im Viertel" asks the server again each time the resident comes back to it: a proposal a manager published
// while the resident was on another tab is there on return, without pulling to refresh. Ionic's
// ionViewWillEnter, which the screen used to rely on, never fires on a tab change.
test('coming back to "Im Viertel" shows what was published meanwhile', async ({ page, manage }) => {
  await page.goto('/viertel');
  const feed = visiblePage(page);
  // The first look at Altstadt's feed is answered before the proposal exists.
  const firstLook = page.waitForResponse((response) => response.url().includes('/api/v1/quarters/erfurt-1-altstadt/feed'));
  await feed.getByLabel('Stadtteil').selectOption({ label: 'Altstadt' });
  await firstLook;
  await expect(feed.getByTestId('feed')).toBeVisible();

  await openTab(page, 'Mitmachen');
  const marker = `feed-visit-${randomUUID().slice(0, 8)}`;
  const id = randomUUID();
  const answer = await page.request.post('/api/v1/submissions', {
    data: {
      items: [
        {
          id,
          kind: 'proposal',
          createdAt: new Date().toISOString(),
          locale: 'de',
          quarterId: 'erfurt-1-altstadt',
          topicId: 'treffpunkte-stadtteilzentren',
          title: `Bank am Anger ${marker}`,
          text: `Eine Bank zum Ausruhen (${marker}).`,
        },
      ],
    },
  });
  expect(((await answer.json()) as { results: Array<{ status: string }> }).results[0]?.status).toBe('accepted');
  await manage.patch(id, { moderation: 'published' });

  await page.getByRole('tab', { name: 'Im Viertel' }).or(page.getByRole('link', { name: 'Im Viertel' })).first().click();
  await expect(visiblePage(page).getByTestId('feed-item').filter({ hasText: marker })).toBeVisible();
});
