import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { managerLogin, visiblePage } from './support/app';

// CSV export of the filtered inbox (issue "Quarter managers"): UTF-8 with BOM so Excel keeps the umlauts,
// one row per item, contact data only when explicitly asked for.

test('CSV export downloads the filtered rows with umlauts, contact data only on request', async ({ page, request, server }) => {
  const marker = `CSV-${randomUUID().slice(0, 8)}`;
  const now = new Date().toISOString();
  const items = [1, 2, 3].map((n) => ({
    id: randomUUID(),
    kind: 'feedback',
    createdAt: now,
    locale: 'de',
    quarterId: 'erfurt-2-loebervorstadt',
    topicId: 'gruen-spielplaetze-sauberkeit',
    text: `${marker} Grünfläche Nr. ${n} am Hügel: „Spielgeräte“ fehlen; Bänke, bitte!`,
    contact: { name: 'Jürgen Weiß', email: `juergen-${n}@example.org` },
  }));
  const response = await request.post(`${server.url}/api/v1/submissions`, { data: { items } });
  expect(response.ok()).toBe(true);

  await managerLogin(page);
  const screen = visiblePage(page);
  await expect(screen.getByTestId('manage-user')).toBeVisible();
  await page.goto(`/verwaltung?q=${marker}`);
  await expect(screen.getByTestId('inbox-item')).toHaveCount(3);
  await screen.getByText('Exportieren', { exact: true }).click();

  const csv = await download(page, screen.getByTestId('export-csv'));
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString('utf8').slice(1);
  const lines = text.trim().split(/\r?\n/);
  expect(lines).toHaveLength(1 + items.length);
  expect(text).toContain('Löbervorstadt');
  expect(text).toContain('Grünfläche');
  for (const item of items) expect(text).toContain(item.id);
  expect(text).not.toContain('example.org');
  expect(text).not.toContain('Jürgen');

  await screen.getByTestId('export-include-contact').check();
  await expect(screen.getByText(/personenbezogene Daten/).first()).toBeVisible();
  await expect(screen.getByTestId('export-csv')).toHaveAttribute('href', /includeContact=true/);
  const withContact = (await download(page, screen.getByTestId('export-csv'))).toString('utf8');
  expect(withContact).toContain('juergen-1@example.org');
  expect(withContact).toContain('Jürgen Weiß');

  const geojson = JSON.parse((await download(page, screen.getByTestId('export-geojson'))).toString('utf8')) as { type: string };
  expect(geojson.type).toBe('FeatureCollection');
});

async function download(page: import('@playwright/test').Page, link: import('@playwright/test').Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  return readFile(path);
}
