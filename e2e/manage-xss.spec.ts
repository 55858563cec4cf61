import { randomUUID } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { managerLogin, visiblePage } from './support/app';

// Stored XSS (issue "Quarter managers", Tests): what residents type reaches managers as inert text.
// The items go straight to POST /api/v1/submissions, as a hostile client would send them.

const QUARTER = 'erfurt-15-herrenberg';
const TOPIC = 'sonstiges';

function payloads(marker: string): string[] {
  return [
    `${marker} <img src=x onerror=window.__xss=1>`,
    `${marker} <script>window.__xss=1</script>`,
    `${marker} javascript:window.__xss=1 <a href="javascript:window.__xss=1">klick</a>`,
    `${marker} \u202Egnp.exe\u202C und \u200F\u061C gemischt`,
    `${marker} ${'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen'.repeat(6)}`,
    `${marker} {{constructor.constructor('window.__xss=1')()}} \${window.__xss=1} "'><svg onload=window.__xss=1>`,
  ];
}

test('resident payloads render as inert text in the manager list and detail', async ({ page, request, server }) => {
  const marker = `XSS-${randomUUID().slice(0, 8)}`;
  const texts = payloads(marker);
  const now = new Date().toISOString();
  const items: Array<Record<string, unknown>> = texts.map((text) => ({ id: randomUUID(), kind: 'feedback', createdAt: now, locale: 'de', quarterId: QUARTER, topicId: TOPIC, text }));
  const proposalTitle = `<b onmouseover=window.__xss=1>${marker}</b>`;
  items.push({
    id: randomUUID(),
    kind: 'proposal',
    createdAt: now,
    locale: 'de',
    quarterId: QUARTER,
    topicId: TOPIC,
    title: proposalTitle,
    text: `${marker} <iframe src="javascript:window.__xss=1"></iframe>`,
    contact: { name: '<img src=x onerror=window.__xss=1>' },
  });
  const response = await request.post(`${server.url}/api/v1/submissions`, { data: { items } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { results: Array<{ status: string }> };
  expect(body.results.map((r) => r.status)).toEqual(items.map(() => 'accepted'));

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await managerLogin(page);
  // The session cookie must be set before the next navigation.
  await expect(visiblePage(page).getByTestId('manage-user')).toBeVisible();
  await page.goto(`/verwaltung?q=${encodeURIComponent(marker)}`);
  const screen = visiblePage(page);
  await expect(screen.getByTestId('inbox-item')).toHaveCount(items.length);
  for (const text of texts) await expect(screen.getByText(text, { exact: true })).toBeVisible();
  await expect(screen.getByText(proposalTitle, { exact: true })).toBeVisible();
  await expectInert(page);

  // Every detail, one after the other.
  for (const text of [...texts.slice(0, 3), proposalTitle]) {
    await page.goto(`/verwaltung?q=${encodeURIComponent(marker)}`);
    await screen.getByTestId('inbox-open').filter({ hasText: text }).click();
    await expect(screen.getByTestId('item-detail')).toBeVisible();
    const shown = screen.getByTestId(text === proposalTitle ? 'detail-title' : 'detail-text');
    await expect(shown).toHaveText(text);
    if (text === proposalTitle) await expect(screen.getByTestId('detail-contact')).toContainText('<img src=x onerror=window.__xss=1>');
    await expectInert(page);
  }
  expect(dialogs).toEqual([]);
});

async function expectInert(page: import('@playwright/test').Page): Promise<void> {
  // Give any injected handler a moment to fire before looking.
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  const area = page.locator('.manage-area');
  await expect(area.locator('img[src="x"], script, iframe, svg[onload], b[onmouseover]')).toHaveCount(0);
  await expect(area.locator('a[href^="javascript:"]')).toHaveCount(0);
}
