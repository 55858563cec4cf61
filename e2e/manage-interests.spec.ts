import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { visiblePage } from './support/app';

// Issue 14 item 10: the manager's interests screen has an overview across all offers — every
// opportunity of the manager's quarters with its new, open and total interest and the sums, a filter by
// quarter, each row leading to that opportunity's list. Only the manager's quarters count.

const KUEHNHAUSEN = 'erfurt-42-kuehnhausen';
const TIEFTHAL = 'erfurt-41-tiefthal';
const HERRENBERG = 'erfurt-15-herrenberg';

const opportunity = (id: string, quarterId: string, title: string) => ({
  id,
  title: { de: title, en: `${title} (en)` },
  organisation: 'E2E-Nachbarschaftsverein',
  quarterId,
  commitment: { type: 'regular' },
  description: { de: 'Einmal pro Woche helfen.', en: 'Help once a week.' },
  source: { lastChecked: '2026-01-15', urls: [] },
  sample: true,
});

const interest = (opportunityId: string, name: string) => ({
  id: randomUUID(),
  kind: 'interest',
  createdAt: new Date().toISOString(),
  locale: 'de',
  opportunityId,
  name,
  contact: { email: `${name.toLowerCase()}@example.org` },
});

async function loginAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/verwaltung');
  const screen = visiblePage(page);
  await screen.getByLabel('E-Mail').fill(email);
  await screen.getByLabel('Passwort').fill(password);
  await screen.getByRole('button', { name: 'Anmelden' }).click();
  await expect(screen.getByTestId('manage-user')).toContainText(email);
}

test('the interests overview counts new and open interest per opportunity of the manager’s quarters only', async ({ page, request, server, manage }) => {
  const tag = randomUUID().slice(0, 8);
  const [mine, alsoMine, notMine] = [`e2e-${tag}-a`, `e2e-${tag}-b`, `e2e-${tag}-c`];
  const title = `Nachbarschaftshilfe ${tag}`;
  for (const [id, quarterId, name] of [[mine, KUEHNHAUSEN, title], [alsoMine, TIEFTHAL, `Gartenhilfe ${tag}`], [notMine, HERRENBERG, `Fest ${tag}`]] as const) {
    expect((await manage.send('POST', '/opportunities', opportunity(id, quarterId, name))).status).toBe(201);
  }
  const items = [interest(mine, 'Ada'), interest(mine, 'Ben'), interest(mine, 'Cem'), interest(alsoMine, 'Dana'), interest(notMine, 'Eli'), interest(notMine, 'Fay')];
  expect((await request.post(`${server.url}/api/v1/submissions`, { data: { items } })).ok()).toBe(true);
  // A colleague already got back to Ben: contacted, so no longer open, but still new for this manager.
  expect((await manage.send('PATCH', `/submissions/${items[1]?.id ?? ''}`, { contacted: true })).status).toBe(200);
  const email = `qm-${tag}@example.org`;
  const password = `e2e-Passwort-${tag}`;
  expect((await manage.send('POST', '/users', { email, password, role: 'manager', quarterIds: [KUEHNHAUSEN, TIEFTHAL] })).status).toBe(201);

  await page.setViewportSize({ width: 1280, height: 800 });
  await loginAs(page, email, password);
  const screen = visiblePage(page);
  await screen.getByRole('link', { name: 'Ehrenamt-Interesse' }).click();
  const rows = screen.getByTestId('overview-row');
  const row = (id: string) => screen.locator(`[data-testid="overview-row"][data-id="${id}"]`);
  const counts = async (id: string) => [
    await row(id).getByTestId('overview-new').innerText(),
    await row(id).getByTestId('overview-open').innerText(),
    await row(id).getByTestId('overview-total').innerText(),
  ];

  // Kühnhausen and Tiefthal have no seeded opportunities: exactly the two made here, most open first.
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-id', mine);
  await expect(rows.nth(1)).toHaveAttribute('data-id', alsoMine);
  expect(await counts(mine)).toEqual(['3', '2', '3']);
  expect(await counts(alsoMine)).toEqual(['1', '1', '1']);
  await expect(screen.getByTestId('overview-totals').locator('td')).toHaveText(['4', '3', '4']);
  await expect(screen.getByTestId('interests-summary')).toHaveText('2 Angebote. 4 Meldungen, davon 4 neu und 3 offen.');
  await expect(row(notMine)).toHaveCount(0);
  await expect(row(mine)).toContainText('nicht veröffentlicht');

  // One quarter at a time.
  await screen.getByTestId('interests-quarter').selectOption({ label: 'Tiefthal' });
  await expect(page).toHaveURL(new RegExp(`quarter=${TIEFTHAL}`));
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-id', alsoMine);
  await expect(screen.getByTestId('overview-totals').locator('td')).toHaveText(['1', '1', '1']);
  await screen.getByTestId('interests-quarter').selectOption('');
  await expect(rows).toHaveCount(2);

  // A row leads to its opportunity's list; opening a volunteer there makes them no longer new.
  await row(mine).getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/verwaltung/engagement/${mine}$`));
  await expect(screen.getByTestId('interests-opportunity')).toHaveText(title);
  await expect(screen.getByTestId('interest-row')).toHaveCount(3);
  await screen.getByRole('link', { name: 'Ada' }).click();
  await expect(screen.getByTestId('item-detail')).toBeVisible();
  await screen.getByRole('link', { name: 'Ehrenamt-Interesse' }).click();
  await expect(row(mine).getByTestId('overview-new')).toHaveText('2');
  await expect(screen.getByTestId('interests-summary')).toHaveText('2 Angebote. 4 Meldungen, davon 3 neu und 3 offen.');
});
