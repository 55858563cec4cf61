import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { managerLogin, visiblePage } from './support/app';
import { useLocale } from './support/locales';

// The manager-area audit (2026-12-07): what only a browser shows — the borrowed English texts' counts in
// Arabic, the quarter boundaries for a manager who opens /verwaltung directly, the isolated parts of an inbox
// row in right-to-left text, a quarter in the URL the manager does not have, the users screen's quarter list
// on a phone and a laptop, and the search by receipt.

const KUEHNHAUSEN = 'erfurt-42-kuehnhausen';
// The interest journey's opportunity lives apart: e2e/manage-interests.spec.ts counts Kühnhausen's opportunities
// on the same server.
const SCHADERODE = 'erfurt-51-schaderode';
const HERRENBERG = 'erfurt-15-herrenberg';

function feedbackIn(quarterId: string, text: string) {
  return { id: randomUUID(), kind: 'feedback', createdAt: new Date().toISOString(), locale: 'ar', quarterId, topicId: 'treffpunkte-stadtteilzentren', text };
}

async function login(page: Page, email: string, password: string, labels = { email: 'E-Mail', password: 'Passwort', submit: 'Anmelden' }): Promise<void> {
  await page.goto('/verwaltung');
  const screen = visiblePage(page);
  await screen.getByLabel(labels.email, { exact: true }).fill(email);
  await screen.getByLabel(labels.password, { exact: true }).fill(password);
  await screen.getByRole('button', { name: labels.submit }).click();
  await expect(screen.getByTestId('manage-user')).toContainText(email);
}

async function newManager(manage: { send: (method: string, path: string, body?: unknown) => Promise<{ status: number }> }, quarterIds: string[]) {
  const tag = randomUUID().slice(0, 8);
  const email = `qm-${tag}@example.org`;
  const password = `e2e-Passwort-${tag}`;
  expect((await manage.send('POST', '/users', { email, password, role: 'manager', quarterIds })).status).toBe(201);
  return { email, password };
}

test('in Arabic the manager area counts in English and keeps each part of an inbox row apart', async ({ page, context, request, server, manage }) => {
  const marker = `AUDIT${randomUUID().slice(0, 8)}`;
  // Three items: Arabic's "few", a form the borrowed English texts do not have (was the raw key "inbox.count").
  const items = ['الإضاءة في الشارع لا تعمل', 'الرصيف مكسور', 'نحتاج إلى مقاعد'].map((text) => feedbackIn(KUEHNHAUSEN, `${marker} ${text}`));
  expect((await request.post(`${server.url}/api/v1/submissions`, { data: { items } })).ok()).toBe(true);
  const { email, password } = await newManager(manage, [KUEHNHAUSEN]);

  await useLocale(context, 'ar');
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, email, password, { email: 'E-mail', password: 'Password', submit: 'Sign in' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const screen = visiblePage(page);
  await page.goto(`/verwaltung?q=${encodeURIComponent(marker)}`);
  await expect(screen.getByTestId('inbox-item')).toHaveCount(3);
  await expect(screen.getByTestId('inbox-count')).toHaveText('3 items shown.');

  // Quarter, topic, date, receipt, language: each its own <bdi>, so the quarter cannot land inside the date.
  const parts = screen.getByTestId('inbox-row-foot').first().locator(':scope > bdi');
  await expect(parts).toHaveCount(5);
  await expect(parts.first()).toHaveText('Kühnhausen');
  await expect(parts.nth(2).locator('time')).toHaveCount(1);
  await expect(parts.nth(3)).toContainText(/[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
});

test('a manager who opens /verwaltung directly sees the quarter boundaries on the inbox map', async ({ page, manage }) => {
  const { email, password } = await newManager(manage, [KUEHNHAUSEN]);
  await page.setViewportSize({ width: 1280, height: 800 });
  // No resident screen has loaded the boundaries before: the map fetches them itself.
  await login(page, email, password);
  const screen = visiblePage(page);
  await screen.getByTestId('inbox-view-map').click();
  const outlines = screen.getByTestId('inbox-map').locator('.leaflet-overlay-pane path[stroke-dasharray="3 3"]');
  await expect(outlines.first()).toBeAttached({ timeout: 15_000 });
  expect(await outlines.count()).toBeGreaterThan(10);
});

test('a quarter in the inbox link that the manager does not have is no hidden filter; a receipt is found as typed', async ({ page, request, server, manage }) => {
  const marker = `AUDIT${randomUUID().slice(0, 8)}`;
  const item = feedbackIn(KUEHNHAUSEN, `${marker} Die Laterne ist aus.`);
  expect((await request.post(`${server.url}/api/v1/submissions`, { data: { items: [item] } })).ok()).toBe(true);
  const { email, password } = await newManager(manage, [KUEHNHAUSEN]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, email, password);
  const screen = visiblePage(page);

  await page.goto(`/verwaltung?quarterId=${HERRENBERG}&q=${encodeURIComponent(marker)}`);
  await expect(screen.getByTestId('inbox-item')).toHaveCount(1);
  await expect(screen.locator('.inbox-filters > summary')).toHaveText('Filter (1 aktiv)');
  await expect(screen.getByTestId('filter-quarterId')).toHaveValue('');

  const receipt = (await screen.getByTestId('inbox-receipt').textContent()) ?? '';
  expect(receipt).toMatch(/^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const compact = receipt.replace(/-/g, '');
  for (const typed of [compact.toLowerCase(), `${compact.slice(0, 3)} ${compact.slice(3, 7)} ${compact.slice(7)}`]) {
    await screen.getByTestId('filter-q').fill(typed);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(typed.trim());
    await expect(screen.getByTestId('inbox-item')).toHaveCount(1);
    await expect(screen.getByTestId('inbox-receipt')).toHaveText(receipt);
  }
});

for (const size of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
]) {
  test(`editing a manager's quarters on a ${size.name}: the list scrolls down, the ticked ones first`, async ({ page, manage }) => {
    const { email } = await newManager(manage, [KUEHNHAUSEN, HERRENBERG]);
    await page.setViewportSize({ width: size.width, height: size.height });
    await managerLogin(page);
    await expect(visiblePage(page).getByTestId('manage-user')).toBeVisible();
    await page.goto('/verwaltung/nutzer');
    const screen = visiblePage(page);
    const row = screen.locator(`[data-testid="user-row"][data-email="${email}"]`);
    await row.getByRole('button', { name: `${email} bearbeiten` }).click();
    const list = row.locator('.quarter-checks');
    await expect(list).toBeVisible();
    const box = await list.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      scrollHeight: element.scrollHeight,
      clientHeight: element.clientHeight,
    }));
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
    expect(box.scrollHeight).toBeGreaterThan(box.clientHeight);
    const boxes = list.getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(40);
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(1)).toBeChecked();
    await expect(boxes.nth(2)).not.toBeChecked();
    // Scrolled to, the list shows its first (ticked) rows, not a sideways strip.
    await list.scrollIntoViewIfNeeded();
    await expect(list.locator('li').first()).toBeInViewport();
    await expectNoAxeViolations(page, `Verwaltung: Nutzer bearbeiten (${size.name})`);
  });
}

test('a volunteer interest names its opportunity in the inbox row and the item', async ({ page, request, server, manage }) => {
  const tag = randomUUID().slice(0, 8);
  const opportunityId = `e2e-${tag}-audit`;
  const title = `Lesepatenschaft ${tag}`;
  const opportunity = {
    id: opportunityId,
    title: { de: title, en: `${title} (en)` },
    organisation: 'E2E-Nachbarschaftsverein',
    quarterId: SCHADERODE,
    commitment: { type: 'regular' },
    description: { de: 'Einmal pro Woche vorlesen.', en: 'Read aloud once a week.' },
    source: { lastChecked: '2026-01-15', urls: [] },
    sample: true,
  };
  expect((await manage.send('POST', '/opportunities', opportunity)).status).toBe(201);
  const marker = `AUDIT${tag}`;
  const interest = { id: randomUUID(), kind: 'interest', createdAt: new Date().toISOString(), locale: 'de', opportunityId, name: 'Ada', contact: { email: 'ada@example.org' }, message: `${marker} Ich lese gern vor.` };
  expect((await request.post(`${server.url}/api/v1/submissions`, { data: { items: [interest] } })).ok()).toBe(true);
  const { email, password } = await newManager(manage, [SCHADERODE]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, email, password);
  const screen = visiblePage(page);

  await page.goto(`/verwaltung?q=${encodeURIComponent(marker)}`);
  await expect(screen.getByTestId('inbox-item')).toHaveCount(1);
  await expect(screen.getByTestId('inbox-opportunity')).toHaveText(`Angebot: ${title}`);
  await screen.getByTestId('inbox-open').click();
  const named = screen.getByTestId('detail-opportunity');
  await expect(named).toHaveText(title);
  await named.getByRole('link', { name: title }).click();
  await expect(screen.getByTestId('interests-opportunity')).toHaveText(title);
});
